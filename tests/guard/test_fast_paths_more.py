"""More fast paths give what the slow ones give: e-mail addresses and links masked from
each "@" and by literal-led regexes (not one regex tried at every position), the bucket
sort whichever way it runs, patterns led by one character class, the Unicode checks that
keep their last answer."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from aire.guard.detect import features, pii, unicode
from aire.guard.detect.addresses import by_first_letter
from aire.guard.detect.checksums import ssn_valid
from aire.guard.detect.features import mask_links
from aire.guard.detect.letter_led import letter_led
from aire.guard.detect.shapes import digit_shape, may_hold_card, may_hold_ipv6


def _random_texts(parts: list[str], seed: int, n: int = 20000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_email_mask_is_the_regex_sub() -> None:
    # letters, digits and "_" of other scripts are \w too: "é", Arabic-Indic digits,
    # superscripts, Roman numerals; a combining mark is not
    parts = ["a", "Z", "9", "_", ".", "+", "-", "@", " ", "\u00e9", "\u0663", "\u00b2"]
    parts += ["\u0301", "..", "x.y", "@@", "b.c", "\n", "\u00df", "\u2163", "\u4e2d", ":", "/"]
    for text in _random_texts(parts, 1):
        assert features._mask_emails(text) == features._EMAIL.sub(" ", text), repr(text)
    assert mask_links("write to a.b+c@mail.example.org, or x@y") == "write to  , or x@y"


def test_url_mask_is_the_regex_sub() -> None:
    parts = ["http://", "https://", "www.", "ww", "w", "h", "http", "s://", "a", ".", " "]
    parts += [")", "]", "<", ">", '"', "'", "\n", "\u00e9", "/", "x.com", "ftp://", "://"]
    for text in _random_texts(parts, 2):
        assert features._mask_urls(text) == features._LINK.sub(" ", text), repr(text)


def test_both_bucket_sorts_are_a_sort() -> None:
    rng = np.random.default_rng(7)
    for bits in (8, 16, 18, 24, 32):
        idx = rng.integers(0, 1 << bits, 3000, dtype=np.uint64).astype(np.uint32)
        assert np.array_equal(features._radix_then_timsort(idx.copy(), bits), np.sort(idx))
        assert np.array_equal(features._sort_buckets(idx.copy(), bits), np.sort(idx))
    assert isinstance(features._np_sort_wins(), bool)


def test_letter_led_is_the_boundary_and_by_first_letter_pattern() -> None:
    words = "born|birth|birthday|dob|d\\.o\\.b\\.?|date of birth|né|née|id|iban|ssn|kind|key"
    plain = re.compile(r"\b" + by_first_letter(words) + r"\b[^\n]{0,12}$")
    led = re.compile(letter_led(words, boundary=True) + r"\b[^\n]{0,12}$")
    # the case-insensitive look-alikes of i, s, k ("İ", "ı", "ſ", the Kelvin sign)
    parts = ["born", "Birth", "DOB", "d.o.b.", "date of birth", "NÉ", "née", "İd", "ıban",
             "ſsn", "\u212aey", "reborn", "x", "1", " ", "\n", ":", "_", "\u00e9", "-"]  # fmt: skip
    for text in _random_texts(parts, 3, 30000):
        a, b = plain.search(text), led.search(text)
        assert (a and a.span()) == (b and b.span()), repr(text)
    no_boundary = re.compile(letter_led("tel|phone|fax"))
    assert no_boundary.search("xtel")
    assert not re.compile(letter_led("tel", boundary=True)).search("xtel")


def test_ipv6_led_by_its_first_character_matches_as_before() -> None:
    before = re.compile(
        r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:|::?)(?:[0-9A-Fa-f]{0,4}:){1,7}"
        r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}"
        r"(?![\w.])|[0-9A-Fa-f]{0,4}(?![\w:]))"
    )
    parts = [":", "::", "a", "F", "0", "12", "fe80", "1.2.3.4", "255", ".", " ", "g", "_", "\n"]
    rng = random.Random(4)
    for text in _random_texts(parts, 4):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        spans = [m.span() for m in pii._IPV6.finditer(text, a, b)]
        assert spans == [m.span() for m in before.finditer(text, a, b)], (text, a, b)


def test_unicode_checks_answer_for_the_text_asked_about() -> None:
    # the last answer is kept per text object: a new text, even an equal one, is checked
    for text in ["abc", "caf\u00e9", "\u4e2d\u6587\n", "a\u200bb", "\U0001f600", "x\xa0y", "abc"]:
        copy = "".join(list(text))
        for fn in (unicode.latin1, unicode.astral, unicode.printable_but_breaks):
            assert fn(text) == fn(copy) == fn(text)
        assert features.may_have_format_chars(text) == ("\u200b" in text)
        assert features.may_have_format_chars(copy) == ("\u200b" in text)
    assert unicode.latin1("caf\u00e9")
    assert not unicode.latin1("\u4e2d")
    assert unicode.astral("\U0001f600")
    assert not unicode.astral("abc")
    assert unicode.printable_but_breaks("a\nb\tc")
    assert not unicode.printable_but_breaks("a\xa0b")


def test_dates_of_birth_skip_only_texts_without_birth_words() -> None:
    def every_date(text: str) -> list[tuple[int, int]]:  # no look for birth words first
        windows = pii._windows(text)
        return [
            m.span()
            for m in pii._within(pii._DATE, text, windows)
            if pii._BIRTH.search(text[max(0, m.start() - 60) : m.start()])
        ]

    parts = ["born", "Born on", "reborn", "DOB:", "d.o.b.", "date of birth", "n\u00e9e le",
             "Geburtsdatum", "x" * 30, " ", "\n", ", ", "12/03/1990", "3 March 1985",
             "March 3, 1985", "1990-03-12", "call 555 1234", "\u0131", "B\u0130RTH"]  # fmt: skip
    found = 0
    for text in _random_texts(parts, 6, 20000):
        spans = [(f.start, f.end) for f in pii._dates_of_birth(text, pii._windows(text))]
        assert spans == every_date(text), repr(text)
        found += bool(spans)
    assert found > 300


def test_ssns_skip_only_texts_without_their_digit_shapes() -> None:
    def every_ssn(text: str) -> list[tuple[int, int]]:  # both patterns, always
        windows = pii._windows(text)
        out = [
            m.span()
            for m in pii._within(pii._SSN, text, windows)
            if ssn_valid(m.group(1), m.group(3), m.group(4))
        ]
        bare = list(pii._within(pii._SSN_BARE, text, windows))
        if bare and pii._SSN_CONTEXT.search(text):
            out += [m.span() for m in bare if ssn_valid(m.group(1), m.group(2), m.group(3))]
        return out

    # other scripts' digits are \d too: "\u0663", "\U0001d7d8" (not folded by _plain)
    parts = ["123", "45", "6789", "-", " ", "x", "ssn", "SSN:", "1", "\u0663", "\U0001d7d8",
             "078-05-1120", "078 05 1120", "078051120", "9", "\n", "?"]  # fmt: skip
    found = 0
    for text in _random_texts(parts, 7, 20000):
        spans = [(f.start, f.end) for f in pii._ssns(text, pii._windows(text))]
        assert spans == every_ssn(text), repr(text)
        found += bool(spans)
    assert found > 50
    assert digit_shape("a1-2 \u00e9?") == b"xd-d dd"


def test_no_ipv6_where_its_colon_shape_is_missing() -> None:
    parts = [":", "::", "a", "F", "0", "12", "fe80", "1.2.3.4", "db8", "g", " ", "\n", "\u00e9",
             "Phone:", "https://", "12345"]  # fmt: skip
    for text in _random_texts(parts, 8):
        if not may_hold_ipv6(text):
            assert pii._IPV6.search(text) is None, repr(text)
    assert may_hold_ipv6("fe80::1")
    assert may_hold_ipv6("2001:db8:0:1")
    assert not may_hold_ipv6("Phone: 555, E-mail: a@b.c, https://x.y")


def test_no_card_match_where_its_digit_shape_is_missing() -> None:
    parts = ["4111", "1111", "12", "3", "-", " ", "x", "\u0663", "604", "0", "\n", "55"]
    for text in _random_texts(parts, 9):
        if not may_hold_card(text):
            assert pii._CARD.search(text) is None, repr(text)
    assert may_hold_card("4111 1111 1111 1111")
    assert not may_hold_card("call 201-948-1927 or +46 (0)8 928 571 38, 20416 Spain")


def test_letter_led_falls_back_to_by_first_letter_if_that_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aire.guard.detect import letter_led as module

    monkeypatch.setattr(module, "by_first_letter", lambda words: f"(?i:{words})")
    assert module.letter_led("born|dob", boundary=True) == r"\b(?i:born|dob)"
    assert module.letter_led("tel") == "(?i:tel)"
