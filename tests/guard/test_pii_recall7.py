"""Recall rules of branch pii7: addresses with units and several places after the street,
Korean/Japanese/Vietnamese/Indian/Welsh/Ukrainian shapes, house/plot/flat numbers and
numbered buildings first, lower-case US lines with a ZIP; names in capitals, sign-offs,
lists, vocatives, lower-case names in casual text, particles, feminine surnames, letters
NFKD keeps; and what stays out (things named after people, places, German nouns)."""

from __future__ import annotations

import pytest

from aire.guard.detect.pii import find_pii


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text, ("person", "address")) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # units and several places after the street line
        ("Entrega: Rua da Consolação, 930, apto 14, Centro, Curitiba - PR, 80010-010.",
         "Rua da Consolação, 930, apto 14, Centro, Curitiba - PR, 80010-010"),
        ("Envío a Calle de Toledo 45, 4º izq., 28005 Madrid.",
         "Calle de Toledo 45, 4º izq., 28005 Madrid"),
        ("Adres: Cumhuriyet Caddesi No:18 D:3, Şişli, İstanbul",
         "Cumhuriyet Caddesi No:18 D:3, Şişli, İstanbul"),
        ("Dirección: Av. Libertador 2200, depto 7, Vitacura, Santiago",
         "Av. Libertador 2200, depto 7, Vitacura, Santiago"),
        ("Адрес: vul. Sahaidachnoho 10, kv. 3, Kyiv 04070",
         "vul. Sahaidachnoho 10, kv. 3, Kyiv 04070"),
        # Asian shapes
        ("Office: 27 Sejong-daero, Jung-gu, Seoul 04519", "27 Sejong-daero, Jung-gu, Seoul 04519"),
        ("Send to 4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011",
         "4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011"),
        ("Giao hàng: 25 Hai Ba Trung, Ben Nghe Ward, District 1, Ho Chi Minh City",
         "25 Hai Ba Trung, Ben Nghe Ward, District 1, Ho Chi Minh City"),
        ("Courier to 5 Anna Salai, Teynampet, Chennai 600018",
         "5 Anna Salai, Teynampet, Chennai 600018"),
        ("Deliver to House 7, Road 4, Dhanmondi, Dhaka 1205",
         "House 7, Road 4, Dhanmondi, Dhaka 1205"),
        ("Our office: 402 Prestige Towers, Residency Road, Bengaluru 560025",
         "402 Prestige Towers, Residency Road, Bengaluru 560025"),
        # European shapes
        ("Anfon i 8 Heol y Castell, Abertawe SA1 1AA", "8 Heol y Castell, Abertawe SA1 1AA"),
        ("Livraison au 3 avenue de la République, 75011 Paris.",
         "3 avenue de la République, 75011 Paris"),
        # lower case with a ZIP code
        ("pls mail it to 55 n oak st apt 9, madison, wi 53703 thx",
         "55 n oak st apt 9, madison, wi 53703"),
    ],
)  # fmt: skip
def test_address_shapes(text: str, address: str) -> None:
    assert address in _found(text, "address")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # capitals after a label
        ("SHIP TO: PRIYA RAMAN\n14 MG ROAD, PUNE 411001", ["PRIYA RAMAN"]),
        ("FULL NAME: SVETLANA MOROZOVA", ["SVETLANA MOROZOVA"]),
        # sign-offs
        ("Could you water the plants while I'm away? Cheers, Rhys", ["Rhys"]),
        ("Back at 5, leave the key under the mat - Aaliyah", ["Aaliyah"]),
        ("Minutes attached.\n\nSiobhan", ["Siobhan"]),
        # vocatives and subjects
        ("Aoife, the courier is downstairs.", ["Aoife"]),
        ("Your order is ready, Aroha.", ["Aroha"]),
        ("Dariusz reported the outage at 03:00.", ["Dariusz"]),
        # lists next to a name found
        ("Guests: Grace Mwangi, Liam Okoro and Hugo Schmidt.",
         ["Grace Mwangi", "Liam Okoro", "Hugo Schmidt"]),
        ("Seats 3 and 4: Arjun & Kavya Patel", ["Arjun", "Kavya Patel"]),
        # lower-case names in casual text
        ("hey its lee min-ho, can u check the booking for Seoul?", ["lee min-ho"]),
        ("ok so fatima said she'd bring the cake", ["fatima"]),
        # particles, feminine surnames, letters NFKD keeps
        ("The keys are with Sanne van der Berg.", ["Sanne van der Berg"]),
        ("Please call Ewa Kowalska tomorrow.", ["Ewa Kowalska"]),
        ("Mehmet Yıldız and Søren Kierkegaard joined the call.",
         ["Mehmet Yıldız", "Søren Kierkegaard"]),
        ("Bitte Frau Öztürk anrufen.", ["Öztürk"]),
        # surnames known by their ending, possessives before a title, "calls me"
        ("The grant went to Aizhan Nurlanovna Serikbayeva.", ["Aizhan Nurlanovna Serikbayeva"]),
        ("Lunch with Nikola Stanković on Friday.", ["Nikola Stanković"]),
        ("We read Anna Kovalenko's Winter Letters in class.", ["Anna Kovalenko's"]),
        ("My name is Ilkka Heinonen but everyone calls me Ilkka", ["Ilkka"]),
        # a name before the street line after an address cue
        ("Invoice address: Reza Tehrani, Flat 3, 12 Enghelab Street, Tehran.", ["Reza Tehrani"]),
    ],
)  # fmt: skip
def test_person_families(text: str, names: list[str]) -> None:
    found = _found(text, "person")
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "Book the Ada Lovelace room for Thursday.",
        "The Alan Turing lecture is sold out.",
        "We visited Brazil, Peru and Colombia.",
        "The Victoria Line and the Jubilee Line are closed.",
        "Sunset at Venice Beach is lovely.",
        "Bitte Frau Öztürk Bescheid geben.",
        "PLEASE SEND TO OUR WAREHOUSE IN NEW JERSEY BY FRIDAY",
        "ALL PRICES INCLUDE VAT AND SHIPPING",
        "We ship to 40 countries; orders over 50 GBP ship free.",
        "The Pacific and Atlantic Oceans meet at Cape Horn.",
        "Flights this week:\nParis",
        "Status of the order\n\nShipped",
    ],
)
def test_not_persons(text: str) -> None:
    found = _found(text, "person")
    assert all(f in ("Öztürk",) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "We have 3 Senior Engineers, Product Managers and Designers.",
        "Chapter 4 Rising Tides, District of the Moon is a novel.",
        "House 2 of the series, Season 3 starts soon.",
        "The 2 Towers, the second film, runs 179 minutes.",
    ],
)
def test_not_addresses(text: str) -> None:
    assert _found(text, "address") == []
