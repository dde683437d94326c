"""zebrash, the open-source ZPL renderer (Go, MIT; as the npm package zpl-renderer-js, a WASM
build), run by node from ``tests/render`` (set up by ``make test``): an independent reading of
the ZPL the app sends, as a printer would lay it out, clipped at ``^PW`` as a printer clips."""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

RENDER_DIR = Path(__file__).resolve().parent / "render"
SCRIPT = RENDER_DIR / "render.cjs"


def available() -> bool:
    return shutil.which("node") is not None and (RENDER_DIR / "node_modules").is_dir()


def require() -> None:
    """Skip where the renderer is not installed, except in CI, where it must be."""
    if available():
        return
    if os.environ.get("CI"):
        pytest.fail("the label renderer is not installed: `make test` sets it up")
    pytest.skip("the label renderer is not installed (make setup-test sets it up)")


class Zebrash:
    """One node process for many labels: the WASM loads once."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            ["node", str(SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=RENDER_DIR,
        )

    def render(self, zpl: bytes, width_mm: float, height_mm: float, dpmm: int) -> Image.Image:
        """The label as zebrash draws it on a ``width_mm`` x ``height_mm`` label (mode "L")."""
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        job = {"zpl": zpl.decode("utf-8"), "width_mm": width_mm, "height_mm": height_mm}
        job["dpmm"] = dpmm
        self._process.stdin.write(json.dumps(job) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"zebrash stopped: {self._process.stderr.read()[-500:]}")  # type: ignore[union-attr]
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"zebrash refused the label: {answer['error']}")
        return Image.open(io.BytesIO(base64.b64decode(answer["png"]))).convert("L")

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=10)
