"""Person names and street addresses that the sentence around them announces.

Sentences written for these tests (not copied from any data set): names of several
cultures, lower-case typing, lone first names, unit designators and block addresses.
"""

from __future__ import annotations

import time

import pytest

from aire.guard.detect.addresses import find_cued_addresses
from aire.guard.detect.names import find_person_spans
from aire.guard.detect.pii import find_pii


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text, ("person",), cues=True)]


def addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text, ("address",), cues=True)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a strong cue takes a name the lists do not know
        ("My name is Tuulikki", ["Tuulikki"]),
        ("The documentary was directed by Oyelaran Adebisi in Lagos.", ["Oyelaran Adebisi"]),
        ("Please speak to Wiremu Tane about the invoice.", ["Wiremu Tane"]),
        ("I would like to add my son Anatol to the policy.", ["Anatol"]),
        ("The job went to a teacher named Mr. Okonkwo.", ["Okonkwo"]),
        # lower-case typing: the lists must know the first word
        ("my name is daniel", ["daniel"]),
        ("please follow up with daniel lopez next week", ["daniel lopez"]),
        ("hi, i'm sarah", ["sarah"]),
        # a lone known first name said of a person
        ("Thomas, could you check the logs?", ["Thomas"]),
        ("We argued for hours, but Margaret said no.", ["Margaret"]),
        ("The keys were handed to Eleanor after lunch.", ["Eleanor"]),
        ("Sorry, you were right, Patrick!", ["Patrick"]),
        # accented capitals and names on a line of their own
        ("Ask Ágota Szabó for the minutes.", ["Ágota Szabó"]),
        ("Best wishes\n\nJonathan Pereira\nAccounts team", ["Jonathan Pereira"]),
        # a possessive organisation before the name is not part of it
        ("Among the speakers was Northwind's Linda Carlsson.", ["Linda Carlsson"]),
    ],
)
def test_names_the_sentence_announces(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # organisations, places and ordinary capitalised words are not people
        "I work for Bluewater Analytics now.",
        "The Greenfield Orchestra was founded in 1977.",
        "France was wonderful to visit!",
        "How can I improve my German?",
        "Why does Python need a virtual environment?",
        "She moved to Georgia last year.",
        "The meeting is in Jordan next week.",
        # lower-case words after a cue in text with capitals are not taken as names
        "My name is not important here, Sir.",
    ],
)
def test_organisations_cities_and_words_are_not_people(text: str) -> None:
    assert persons(text) == []


def test_lower_case_names_need_a_known_first_name() -> None:
    assert find_person_spans("my name is not important") == []
    assert find_person_spans("call me maybe") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a unit designator stays inside the address span
        ("Send it to 846 Maple Street Apt. 4B please.", "846 Maple Street Apt. 4B"),
        # the city after the street line belongs to the address
        (
            "Ship to 12 Harbour Road Suite 300 Apt. 12, Leeds",
            "12 Harbour Road Suite 300 Apt. 12, Leeds",
        ),
        # a street name without a street word, announced by the sentence
        (
            "My new address is 41 Vilniaus 17, Kaunas, Lithuania 44280.",
            "41 Vilniaus 17, Kaunas, Lithuania 44280",
        ),
        ("Tomas lives at 7 Kalnų 23, Vilnius", "7 Kalnų 23, Vilnius"),
        # an address over several lines, up to the end of the sentence
        (
            "Please update my address to 905 Oak Hollow Road\nDenton\n, TX\n 76201 for the bills.",
            "905 Oak Hollow Road\nDenton\n, TX\n 76201",
        ),
        # a street corner, and a US Navy ship's mail
        (
            "We met at the corner of Main Street and 5th Avenue.",
            "the corner of Main Street and 5th Avenue",
        ),
        ("Mail goes to USNS Comfort\nFPO AA 34055 now", "USNS Comfort\nFPO AA 34055"),
        # a unit line after a street line that has its own number
        ("Letters go to\n2207 Lindenweg 14\n Suite 12\n", "2207 Lindenweg 14\n Suite 12"),
    ],
)
def test_address_shapes(text: str, address: str) -> None:
    assert addresses(text) == [address]


def test_a_name_line_before_an_announced_address_is_not_part_of_it() -> None:
    text = "Billing address: Ruth Adeyemi\n    18 Crane Street Apt. 2\n    Oxford"
    spans = [text[a:b] for a, b in find_cued_addresses(text)]
    assert spans == ["18 Crane Street Apt. 2\n    Oxford"]


@pytest.mark.parametrize(
    "text",
    [
        "I live in Berlin and work at 3 companies.",
        "Meet me at 5 tomorrow.",
        "The office is at capacity with 40 people.",
        "She sent 20 emails to the team.",
    ],
)
def test_cues_without_an_address_find_none(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    "unit",
    ["My name is Aaron. ", "Leif, can I go? ", "to Anna and ", "Ann Lee\n", "my name is daniel. "],
)
def test_many_names_stay_linear(unit: str) -> None:
    # every unit holds a name: an overlap check against all names found so far made
    # 200 KB of them take 3-13 s; bisection keeps it well under a second
    text = unit * (200_000 // len(unit))
    start = time.perf_counter()
    found = find_pii(text, ("person",), cues=True)
    assert len(found) >= 200_000 // len(unit) // 2
    assert time.perf_counter() - start < 20


def test_the_scanner_finds_cased_announced_names_only_with_cues_on() -> None:
    from aire.config.guard import ScannerSpec
    from aire.guard.policy import build_pipeline
    from aire.guard.types import ScanContext

    def found(text: str, params: dict[str, object]) -> list[str]:
        spec = ScannerSpec(scanner="pii", params={"entities": ["person"], **params})
        scanner = build_pipeline((spec,), "input").steps[0].scanner
        return [text[f.start : f.end] for f in scanner.find(text, ScanContext())]  # type: ignore[attr-defined]

    cased = "The film was directed by Liviana Palerma last year."
    # short texts (<= 600 characters) always get the second pass over capitals (pii6)
    assert found(cased, {}) == ["Liviana Palerma"]
    long = "The plot is slow and the score is loud. " * 16 + cased
    assert found(long, {}) == []  # the default on long texts: the second pass is off
    assert found(long, {"cues": True}) == ["Liviana Palerma"]
    # text typed without capitals is always read for the names its cues announce
    uncased = "hi, my name is daniel and i need help with my order"
    assert found(uncased, {}) == ["daniel"]
    assert found(uncased, {"cues": True}) == ["daniel"]
