"""promptfoo's assertion semantics, case by case (read from promptfoo 0.123.1's source)."""

from __future__ import annotations

from typing import Any

import pytest

from aire.evals.assertions import (
    Answer,
    ToolCall,
    js_regex,
    levenshtein,
    parse_comma_separated,
    run_check,
)
from aire.evals.model import AssertionSpec
from aire.evals.runner import combine


def check(kind: str, value: Any, output: str, **kw: Any) -> tuple[bool, bool]:
    negate = kind.startswith("not-")
    spec = AssertionSpec(type=kind.removeprefix("not-"), negate=negate, value=value, **kw)
    g = run_check(spec, value, Answer(output=output, latency_ms=kw.pop("latency", 5.0)))
    return g.passed, g.error


def test_comma_separated_values_with_quotes() -> None:
    assert parse_comma_separated('a, "b, c" ,d,,') == ["a", "b, c", "d"]
    assert parse_comma_separated('"say ""hi""", x') == ['say "hi"', "x"]


def test_contains_any_splits_strings_and_not_lists() -> None:
    assert check("contains-any", "x, Hello", "Hello there") == (True, False)
    assert check("contains-any", ["x, Hello"], "Hello there") == (False, False)
    assert check("not-contains-any", "x, y", "Hello") == (True, False)


def test_contains_needs_a_non_empty_value_and_takes_numbers() -> None:
    assert check("contains", "", "abc") == (False, True)  # an error, not a pass
    assert check("not-contains", "", "abc") == (False, True)
    assert check("contains", 42, "the 42 answer") == (True, False)
    assert check("contains", True, "true") == (False, True)


def test_regex_dollar_is_end_of_input_and_named_groups_work() -> None:
    assert check("regex", "two$", "one\ntwo\n") == (False, False)
    assert js_regex("(?<w>\\w+)$").search("ab cd") is not None
    assert check("regex", "(", "x") == (False, False)
    assert check("not-regex", "(", "x") == (False, False)  # invalid: fails either way


def test_levenshtein_default_threshold_is_5() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert check("levenshtein", "abcdefgh", "abcdefgh12345") == (True, False)
    assert check("levenshtein", "abcdefgh", "abcdefgh123456") == (False, False)
    assert check("levenshtein", "abc", "abcdef", threshold=2.0) == (False, False)


def test_equals_with_an_object_compares_parsed_json() -> None:
    assert check("equals", {"a": [1, 2.0]}, '{ "a": [1, 2] }') == (True, False)
    assert check("equals", {"a": True}, '{"a": 1}') == (False, False)
    assert check("not-equals", {"a": 1}, "not json") == (True, False)
    assert check("equals", 3, "3") == (True, False)


def test_is_json_schema_as_object_or_yaml_text() -> None:
    schema = "type: object\nrequired: [id]\nproperties: {id: {type: string}}"
    assert check("is-json", schema, '{"id": "x"}') == (True, False)
    assert check("is-json", schema, '{"id": 1}') == (False, False)
    assert check("not-is-json", {"type": "object"}, "[1]") == (True, False)
    assert check("is-json", None, "NaN") == (False, False)  # JSON.parse rejects NaN
    assert check("is-json", {"type": "string", "format": "email"}, '"nope"') == (False, False)


def test_latency_needs_a_threshold_and_a_fresh_answer() -> None:
    assert check("latency", None, "x", threshold=10.0) == (True, False)
    assert check("latency", None, "x")[1] is True
    spec = AssertionSpec(type="latency", threshold=10.0)
    cached = run_check(spec, None, Answer(output="x", latency_ms=None, cached=True))
    assert cached.error
    assert "cached" in cached.reason


def test_weights_and_threshold_combine_like_promptfoo() -> None:
    a = AssertionSpec(type="contains", weight=2.0)
    b = AssertionSpec(type="contains", weight=1.0)
    ok = run_check(a, "x", Answer(output="x"))
    bad = run_check(b, "y", Answer(output="x"))
    assert combine([(a, ok), (b, bad)], None)[0] == "fail"
    status, score, _ = combine([(a, ok), (b, bad)], 0.6)
    assert status == "pass"
    assert score == pytest.approx(2 / 3)
    assert combine([(a, ok), (b, bad)], 0.7)[0] == "fail"
    zero = AssertionSpec(type="contains", weight=0.0)
    assert run_check(zero, "y", Answer(output="x")).passed  # weight 0 never fails
    assert combine([], None)[0] == "pass"


def test_refusal_uses_the_guard_detector() -> None:
    assert check("is-refusal", None, "I'm sorry, but I can't help with that.") == (True, False)
    assert check("not-is-refusal", None, "Paris is the capital of France.") == (True, False)
    assert check("is-refusal", None, "  ") == (True, False)


TOOLS = (
    {
        "type": "function",
        "function": {
            "name": "refund",
            "parameters": {
                "type": "object",
                "required": ["order_id", "amount"],
                "properties": {"order_id": {"type": "string"}, "amount": {"type": "number"}},
            },
        },
    },
)


def tool_answer(*calls: ToolCall) -> Answer:
    return Answer(output="", tool_calls=list(calls), trajectory=list(calls), tools=TOOLS)


def test_tool_calls_name_arguments_and_order() -> None:
    good = tool_answer(ToolCall("refund", {"order_id": "A1", "amount": 5}))
    wrong_name = tool_answer(ToolCall("delete_account", {}))
    wrong_args = tool_answer(ToolCall("refund", {"order_id": 7}))
    valid = AssertionSpec(type="is-valid-openai-tools-call")
    assert run_check(valid, None, good).passed
    assert not run_check(valid, None, wrong_name).passed
    assert not run_check(valid, None, wrong_args).passed
    call = AssertionSpec(type="tool-call")
    assert run_check(call, {"name": "refund", "arguments": {"order_id": "A1"}}, good).passed
    assert not run_check(call, {"name": "refund", "arguments": {"order_id": "B2"}}, good).passed
    assert not run_check(call, {"name": "refund"}, wrong_name).passed
    seq = AssertionSpec(type="tool-call-sequence")
    two = tool_answer(ToolCall("lookup", {}), ToolCall("refund", {}))
    assert run_check(seq, ["lookup", "refund"], two).passed
    assert not run_check(seq, ["refund", "lookup"], two).passed


def test_a_value_nunjucks_cannot_render_is_an_error_as_in_promptfoo() -> None:
    # found by the 600-test parity run: promptfoo's Nunjucks rejects a stray "#}"
    from aire.evals.assertions import Grade
    from aire.evals.runner import _render_value, combine
    from aire.evals.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        _render_value('{"a": "b#}', {})
    spec = AssertionSpec(type="levenshtein")
    assert combine([(spec, Grade(False, 0.0, "x", error=True))], None)[0] == "error"
