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

from aire.guard.detect.addresses import _CASES, by_first_letter

__all__ = ["letter_led"]


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
