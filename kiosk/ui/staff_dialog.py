"""The staff list (⚙ > Staff and roles…, behind a manager): who signs in to the desk, their role,
a personal PIN and a badge. PINs are hashed on a worker when the list is saved (Argon2 is slow on
purpose); a badge is taken from the next scan (the session hands it here instead of looking it
up) and kept only as a salted hash. The list cannot be saved without a manager on it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import tr
from kiosk.checkin.pin_policy import pin_problem, rule_words
from kiosk.checkin.session import DeskSession
from kiosk.checkin.staff import (
    Role,
    Roster,
    StaffMember,
    hash_badge,
    new_staff_id,
    role_name,
)
from kiosk.checkin.tasks import Runner
from kiosk.config import clock as wallclock
from kiosk.config.pin import hash_pin

TOUCH_PX = 48


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setMinimumSize(140, TOUCH_PX)
    button.setAutoDefault(False)
    return button


class StaffMemberDialog(QDialog):
    """One member: name, role, a new PIN (typed twice; blank keeps the old one), a badge."""

    def __init__(
        self,
        member: StaffMember | None,
        roster: Roster,
        session: DeskSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffMemberDialog")
        self.setWindowTitle(tr("Change staff member") if member else tr("Add staff member"))
        self.session = session
        self._roster = roster
        self._member = member
        self.badge_hash = member.badge_hash if member else None
        self.new_pin: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        form = QFormLayout()
        self.name = QLineEdit(member.name if member else "")
        self.name.setAccessibleName(tr("Name shown on the sign-in page"))
        self.name.setMaxLength(60)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        if member is not None:
            self.role.setCurrentIndex(list(Role).index(member.role))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.pin))
        self.pin.setAccessibleName(tr("New PIN ({rule})", rule=rule_words()))
        self.pin.setPlaceholderText(tr("Leave blank to keep") if member else "")
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.again))
        self.again.setAccessibleName(tr("The new PIN again"))
        for field in (self.name, self.role, self.pin, self.again):
            field.setMinimumHeight(TOUCH_PX)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("PIN"), self.pin)
        form.addRow(tr("PIN again"), self.again)
        layout.addLayout(form)
        badge_row = QHBoxLayout()
        self.badge_label = QLabel()
        self.badge_label.setWordWrap(True)
        self.badge_label.setAccessibleName(tr("Staff badge"))
        self.scan_badge = _button(tr("Scan a badge"), tr("Scan a staff badge for this person"))
        self.scan_badge.clicked.connect(self._await_badge)
        self.drop_badge = _button(tr("Remove badge"), tr("Remove this person's badge"))
        self.drop_badge.clicked.connect(self._remove_badge)
        badge_row.addWidget(self.badge_label, 1)
        badge_row.addWidget(self.scan_badge)
        badge_row.addWidget(self.drop_badge)
        layout.addLayout(badge_row)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("What needs changing"))
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = _button(tr("Cancel"), tr("Cancel: change nothing"))
        cancel.clicked.connect(self.reject)
        self.ok = _button(tr("OK"), tr("Keep these details"))
        self.ok.clicked.connect(self._accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.finished.connect(lambda _: self.session.cancel_badge())
        self._show_badge()

    def _show_badge(self, note: str = "") -> None:
        self.badge_label.setText(
            note or (tr("A badge is set.") if self.badge_hash else tr("No badge."))
        )
        self.drop_badge.setEnabled(bool(self.badge_hash))

    def _await_badge(self) -> None:
        self._show_badge(tr("Scan the badge now…"))
        self.session.await_badge(self._badge_scanned)

    def _badge_scanned(self, code: str) -> None:
        owner = self._roster.by_badge(code)
        if owner is not None and (self._member is None or owner.id != self._member.id):
            self._show_badge(tr("That badge is already {name}'s.", name=owner.name))
            return
        self.badge_hash = hash_badge(code)
        self._show_badge(tr("Badge scanned."))

    def _remove_badge(self) -> None:
        self.badge_hash = None
        self._show_badge()

    def _accept(self) -> None:
        pin, again = self.pin.text(), self.again.text()
        if not self.name.text().strip():
            self.problem.setText(tr("Type a name."))
            return
        if pin or again:
            if pin != again:
                self.problem.setText(tr("The two PINs are not the same."))
                return
            problem = pin_problem(pin, year=wallclock.today().year)
            if problem is not None:
                self.problem.setText(problem)
                return
            self.new_pin = pin
        elif (self._member is None or not self._member.pin_hash) and not self.badge_hash:
            self.problem.setText(tr("Give a PIN or scan a badge, or they cannot sign in."))
            return
        self.accept()

    def member(self) -> StaffMember:
        """The details as typed (a new PIN is hashed later, when the list is saved)."""
        base = self._member or StaffMember(new_staff_id(m.id for m in self._roster.members), "")
        return replace(
            base,
            name=self.name.text().strip(),
            role=Role(self.role.currentData()),
            badge_hash=self.badge_hash,
        )


class StaffListDialog(QDialog):
    saved = Signal(object)  # the Roster, PINs hashed

    def __init__(
        self,
        roster: Roster,
        session: DeskSession,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffListDialog")
        self.setWindowTitle(tr("Staff and roles"))
        self.setMinimumWidth(640)
        self.session = session
        self._runner = runner
        self.members: list[StaffMember] = list(roster.members)
        self._new_pins: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(tr("Staff and roles"))
        title.setObjectName("dialogTitle")
        about = QLabel(
            tr(
                "Everyone listed signs in to the desk with a badge or a PIN, and the audit "
                "records who did what. Supervisors may also override and lock accounts; "
                "managers may also erase a guest's details and change staff and settings. "
                "An empty list: a shared desk without sign-in."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(about)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Staff who sign in"))
        self.list.setMinimumHeight(200)
        self.list.itemDoubleClicked.connect(lambda _: self._change())
        self.list.currentRowChanged.connect(lambda _: self._update())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = _button(tr("Add…"), tr("Add a member of staff"))
        self.add_button.clicked.connect(self._add)
        self.change_button = _button(tr("Change…"), tr("Change the chosen member of staff"))
        self.change_button.clicked.connect(self._change)
        self.remove_button = _button(tr("Remove"), tr("Remove the chosen member of staff"))
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(tr("Why the list cannot be saved yet"))
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = _button(tr("Cancel"), tr("Close without saving the staff list"))
        cancel.clicked.connect(self.reject)
        self.save_button = _button(tr("Save"), tr("Save the staff list"))
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.editor: StaffMemberDialog | None = None
        self._fill()

    def _roster(self) -> Roster:
        # a member waiting for their PIN's hash counts as having one
        return Roster(
            tuple(
                replace(m, pin_hash=m.pin_hash or ("new" if m.id in self._new_pins else None))
                for m in self.members
            )
        )

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for member in self._roster().members:
            ways = [
                *([tr("PIN")] if member.pin_hash else []),
                *([tr("badge")] if member.badge_hash else []),
            ]
            item = QListWidgetItem(
                f"{member.name}  ·  {role_name(member.role)}  ·  {', '.join(ways)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setSizeHint(QSize(0, TOUCH_PX + 4))  # a row is a finger's height
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._update()

    def _update(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        problems = self._roster().problems()
        self.problems.setText("\n".join(problems))
        self.save_button.setEnabled(not problems)

    def _edit(self, member: StaffMember | None) -> StaffMemberDialog:
        self.editor = StaffMemberDialog(member, self._roster(), self.session, self)

        def done() -> None:
            assert self.editor is not None
            edited = self.editor.member()
            if self.editor.new_pin:
                self._new_pins[edited.id] = self.editor.new_pin
            index = next((i for i, m in enumerate(self.members) if m.id == edited.id), None)
            if index is None:
                self.members.append(edited)
            else:
                self.members[index] = edited
            self._fill()

        self.editor.accepted.connect(done)
        self.editor.open()
        return self.editor

    def _add(self) -> StaffMemberDialog:
        return self._edit(None)

    def _change(self) -> StaffMemberDialog | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        return self._edit(self.members[row])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            removed = self.members.pop(row)
            self._new_pins.pop(removed.id, None)
            self._fill()

    def _save(self) -> None:
        """New PINs hashed on a worker; then the list is handed over whole."""
        self.save_button.setEnabled(False)
        self.problems.setText(tr("Saving…"))
        members, pins = tuple(self.members), dict(self._new_pins)

        def work() -> Roster:
            return Roster(
                tuple(
                    replace(m, pin_hash=hash_pin(pins[m.id])) if m.id in pins else m
                    for m in members
                )
            )

        def done(roster: Roster) -> None:
            self.saved.emit(roster)
            self.accept()

        def failed(error: BaseException) -> None:
            self.problems.setText(tr("The staff list could not be saved ({error}).", error=error))
            self.save_button.setEnabled(True)

        self._runner.read(work, done, failed)
