"""Speed rewrites of perf11 that must not change a match: each new pattern or gate against
the pattern it replaced (kept here as the reference), on crafted and random strings."""

from __future__ import annotations

import random
import re

from aire.guard.detect import addresses, addresses_intl, names, pii
from aire.guard.detect.letter_led import by_first_char
from aire.guard.detect.shapes import ends_before

_ODD = ["ſ", "\u212a", "ı", "İ", "Ú", "ú", "K", "S", " ", "\n", ",", ".", "'", "’", "5", ":"]


def _mixed(rng: random.Random, words: list[str], n: int) -> list[str]:
    seps = [" ", "  ", "\t", "\n", ", ", "-", ".", "(", "'", ""]
    out = []
    for _ in range(n):
        parts = [rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(1, 7))]
        out.append("".join(parts) + rng.choice(seps))
    return out


def test_ends_before_holds_a_string_ending_with_the_character_exactly_when_text_does() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("ab :\n") for _ in range(rng.randint(0, 60)))
        heads = ends_before(text, ":", 4)
        for k in range(1, 5):
            for s in {text[i : i + k] for i in range(len(text))}:
                if s.endswith(":") and "\n" not in s:
                    assert (s in heads) == (s in text), (text, s)
    assert ends_before("a:b:c", ":", 2) == "a:\nb:"
    assert ends_before("x" + ":" * 9, ":", 2) == "x" + ":" * 9  # more than 8: the text


def test_name_labels_before_colons_are_found_with_few_colons_and_many() -> None:
    for head in ("", "a: b: c: d: e: f: g: h: i: j:\n"):  # many: the whole text is searched
        found = pii.find_pii(head + "Guest: Zyxo Qwvbe", ["person"])
        assert [(f.kind, f.start - len(head), f.end - len(head)) for f in found] == [
            ("person", 7, 17)
        ]


def test_lower_street_gate_agrees_with_the_pattern() -> None:
    rng = random.Random(12)
    words = [*sorted(addresses._TOKENS), "Victor", "Rue", "de", "la", "12", "x", "Váci", "Ab"]
    crafted = ["x-rue Victor", ".calle Mayor", "(rue Victor", "a,rue Victor", "Foo mnt. 5"]
    crafted += ["Foo\u00a0utca\u00a05", "’rue Hugo", "_rue Victor", "rue\u2003Victor", "A\nutca\n5"]
    for text in crafted + _mixed(rng, words, 6000):
        spans = [(0, len(text))] + [(rng.randint(0, len(text)), len(text)) for _ in range(2)]
        for a, b in spans:
            tokens = text[a:b].replace(",", " ").replace("(", " ").split()
            expected = addresses.LOWER_STREET.search(text, a, b) is not None
            assert addresses.lower_street(text, a, b, tokens) == expected, (text, a, b)


def test_by_first_char_matches_where_the_case_insensitive_alternation_does() -> None:
    alternatives = r"street|st|straße|út|said|and\s+(?:her|his)|from\s+(?:the\s+)?[a-z]+|c/o|is"
    plain = re.compile(rf"(?i:{alternatives})\b")
    grouped = re.compile(by_first_char(alternatives) + r"\b")
    rng = random.Random(13)
    words = ["street", "ST", "ſt", "Straße", "ÚT", "út", "said", "and her", "From the x", "C/O"]
    for s in _mixed(rng, words + _ODD + ["ıs", "İS", "fro\u212a"], 4000):
        for i in range(len(s)):
            a, b = plain.match(s, i), grouped.match(s, i)
            assert (a and a.span()) == (b and b.span()), (s, i)


def test_after_a_run_and_street_after_a_number_agree_with_their_old_patterns() -> None:
    after = re.compile(
        r"(?i)(?:,?\s+(?:said|says|wrote|writes|asked|asks|signed|will|would|has|had|is|was|"
        r"and\s+(?:her|his|their)|who|joined|approved|booked|reported|presented|requested|"
        r"translated|agreed|called|emailed|replied|confirmed|lives|moved|works|began|started|"
        r"explained|told|gave|had\s+given|says|from\s+"
        r"(?:the\s+)?[a-z]+)\b|,\s+(?:the|our|a|an|who|ceo|cto|head)\b|['’]s\b|:\s)"
    )
    street = re.compile(
        r"(?i)\s+(?:[A-Za-zÀ-ÖØ-öø-ÿ.'’-]+\s+){0,3}(?:" + pii._STREET_WORDS + r")\b"
    )
    rng = random.Random(14)
    words = ["said", "SAYS", "ſays", "had given", "and HER", "From the", "CEO", "'s", "’S", "is"]
    words += ["Main", "Street", "ST", "út", "Út", "x"]
    for s in _mixed(rng, words + _ODD, 6000):
        assert bool(after.match(s)) == bool(names._AFTER.match(s)), s
        assert bool(street.match(s)) == bool(pii._STREET_AFTER.match(s)), s


def test_atomic_name_words_match_as_before() -> None:
    letters = "[a-zà-öø-ÿā-žạ-ỹ'’]+"
    run = re.compile(names._RUN.pattern.replace(f"(?>{letters})", letters))
    word = "[a-zà-öø-ÿā-žạ-ỹ]+"
    single = re.compile(names._SINGLE.pattern.replace(f"(?>{word})", word))
    assert run.pattern != names._RUN.pattern
    assert single.pattern != names._SINGLE.pattern
    rng = random.Random(15)
    words = ["Anna", "Jones'", "de", "Mary", "O'Neil", "said", "Jean-luc", "X.", "5", "@", "’s"]
    for s in _mixed(rng, words + _ODD, 6000):
        assert [m.span() for m in run.finditer(s)] == [m.span() for m in names._RUN.finditer(s)]
        assert [m.span() for m in single.finditer(s)] == [
            m.span() for m in names._SINGLE.finditer(s)
        ]


def test_vietnamese_lane_words_are_found_in_a_window_as_before() -> None:
    old = re.compile(
        r" (?:ngo|ngach|hem|kiet|duong|Duong|ngõ|ngách|hẻm|kiệt|Ngõ|Hẻm) |ường |[Pp]hố "
    )
    words = ["ngo", "ngach", "hem", "kiet", "duong", "Duong", "ngõ", "ngách", "hẻm", "kiệt", "Ngõ"]
    words += ["Hẻm", "ường", "Phố", "phố", "ư", "ẻ", "g", "m"]
    rng = random.Random(16)
    for text in _mixed(rng, words, 6000):
        for a, b in [(0, len(text)), (1, len(text)), (rng.randint(0, len(text)), len(text))]:
            expected = old.search(text, a, b) is not None
            assert (addresses_intl._VN_ANY.search(text[a:b]) is not None) == expected, (text, a)


def test_phone_context_words_and_www_links() -> None:
    assert [f.kind for f in pii.find_pii("Phone:\n555 1234", ["phone"])] == ["phone"]
    assert pii.find_pii("Phone: see below\nref\n555 1234", ["phone"]) == []
    assert [f.kind for f in pii.find_pii("go to WWW.Example.org now", ["url"])] == ["url"]
    assert pii.find_pii("w. and W. but no link", ["url"]) == []
