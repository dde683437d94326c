"""Writing settings back to ``settings.toml``, keeping whatever a person wrote there
(comments, order, other keys): only the changed keys are touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomlkit

from kiosk.config.paths import settings_file
from kiosk.config.private import write_private


def save_settings(changes: dict[str, Any], path: Path | None = None) -> Path:
    """Merge ``changes`` into the settings file; a dotted key ("wedge.scanner_layout") goes in
    its table; ``None`` removes a key (back to the default)."""
    target = path or settings_file()
    document = (
        tomlkit.parse(target.read_text(encoding="utf-8")) if target.exists() else tomlkit.document()
    )
    for dotted, value in changes.items():
        *tables, key = dotted.split(".")
        node: Any = document
        for table in tables:
            if table not in node:
                node[table] = tomlkit.table()
            node = node[table]
        if value is None:
            node.pop(key, None)
        else:
            node[key] = value
    write_private(target, tomlkit.dumps(document))  # it holds the staff PIN's hash
    return target
