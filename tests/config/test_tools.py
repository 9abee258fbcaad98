"""``guard.policies.<name>.tools``: rule shapes, and mistakes named with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config.guard import GuardConfig
from aire.config.loader import load_section
from aire.config.tools import ToolPolicy
from aire.errors import ConfigError

HEAD = "guard:\n  default_policy: p\n  policies:\n    p:\n      tools:\n"


def load(tmp_path: Path, tools: str) -> GuardConfig:
    path = tmp_path / "aire.yaml"
    path.write_text(HEAD + tools)
    return load_section(path, "guard", GuardConfig)


def error_of(tmp_path: Path, tools: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, tools)
    return info.value.show()


def test_a_full_policy_loads(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        "        allowed: [get_*, transfer_funds]\n"
        "        denied: [transfer_external]\n"
        "        max_calls: 3\n"
        "        malformed_arguments: pass\n"
        "        action: log\n"
        "        rules:\n"
        "          - {tool: transfer_funds, arg: amount, min: 0.01, max: 100, required: true}\n"
        "          - {tool: transfer_funds, arg: currency, enum: [USD, EUR]}\n"
        "          - {tool: send, arg: 'to[*]', regex: '.+@example\\.com', id: internal-only}\n"
        "          - {tool: refund, schema: {type: object, required: [order]}}\n"
        "          - {tool: 'transfer_*', max_calls: 1}\n",
    )
    tools = config.policies["p"].tools
    assert tools is not None
    assert tools.allowed == ("get_*", "transfer_funds")
    assert (tools.max_calls, tools.action, tools.malformed_arguments) == (3, "log", "pass")
    assert [r.tool for r in tools.rules] == [
        "transfer_funds", "transfer_funds", "send", "refund", "transfer_*",
    ]  # fmt: skip
    assert tools.rules[3].schema_ == {"type": "object", "required": ["order"]}
    assert tools.rules[2].id == "internal-only"


def test_defaults() -> None:
    tools = ToolPolicy()
    assert tools.allowed is None  # any name
    assert tools.denied == ()
    assert tools.max_calls is None
    assert tools.malformed_arguments == "block"
    assert tools.action == "block"
    assert tools.max_arguments_chars == 262_144
    assert GuardConfig().policies["default"].tools is None


@pytest.mark.parametrize(
    ("rules", "line", "says"),
    [
        ("{tool: t, arg: 'a..b', max: 1}", 7, "expected a name at position 2"),
        ("{tool: t, arg: a, regex: '(unclosed'}", 7, "not a valid regular expression"),
        ("{tool: t, arg: a, not_regex: '*'}", 7, "not a valid regular expression"),
        ("{tool: t, max: 3}", 7, "max needs arg"),
        ("{tool: t, required: true}", 7, "required needs arg"),
        ("{tool: t, arg: a}", 7, "has no check"),
        ("{tool: t}", 7, "the rule checks nothing"),
        ("{tool: t, arg: a, min: 5, max: 1}", 7, "min 5 is above max 1"),
        ("{tool: t, arg: a, schema: {type: object}}", 7, "without arg"),
        ("{tool: t, schema: {type: 12}}", 7, "not a valid JSON Schema"),
        ("{tool: t, arg: a, enum: []}", 7, "enum"),
        ("{tool: t, arg: a, maximum: 3}", 7, "unknown field 'maximum'"),
        ("{tool: t, max_calls: -1}", 7, "max_calls"),
        ("{tool: '', max_calls: 1}", 7, "tool"),
    ],
)
def test_a_bad_rule_names_file_line_and_field(
    tmp_path: Path, rules: str, line: int, says: str
) -> None:
    shown = error_of(tmp_path, f"        rules:\n          - {rules}\n")
    assert f"aire.yaml:{line}:" in shown
    assert "guard.policies.p.tools.rules[0]" in shown
    assert says in shown


def test_duplicate_rule_ids_and_bad_policy_fields(tmp_path: Path) -> None:
    shown = error_of(
        tmp_path,
        "        rules:\n"
        "          - {tool: a, max_calls: 1, id: x}\n"
        "          - {tool: b, max_calls: 1, id: x}\n",
    )
    assert "rule id 'x' is used twice" in shown
    assert "malformed_arguments" in error_of(tmp_path, "        malformed_arguments: drop\n")
    assert "action" in error_of(tmp_path, "        action: warn\n")
    assert "max_arguments_chars" in error_of(tmp_path, "        max_arguments_chars: 0\n")
    assert "did you mean 'allowed'" in error_of(tmp_path, "        allow: [x]\n")


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Action guardrails (`tools:`)", 1)[1]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    guard = block[block.index("\nguard:") + 1 :]
    path = tmp_path / "aire.yaml"
    path.write_text(guard)  # as it is: it used to need a default_policy added here
    tools = load_section(path, "guard", GuardConfig).policies["payments"].tools
    assert tools is not None
    assert len(tools.rules) == 7
    assert tools.rules[4].regex == "[^@\\s]+@example\\.com"
