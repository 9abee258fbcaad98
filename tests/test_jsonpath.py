"""The JSONPath subset of tool-call rules: parsing (with positioned errors) and lookup."""

from __future__ import annotations

from typing import Any

import pytest

from aire.jsonpath import WILDCARD, JsonPathError, parse_path


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("amount", ("amount",)),
        ("$.amount", ("amount",)),
        ("payment.amount", ("payment", "amount")),
        ("items[0].price", ("items", 0, "price")),
        ("items[-1]", ("items", -1)),
        ("items[*].price", ("items", WILDCARD, "price")),
        ("payees.*.iban", ("payees", WILDCARD, "iban")),
        ('["odd.key"][2]', ("odd.key", 2)),
        ("$['it\\'s']", ("it's",)),
        ('$["a"]["b c"]', ("a", "b c")),
        ("with-dash_1", ("with-dash_1",)),
    ],
)
def test_paths_parse_into_steps(text: str, steps: tuple[Any, ...]) -> None:
    assert parse_path(text).steps == steps


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("", "empty"),
        ("$", "empty"),
        ("a..b", "position 2"),
        ("a.", "position 2"),
        ("1a", "position 0"),
        ("a[x]", "position 1"),
        ("$amount", "position 1"),
        ("a[1", "position 1"),
        ('a["open]', "position 1"),
    ],
)
def test_bad_paths_say_where(text: str, where: str) -> None:
    with pytest.raises(JsonPathError, match=where):
        parse_path(text)


DOC: Any = {
    "amount": 5,
    "payment": {"amount": 7, "currency": "EUR"},
    "items": [{"price": 1}, {"price": 2}, {"name": "no price"}],
    "empty": [],
    "payees": {"a": {"iban": "X"}, "b": {"iban": "Y"}},
    "odd.key": [10, 20, 30],
    "nothing": None,
}


@pytest.mark.parametrize(
    ("text", "values", "missing"),
    [
        ("amount", [5], False),
        ("payment.amount", [7], False),
        ("payment.nope", [], True),
        ("items[1].price", [2], False),
        ("items[-1].name", ["no price"], False),
        ("items[9].price", [], True),
        ("items[*].price", [1, 2], True),  # the third item has no price
        ("empty[*].price", [], False),
        ("payees.*.iban", ["X", "Y"], False),
        ('["odd.key"][2]', [30], False),
        ("amount.deeper", [], True),
        ("amount[*]", [], True),
        ("nothing", [None], False),
    ],
)
def test_find_returns_every_value_and_whether_a_branch_was_missing(
    text: str, values: list[Any], missing: bool
) -> None:
    assert parse_path(text).find(DOC) == (values, missing)


def test_an_index_does_not_read_object_keys_or_strings() -> None:
    path = parse_path("a[0]")
    assert path.find({"a": {"0": 1}}) == ([], True)
    assert path.find({"a": "text"}) == ([], True)
