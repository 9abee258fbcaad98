"""Case-insensitive context words as a pattern led by one character class.

``by_first_letter`` (``addresses``) groups words by their first letter, each group led by
that letter's class: "(?:[bB](?i:orn|irth)|[dD](?i:ob)|...)". An alternation of classes
gives re no class to skip to, so a ``search`` tries every group at every position (the
40 characters before each phone number, the 60 before each date). ``letter_led`` is the
same pattern led by the union of the classes, each group then checked behind that
character: re skips in C to the characters that can start a word. The groups' classes
never share a character, so at most one group applies where a match starts.
"""

from __future__ import annotations

import re

from aire.guard.detect.addresses import _CASES, by_first_letter

__all__ = ["by_first_char", "letter_led"]


def letter_led(alternatives: str, *, boundary: bool = False) -> str:
    r"""``by_first_letter(alternatives)``, with ``\b`` before it if ``boundary``, led by
    one class: the same matches. A word boundary before a letter is "no \w before it":
    ``(?<!\w.)`` once that letter is taken (the "." is the letter; at the string's start
    the look-behind finds nothing)."""
    by_first: dict[str, list[str]] = {}
    for a in alternatives.split("|"):
        by_first.setdefault(a[0], []).append(a[1:])
    classes = {ch: _CASES.get(ch, ch + ch.upper()) for ch in by_first}
    # what by_first_letter builds from the same words (if it still does: see below)
    plain = (
        "(?:" + "|".join(f"[{classes[ch]}](?i:{'|'.join(r)})" for ch, r in by_first.items()) + ")"
    )
    if plain != by_first_letter(alternatives):
        # by_first_letter builds its groups some other way now: its own pattern (the same
        # matches, without the speed), not a copy that may have drifted from it
        return (r"\b" if boundary else "") + by_first_letter(alternatives)
    lead = "[" + "".join(classes.values()) + "]" + (r"(?<!\w.)" if boundary else "")
    groups = "|".join(f"(?<=[{classes[ch]}])(?i:{'|'.join(r)})" for ch, r in by_first.items())
    return f"{lead}(?:{groups})"


def by_first_char(alternatives: str) -> str:
    """``(?i:alternatives)`` for a pattern without the ``(?i)`` flag, grouped by first
    character as ``by_first_letter`` does, each group led by its class where re rejects it
    in C (perf11); a group whose first character is not an ASCII letter is led by
    ``(?i:that character)`` instead. Alternatives split at the "|" outside brackets. The
    order within a group is kept; no two groups match the same character."""
    parts, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(alternatives):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
    parts.append(alternatives[start:])
    by_first: dict[str, list[str]] = {}
    for a in parts:
        assert a[:1] not in ("", "\\", "(", "["), a  # a plain first character
        by_first.setdefault(a[0], []).append(a[1:])
    groups = []
    for ch, rests in by_first.items():
        lead = f"[{_CASES.get(ch, ch + ch.upper())}]" if ch.isascii() and ch.isalpha() else None
        groups.append(f"{lead or f'(?i:{re.escape(ch)})'}(?i:{'|'.join(rests)})")
    return "(?:" + "|".join(groups) + ")"
