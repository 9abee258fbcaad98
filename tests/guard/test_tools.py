"""Action guardrails: verdicts on tool calls under one policy or several, never a value."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from pydantic import ValidationError

from aire.config.tools import ToolPolicy
from aire.guard.tools import CompiledToolPolicy, ToolGate, display_name, principal_policy

SECRET = "AKIA4J7QX2M9PLR3ZT6W"


def gate(scope: str = "guard.policies.p.tools", **policy: Any) -> ToolGate:
    return ToolGate([CompiledToolPolicy(ToolPolicy.model_validate(policy), scope)])


def rule(**fields: Any) -> dict[str, Any]:
    return {"tool": "pay", **fields}


def verdicts(g: ToolGate, *calls: tuple[str, Any]) -> list[tuple[str, str | None]]:
    """(verdict, rule) of each call, in one answer; arguments given as objects are sent
    as JSON text, as the model writes them."""
    answer = g.answer()
    out = []
    for name, args in calls:
        text = args if isinstance(args, str) else orjson.dumps(args).decode()
        v = answer.check(name, text)
        out.append((v.verdict, v.rule))
    return out


def one(g: ToolGate, name: str, args: Any = "{}") -> tuple[str, str | None]:
    return verdicts(g, (name, args))[0]


ALLOWED = ("allowed", None)


# -- names -------------------------------------------------------------------------------


def test_allowed_names_are_globs_and_case_sensitive() -> None:
    g = gate(allowed=["get_*", "search", "crm.?ead"])
    assert one(g, "get_balance") == ALLOWED
    assert one(g, "search") == ALLOWED
    assert one(g, "crm.read") == ALLOWED
    assert one(g, "Search") == ("blocked", "guard.policies.p.tools.allowed")
    assert one(g, "searcher") == ("blocked", "guard.policies.p.tools.allowed")
    assert one(g, "get") == ("blocked", "guard.policies.p.tools.allowed")


def test_denied_wins_over_allowed_and_an_empty_allowed_list_allows_nothing() -> None:
    g = gate(allowed=["transfer_*"], denied=["transfer_external"])
    assert one(g, "transfer_internal") == ALLOWED
    assert one(g, "transfer_external") == ("blocked", "guard.policies.p.tools.denied")
    assert one(gate(allowed=[]), "anything")[0] == "blocked"
    assert one(gate(), "anything") == ALLOWED  # no allowed list: any name


def test_max_calls_counts_per_answer() -> None:
    g = gate(max_calls=2)
    got = verdicts(g, ("a", {}), ("b", {}), ("c", {}))
    assert got == [ALLOWED, ALLOWED, ("blocked", "guard.policies.p.tools.max_calls")]
    assert verdicts(g, ("a", {}), ("b", {})) == [ALLOWED, ALLOWED]  # a new answer
    assert one(gate(max_calls=0), "a")[0] == "blocked"


def test_a_rule_max_calls_counts_the_calls_of_its_tools() -> None:
    g = gate(rules=[{"tool": "transfer_*", "max_calls": 1}])
    got = verdicts(g, ("transfer_a", {}), ("lookup", {}), ("transfer_b", {}), ("lookup", {}))
    assert got == [ALLOWED, ALLOWED, ("blocked", "guard.policies.p.tools.rules[0]"), ALLOWED]


# -- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "verdict"),
    [
        (100, "allowed"),
        (99.99, "allowed"),
        (0.01, "allowed"),
        ("100.10", "blocked"),  # a numeric string is a number
        ("99.50", "allowed"),
        (101, "blocked"),
        (0, "blocked"),  # below min
        (-5, "blocked"),
        (True, "blocked"),  # not a number
        (None, "blocked"),
        ("100 USD", "blocked"),
        ("1e2", "blocked"),  # only plain decimals count as numeric strings
        ([50], "blocked"),
        ({"value": 5}, "blocked"),
    ],
)
def test_numeric_limits(amount: Any, verdict: str) -> None:
    g = gate(rules=[rule(arg="amount", min=0.01, max=100)])
    assert one(g, "pay", {"amount": amount})[0] == verdict


def test_numbers_compare_exactly_as_written() -> None:
    g = gate(rules=[rule(arg="amount", max=100.1)])
    assert one(g, "pay", '{"amount": 100.1}') == ALLOWED  # a float would say 100.1 > 100.1
    assert one(g, "pay", '{"amount": 100.10000000000000001}')[0] == "blocked"
    assert one(g, "pay", '{"amount": 1e400}')[0] == "blocked"  # no overflow to inf
    assert one(g, "pay", '{"amount": 100000000000000000000000000}')[0] == "blocked"


def test_required_and_optional_arguments() -> None:
    optional = gate(rules=[rule(arg="amount", max=100)])
    required = gate(rules=[rule(arg="amount", max=100, required=True)])
    assert one(optional, "pay", {}) == ALLOWED
    assert one(required, "pay", {})[0] == "blocked"
    assert one(required, "pay", "")[0] == "blocked"  # empty arguments are {}
    assert one(optional, "other", {"amount": 10**6}) == ALLOWED  # the rule is for pay only


def test_a_wildcard_checks_every_element() -> None:
    g = gate(rules=[rule(arg="items[*].price", max=10, required=True)])
    assert one(g, "pay", {"items": [{"price": 1}, {"price": 10}]}) == ALLOWED
    assert one(g, "pay", {"items": [{"price": 1}, {"price": 11}]})[0] == "blocked"
    assert one(g, "pay", {"items": [{"price": 1}, {"name": "x"}]})[0] == "blocked"  # missing
    assert one(g, "pay", {"items": []})[0] == "blocked"  # required: nothing to check


def test_max_total_sums_over_the_answer() -> None:
    g = gate(rules=[rule(arg="amount", max=100), rule(arg="amount", max_total=250)])
    got = verdicts(g, ("pay", {"amount": 100}), ("pay", {"amount": 100}), ("pay", {"amount": 60}))
    assert got == [ALLOWED, ALLOWED, ("blocked", "guard.policies.p.tools.rules[1]")]
    assert verdicts(g, ("pay", {"amount": 100})) == [ALLOWED]  # a new answer starts at 0


# -- strings and enums -------------------------------------------------------------------


def test_enum_is_type_aware() -> None:
    g = gate(rules=[rule(arg="v", enum=["USD", 1, True, None])])
    for ok in ("USD", 1, 1.0, True, None):
        assert one(g, "pay", {"v": ok}) == ALLOWED, ok
    for bad in ("usd", "1", 2, False, [1], {"v": 1}):
        assert one(g, "pay", {"v": bad})[0] == "blocked", bad


def test_regex_matches_whole_strings_and_not_regex_any_part() -> None:
    g = gate(rules=[{"tool": "send", "arg": "to[*]", "regex": "[^@]+@example\\.com"}])
    assert one(g, "send", {"to": ["a@example.com", "b@example.com"]}) == ALLOWED
    assert one(g, "send", {"to": ["a@example.com.evil.io"]})[0] == "blocked"
    assert one(g, "send", {"to": [3]})[0] == "blocked"
    sql = gate(rules=[{"tool": "sql", "arg": "q", "not_regex": "(?i)\\bdrop\\b", "max_length": 30}])
    assert one(sql, "sql", {"q": "select 1"}) == ALLOWED
    assert one(sql, "sql", {"q": "select 1; DROP table t"})[0] == "blocked"
    assert one(sql, "sql", {"q": "x" * 31})[0] == "blocked"


def test_a_schema_rule_checks_the_whole_arguments() -> None:
    schema = {
        "type": "object",
        "properties": {"n": {"type": "integer", "multipleOf": 0.5}, "k": {"type": "string"}},
        "required": ["n"],
        "additionalProperties": False,
    }
    g = gate(rules=[{"tool": "t", "schema": schema}])
    assert one(g, "t", {"n": 4}) == ALLOWED
    assert one(g, "t", '{"n": 4.0}') == ALLOWED  # an integer in JSON's sense
    assert one(g, "t", {"n": 4, SECRET: 1})[0] == "blocked"
    assert one(g, "t", {"k": "x"})[0] == "blocked"
    assert one(g, "t", '{"n": 99999999999999999999999}') == ALLOWED  # beyond 64 bits


# -- malformed arguments -----------------------------------------------------------------


MALFORMED = [
    '{"amount": 5',  # cut
    "[1, 2]",  # not an object
    '"text"',
    '{"amount": 1, "amount": 500}',  # duplicate keys: parsers disagree on which one wins
    '{"amount": NaN}',
    '{"amount": Infinity}',
    "[" * 100_000 + "]" * 100_000,  # deeper than any parser's stack
]


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_arguments_are_blocked_by_default(text: str) -> None:
    assert one(gate(), "t", text) == ("blocked", "guard.policies.p.tools.malformed_arguments")


@pytest.mark.parametrize("text", MALFORMED)
def test_pass_lets_them_through_unless_a_rule_reads_the_arguments(text: str) -> None:
    lenient = gate(malformed_arguments="pass", rules=[rule(arg="amount", max=100)])
    assert one(lenient, "other", text) == ALLOWED
    verdict, where = one(lenient, "pay", text)
    assert verdict == "blocked"
    assert where == "guard.policies.p.tools.malformed_arguments"


def test_empty_arguments_are_an_empty_object() -> None:
    assert one(gate(), "t", "") == ALLOWED
    assert one(gate(), "t", "  ") == ALLOWED


def test_a_custom_tools_free_text_is_not_malformed() -> None:
    g = gate(rules=[rule(arg="amount", max=100)])
    answer = g.answer()
    assert answer.check("notes", "any text at all", free_text=True).verdict == "allowed"
    assert answer.check("pay", "any text", free_text=True).verdict == "blocked"  # a rule reads it


def test_parsed_arguments_are_accepted_as_they_are() -> None:
    answer = gate(rules=[rule(arg="amount", max=100)]).answer()
    assert answer.check("pay", {"amount": 5}).verdict == "allowed"
    assert answer.check("pay", {"amount": 100.5}).verdict == "blocked"
    assert answer.check("pay", 42).verdict == "blocked"  # neither text nor an object


def test_oversized_calls_are_blocked_whatever_the_action() -> None:
    g = gate(action="log", max_arguments_chars=100)
    verdict = g.answer().check("t", orjson.dumps({"x": "y" * 200}).decode())
    assert verdict.verdict == "blocked"
    assert verdict.rule == "guard.policies.p.tools.max_arguments_chars"


# -- policies together -------------------------------------------------------------------


def test_every_policy_must_allow_and_the_first_refusal_is_named() -> None:
    policy = CompiledToolPolicy(
        ToolPolicy(allowed=("get_*", "pay"), rules=()), "guard.policies.p.tools"
    )
    key = principal_policy({"allowed": ["pay"], "rules": [rule(arg="amount", max=10)]})
    g = ToolGate([policy, key])
    assert one(g, "pay", {"amount": 5}) == ALLOWED
    assert one(g, "pay", {"amount": 50}) == ("blocked", "principal.tools.rules[0]")
    assert one(g, "get_x") == ("blocked", "principal.tools.allowed")
    assert one(g, "rm") == ("blocked", "guard.policies.p.tools.allowed")


def test_log_action_flags_and_a_blocking_policy_still_blocks() -> None:
    log = CompiledToolPolicy(ToolPolicy(allowed=("a",), action="log"), "guard.policies.l.tools")
    assert one(ToolGate([log]), "b") == ("flagged", "guard.policies.l.tools.allowed")
    strict = principal_policy(ToolPolicy(denied=("b",)))
    assert one(ToolGate([log, strict]), "b") == ("blocked", "principal.tools.denied")


def test_rule_ids_appear_in_the_rule_name() -> None:
    g = gate(rules=[rule(arg="amount", max=1, id="small-payments")])
    assert one(g, "pay", {"amount": 2}) == (
        "blocked",
        "guard.policies.p.tools.rules[0] (small-payments)",
    )


# -- never a value -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "rules",
    [
        [rule(arg="amount", max=100)],
        [rule(arg="amount", enum=["x"])],
        [rule(arg="amount", regex="[0-9]+")],
        [rule(arg="amount", not_regex="AKIA")],
        [rule(arg="amount", max_length=3)],
        [{"tool": "pay", "schema": {"properties": {"amount": {"maxLength": 3}}}}],
        [{"tool": "pay", "schema": {"additionalProperties": False}}],
    ],
)
def test_reasons_never_carry_an_argument_value(rules: list[dict[str, Any]]) -> None:
    answer = gate(rules=rules).answer()
    verdict = answer.check("pay", orjson.dumps({"amount": SECRET}).decode())
    assert verdict.verdict == "blocked"
    assert verdict.reason
    assert SECRET not in verdict.reason
    assert SECRET[:8] not in repr(verdict)


def test_names_that_are_not_identifiers_are_not_echoed() -> None:
    assert display_name("transfer_funds") == "transfer_funds"
    assert display_name("crm.read:v2") == "crm.read:v2"
    assert display_name(f"leak {SECRET}") == "<invalid name>"
    assert display_name("") == "<invalid name>"
    assert display_name("x" * 200) == "<invalid name>"
    verdict = gate(allowed=["a"]).answer().check(f"leak {SECRET}", "{}")
    assert verdict.name == "<invalid name>"
    assert SECRET not in repr(verdict)


# -- a principal's policy ----------------------------------------------------------------


def test_a_principals_policy_is_compiled_once_per_object() -> None:
    mapping: dict[str, Any] = {"allowed": ["a"]}
    first = principal_policy(mapping)
    assert principal_policy(mapping) is first
    assert principal_policy({"allowed": ["a"]}) is not first  # another object
    model = ToolPolicy(max_calls=1)
    assert principal_policy(model) is principal_policy(model)
    assert principal_policy(first) is first
    assert first.scope == "principal.tools"
    with pytest.raises(ValidationError):
        principal_policy({"allowed": "not a list", "nope": 1})


def test_reasons_name_the_argument_path_as_the_arguments_object_holds_it() -> None:
    paths = [
        ("amount", "arguments.amount"),
        ("$.a.b", "arguments.a.b"),
        ('$["x y"]', 'arguments["x y"]'),
        ("items[*].p", "arguments.items[*].p"),
    ]
    for arg, shown in paths:
        verdict = gate(rules=[rule(arg=arg, required=True)]).answer().check("pay", "{}")
        assert verdict.reason == f"{shown} is missing"
