"""Action guardrails: the verdict on one tool call of the model, under one or more policies.

A ``ToolPolicy`` (``aire.config.tools``) is compiled once into a ``CompiledToolPolicy``:
globs into one regex, argument paths parsed, regexes and JSON Schemas compiled. A
``ToolGate`` combines the policies that apply to a request (the guard policy's, the
caller's); ``gate.answer()`` counts one answer's calls (``max_calls``, ``max_total``) and
``check(name, arguments)`` gives each call a ``ToolVerdict``: allowed, blocked (the first
rule that said no, as its config path) or flagged (``action: log``: it would have been
blocked). A call is blocked if any policy blocks it.

Arguments are parsed once per call, strictly (``aire.guard.tool_arguments``). Reasons name
the rule, the argument path and the limit, never an argument's value: it may be a secret.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from aire.config.tools import ToolPolicy, ToolRule
from aire.guard.tool_arguments import MALFORMED, Arguments, as_number, enum_key
from aire.jsonpath import JsonPath, parse_path

__all__ = [
    "AnswerCheck",
    "CompiledToolPolicy",
    "ToolGate",
    "ToolVerdict",
    "display_name",
    "principal_policy",
]

Verdict = Literal["allowed", "blocked", "flagged"]

_SAFE_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,128}")


def display_name(name: str) -> str:
    """A tool name as errors, logs and metrics may show it: the model wrote it, so anything
    that is not a plain identifier (OpenAI allows ``[A-Za-z0-9_-]{1,64}``) is not echoed."""
    return name if _SAFE_NAME.fullmatch(name) else "<invalid name>"


@dataclass(frozen=True, slots=True)
class ToolVerdict:
    name: str  # display_name of the tool
    verdict: Verdict
    rule: str | None = None  # config path of the rule that said no
    reason: str | None = None  # what was wrong, never a value

    def record(self) -> dict[str, str | None]:
        """The entry of ``ctx.tool_calls`` (audit log, metrics)."""
        return {"name": self.name, "verdict": self.verdict, "rule": self.rule}


def _exact(value: float) -> Decimal:
    return Decimal(repr(value))


def _shown(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _shown_path(text: str) -> str:
    """``$.a.b`` or ``a.b`` -> ``arguments.a.b``; ``[0]`` -> ``arguments[0]``."""
    text = text.removeprefix("$").removeprefix(".")
    return "arguments" + ("" if text.startswith("[") else ".") + text


def _globs(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [fnmatch.translate(p) for p in patterns]
    return re.compile("|".join(parts)) if parts else None


def _schema_validator(schema: Mapping[str, Any]) -> Any:
    import jsonschema  # only for policies with a schema rule (~10 MB of a process)

    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine(
        "integer",
        lambda _c, v: (
            not isinstance(v, bool)
            and (isinstance(v, int) or (isinstance(v, float | Decimal) and v == int(v)))
        ),
    )
    extended = jsonschema.validators.extend(base, type_checker=checker)  # type: ignore[no-untyped-call]
    return extended(schema)


class _Tally:
    """Counts of one answer (per choice) under one policy."""

    __slots__ = ("calls", "rule_calls", "rule_totals")

    def __init__(self, rules: int) -> None:
        self.calls = 0
        self.rule_calls = [0] * rules
        self.rule_totals: list[Decimal | int] = [0] * rules


@dataclass(frozen=True, slots=True)
class _Failure:
    rule: str
    reason: str


class _Rule:
    def __init__(self, rule: ToolRule, where: str) -> None:
        self.where = where
        self.label = f"{where} ({rule.id})" if rule.id else where
        self.tool = _globs([rule.tool])
        self.path: JsonPath | None = parse_path(rule.arg) if rule.arg is not None else None
        self.arg = _shown_path(rule.arg) if rule.arg is not None else "arguments"
        self.required = rule.required
        self.min = _exact(rule.min) if rule.min is not None else None
        self.max = _exact(rule.max) if rule.max is not None else None
        self.max_total = _exact(rule.max_total) if rule.max_total is not None else None
        self.numeric = rule.min is not None or rule.max is not None or rule.max_total is not None
        self.enum = {enum_key(v) for v in rule.enum} if rule.enum is not None else None
        self.regex = re.compile(rule.regex) if rule.regex is not None else None
        self.not_regex = re.compile(rule.not_regex) if rule.not_regex is not None else None
        self.max_length = rule.max_length
        self.max_calls = rule.max_calls
        self.schema = _schema_validator(rule.schema_) if rule.schema_ is not None else None
        self.shown = {
            "min": _shown(rule.min) if rule.min is not None else "",
            "max": _shown(rule.max) if rule.max is not None else "",
            "max_total": _shown(rule.max_total) if rule.max_total is not None else "",
        }
        self.reads_arguments = self.path is not None or self.schema is not None

    def applies(self, name: str) -> bool:
        return self.tool is not None and self.tool.match(name) is not None

    def check(self, args: Arguments, tally: _Tally, i: int) -> str | None:
        """The reason this call breaks the rule, or None. Updates the answer's tally."""
        reason = None
        if self.max_calls is not None:
            tally.rule_calls[i] += 1
            if tally.rule_calls[i] > self.max_calls:
                reason = f"more than {self.max_calls} call(s) of these tools in one answer"
        parsed = args.parsed() if self.reads_arguments else None
        if parsed is MALFORMED:
            return reason or "arguments are not a JSON object; cannot be checked"
        if self.path is not None:
            values, missing = self.path.find(parsed)
            value_reason = self._values(values, missing, tally, i)
            reason = reason or value_reason
        if self.schema is not None and reason is None:
            error = next(iter(self.schema.iter_errors(args.as_floats())), None)
            if error is not None:
                at = "/".join(str(p) for p in error.schema_path)
                reason = f"arguments do not match the schema (at {at})"
        return reason

    def _values(self, values: list[Any], missing: bool, tally: _Tally, i: int) -> str | None:
        arg = self.arg
        if self.required and (missing or not values):
            return f"{arg} is missing"
        reason = None
        for value in values:
            reason = self._value(value, tally, i)
            if reason is not None:
                break
        if self.max_total is not None and tally.rule_totals[i] > self.max_total:
            return reason or (
                f"{arg} sums to more than {self.shown['max_total']} over the answer's calls"
            )
        return reason

    def _value(self, value: Any, tally: _Tally, i: int) -> str | None:
        arg = self.arg
        if self.numeric:
            number = as_number(value)
            if number is None:
                return f"{arg} is not a number"
            tally.rule_totals[i] += number
            if self.min is not None and number < self.min:
                return f"{arg} is below the minimum {self.shown['min']}"
            if self.max is not None and number > self.max:
                return f"{arg} is above the maximum {self.shown['max']}"
        if self.enum is not None and enum_key(value) not in self.enum:
            return f"{arg} is not one of the {len(self.enum)} allowed values"
        if self.regex is not None or self.not_regex is not None or self.max_length is not None:
            if not isinstance(value, str):
                return f"{arg} is not a string"
            if self.max_length is not None and len(value) > self.max_length:
                return f"{arg} is longer than {self.max_length} characters"
            if self.regex is not None and self.regex.fullmatch(value) is None:
                return f"{arg} does not match the allowed pattern"
            if self.not_regex is not None and self.not_regex.search(value) is not None:
                return f"{arg} matches a forbidden pattern"
        return None


class CompiledToolPolicy:
    """A ``ToolPolicy`` ready to check calls; ``scope`` is its config path, the prefix of
    every rule name it reports (``guard.policies.payments.tools``, ``principal.tools``)."""

    def __init__(self, policy: ToolPolicy, scope: str) -> None:
        self.policy = policy
        self.scope = scope
        self.allowed = _globs(policy.allowed) if policy.allowed is not None else None
        self.any_allowed = policy.allowed is None
        self.denied = _globs(policy.denied)
        self.rules = [_Rule(r, f"{scope}.rules[{i}]") for i, r in enumerate(policy.rules)]
        self.max_calls = policy.max_calls
        self.max_arguments_chars = policy.max_arguments_chars
        self.block_malformed = policy.malformed_arguments == "block"
        self.blocks = policy.action == "block"

    def tally(self) -> _Tally:
        return _Tally(len(self.rules))

    def check(self, name: str, args: Arguments, tally: _Tally) -> _Failure | None:
        """The first rule the call breaks (every rule still counts it), or None."""
        scope = self.scope
        failure: _Failure | None = None

        def fail(rule: str, reason: str) -> None:
            nonlocal failure
            if failure is None:
                failure = _Failure(rule, reason)

        tally.calls += 1
        if self.denied is not None and self.denied.match(name):
            fail(f"{scope}.denied", "the tool is denied")
        if not self.any_allowed and (self.allowed is None or not self.allowed.match(name)):
            fail(f"{scope}.allowed", "the tool is not in the allowed list")
        if self.max_calls is not None and tally.calls > self.max_calls:
            fail(f"{scope}.max_calls", f"more than {self.max_calls} tool call(s) in one answer")
        applying = [(i, r) for i, r in enumerate(self.rules) if r.applies(name)]
        reads = any(r.reads_arguments for _, r in applying)
        strict = self.block_malformed and not args.free_text
        if (strict or reads) and args.parsed() is MALFORMED:
            fail(f"{scope}.malformed_arguments", "arguments are not a JSON object")
        for i, rule in applying:
            reason = rule.check(args, tally, i)
            if reason is not None:
                fail(rule.label, reason)
        return failure


class AnswerCheck:
    """The calls of one answer (one choice), checked in the order the model made them."""

    __slots__ = ("_gate", "_tallies")

    def __init__(self, gate: ToolGate) -> None:
        self._gate = gate
        self._tallies = [p.tally() for p in gate.policies]

    def check(self, name: str, arguments: object, *, free_text: bool = False) -> ToolVerdict:
        """The verdict on the next call of this answer. ``arguments``: the JSON text (or
        an already parsed object); ``free_text`` for a custom tool's input."""
        gate = self._gate
        args = Arguments(arguments, free_text)
        if args.size() + len(name) > gate.max_arguments_chars:
            return gate.oversized(name)
        blocked: _Failure | None = None
        flagged: _Failure | None = None
        for policy, tally in zip(gate.policies, self._tallies, strict=True):
            failure = policy.check(name, args, tally)
            if failure is None:
                continue
            if policy.blocks:
                blocked = blocked or failure
            else:
                flagged = flagged or failure
        shown = display_name(name)
        if blocked is not None:
            return ToolVerdict(shown, "blocked", blocked.rule, blocked.reason)
        if flagged is not None:
            return ToolVerdict(shown, "flagged", flagged.rule, flagged.reason)
        return ToolVerdict(shown, "allowed")


class ToolGate:
    """The tool policies of one request, combined: a call passes only if each allows it.

    ``max_arguments_chars`` is the smallest of the policies': a call longer than that
    (name and arguments) is blocked whatever the policies' action, because a stream
    cannot hold it for checking, and a call is never let through unchecked."""

    __slots__ = ("_bounding", "max_arguments_chars", "policies")

    def __init__(self, policies: Iterable[CompiledToolPolicy]) -> None:
        self.policies = tuple(policies)
        if not self.policies:
            raise ValueError("a tool gate needs at least one policy")
        self._bounding = min(self.policies, key=lambda p: p.max_arguments_chars)
        self.max_arguments_chars = self._bounding.max_arguments_chars

    def answer(self) -> AnswerCheck:
        return AnswerCheck(self)

    def oversized(self, name: str) -> ToolVerdict:
        rule = f"{self._bounding.scope}.max_arguments_chars"
        reason = f"the call is longer than {self.max_arguments_chars} characters"
        return ToolVerdict(display_name(name), "blocked", rule, reason)


#: a principal's policy compiled once per object (principals are cached by the auth layer)
_PRINCIPAL_POLICIES: dict[int, tuple[object, CompiledToolPolicy]] = {}
_PRINCIPAL_CACHE_MAX = 4096


def principal_policy(value: object, *, scope: str = "principal.tools") -> CompiledToolPolicy:
    """The compiled policy of a principal's ``tools``: a ``CompiledToolPolicy``, a
    ``ToolPolicy`` or a mapping of its fields (pydantic's ValidationError if it is not
    one), compiled once per object: keep the same object on a cached principal."""
    if isinstance(value, CompiledToolPolicy):
        return value
    found = _PRINCIPAL_POLICIES.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    policy = value if isinstance(value, ToolPolicy) else ToolPolicy.model_validate(value)
    compiled = CompiledToolPolicy(policy, scope)
    if len(_PRINCIPAL_POLICIES) >= _PRINCIPAL_CACHE_MAX:
        _PRINCIPAL_POLICIES.clear()
    _PRINCIPAL_POLICIES[id(value)] = (value, compiled)  # holds value: its id stays its own
    return compiled
