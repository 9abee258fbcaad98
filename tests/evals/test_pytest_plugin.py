"""The pytest plugin: the same assertions inside a team's pytest suite (run in a child
pytest, as a user's suite would)."""

from __future__ import annotations

import pytest

from aire.evals.pytest_plugin import assert_answer, grade_answer

pytest_plugins = ["pytester"]


def test_assert_answer_passes_and_lists_failures() -> None:
    assert_answer(
        "Paris is the capital.", {"type": "icontains", "value": "paris"}, "not-is-refusal"
    )
    with pytest.raises(AssertionError) as info:
        assert_answer(
            "Rome.",
            {"type": "contains", "value": "Paris"},
            {"type": "regex", "value": "^R"},
            {"type": "starts-with", "value": "Lyon"},
        )
    text = str(info.value)
    assert "contains:" in text
    assert "starts-with:" in text
    assert "regex" not in text


def test_threshold_and_tool_calls() -> None:
    status, score, _ = grade_answer(
        "a",
        {"type": "contains", "value": "a", "weight": 3},
        {"type": "contains", "value": "b"},
        threshold=0.7,
    )
    assert (status, score) == ("pass", 0.75)
    status, _, _ = grade_answer(
        "", {"type": "tool-call", "value": {"name": "refund"}}, tool_calls=[("refund", {})]
    )
    assert status == "pass"


def test_in_a_users_suite(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makeconftest('pytest_plugins = ["aire.evals.pytest_plugin"]\n')
    pytester.makepyfile(
        """
        def test_good(aire_assert):
            aire_assert("Refunds take 5 days.", {"type": "icontains", "value": "refund"})

        def test_bad(aire_assert):
            aire_assert("No idea.", {"type": "icontains", "value": "refund"})
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*icontains: Expected output to contain*"])
