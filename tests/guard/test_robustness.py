"""Inputs a user or an attacker can send: empty, huge, repetitive, odd characters."""

from __future__ import annotations

import pytest

from aire.config.guard import GuardPolicy
from aire.guard import Guard


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard(GuardPolicy())  # the default input and output scanners


def test_empty_text(guard: Guard) -> None:
    res = guard.input.scan("", guard.context())
    assert (res.sanitized, res.blocked, res.findings) == ("", False, ())
    assert guard.scan_output("").blocked is False


# Repeated fragments that each half-match some pattern (a number, an address opener, a
# comment opener, a role marker...): every scanner must stay linear on them. A
# backtracking regex would make this test take hours, not fail an assertion.
@pytest.mark.parametrize(
    "unit",
    ["1 ", "41 ", "1-", "1.", "a@", "@a.", "::", "1:", "AB12 ", "(1)", "1/", "http://a",
     "www.", "<|", "![", "<!--", "ignore ", "i g n o r e ", "aGVsbG8", "Mr Aa ", "12 Main St ",
     "\u200b", "\uff11", "I'm sorry ", "as an ai ", "{\"a\":"],
)  # fmt: skip
def test_long_repetitive_input_is_scanned(guard: Guard, unit: str) -> None:
    text = unit * (200_000 // len(unit))
    res = guard.input.scan(text, guard.context())
    assert isinstance(res.sanitized, str)
    out = guard.scan_output(text)
    assert isinstance(out.sanitized, str)


def test_one_megabyte_prompt_with_pii_at_both_ends() -> None:
    # without prompt_injection: its linear classifier scores long repetitive text high
    # (see benchmarks/guard/RESULTS.md), which would stop the pipeline before PII
    guard = Guard(GuardPolicy.model_validate({"input": ["invisible_text", "secrets", "pii"]}))
    filler = "The quick brown fox jumps over the lazy dog, 42 times. " * 19_000
    text = "mail bob@example.com. " + filler + " card 4111 1111 1111 1111"
    assert len(text) > 1_000_000
    res = guard.input.scan(text, guard.context())
    assert res.sanitized.startswith("mail <EMAIL>. ")
    assert res.sanitized.endswith(" card <CREDIT_CARD>")
