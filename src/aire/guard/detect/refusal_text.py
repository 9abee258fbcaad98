"""Text handling of the refusal detector (``refusal``): quotation marks (a refusal inside
quotes is quoted, not the answer's own) and a reasoning model's leading ``<think>`` block
(the answer is what follows it)."""

from __future__ import annotations

__all__ = ["QUOTE_MARKS", "answer", "has_quotes", "in_quote"]

# typographic apostrophes to ASCII: "I can’t", "I’m sorry"
QUOTE_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})

# Quotation marks: a refusal inside quotes is quoted ("a model may answer \"I can't help
# with that\""; a polite "I must decline" drafted for the user), not the answer's own.
_QUOTE_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f'


def in_quote(head: str, pos: int) -> bool:
    """Whether ``pos`` of ``head`` lies inside an open quotation."""
    s = head[:pos]
    if s.count('"') % 2:
        return True
    if "\u201e" in s:  # German „...“
        if s.count("\u201e") > s.count("\u201c"):
            return True
    elif s.count("\u201c") > s.count("\u201d"):
        return True
    return s.count("\u00ab") > s.count("\u00bb") or s.count("\u300c") > s.count("\u300d")


def has_quotes(text: str, head: str) -> bool:
    """Quotation marks in the head, other than one pair around the whole answer."""
    n = sum(head.count(c) for c in _QUOTE_CHARS)
    if not n:
        return False
    body = text.strip()
    return not (
        body[:1] in '"\u201c\u00ab\u300c'
        and body[-1:] in '"\u201d\u00bb\u300d'
        and sum(body.count(c) for c in _QUOTE_CHARS) == 2
    )


_THINK_TAGS = ("think", "thinking", "reasoning")


def answer(text: str) -> str:
    """The answer after a reasoning model's leading ``<think>...</think>`` block: the
    block weighs whether to decline ("I must decline"), the answer after it is what the
    user reads. Text without such a block is returned as it is."""
    if "<" not in text[:16]:  # cheap: no copy of a long answer
        return text
    low = text[:40].lstrip()[:12].lower()
    for tag in _THINK_TAGS:
        if low.startswith(f"<{tag}>"):
            end = text.find(f"</{tag}>")
            return text[end + len(tag) + 3 :].lstrip() if end >= 0 else text
    return text
