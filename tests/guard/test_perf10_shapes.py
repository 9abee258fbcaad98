"""Speed rewrites of perf10 that must not change a match: the unit words grouped by first
letter (``by_first_letter``, "#" included) and the number windows merged in locals."""

from __future__ import annotations

import random
import re

from aire.guard.detect import pii
from aire.guard.detect.addresses import _UNIT_ALTERNATIVES, by_first_letter


def _samples() -> list[str]:
    words = [re.sub(r"\(\?=.*?\)", "", w) for w in _UNIT_ALTERNATIVES.split("|")]
    out = []
    for w in words:
        for form in (w, w.upper(), w.title(), w.replace("s", "ſ"), w.replace("k", "\u212a")):
            for tail in ("", ".", ":", " 4", "x", "-2", ". 12"):
                out.append(form + tail)
    return out


def test_grouped_unit_words_match_where_the_plain_alternation_does() -> None:
    tail = r"(?![^\W\d_])\.?:?\s*#?\s*\w{1,6}"
    plain = re.compile(f"(?i:{_UNIT_ALTERNATIVES}){tail}")
    grouped = re.compile(by_first_letter(_UNIT_ALTERNATIVES) + tail)
    for s in _samples():
        a, b = plain.match(s), grouped.match(s)
        assert (a and a.span()) == (b and b.span()), s


def _windows_reference(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[0-9][0-9 ().+/:x#-]*", text):
        start, stop = max(0, m.start() - 48), min(len(text), m.end() + 48)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


def test_number_windows_are_the_merged_margins_around_numbers() -> None:
    rng = random.Random(10)
    for _ in range(2000):
        n = rng.randint(0, 400)
        text = "".join(rng.choice("ab  .,7x(") if rng.random() > 0.02 else "5" for _ in range(n))
        assert pii._windows(text) == _windows_reference(text), text
    assert pii._windows("") == []
    assert pii._windows("call 555 1234") == [(0, 13)]
