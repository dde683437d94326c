"""Settings for staff, not just readers: what each condition means at this desk (let in, warn,
stop, with its threshold), how long screens wait, the self check-in screen's colour and logo,
and sound. Saved to settings.toml keeping what a person wrote there (comments, order); a value
set back to its default is taken out of the file rather than written.

Rules, waits and sound apply at once; the self check-in screen's look from the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import N_, tr
from kiosk.config import Settings
from kiosk.config.persist import save_settings
from kiosk.config.settings import PolicySettings
from kiosk.ui.translations import LANGUAGES

TOUCH_PX = 48
ACTIONS = (("allow", N_("Let in")), ("warn", N_("Warn staff")), ("deny", N_("Stop")))

RULES: tuple[tuple[str, str, str | None, str], ...] = (
    # policy field, what staff see, its threshold field, the threshold's unit
    ("locked", N_("Account locked"), None, ""),
    ("anonymised", N_("Record anonymised"), None, ""),
    ("band_expired", N_("Wristband expired"), None, ""),
    ("band_expiring", N_("Wristband expires within"), "band_expiring_hours", N_("hours")),
    ("no_active_membership", N_("No active membership"), None, ""),
    ("no_usable_card", N_("No usable card on the wristband"), None, ""),
    ("tab_over_limit", N_("Open tab on the wristband over"), "tab_limit", N_("(site's currency)")),
    ("recent_check_in", N_("Already checked in within"), "recent_check_in_minutes", N_("minutes")),
    ("no_photo", N_("No photo"), None, ""),
    ("unknown_part", N_("Part of the record didn't load"), None, ""),
    ("other_site", N_("A guest of another site"), None, ""),
    ("offline_stale", N_("Offline, with a copy older than"), "offline_max_age_h", N_("hours")),
)


OPTIONAL_LIMITS = frozenset({"tab_limit"})
"""Thresholds that may be unset: 0 in the box means no limit."""


class StaffSettingsDialog(QDialog):
    """Emits ``saved`` with the settings as now saved (the app applies what it can at once)."""

    saved = Signal(object)  # Settings
    readers_requested = Signal()

    def __init__(
        self, settings: Settings, settings_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffSettings")
        self.setWindowTitle(tr("Settings"))
        self.setMinimumSize(860, 700)
        self._settings = settings
        self._path = settings_path
        self.may_save: Callable[[], bool] = lambda: True
        """Asked at the save, before anything is written (whoever opened it may have gone)."""
        self.rule_choices: dict[str, QComboBox] = {}
        self.thresholds: dict[str, QSpinBox | QDoubleSpinBox] = {}

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        rules = QScrollArea()  # every rule at its full 48 px, scrolled on a short screen
        rules.setWidgetResizable(True)
        rules.setWidget(self._build_rules(settings.policy))
        self.tabs.addTab(rules, tr("Check-in rules"))
        self.tabs.addTab(self._build_screens(settings), tr("Screens"))
        self.tabs.addTab(self._build_look(settings), tr("Look and sound"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("What saving did"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        readers = self._button(
            tr("Scanners and camera…"), tr("Open the scanner and camera settings")
        )
        readers.clicked.connect(self.readers_requested)
        cancel = self._button(tr("Cancel"), tr("Close without saving"))
        cancel.clicked.connect(self.reject)
        self.save_button = self._button(tr("Save"), tr("Save the settings"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(readers)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ building

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(TOUCH_PX)
        button.setAutoDefault(False)
        return button

    def _build_rules(self, policy: PolicySettings) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 1)
        for row, (field, words, threshold, unit) in enumerate(RULES):
            label = QLabel(tr(words))
            choice = QComboBox()
            choice.setMinimumHeight(TOUCH_PX)
            for value, shown in ACTIONS:
                choice.addItem(tr(shown), value)
            choice.setCurrentIndex(choice.findData(getattr(policy, field)))
            choice.setAccessibleName(tr("{rule}: let in, warn staff or stop", rule=tr(words)))
            self.rule_choices[field] = choice
            grid.addWidget(label, row, 0)
            if threshold is not None:
                box = self._threshold(policy, threshold, unit, words)
                grid.addWidget(box, row, 1)
            grid.addWidget(choice, row, 2)
        self.confirm_warn = QCheckBox(tr("On amber, ask “check in anyway?” before checking in"))
        self.confirm_warn.setChecked(policy.confirm_warn)
        self.confirm_warn.setMinimumHeight(TOUCH_PX)
        grid.addWidget(self.confirm_warn, len(RULES), 0, 1, 3)
        grid.setRowStretch(len(RULES) + 1, 1)
        return page

    def _threshold(
        self, policy: PolicySettings, field: str, unit: str, words: str
    ) -> QSpinBox | QDoubleSpinBox:
        limits = PolicySettings.model_fields[field].metadata
        low = next((m.ge for m in limits if hasattr(m, "ge")), 0)
        high = next((m.le for m in limits if hasattr(m, "le")), 1000)
        value = getattr(policy, field)
        box: QSpinBox | QDoubleSpinBox
        unlimited = field in OPTIONAL_LIMITS
        if value is None:
            value = 0.0  # shown as "no limit"
        if isinstance(value, int) and not unlimited:
            box = QSpinBox()
            box.setRange(int(low), int(high))
        else:
            box = QDoubleSpinBox()
            box.setRange(float(low), float(high))
            box.setDecimals(2 if unlimited else 1)
        if unlimited:
            box.setSpecialValueText(tr("no limit"))
        box.setValue(value)
        box.setSuffix(f" {tr(unit)}")
        box.setMinimumHeight(TOUCH_PX)
        box.setAccessibleName(tr("{rule}: how many {unit}", rule=tr(words), unit=tr(unit)))
        self.thresholds[field] = box
        return box

    def _build_screens(self, settings: Settings) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 1)
        self.idle_clear = self._seconds(
            settings.idle_clear_s, 5, 3600, tr("Desk start screen after")
        )
        self.staff_idle = self._seconds(
            settings.staff_idle_s, 5, 3600, tr("Staff pages close after")
        )
        self.countdown = self._seconds(
            settings.self_countdown_s, 1, 5, tr("Guest answer shown for")
        )
        self.device_name = QLineEdit(settings.device_name)
        self.device_name.setMaxLength(40)
        self.device_name.setMinimumHeight(TOUCH_PX)
        self.device_name.setPlaceholderText(tr("e.g. Desk 1"))
        self.device_name.setAccessibleName(tr("This desk's name (from the next start)"))
        rows: list[tuple[str, QWidget]] = [
            (tr("This desk's name (from the next start)"), self.device_name),
            (tr("The desk goes back to its start screen after"), self.idle_clear),
            (tr("Self check-in: a guest's answer stays for"), self.countdown),
            (tr("Self check-in: staff pages close without a touch after"), self.staff_idle),
        ]
        self.show_surname = QCheckBox(tr("Self check-in greets guests with their surname too"))
        self.show_surname.setChecked(settings.show_surname)
        self.show_surname.setMinimumHeight(TOUCH_PX)
        self.scale = QComboBox()
        self.scale.setMinimumHeight(TOUCH_PX)
        self.scale.setAccessibleName(tr("The desk's size"))
        for shown, value in (
            (tr("Fit the screen"), None),
            ("100 %", 1.0),
            ("125 %", 1.25),
            ("150 %", 1.5),
        ):
            self.scale.addItem(shown, value)
        self.scale.setCurrentIndex(max(0, self.scale.findData(settings.ui_scale)))
        rows.append((tr("The desk's size"), self.scale))
        self.language = QComboBox()
        self.language.setMinimumHeight(TOUCH_PX)
        self.language.setAccessibleName(tr("The desk's language (from the next start)"))
        self.language.addItem(tr("The system's language"), "auto")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        rows.append((tr("The desk's language (from the next start)"), self.language))
        self.large_text = QCheckBox(tr("Larger text on the desk (at least 125 %)"))
        self.large_text.setChecked(settings.large_text)
        self.large_text.setMinimumHeight(TOUCH_PX)
        self.high_contrast = QCheckBox(tr("High contrast on the desk (white on black)"))
        self.high_contrast.setChecked(settings.high_contrast)
        self.high_contrast.setMinimumHeight(TOUCH_PX)
        for row, (words, widget) in enumerate(rows):
            grid.addWidget(QLabel(words), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.show_surname, len(rows), 0, 1, 2)
        grid.addWidget(self.large_text, len(rows) + 1, 0, 1, 2)
        grid.addWidget(self.high_contrast, len(rows) + 2, 0, 1, 2)
        grid.setRowStretch(len(rows) + 3, 1)
        return page

    @staticmethod
    def _seconds(value: float, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(int(value))
        box.setSuffix(tr(" s"))
        box.setMinimumHeight(TOUCH_PX)
        box.setAccessibleName(tr("{setting}, in seconds", setting=name))
        return box

    def _build_look(self, settings: Settings) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        self.colour = settings.brand_colour
        self.colour_button = self._button("", tr("Self check-in header colour"))
        self.colour_button.clicked.connect(self._pick_colour)
        self.logo: Path | None = settings.logo
        self.logo_label = QLabel()
        self.logo_label.setWordWrap(True)
        logo_pick = self._button(tr("Choose…"), tr("Choose the logo for self check-in"))
        logo_pick.clicked.connect(self._pick_logo)
        logo_clear = self._button(tr("No logo"), tr("Show no logo"))
        logo_clear.clicked.connect(lambda: self._set_logo(None))
        self.sounds = QCheckBox(tr("Sounds on (a different sound for green, amber and red)"))
        self.sounds.setChecked(settings.sounds)
        self.sounds.setMinimumHeight(TOUCH_PX)
        self.speak = QCheckBox(tr("Self check-in says its answer aloud (first name at most)"))
        self.speak.setChecked(settings.speak_answers)
        self.speak.setMinimumHeight(TOUCH_PX)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.sound_volume)
        self.volume.setMinimumHeight(TOUCH_PX)
        self.volume.setAccessibleName(tr("Sound volume, in percent"))
        grid.addWidget(QLabel(tr("Self check-in header colour")), 0, 0)
        grid.addWidget(self.colour_button, 0, 1)
        grid.addWidget(QLabel(tr("Self check-in logo (PNG or SVG)")), 1, 0)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_pick)
        logo_row.addWidget(logo_clear)
        grid.addLayout(logo_row, 1, 1)
        grid.addWidget(self.sounds, 2, 0, 1, 2)
        grid.addWidget(QLabel(tr("Volume")), 3, 0)
        grid.addWidget(self.volume, 3, 1)
        grid.addWidget(self.speak, 4, 0, 1, 2)
        grid.addWidget(
            QLabel(tr("The colour, the logo and speech take effect from the next start.")),
            5,
            0,
            1,
            2,
        )
        grid.setRowStretch(6, 1)
        self._set_colour(self.colour)
        self._set_logo(self.logo)
        return page

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        ink = "#ffffff" if QColor(colour).lightness() < 140 else "#10282d"
        self.colour_button.setText(colour)
        self.colour_button.setStyleSheet(f"background: {colour}; color: {ink};")

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, tr("Header colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _set_logo(self, logo: Path | None) -> None:
        self.logo = logo
        self.logo_label.setText(logo.name if logo is not None else tr("No logo"))

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Logo"), "", tr("Images (*.png *.svg)"))
        if path:
            self._set_logo(Path(path))

    # ------------------------------------------------------------------ saving

    def changes(self) -> dict[str, Any]:
        """What differs from the settings now in force: a value back at its default becomes
        None (taken out of the file), anything else is written."""
        defaults = Settings.model_construct()
        policy_defaults = PolicySettings()
        current = self._settings
        wanted: dict[str, tuple[Any, Any, Any]] = {}  # key -> (new, now, default)
        for field, box in self.rule_choices.items():
            new = box.currentData()
            wanted[f"policy.{field}"] = (
                new,
                getattr(current.policy, field),
                getattr(policy_defaults, field),
            )
        for field, spin in self.thresholds.items():
            wanted[f"policy.{field}"] = (
                None if field in OPTIONAL_LIMITS and spin.value() == 0 else spin.value(),
                getattr(current.policy, field),
                getattr(policy_defaults, field),
            )
        wanted["policy.confirm_warn"] = (
            self.confirm_warn.isChecked(),
            current.policy.confirm_warn,
            policy_defaults.confirm_warn,
        )
        for key, new in (
            ("device_name", self.device_name.text().strip()),
            ("idle_clear_s", self.idle_clear.value()),
            ("staff_idle_s", self.staff_idle.value()),
            ("self_countdown_s", self.countdown.value()),
            ("show_surname", self.show_surname.isChecked()),
            ("ui_scale", self.scale.currentData()),
            ("language", self.language.currentData()),
            ("large_text", self.large_text.isChecked()),
            ("high_contrast", self.high_contrast.isChecked()),
            ("brand_colour", self.colour),
            ("logo", str(self.logo) if self.logo is not None else None),
            ("sounds", self.sounds.isChecked()),
            ("sound_volume", self.volume.value()),
            ("speak_answers", self.speak.isChecked()),
        ):
            now = getattr(current, key)
            wanted[key] = (new, str(now) if isinstance(now, Path) else now, getattr(defaults, key))
        changed: dict[str, Any] = {}
        for key, (new, now, default) in wanted.items():
            if new != now:
                changed[key] = None if new == default else new
        return changed

    def save(self) -> None:
        if not self.may_save():
            self.reject()
            return
        changed = self.changes()
        if not changed:
            self.message.setText(tr("Nothing changed."))
            self.accept()
            return
        where = save_settings(changed, self._path)
        fresh = Settings(settings_path=self._path)
        self.message.setText(tr("Saved in {path}.", path=where))
        self.saved.emit(fresh)
        self.accept()
