r"""Byte shapes of a text: necessary conditions for a pattern, checked in C.

A text is encoded to ASCII (any other character as "?") and translated byte by byte into
a few classes: a pattern that needs three digits, a dash, two digits, a dash and four
digits cannot match a text whose shape lacks "ddd-dd-dddd", and one bytes search says so
(a regex tried at every digit of every number window costs several times more). Any
character that is not ASCII counts as a digit (``\d`` also matches other scripts'
digits), so a shape never rules out a text the pattern could match.
"""

from __future__ import annotations

import re

__all__ = ["digit_shape", "ends_before", "may_hold_card", "may_hold_ipv6"]

# digits, "?" and every byte of a non-ASCII character -> "d"; "-" and " " kept; others "x"
_DIGIT_CLASSES = bytes(
    100 if 48 <= b <= 57 or b == 63 or b >= 128 else b if b in (32, 45) else 120 for b in range(256)
)


# the last text shaped, and its shape (the PII finders of one text ask in turn; a str is
# immutable, so the same object has the same shape; one tuple, swapped whole)
_LAST: tuple[str, bytes] = ("", b"")


def digit_shape(text: str) -> bytes:
    """``text`` as bytes, one per character: "d" for a digit (or any character that may
    be one), "-" and " " as they are, "x" for anything else."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    shape = text.encode("ascii", "replace").translate(_DIGIT_CLASSES)
    _LAST = (text, shape)
    return shape


# four digits, maybe a space or dash, two digits: the start of every match of pii's card
# pattern ("[0-6]" and three digits, then groups of two to six digits)
_CARD_START = re.compile(rb"dddd[- ]?dd")


def may_hold_card(text: str) -> bool:
    """False when ``text`` has no four digits followed (after a space or dash, or not) by
    two more: no card number can be there."""
    return _CARD_START.search(digit_shape(text)) is not None


# ASCII hex digits -> "h", ":" kept, others "x"
_HEX_CLASSES = bytes(
    104 if chr(b) in "0123456789abcdefABCDEF" else 58 if b == 58 else 120 for b in range(256)
)
# two colons with at most four hex digits between them: every IPv6 address has them
_COLON_PAIRS = tuple(b":" + b"h" * n + b":" for n in range(5))


def may_hold_ipv6(text: str) -> bool:
    """False when ``text`` has no two colons with at most four hex digits between them
    ("::", ":0:", ":db8:"), which every match of pii's IPv6 pattern holds: "Phone:", "E-mail:"
    and "https://" make many colons, but not these."""
    shape = text.encode("ascii", "replace").translate(_HEX_CLASSES)
    return any(pair in shape for pair in _COLON_PAIRS)


def ends_before(text: str, ch: str, reach: int, most: int = 8) -> str:
    """The ``reach`` characters of ``text`` that end with each ``ch`` in it, joined by line
    breaks; ``text`` itself when it holds ``ch`` more than ``most`` times. A string of at
    most ``reach`` characters that ends with ``ch`` and holds no line break is in the one
    exactly when it is in the other (a substring test on a 2 KB text costs ~1 us; on
    the few characters before its colons, a few ns; perf11)."""
    if text.count(ch) > most:
        return text
    parts = []
    i = text.find(ch)
    while i != -1:
        parts.append(text[max(0, i + 1 - reach) : i + 1])
        i = text.find(ch, i + 1)
    return "\n".join(parts)
