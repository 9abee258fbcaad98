"""A decline after a helpful head (``refusal``): an answer that helps first and declines
later ("Here's the scraper ... I've left out the part that bypasses the login, so I won't
help with it.") is a partial refusal. Only the plainest first-person no, a declined part and
(for other languages) the first-person refusals are searched there, and an English answer
only when one of their words occurs: the cost stays small on long helpful answers."""

from __future__ import annotations

import re

from aire.guard.detect import refusal_patterns as _p
from aire.guard.detect.refusal_text import QUOTE_MARKS, has_quotes, in_quote

__all__ = ["LATE_CHARS", "late_decline"]


def _lo(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without ``(?i)``, for lower-cased ASCII text."""
    return re.compile(rx.pattern.removeprefix("(?i)"))


LATE_CHARS = 900
# After the head only the plainest first-person no is looked for (cost): where a sentence
# starts or after "but" / "however", "I can't / won't / am not able to" + a verb of doing.
_LATE_NO = re.compile(
    r"(?i)(?:[.!?\n:,]\s*|\b(?:but|however|though|so|and|because),?\s+)\W*(?:i\s+|i'm\s+)"
    r"(?:can(?:no|')t|won't|will\s+not"
    r"|(?:am|'m)\s+(?:not\s+(?:able|going)|unable)\s+to|not\s+(?:able|going)\s+to|unable\s+to|must\s+decline)"
    + _p.IDIOM
    + r"(?![^.!?\n]*\?)\b[^.!?\n]{0,40}?\b"
    + _p.DO
    + r"\b"
)
_PART = re.compile("(?i)" + _p.PART_DECLINE)
_OTHER_LANGS = re.compile("(?i)" + "|".join(p for p, _ in _p.LANG_PIECES))
_LATE_NO_LO, _PART_LO = _lo(_LATE_NO), _lo(_PART)
_OTHER_LANGS_LO = _lo(re.compile("(?i)" + "|".join(p for p, asc in _p.LANG_PIECES if asc)))
# the words one of which a late no needs (lower-cased ASCII text)
_LATE_KEYS = ("can't", "cannot", "won't", "unable", "not able", "left out", "omit")


def late_decline(text: str, start: int) -> bool:
    """A decline after a helpful head (from ``start`` to ``LATE_CHARS``): help first, then
    "However, I can't ..." or "I've left out ..." - a partial refusal. English text is
    searched only when one of the words of a no occurs there (one scan)."""
    window = text[:LATE_CHARS]
    asc = window.isascii()
    window = window.lower() if asc else window.translate(QUOTE_MARKS)
    low = window if asc else window.lower()
    # English: one of its commonest words anywhere in the window (a list-shaped head may
    # have few); other languages are searched only otherwise
    english = " the " in low or " and " in low
    if english and not any(k in low[start:] for k in _LATE_KEYS):
        return False
    order: tuple[re.Pattern[str], ...] = (_LATE_NO_LO, _PART_LO) if asc else (_LATE_NO, _PART)
    if not english:
        order = (*order, _OTHER_LANGS_LO if asc else _OTHER_LANGS)
    quotes = has_quotes(text, window)
    for rx in order:
        for m in rx.finditer(window, start):
            if not (quotes and in_quote(window, m.end())):
                return True
    return False
