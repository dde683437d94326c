"""Layout-proof wedge input: what a scanner *meant* to type, from the keys it pressed.

A USB scanner is a keyboard that sends key positions (HID usages) as if it were a US keyboard.
The PC turns positions into characters with *its* layout: on a German PC the scanner's "Z"
arrives as "y" and ":" as "Ö"; on a French PC digits need Shift and arrive as "&é\"'(". The
position itself is layout-independent: it reaches the app as the native scan code. Reading
the US character for that position restores the text the scanner meant.

Scan codes: PC set 1 (Windows passes these; Linux evdev uses the same numbers for the main
block, and X11/Wayland add 8).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

_ROWS = {
    # set-1 code: (unshifted, shifted) on a US keyboard
    0x02: ("1", "!"), 0x03: ("2", "@"), 0x04: ("3", "#"), 0x05: ("4", "$"), 0x06: ("5", "%"),
    0x07: ("6", "^"), 0x08: ("7", "&"), 0x09: ("8", "*"), 0x0A: ("9", "("), 0x0B: ("0", ")"),
    0x0C: ("-", "_"), 0x0D: ("=", "+"),
    0x10: ("q", "Q"), 0x11: ("w", "W"), 0x12: ("e", "E"), 0x13: ("r", "R"), 0x14: ("t", "T"),
    0x15: ("y", "Y"), 0x16: ("u", "U"), 0x17: ("i", "I"), 0x18: ("o", "O"), 0x19: ("p", "P"),
    0x1A: ("[", "{"), 0x1B: ("]", "}"),
    0x1E: ("a", "A"), 0x1F: ("s", "S"), 0x20: ("d", "D"), 0x21: ("f", "F"), 0x22: ("g", "G"),
    0x23: ("h", "H"), 0x24: ("j", "J"), 0x25: ("k", "K"), 0x26: ("l", "L"), 0x27: (";", ":"),
    0x28: ("'", '"'), 0x29: ("`", "~"), 0x2B: ("\\", "|"),
    0x2C: ("z", "Z"), 0x2D: ("x", "X"), 0x2E: ("c", "C"), 0x2F: ("v", "V"), 0x30: ("b", "B"),
    0x31: ("n", "N"), 0x32: ("m", "M"), 0x33: (",", "<"), 0x34: (".", ">"), 0x35: ("/", "?"),
    0x39: (" ", " "),
    # keypad (some scanners send digits here): the same on every layout
    0x47: ("7", "7"), 0x48: ("8", "8"), 0x49: ("9", "9"), 0x4A: ("-", "-"), 0x4B: ("4", "4"),
    0x4C: ("5", "5"), 0x4D: ("6", "6"), 0x4E: ("+", "+"), 0x4F: ("1", "1"), 0x50: ("2", "2"),
    0x51: ("3", "3"), 0x52: ("0", "0"), 0x53: (".", "."), 0x37: ("*", "*"),
}  # fmt: skip

US_KEYS: dict[int, tuple[str, str]] = dict(_ROWS)
"""set-1 scan code -> (unshifted, shifted) character on a US keyboard."""


def native_offset(platform: str = sys.platform) -> int | None:
    """How this platform's native scan codes relate to set 1, or None where unknown (macOS)."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return 8  # X11 and Wayland keycodes are evdev + 8
    if platform.startswith("win"):
        return 0
    return None


def us_character(native_scan_code: int, shifted: bool, offset: int | None) -> str | None:
    """The character a US keyboard gives for this key, or None if it cannot be known."""
    if offset is None or native_scan_code <= 0:
        return None
    pair = US_KEYS.get(native_scan_code - offset)
    if pair is None:
        return None
    return pair[1] if shifted else pair[0]


def position_of(char: str) -> tuple[int, bool] | None:
    """(set-1 code, shifted) that types ``char`` on a US keyboard (main block first)."""
    for code, (plain, shifted) in US_KEYS.items():
        if code >= 0x37 and code != 0x39:
            continue  # keypad: never the first choice
        if char == plain:
            return code, False
        if char == shifted:
            return code, True
    return None


def N_(source: str) -> str:
    """Marks a sentence for the translation catalogue (the screen translates it)."""
    return source


@dataclass(frozen=True)
class LayoutAdvice:
    """What a scan of the test code says about keyboard layouts, as a sentence template and
    its values (so a screen can say it in its own language; ``str()`` is the English)."""

    template: str
    values: dict[str, str]
    agrees: bool

    def __str__(self) -> str:
        return self.template.format(**self.values)


def _mismatch(expected: str, received: str) -> LayoutAdvice | None:
    if expected == received:
        return None
    pairs = set(zip(expected.lower(), received.lower(), strict=False))
    if ("z", "y") in pairs or ("y", "z") in pairs:
        guess = N_("German or other QWERTZ")
    elif ("a", "q") in pairs or ("q", "a") in pairs or any(r in "&é\"'(-è_çà" for _, r in pairs):
        guess = N_("French (AZERTY)")
    elif ("@", '"') in pairs or ('"', "@") in pairs or ("#", "£") in pairs:
        guess = N_("UK")
    else:
        guess = N_("a different")
    return LayoutAdvice(
        N_(
            "The scanner and this PC use different keyboard layouts (the PC looks {guess}): "
            "the test code {expected} arrived as {received}. Set the scanner to the PC's "
            "layout, or keep 'scanner layout: US' in the settings."
        ),
        {"guess": guess, "expected": repr(expected), "received": repr(received)},
        agrees=False,
    )


def diagnose_mismatch(expected: str, received: str) -> str | None:
    """When a known test code arrives changed, say in words which layouts disagree."""
    advice = _mismatch(expected, received)
    return str(advice) if advice is not None else None


LAYOUT_TEST_CODE = "KIOSK-TEST:Zy/7@q"
"""Printed on the card sheet: letters and symbols that every common layout moves somewhere."""


def layout_check(payload: str) -> LayoutAdvice | None:
    """None if ``payload`` is not the layout test code; else what the scan says about layouts.

    A scan of the test code through mismatched layouts arrives changed but recognisable: same
    length, most characters in place.
    """
    if payload == LAYOUT_TEST_CODE:
        return LayoutAdvice(
            N_("The scanner and this PC agree on the keyboard layout: scans arrive exactly."),
            {},
            agrees=True,
        )
    if len(payload) != len(LAYOUT_TEST_CODE):
        return None
    same = sum(a == b for a, b in zip(payload, LAYOUT_TEST_CODE, strict=True))
    if same * 2 < len(LAYOUT_TEST_CODE):
        return None
    return _mismatch(LAYOUT_TEST_CODE, payload)
