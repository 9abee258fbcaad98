"""aire's assertions inside a team's own pytest suite.

    # conftest.py
    pytest_plugins = ["aire.evals.pytest_plugin"]

    # test_bot.py
    def test_refund_answer(aire_assert):
        answer = my_bot("How do I get a refund?")
        aire_assert(answer, {"type": "icontains", "value": "refund"},
                    {"type": "not-is-refusal"}, {"type": "levenshtein", "value": "...",
                    "threshold": 20})

Assertions are written as in a suite file (``type``, ``value``, ``threshold``, ``weight``)
and graded with the same code as ``aire eval run``; a failure lists every failed check.
Model-graded assertions need a running judge and are for ``aire eval run``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from aire.errors import ConfigError
from aire.evals.assertions import Answer, Grade, ToolCall, run_check
from aire.evals.runner import _render_value, combine
from aire.evals.suite import GRADED, Where, assertion_from

__all__ = ["aire_assert", "assert_answer", "grade_answer"]


def grade_answer(
    output: str,
    *assertions: Mapping[str, Any] | str,
    threshold: float | None = None,
    latency_ms: float | None = None,
    tool_calls: Sequence[tuple[str, Any]] = (),
    tools: Sequence[Mapping[str, Any]] = (),
    variables: Mapping[str, Any] | None = None,
) -> tuple[str, float, list[tuple[str, Grade]]]:
    """(status, score, [(assertion name, grade)]) of ``output``."""
    where = Where("<pytest>", None)
    calls = [ToolCall(name, args) for name, args in tool_calls]
    answer = Answer(
        output=output,
        latency_ms=latency_ms,
        tool_calls=calls,
        trajectory=list(calls),
        tools=tuple(tools),
        vars=dict(variables or {}),
    )
    grades = []
    for i, raw in enumerate(assertions):
        spec = assertion_from(raw, (i,), where, promptfoo=False)
        if spec.type in GRADED:
            raise ConfigError(f"{spec.type} needs a judge: use `aire eval run` for it")
        grades.append((spec, run_check(spec, _render_value(spec.value, answer.vars), answer)))
    status, score, _ = combine(grades, threshold)
    return status, score, [(spec.name, g) for spec, g in grades]


def assert_answer(output: str, *assertions: Mapping[str, Any] | str, **kw: Any) -> None:
    """Raise AssertionError naming every failed (or errored) assertion."""
    status, score, grades = grade_answer(output, *assertions, **kw)
    if status != "pass":
        lines = [f"{name}: {g.reason}" for name, g in grades if not g.passed or g.error]
        raise AssertionError(
            f"answer {status} (score {score:.2f}):\n  "
            + "\n  ".join(lines)
            + f"\nanswer: {output[:500]!r}"
        )


@pytest.fixture
def aire_assert() -> Callable[..., None]:
    """``aire_assert(answer, {"type": "contains", "value": "x"}, ...)``."""
    return assert_answer
