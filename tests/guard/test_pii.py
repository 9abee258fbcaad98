import json
from collections.abc import Callable
from pathlib import Path

import pytest

from aire.guard.detect.pii import PATTERN_KINDS, find_pii
from aire.guard.evaluate import evaluate
from aire.guard.scanner import Scanner
from aire.guard.types import ScanContext

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at jane.doe+x@mail.example.co.uk.", ("email", "jane.doe+x@mail.example.co.uk")),
        ("card 4111 1111 1111 1111 ok", ("credit_card", "4111 1111 1111 1111")),
        ("card 4111-1111-1111-1111", ("credit_card", "4111-1111-1111-1111")),
        ("IBAN GB82 WEST 1234 5698 7654 32 please", ("iban", "GB82 WEST 1234 5698 7654 32")),
        ("SSN 731-83-4418", ("ssn", "731-83-4418")),
        ("from 192.168.10.254 today", ("ip_address", "192.168.10.254")),
        ("v6 2001:db8:85a3::8a2e:370:7334 up", ("ip_address", "2001:db8:85a3::8a2e:370:7334")),
        ("see https://example.com/a?b=1.", ("url", "https://example.com/a?b=1")),
        ("call +44 20 7946 0958", ("phone", "+44 20 7946 0958")),
        ("tel (415) 555-0199", ("phone", "(415) 555-0199")),
        ("reach me on 415-555-0199", ("phone", "415-555-0199")),
        ("Fax: +46 (0)8 928 571 38", ("phone", "+46 (0)8 928 571 38")),
        ("mobile 0612 34 56 78", ("phone", "0612 34 56 78")),
        ("born on 12/03/1985 in Oslo", ("date_of_birth", "12/03/1985")),
        ("Mr. John Smith called", ("person", "John Smith")),
        ("ship to 221 Baker Street, Apt 4", ("address", "221 Baker Street, Apt 4")),
    ],
)
def test_finds_each_kind(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # fails Luhn
        "IBAN GB82WEST12345698765433",  # fails mod-97
        "SSN 666-12-3456",  # area 666 is never issued
        "SSN 000-12-3456",
        "version 1.2.3.4.5 of the tool",  # not an IP
        "in 2004 we had 1500 users",  # short numbers are not phones
        "order 12345678 shipped",  # 8 digits and no phone word
        "the meeting is 2024-01-15 10:30",  # a date and time
        "time 12:30:45 and ratio 3:2",  # not IPv6
    ],
)
def test_near_misses_are_not_pii(text: str) -> None:
    assert [k for k, _ in kinds(text) if k in PATTERN_KINDS] == []


def test_short_phone_needs_a_phone_word() -> None:
    assert kinds("the code is 450 0840") == []
    assert kinds("call me on 450 0840") == [("phone", "450 0840")]


def test_bare_ssn_needs_context() -> None:
    assert kinds("ticket 731834418") == []
    assert ("ssn", "731834418") in kinds("my social security number is 731834418")


def test_email_hidden_with_zero_width_space_is_split_not_missed(
    make_scanner: Callable[..., Scanner],
) -> None:
    # the invisible_text scanner runs first in the default policy; after it, the address is whole
    text = "write to bob\u200b@example.com"
    invisible = make_scanner("invisible_text")
    cleaned = invisible.scan(text, ScanContext()).sanitized
    assert ("email", "bob@example.com") in kinds(cleaned)


def test_scanner_masks_hashes_and_vaults(make_scanner: Callable[..., Scanner]) -> None:
    text = "bob@example.com and bob@example.com"
    assert make_scanner("pii").scan(text, ScanContext()).sanitized == "<EMAIL> and <EMAIL>"
    hashed = make_scanner("pii", redact="hash").scan(text, ScanContext()).sanitized
    first, _, second = hashed.partition(" and ")
    assert first == second
    assert first.startswith("<EMAIL:")
    assert "bob" not in hashed
    ctx = ScanContext()
    res = make_scanner("pii", redact="reversible").scan(text, ctx)
    assert res.sanitized == "[EMAIL_1] and [EMAIL_1]"
    assert ctx.vault is not None
    assert ctx.vault.restore(res.sanitized) == text


def test_entities_and_allow_list(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("pii", entities=["email"], allow=["help@aire.dev"])
    res = scanner.scan("help@aire.dev or x@y.io, 4111 1111 1111 1111", ScanContext())
    assert [f.kind for f in res.findings] == ["email"]


@pytest.mark.skipif(not (DATA / "pii" / "pii_dev.jsonl").exists(), reason="no shared data")
def test_span_f1_on_development_data(make_scanner: Callable[..., Scanner]) -> None:
    rows = [json.loads(line) for line in (DATA / "pii" / "pii_dev.jsonl").read_text().splitlines()]
    report = evaluate(make_scanner("pii"), rows)
    assert report.f1 >= 0.95, report.to_dict()
