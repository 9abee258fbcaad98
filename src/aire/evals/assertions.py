"""Deterministic assertions, with promptfoo's semantics (read from promptfoo 0.123.1's
``src/assertions/*``): the same value coercions, defaults and edge cases, so a promptfoo
suite gets the same verdicts from aire.

Each check is a plain function ``(spec, value, answer) -> Grade`` found by name in
``CHECKS``; a ``not-`` form inverts the verdict (``pass != negate``), as promptfoo does.
A check whose value is unusable (``contains`` with no value, ``latency`` with no
threshold) raises ``AssertionValueError``: the result is an ``error``, never a pass.
Model-graded assertions are in ``aire.evals.judge``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
import yaml

from aire.evals.model import AssertionSpec
from aire.evals.template import js_string

__all__ = [
    "CHECKS",
    "Answer",
    "AssertionValueError",
    "Grade",
    "ToolCall",
    "levenshtein",
    "parse_comma_separated",
    "rouge_n",
]


class AssertionValueError(ValueError):
    """The assertion cannot be evaluated as written (its result is an ``error``)."""


@dataclass(frozen=True, slots=True)
class ToolCall:
    name: str
    arguments: Any  # parsed JSON when it parses, else the raw string


@dataclass(slots=True)
class Answer:
    """What a target answered, as the assertions see it."""

    output: str
    latency_ms: float | None = None  # None for a cached answer (promptfoo's rule)
    cost: float | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    #: every tool call of a multi-turn agent run, in order (one turn: = tool_calls)
    trajectory: list[ToolCall] = field(default_factory=list)
    tools: tuple[Mapping[str, Any], ...] = ()  # the tool definitions sent
    vars: Mapping[str, Any] = field(default_factory=dict)
    prompt: str = ""
    cached: bool = False
    #: documents an HTTP app returned with its answer (RAG), None when it returned none
    contexts: list[Any] | None = None


@dataclass(frozen=True, slots=True)
class Grade:
    passed: bool
    score: float
    reason: str
    error: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)


Check = Callable[[AssertionSpec, Any, Answer], Grade]


def _grade(spec: AssertionSpec, ok: bool, failure: str) -> Grade:
    passed = ok != spec.negate
    return Grade(passed, 1.0 if passed else 0.0, "Assertion passed" if passed else failure)


def _not(spec: AssertionSpec) -> str:
    return "not " if spec.negate else ""


def _truthy(value: Any) -> bool:
    """JavaScript truthiness (an empty list is truthy, 0 and "" are not)."""
    if value is None or value is False:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value != 0 and not math.isnan(value)
    if isinstance(value, str):
        return value != ""
    return True


def _contains_value(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return (isinstance(value, str) and value != "") or (
        isinstance(value, int | float) and not math.isnan(value)
    )


def parse_comma_separated(value: str) -> list[str]:
    """promptfoo's ``parseCommaSeparatedValues``: fields split on commas, trimmed, with
    ``"quoted, fields"`` (``\\"`` or ``""`` for a quote inside)."""
    out: list[str] = []
    i, n = 0, len(value)
    while i < n:
        while i < n:  # skip whitespace and commas
            while i < n and value[i].isspace():
                i += 1
            if i < n and value[i] == ",":
                i += 1
                continue
            break
        if i >= n:
            break
        if value[i] == '"':
            i += 1
            text: list[str] = []
            terminated = False
            while i < n:
                c = value[i]
                if c == "\\" and i + 1 < n and value[i + 1] in '"\\':
                    text.append(value[i + 1])
                    i += 2
                elif c == '"' and i + 1 < n and value[i + 1] == '"':
                    text.append('"')
                    i += 2
                elif c == '"':
                    i += 1
                    terminated = True
                    break
                else:
                    text.append(c)
                    i += 1
            if not terminated:
                raise AssertionValueError("Unterminated quoted field in contains assertion value")
            out.append("".join(text))
            while i < n and value[i].isspace():
                i += 1
            if i < n and value[i] != ",":
                raise AssertionValueError(
                    "Expected comma after quoted field in contains assertion value"
                )
        else:
            start = i
            while i < n and value[i] != ",":
                i += 1
            out.append(value[start:i].strip())
    return out


def _list_value(spec: AssertionSpec, value: Any) -> list[str]:
    if not _truthy(value):
        raise AssertionValueError(f'"{spec.type}" assertion type must have a value')
    if isinstance(value, str):
        value = parse_comma_separated(value)
    if not isinstance(value, list | tuple):
        raise AssertionValueError(f'"{spec.type}" assertion type must have an array value')
    return [js_string(v) for v in value]


def _equals(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    out = answer.output
    if value is None or isinstance(value, dict | list):  # typeof === "object"
        try:
            ok = _deep_equal(value, _js_json(out))
        except ValueError:
            ok = False
        shown = json.dumps(value)
    else:
        ok = js_string(value) == out
        shown = js_string(value)
    return _grade(spec, ok, f'Expected output "{out}" to {_not(spec)}equal "{shown}"')


def _deep_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_deep_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_deep_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return type(a) is type(b) and bool(a == b)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _js_json(text: str) -> Any:
    """``JSON.parse``: strict JSON (no NaN/Infinity), surrounding whitespace allowed."""
    return json.loads(text, parse_constant=_reject_constant)


def _contains(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if not _contains_value(value):
        raise AssertionValueError(
            f'"{spec.type}" assertion type must have a string or number value'
        )
    needle, out = js_string(value), answer.output
    if spec.type == "icontains":
        needle, out = needle.lower(), out.lower()
    return _grade(spec, needle in out, f'Expected output to {_not(spec)}contain "{needle}"')


def _contains_any(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    items, out = _list_value(spec, value), answer.output
    if spec.type.startswith("i"):
        items, out = [v.lower() for v in items], out.lower()
    ok = any(v in out for v in items)
    return _grade(spec, ok, f'Expected output to {_not(spec)}contain one of "{", ".join(items)}"')


def _contains_all(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    items, out = _list_value(spec, value), answer.output
    if spec.type.startswith("i"):
        items, out = [v.lower() for v in items], out.lower()
    missing = [v for v in items if v not in out]
    return _grade(
        spec,
        not missing,
        f"Expected output to {_not(spec)}contain all of [{', '.join(items)}]. "
        f"Missing: [{', '.join(missing)}]",
    )


def _starts_with(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if not isinstance(value, str) or not value:
        raise AssertionValueError('"starts-with" assertion type must have a string value')
    ok = answer.output.startswith(value)
    return _grade(spec, ok, f'Expected output to {_not(spec)}start with "{value}"')


_NAMED_GROUP = re.compile(r"\(\?<(?![=!])")


def js_regex(pattern: str) -> re.Pattern[str]:
    """A JavaScript ``new RegExp(pattern)`` (no flags) as a Python pattern: named groups
    ``(?<n>`` become ``(?P<n>``, and ``$`` outside a class means the end of input only."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "$":
            out.append(r"\Z")
            i += 1
            continue
        elif _NAMED_GROUP.match(pattern, i):
            out.append("(?P<")
            i += 3
            continue
        out.append(c)
        i += 1
    return re.compile("".join(out))


def _regex(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if not isinstance(value, str) or not value:
        raise AssertionValueError('"regex" assertion type must have a string value')
    try:
        pattern = js_regex(value)
    except re.error as exc:  # promptfoo: an invalid pattern fails, also in not-regex
        return Grade(False, 0.0, f"Invalid regex pattern: {exc}")
    ok = pattern.search(answer.output) is not None
    return _grade(spec, ok, f'Expected output to {_not(spec)}match regex "{value}"')


def _is_json(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    try:
        parsed = _js_json(answer.output)
    except ValueError:
        return _grade(spec, False, f"Expected output to {_not(spec)}be valid JSON")
    if _truthy(value):
        schema = yaml.safe_load(value) if isinstance(value, str) else value
        if not isinstance(schema, dict | bool):
            raise AssertionValueError("is-json assertion must have a string or object value")
        validator = _validator(schema)
        errors = sorted(validator.iter_errors(parsed), key=lambda e: list(e.path))
        valid = not errors
        passed = valid != spec.negate
        if not passed:
            reason = (
                "Output is JSON that conforms to the provided schema"
                if spec.negate
                else "JSON does not conform to the provided schema. Errors: "
                + "; ".join(
                    f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors
                )
            )
            return Grade(False, 0.0, reason)
        return Grade(True, 1.0, "Assertion passed")
    return _grade(spec, True, f"Expected output to {_not(spec)}be valid JSON")


def _validator(schema: Any) -> jsonschema.protocols.Validator:
    """Draft 7 with formats checked, as promptfoo's Ajv (with ajv-formats) does."""
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise AssertionValueError(f"not a valid JSON Schema: {exc.message}") from None
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute, each 1), two rows of memory."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _levenshtein(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if not isinstance(value, str):
        raise AssertionValueError('"levenshtein" assertion type must have a string value')
    distance = levenshtein(answer.output, value)
    threshold = 5.0 if spec.threshold is None else spec.threshold
    ok = distance <= threshold
    word = "less than or equal to" if spec.negate else "greater than"
    return _grade(spec, ok, f"Levenshtein distance {distance} is {word} threshold {threshold:g}")


_TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]", re.UNICODE)


def rouge_n(candidate: str, reference: str, n: int = 1) -> float:
    """ROUGE-N F1 with clipped n-gram counts (Lin 2004), as promptfoo computes it.
    Tokens are words and single punctuation marks (close to js-rouge's treebank split)."""
    cand, ref = _TOKEN.findall(candidate), _TOKEN.findall(reference)
    if len(cand) < n or len(ref) < n:
        return 0.0
    cg = [" ".join(cand[i : i + n]) for i in range(len(cand) - n + 1)]
    rg = [" ".join(ref[i : i + n]) for i in range(len(ref) - n + 1)]
    counts: dict[str, int] = {}
    for g in rg:
        counts[g] = counts.get(g, 0) + 1
    seen: dict[str, int] = {}
    for g in cg:
        seen[g] = seen.get(g, 0) + 1
    overlap = sum(min(c, counts.get(g, 0)) for g, c in seen.items())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(cg), overlap / len(rg)
    return 2 * p * r / (p + r)


def _rouge(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if not isinstance(value, str):
        raise AssertionValueError('"rouge" assertion type must be a string value')
    score = rouge_n(answer.output.lower(), value.lower())
    threshold = 0.75 if spec.threshold is None else spec.threshold
    passed = (score >= threshold) != spec.negate
    word = "greater than or equal to" if score >= threshold else "less than"
    return Grade(
        passed,
        1.0 - score if spec.negate else score,
        f"ROUGE-N score {score:.2f} is {word} threshold {threshold:g}",
    )


def _latency(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if spec.threshold is None:
        raise AssertionValueError("Latency assertion must have a threshold in milliseconds")
    if answer.latency_ms is None:
        raise AssertionValueError(
            "Latency assertion does not support cached results. Rerun the eval with --no-cache"
        )
    ok = answer.latency_ms <= spec.threshold
    word = "less than or equal to" if spec.negate else "greater than"
    return _grade(
        spec, ok, f"Latency {answer.latency_ms:.0f}ms is {word} threshold {spec.threshold:g}ms"
    )


def _cost(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    if spec.threshold is None:
        raise AssertionValueError("Cost assertion must have a threshold")
    if answer.cost is None:
        raise AssertionValueError("Cost assertion does not support targets that do not return cost")
    ok = answer.cost <= spec.threshold
    word = "less than or equal to" if spec.negate else "greater than"
    return _grade(spec, ok, f"Cost {answer.cost:.2g} is {word} threshold {spec.threshold:g}")


def _is_refusal(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    from aire.guard.detect.refusal import refusal_score

    if answer.output.strip() == "":  # promptfoo: an empty answer counts as a refusal
        passed = not spec.negate
        return Grade(passed, 0.0, "Empty response treated as refusal")
    threshold = 0.5 if spec.threshold is None else spec.threshold
    ok = refusal_score(answer.output) >= threshold
    return _grade(spec, ok, f"Expected output to {_not(spec)}be a refusal")


def _tool_schemas(answer: Answer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for tool in answer.tools:
        fn = tool.get("function", tool)
        if isinstance(fn, Mapping) and isinstance(fn.get("name"), str):
            out[fn["name"]] = fn.get("parameters") or {"type": "object"}
    return out


def _check_call(call: ToolCall, schemas: Mapping[str, Any]) -> str | None:
    if call.name not in schemas:
        return f"tool {call.name!r} is not one of the tools offered ({', '.join(schemas)})"
    if not isinstance(call.arguments, dict):
        return f"tool {call.name!r}: arguments are not a JSON object"
    errors = list(_validator(schemas[call.name]).iter_errors(call.arguments))
    if errors:
        return f"tool {call.name!r}: arguments do not match its schema: {errors[0].message}"
    return None


def _valid_tools_call(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    schemas = _tool_schemas(answer)
    if not schemas:
        raise AssertionValueError(f"{spec.type}: the case offers no tools to check against")
    if not answer.tool_calls:
        return _grade(spec, False, f"Expected the answer to {_not(spec)}be a tool call")
    problems = [p for c in answer.tool_calls if (p := _check_call(c, schemas))]
    return _grade(spec, not problems, "; ".join(problems))


def _matches(expected: Any, actual: Any) -> bool:
    """Expected arguments are a subset: every key given must be equal (recursively)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and _matches(v, actual[k]) for k, v in expected.items()
        )
    return _deep_equal(expected, actual)


def _tool_call(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    """``value``: ``{name, arguments?}``; passes when a tool call has that name, arguments
    containing the given ones, and (when tools were offered) arguments valid for the tool."""
    if not isinstance(value, Mapping) or not isinstance(value.get("name"), str):
        raise AssertionValueError("tool-call needs a value {name, arguments}")
    want_args = value.get("arguments")
    schemas = _tool_schemas(answer)
    calls = answer.tool_calls
    if not calls:
        return _grade(spec, False, f"expected a call of {value['name']!r}, got no tool call")
    named = [c for c in calls if c.name == value["name"]]
    if not named:
        got = ", ".join(c.name for c in calls)
        return _grade(spec, False, f"expected a call of {value['name']!r}, got {got}")
    for call in named:
        if want_args is not None and not _matches(want_args, call.arguments):
            continue
        if schemas and (problem := _check_call(call, schemas)):
            return _grade(spec, False, problem)
        return _grade(spec, True, "")
    return _grade(
        spec,
        False,
        f"{value['name']!r} was called with {json.dumps(named[0].arguments)}, "
        f"expected {json.dumps(want_args)}",
    )


def _tool_sequence(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    """``value``: the tool names in the order they must be called (exactly, by default;
    ``{names: [...], mode: subsequence}`` allows other calls in between)."""
    mode = "exact"
    if isinstance(value, Mapping):
        mode = str(value.get("mode", "exact"))
        value = value.get("names")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AssertionValueError("tool-call-sequence needs a list of tool names")
    got = [c.name for c in (answer.trajectory or answer.tool_calls)]
    if mode == "exact":
        ok = got == value
    elif mode == "subsequence":
        it = iter(got)
        ok = all(any(g == want for g in it) for want in value)
    else:
        raise AssertionValueError(f"tool-call-sequence mode {mode!r}: exact or subsequence")
    return _grade(spec, ok, f"tool calls were {got}, expected {value} ({mode})")


def _rag(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    from aire.evals.rag import RAG_CHECKS

    try:
        score, default, reason = RAG_CHECKS[spec.type](spec, value, answer)
    except ValueError as exc:
        raise AssertionValueError(str(exc)) from None
    threshold = default if spec.threshold is None else spec.threshold
    passed = (score >= threshold) != spec.negate
    return Grade(
        passed, 1.0 - score if spec.negate else score, f"{reason} (threshold {threshold:g})"
    )


CHECKS: dict[str, Check] = {
    "equals": _equals,
    "contains": _contains,
    "icontains": _contains,
    "contains-any": _contains_any,
    "icontains-any": _contains_any,
    "contains-all": _contains_all,
    "icontains-all": _contains_all,
    "starts-with": _starts_with,
    "regex": _regex,
    "is-json": _is_json,
    "levenshtein": _levenshtein,
    "rouge-n": _rouge,
    "latency": _latency,
    "cost": _cost,
    "is-refusal": _is_refusal,
    "is-valid-openai-tools-call": _valid_tools_call,
    "tool-call": _tool_call,
    "tool-call-sequence": _tool_sequence,
    "retrieval-precision": _rag,
    "retrieval-recall": _rag,
    "citation-rate": _rag,
    "groundedness": _rag,
    "rag-abstention": _rag,
}


def run_check(spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
    """Run one deterministic assertion; a weight of 0 never fails the test (promptfoo)."""
    try:
        grade = CHECKS[spec.type](spec, value, answer)
    except AssertionValueError as exc:
        return Grade(False, 0.0, str(exc), error=True)
    if spec.weight == 0 and not grade.passed:
        return Grade(True, grade.score, grade.reason, metadata=grade.metadata)
    return grade
