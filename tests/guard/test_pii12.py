"""pii12: postal-block locality lines, street lines without an English street word, and
person-name families (role labels, titles of other languages, romanised East Asian names,
lower-case Arabic names, names joined by "and", Irish particles); and what they leave alone."""

from __future__ import annotations

import pytest

from aire.guard.detect.pii import find_pii


def _spans(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a postal block: one span per line, the locality line its own, no country line
        ("Bill to:\nMarko Petrović\nBulevar Oslobođenja 88\n21000 Novi Sad",
         ["Bulevar Oslobođenja 88", "21000 Novi Sad"]),
        ("Deliver to:\nAisha Bello\n14 Adeola Odeku Street\nLagos 101241\nNigeria",
         ["14 Adeola Odeku Street", "Lagos 101241"]),
        ("Ship to:\nMaya Cohen\n220 West Ohio Street, Apt 5\nDenver, CO 80204\nUSA",
         ["220 West Ohio Street, Apt 5", "Denver, CO 80204"]),
        ("Sender:\nKarim Haddad\n3 Bliss Street, Hamra\nBeirut, Lebanon",
         ["3 Bliss Street, Hamra", "Beirut, Lebanon"]),
        ("Street: 12 Avenue Hassan II\nCity: Rabat 10000\nDetails: none",
         ["12 Avenue Hassan II", "Rabat 10000"]),
        ("Send it to 221 Baker Street\nLondon NW1 6XE\nUnited Kingdom",
         ["221 Baker Street", "London NW1 6XE"]),
        ("Ship to:\nAnna Berg\nDrottninggatan 12\n111 51 Stockholm\nSweden",
         ["Drottninggatan 12", "111 51 Stockholm"]),
        ("Label\nTo: 山田 花子\n〒530-0001\n大阪府大阪市北区梅田3丁目1-3",
         ["〒530-0001", "大阪府大阪市北区梅田3丁目1-3"]),
        # a ship's name above an APO/FPO line stays one span
        ("Meet me at USS Mahler\nFPO AA 70489 later.", ["USS Mahler\nFPO AA 70489"]),
        # a street line without an English street word, closed by a postcode and place
        ("The parcel is at Herengracht 180-A, 1016 BR Amsterdam today.",
         ["Herengracht 180-A, 1016 BR Amsterdam"]),
        ("He lives at Dostyk Avenue 85, apt. 12, Almaty 050010 now.",
         ["Dostyk Avenue 85, apt. 12, Almaty 050010"]),
        ("Address: prospekt Nauky 14, Kharkiv 61000", ["prospekt Nauky 14, Kharkiv 61000"]),
        ("Račun: Vukovarska cesta 58, 21000 Split.", ["Vukovarska cesta 58, 21000 Split"]),
        ("The address is Nevsky prospekt 28, St Petersburg 191186.",
         ["Nevsky prospekt 28, St Petersburg 191186"]),
        ("billing to 45, 2nd Main, Koramangala, Bengaluru 560034 please",
         ["45, 2nd Main, Koramangala, Bengaluru 560034"]),
        ("They moved to 14 Rue Mohamed Ali, Tunis last week.", ["14 Rue Mohamed Ali, Tunis"]),
        ("Giao hàng: 12 Tràng Tiền, Hoàn Kiếm, Hà Nội.", ["12 Tràng Tiền, Hoàn Kiếm, Hà Nội"]),
    ],
)  # fmt: skip
def test_addresses(text: str, addresses: list[str]) -> None:
    assert _spans(text, "address") == addresses


@pytest.mark.parametrize(
    "text",
    [
        "We sold Model 3, 20000 Units last year.",
        "See Table 4, 10000 Samples were drawn.",
        "Version 2, Build 10240 is the last one.",
        "Room 12, 1015 Delegates attended.",
        "Windows 10, 2004 Update broke it.",
        "Results\nParis, France\nwas the venue of the talk.",
    ],
)
def test_not_addresses(text: str) -> None:
    assert _spans(text, "address") == []


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("From: Nusrat Jahan\nSubject: Refund", ["Nusrat Jahan"]),
        ("Team list:\n- Coordinator: Zawadi Mrisho\n- Driver: Baraka Msuya",
         ["Zawadi Mrisho", "Baraka Msuya"]),
        ("Le dossier de M. Jean-Marc Nkoulou Ebogo a été transféré.", ["Jean-Marc Nkoulou Ebogo"]),
        ("la señora Rosa Elena Choque Flores vive sola.", ["Rosa Elena Choque Flores"]),
        ("Kedves Nagy Péter! Köszönjük.", ["Nagy Péter"]),
        ("Approved by: Chen Yu-ting", ["Chen Yu-ting"]),
        ("and the name is Kim Min-jun, thanks", ["Kim Min-jun"]),
        ("pls give it to khalid al-qahtani, he knows", ["khalid al-qahtani"]),
        ("Notes: Tevita Fifita (Suva office) and Ana Lemoto met.", ["Tevita Fifita", "Ana Lemoto"]),
        ("Dear Ms Aoife Ní Bhriain,\nThanks.", ["Aoife Ní Bhriain"]),
        ("Passenger Trần Thị Thu Hà missed her flight.", ["Trần Thị Thu Hà"]),
    ],
)  # fmt: skip
def test_persons(text: str, persons: list[str]) -> None:
    assert _spans(text, "person") == persons


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards,\nFinance Team",
        "We're migrating from Grafana Cloud to a self-hosted stack.",
        "Our new app, Safari Planner Pro, lets agents compare lodges.",
        "Marriott, Hilton and Accor reported higher occupancy.",
        "Mount Albert and Grand Canal are our Kafka clusters.",
        "Her street is shown as 'Hang Bai' on the invoice.",
        "From: Support Desk\nSubject: outage",
        "Release notes: Sub-zero mode and Hot-swap mode were added.",
    ],
)
def test_not_persons(text: str) -> None:
    assert _spans(text, "person") == []


def test_and_joins_full_names_only() -> None:
    # "Windows and Mac": "Mac" may read as a name, "On Windows" is not joined to it
    assert "On Windows" not in _spans("It runs On Windows and Mac.", "person")
