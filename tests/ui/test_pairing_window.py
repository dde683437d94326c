"""The first-run window as a manager uses it: paste the token, Find my sites, tap the site, tap
the mode (and the PIN for self check-in), Pair, then a test scan; against the stand-in server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ops import pairing as ops
from kiosk.ops.pairing import Pairing, SiteChoice, find_sites, save_pairing, try_band
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.collins.demo import FEATURED, VENUES
from kiosk.ui.pairing_window import PairingDialog, VendorPairing
from kiosk.ui.tasks import QtRunner
from tests.conftest import TOKEN
from tests.sandbox_helpers import code_of


def make_window(
    qtbot: QtBot,
    sandbox: SandboxServer,
    tmp_path: Path,
    keyring: dict[str, str],
    collins_url: str = "https://api.collinsbookings.com/api",
    token: str | None = None,
) -> PairingDialog:
    runner = QtRunner()
    seen: dict[str, SiteChoice] = {}

    def find(url: str, token: str) -> list[tuple[str, str]]:
        sites = find_sites(url, token)
        seen.update({s.id: s for s in sites})
        return [(s.id, s.label) for s in sites]

    def save(url: str, token: str, site_id: str, _: str, mode: str, pin: str | None) -> str:
        return save_pairing(
            Pairing(url, token, seen[site_id], mode, pin),
            settings_path=tmp_path / "settings.toml",
            store_token=keyring.__setitem__,  # the OS keyring's place (tests/file_keyring.py)
        )

    def save_collins(
        url: str, token: str, venue: str, name: str, mode: str, pin: str | None
    ) -> str:
        return ops.save_collins_pairing(
            ops.CollinsPairing(url, token, venue or None, name or None, mode, pin),
            settings_path=tmp_path / "settings.toml",
            store_token=keyring.__setitem__,
        )

    def check_collins(url: str, token: str) -> list[tuple[str, str]] | None:
        ops.check_collins(url, token)
        return None

    vendors = [
        VendorPairing("Trybe", sandbox.url, find, save, try_band),
        VendorPairing(
            "Collins",
            collins_url,
            check_collins,
            save_collins,
            lambda url, token, _venue, code: ops.try_collins_card(url, token, code),
            code_words="a guest card",
        ),
    ]
    window = PairingDialog(vendors, runner, token=token)
    qtbot.addWidget(window)
    window.show()
    window.finished.connect(lambda _: runner.shutdown())
    return window


def test_a_manager_pairs_a_self_check_in_kiosk_and_tests_a_scan(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    keyring: dict[str, str] = {}
    window = make_window(qtbot, sandbox, tmp_path, keyring)
    QTest.keyClicks(window.token_field, TOKEN)
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.site_page, timeout=5000)
    labels = [window.site_list.item(i).text() for i in range(window.site_list.count())]
    assert labels == ["Palm Tree Spa (Europe/London)", "Thermen am See (Europe/Berlin)"]

    assert not window.pin_field.isVisible()  # the front desk needs no PIN
    qtbot.mouseClick(window.self_button, Qt.MouseButton.LeftButton)
    assert window.pin_field.isVisible()
    QTest.keyClicks(window.pin_field, "731946")
    QTest.keyClicks(window.pin_again, "731964")
    qtbot.mouseClick(window.pair_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "The two PINs differ: type them again."
    assert not (tmp_path / "settings.toml").exists()

    for weak, why in (("2468", "A PIN is 6 to 12 digits."), ("123456", "among the first")):
        # issue 30: an unattended keypad's PIN is 6 digits or more and nothing guessable
        window.pin_field.clear()
        window.pin_again.clear()
        QTest.keyClicks(window.pin_field, weak)
        QTest.keyClicks(window.pin_again, weak)
        qtbot.mouseClick(window.pair_button, Qt.MouseButton.LeftButton)
        assert why in window.message.text()
        assert not (tmp_path / "settings.toml").exists()

    window.pin_field.clear()
    window.pin_again.clear()
    QTest.keyClicks(window.pin_field, "731946")
    QTest.keyClicks(window.pin_again, "731946")
    qtbot.mouseClick(window.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.test_page, timeout=5000)
    assert "Paired with Palm Tree Spa as a self check-in" in window.paired_label.text()
    assert keyring == {sandbox.url: TOKEN}
    saved = (tmp_path / "settings.toml").read_text()
    assert 'mode = "self"' in saved
    assert TOKEN not in saved

    QTest.keyClicks(window.code_field, code_of("Amelia Hart"))
    QTest.keyClick(window.code_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scan_answer.text().startswith("✔ Found Amelia H."), timeout=5000)


def test_a_wrong_token_is_said_in_words_and_keeps_the_first_step(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox, tmp_path, {})
    QTest.keyClicks(window.token_field, "a-token-copied-short")
    QTest.keyClick(window.token_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.text().startswith("✖"), timeout=5000)
    assert "refused this token" in window.message.text()
    assert window.pages.currentWidget() is window.connect_page
    assert window.isEnabled()  # ready for another try


def test_a_token_the_environment_gives_is_used_not_asked_for(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Issue 27: with KIOSK_API_TOKEN set, the window asked for the token again."""
    window = make_window(qtbot, sandbox, tmp_path, {}, token=sandbox.token)
    assert window.token_field.text() == sandbox.token
    assert "already has" in window.message.text()
    QTest.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.site_page, timeout=5000)


def test_a_collins_venue_is_paired_with_its_id_and_a_guest_card_tried(
    qtbot: QtBot, sandbox: SandboxServer, collins_sandbox: SandboxServer, tmp_path: Path
) -> None:
    keyring: dict[str, str] = {}
    window = make_window(qtbot, sandbox, tmp_path, keyring, collins_url=collins_sandbox.url)
    qtbot.mouseClick(window.vendor_buttons["Collins"], Qt.MouseButton.LeftButton)
    assert window.url_field.text() == collins_sandbox.url
    QTest.keyClicks(window.token_field, TOKEN)
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.site_page, timeout=5000)
    assert not window.site_list.isVisible()  # Collins lists no venues: they are typed
    assert window.venue_field.isVisible()
    QTest.keyClicks(window.venue_field, VENUES[0][0])
    QTest.keyClicks(window.venue_name, "The Brasserie")
    qtbot.mouseClick(window.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.test_page, timeout=5000)
    assert "Paired with Collins at The Brasserie" in window.paired_label.text()
    assert "a guest card" in window.test_hint.text()
    saved = (tmp_path / "settings.toml").read_text()
    assert 'backend = "collins"' in saved
    assert keyring == {collins_sandbox.url: TOKEN}
    QTest.keyClicks(window.code_field, FEATURED[0].id)
    QTest.keyClick(window.code_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scan_answer.text().startswith("✔ Found Marta S."), timeout=5000)
