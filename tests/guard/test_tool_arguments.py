"""Strict parsing of tool-call arguments: what the checks read is what every client reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from aire.guard.tool_arguments import MALFORMED, Arguments, as_number, enum_key, parse_arguments


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ('{"a": 1.10, "b": [true, null]}', {"a": Decimal("1.10"), "b": [True, None]}),
        ("", {}),
        ("  \n", {}),
        (None, {}),
        ({"already": "parsed"}, {"already": "parsed"}),
        ('{"n": 123456789012345678901234567890}', {"n": 123456789012345678901234567890}),
        ('{"x": 1e400}', {"x": Decimal("1e400")}),
    ],
)
def test_valid_arguments(raw: Any, parsed: Any) -> None:
    assert parse_arguments(raw) == parsed


@pytest.mark.parametrize(
    "raw",
    [
        '{"a": 1, "a": 2}',
        '{"o": {"k": 1, "k": 1}}',  # nested duplicates too
        '{"a": NaN}',
        '{"a": -Infinity}',
        "[1]",
        "3",
        '{"a": 1',
        "{'a': 1}",
        "[" * 50_000 + "]" * 50_000,
        42,
        b'{"a": 1}',
    ],
)
def test_malformed_arguments(raw: Any) -> None:
    assert parse_arguments(raw) is MALFORMED


def test_arguments_parse_once_and_give_floats_to_schemas() -> None:
    args = Arguments('{"a": 0.5, "b": 1e400}', free_text=False)
    assert args.parsed() is args.parsed()
    assert args.as_floats() == {"a": 0.5, "b": float("inf")}
    assert args.size() == len('{"a": 0.5, "b": 1e400}')


@pytest.mark.parametrize(
    ("value", "number"),
    [
        (5, 5),
        (0.1, Decimal("0.1")),
        (Decimal("2.50"), Decimal("2.50")),
        ("99.50", Decimal("99.50")),
        ("-3", Decimal("-3")),
        (True, None),
        (None, None),
        ("1e3", None),
        (" 5", None),
        ("05", None),
        (float("nan"), None),
        (float("inf"), None),
        ([1], None),
    ],
)
def test_as_number(value: Any, number: Any) -> None:
    assert as_number(value) == number


def test_enum_keys_keep_json_types_apart() -> None:
    assert enum_key(1) == enum_key(1.0) == enum_key(Decimal("1.00"))
    assert enum_key(True) != enum_key(1)
    assert enum_key("1") != enum_key(1)
    assert enum_key(None) == ("null", None)
    assert enum_key([1]) is None
