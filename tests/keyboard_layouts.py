"""What UK, German and French PCs type for the keys a US-configured scanner presses.

Used to simulate a scanner on a machine with another layout: for each character of a payload,
the US key position (set-1 code + Shift) is pressed, and the event carries the text *this*
layout would produce (empty for a dead key, as Qt delivers it).
"""

from __future__ import annotations

# set-1 code -> (unshifted, shifted), only where the layout differs from US
UK = {
    0x03: ("2", '"'), 0x04: ("3", "£"), 0x28: ("'", "@"), 0x29: ("`", "¬"), 0x2B: ("#", "~"),
}  # fmt: skip

DE = {
    0x03: ("2", '"'), 0x04: ("3", "§"), 0x07: ("6", "&"), 0x08: ("7", "/"), 0x09: ("8", "("),
    0x0A: ("9", ")"), 0x0B: ("0", "="), 0x0C: ("ß", "?"), 0x0D: ("", ""), 0x15: ("z", "Z"),
    0x1A: ("ü", "Ü"), 0x1B: ("+", "*"), 0x27: ("ö", "Ö"), 0x28: ("ä", "Ä"), 0x29: ("", "°"),
    0x2B: ("#", "'"), 0x2C: ("y", "Y"), 0x33: (",", ";"), 0x34: (".", ":"), 0x35: ("-", "_"),
}  # fmt: skip

FR = {
    0x02: ("&", "1"), 0x03: ("é", "2"), 0x04: ('"', "3"), 0x05: ("'", "4"), 0x06: ("(", "5"),
    0x07: ("-", "6"), 0x08: ("è", "7"), 0x09: ("_", "8"), 0x0A: ("ç", "9"), 0x0B: ("à", "0"),
    0x0C: (")", "°"), 0x0D: ("=", "+"), 0x10: ("a", "A"), 0x11: ("z", "Z"), 0x1A: ("", ""),
    0x1B: ("$", "£"), 0x1E: ("q", "Q"), 0x27: ("m", "M"), 0x28: ("ù", "%"), 0x2C: ("w", "W"),
    0x32: (",", "?"), 0x33: (";", "."), 0x34: (":", "/"), 0x35: ("!", "§"),
}  # fmt: skip

LAYOUTS = {"UK": UK, "DE": DE, "FR": FR}
