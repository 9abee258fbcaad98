"""Recall rules of branch pii6: unit designators, Baltic/Nordic/Greek street words,
street lines without a street word, lower-case street lines, person slots, double
surnames, Korean names with Park, the name line above an address."""

from __future__ import annotations

import pytest

from aire.guard.detect.pii import find_pii


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text, ("person", "address")) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Flat 2, 14 Queens Road, Leeds LS6 1HE", "Flat 2, 14 Queens Road, Leeds LS6 1HE"),
        (
            "Office: Suite 300, 88 Collins Street, Melbourne",
            "Suite 300, 88 Collins Street, Melbourne",
        ),
        ("Adresas: Laisvės al. 12, LT-44240 Kaunas", "Laisvės al. 12, LT-44240 Kaunas"),
        ("Adrese: Elizabetes iela 10, Rīga", "Elizabetes iela 10, Rīga"),
        ("Siunta: Tammsaare tee ei; Pärnu mnt 10, Tallinn", "Pärnu mnt 10, Tallinn"),
        ("Meet at Odos Patission 42, Athens", "Odos Patission 42, Athens"),
        ("Levering til Toldbodgade 7, 1253 København K", "Toldbodgade 7, 1253 København K"),
        ("Pakke til Bygdøy allé 5, 0257 Oslo", "Bygdøy allé 5, 0257 Oslo"),
        ("Toimitus: Hämeentie 33, 00500 Helsinki", "Hämeentie 33, 00500 Helsinki"),
        ("Bring it to Strøget 24, 1160 København today", "Strøget 24, 1160 København"),
        ("Adresa: Husova 12, 602 00 Brno", "Husova 12, 602 00 Brno"),
        ("Apartment 5, 9 Harbour Road, Auckland", "Apartment 5, 9 Harbour Road, Auckland"),
        ("ul. Długa 17 m. 4, 80-827 Gdańsk", "ul. Długa 17 m. 4, 80-827 Gdańsk"),
        ("send to 12 baker st apt 4 please", "12 baker st apt 4"),
        ("my place is 742 evergreen terrace", "742 evergreen terrace"),
        ("it's at 36 rue de pologne, near the park", "36 rue de pologne"),
    ],
)
def test_address_shapes(text: str, address: str) -> None:
    assert address in _found(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "Suite 4 of the manual explains the settings.",
        "Unit 3 tests failed on Friday after the merge.",
        "Windows 10, 2023 Edition is out.",
        "See Chapter 12, 1998 Revised text.",
        "Version 3, 2024 Release notes",
        "it is 2 blocks down the road",
        "takes 5 minutes by road from here",
        "we drove 300 miles on the main road",
        "Room 12, 1015 Delegates attended.",
    ],
)
def test_not_addresses(text: str) -> None:
    assert _found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient Leticia Gómez-Rangel was admitted.", "Leticia Gómez-Rangel"),
        ("Tenant Amara Okafor-Smith paid in full.", "Amara Okafor-Smith"),
        ("Thanks, Ji-hoon Park", "Ji-hoon Park"),
        ("Meeting with Jae-sung Park tomorrow.", "Jae-sung Park"),
        ("Name:    Fredrik L Sommerseth", "Fredrik L Sommerseth"),
        ("Guest: Zhanar Tulegenova, room 412.", "Zhanar Tulegenova"),
        ("What's your name? Ikechukwu Obiora", "Ikechukwu Obiora"),
        ("Marie Dvořáčková, the treasurer, signed it.", "Marie Dvořáčková"),
        ("Sophie Lang\n3482 Via Franscini 71\nTujetsch", "Sophie Lang"),
        ("Billing address: Sophie Lang\n  3482 Via Franscini 71", "Sophie Lang"),
    ],
)
def test_person_shapes(text: str, name: str) -> None:
    assert name in _found(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Tenant Portal login failed",
        "Customer Service will call you back.",
        "Central Park is lovely in spring.",
        "Börse Aktienmarkt Corona-Krise",
        "Reach out about the Milan showroom.",
        "Head Office\n12 Main Street, Springfield",
        "Shipping Address\n12 Main Street, Springfield",
        "Olympic Park\n12 Main Street, Springfield",
    ],
)
def test_not_persons(text: str) -> None:
    assert _found(text, "person") == []


def test_long_text_keeps_cue_pass_off() -> None:
    """Texts over 600 characters keep the cheaper default: a lone first name after a cue
    is found in a short text, not in a long one (cues: true finds both)."""
    short = "My name is Siiri"
    long = "x " * 400 + short
    assert _found(short, "person") == ["Siiri"]
    assert _found(long, "person") == []
    assert [long[f.start : f.end] for f in find_pii(long, ("person",), cues=True)] == ["Siiri"]
