"""The guard's fast paths (checks in C instead of a regex, a radix sort instead of np.sort)
give what the slow ones give, on every character their regexes know."""

from __future__ import annotations

import random
import re

import numpy as np

from aire.guard.detect import injection_rules, secrets, unicode
from aire.guard.detect.features import (
    _FORMAT_CLASS,
    FORMAT_CHARS,
    _sort_buckets,
    strip_format_chars,
)
from aire.guard.detect.features import may_have_format_chars as may_have_format
from aire.guard.detect.unicode import (
    _BIDI_CLASS,
    _INVISIBLE_CLASS,
    BIDI,
    INVISIBLE,
    CharsCheck,
    class_members,
    find_invisible,
)

CONTEXTS = ("", "abc", "caf\u00e9", "\u4e2d\u6587", "\U0001f600", "a\nb\tc", "\u3164", "\xa0")


def _texts(chars: str) -> list[str]:
    return [a + ch + b for ch in chars for a in CONTEXTS for b in ("", " x", "\u00e9")]


def test_class_members_are_what_the_regex_matches() -> None:
    for cls in (_FORMAT_CLASS, _INVISIBLE_CLASS, _BIDI_CLASS):
        members = class_members(cls)
        rx = re.compile("[" + cls + "]")
        assert all(rx.fullmatch(ch) for ch in members)
        first, last = ord(min(members)), ord(max(members))
        assert len(members) == sum(
            rx.fullmatch(chr(c)) is not None for c in range(first - 1, last + 2)
        )


def test_format_check_never_misses_a_format_character() -> None:
    for text in _texts(class_members(_FORMAT_CLASS)):
        assert may_have_format(text), repr(text)
    for text in ("plain ascii", "caf\u00e9\nna\u00efve", "\u4e2d\u6587 \U0001f600"):
        assert not may_have_format(text)
        assert not FORMAT_CHARS.search(text)


def test_chars_check_looks_for_printable_members() -> None:
    check = CharsCheck("\u3164\U000e0100\u00ad")  # printable BMP, printable astral, latin-1
    for text in ("x\u3164", "\u4e2d\U000e0100", "caf\u00e9\u00ad"):
        assert check(text)
    for text in ("caf\u00e9", "\u4e2d\u6587", "ascii"):
        assert not check(text)


def _invisible_reference(text: str) -> list[tuple[str, int, int]]:
    """``find_invisible`` without its fast path: both regexes over every text."""
    out = []
    for m in INVISIBLE.finditer(text):
        if not unicode._legit(text, m.start(), m.end()):
            tags = any(0xE0000 <= ord(ch) <= 0xE007F for ch in m.group(0))
            out.append(("tag_smuggling" if tags else "invisible", m.start(), m.end()))
    out += [("bidi_control", m.start(), m.end()) for m in BIDI.finditer(text)]
    return out


def test_find_invisible_matches_the_regexes() -> None:
    chars = class_members(_INVISIBLE_CLASS) + class_members(_BIDI_CLASS)
    extra = ["\U0001f468\u200d\U0001f469", "\U0001f3f4\U000e0067\U000e0062\U000e007f", "\u200dx"]
    for text in _texts(chars[::7] + "\u3164\ufe0f\u00ad\u202e\u200d") + list(CONTEXTS) + extra:
        assert find_invisible(text) == _invisible_reference(text), repr(text)


def test_rule_helpers_match_their_slow_forms() -> None:
    rng = random.Random(3)
    alphabet = "abz AZ09@$!|_-'\n\t\xa0\u00e9\u4e2d\U0001f600?1"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50))).lower()
        assert injection_rules._tokens(text) == re.findall("[a-z]+", text)
        assert injection_rules._unleet(text) == text.translate(injection_rules._LEET)
        found = len(injection_rules._LEET_WORD.findall(text))
        for need in (1, 2, 3):
            assert injection_rules._leet_words(text, need) == (found >= need), text


def test_keyword_anchored_secret_search_matches_finditer() -> None:
    rng = random.Random(4)
    parts = ["password", "_pwd", "api_key", "secret", "pass", "=", ":", "'", "x_", "abcdefgh"]
    parts += ["Sup3rS3cr3t!", "postgres://u:p@h", "sftp://a:b@c", "ftp", " ", "\n", " = "]
    for kind in ("password", "db_password"):
        rx = secrets._ON_LOWER[kind]
        starts, before = secrets._STARTS[kind]
        for _ in range(3000):
            text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
            got = [m.span(0) for m in secrets._matches_at(rx, text, starts, before)]
            assert got == [m.span(0) for m in rx.finditer(text)], text


def test_bucket_sort_is_a_sort() -> None:
    rng = np.random.default_rng(5)
    for bits in (8, 16, 17, 18, 24, 25, 32):
        idx = rng.integers(0, 1 << bits, 5000, dtype=np.uint64).astype(np.uint32)
        assert np.array_equal(_sort_buckets(idx, bits), np.sort(idx))


def test_strip_format_chars_is_the_regex_sub() -> None:
    chars = class_members(_FORMAT_CLASS)
    texts = [*_texts(chars), "a\u200bb\u200c\u200dc\ufeff", "\U0001f600\u200bx\U000e0041"]
    texts += ["x" + "".join(chars[i : i + 5]) + "y" for i in range(0, len(chars), 5)]
    for text in texts:
        assert strip_format_chars(text) == FORMAT_CHARS.sub("", text), repr(text)


def test_runs_of_matches_the_class_repeated() -> None:
    rng = random.Random(6)
    for cls in ("^\x00-\x7f", _FORMAT_CLASS, _BIDI_CLASS, "a-c"):
        slow, fast = re.compile(f"[{cls}]+"), unicode.runs_of(cls)
        for _ in range(500):
            text = "".join(rng.choice("abz \u200b\u202e\u00e9\u4e2d\U000e0041") for _ in range(20))
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)
            ]
