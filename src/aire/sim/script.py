"""Script mode: rules ``prompt regex -> response`` from a JSONL or YAML file.

Each rule: ``match`` (a regular expression searched in the last user message; write
``(?i)`` for case-insensitive), and one of ``response`` (text; with ``expand: true``
it may use ``\\1`` or ``\\g<name>`` from the match), ``json`` (any JSON value, sent as
its text) or ``tool_call`` (``{name, arguments}``). Optional: ``models`` (only for these
model names), ``finish_reason``. The first rule that matches wins; with no match the
simulator answers as in random mode.

YAML files hold a list of rules or ``{rules: [...]}``; JSONL files hold one rule per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import Field, field_validator, model_validator

from aire.config.base import Model
from aire.config.loader import LineMap, parse_yaml, validate_config
from aire.errors import ConfigError, InputFileError
from aire.jsonl import read_jsonl

__all__ = ["Rule", "Script", "ScriptMatch", "load_script"]


class ToolCallSpec(Model):
    name: str = Field(min_length=1)
    arguments: dict[str, Any] = Field(default_factory=dict)


class Rule(Model):
    match: str
    response: str | None = None
    json_: Any = Field(None, alias="json")
    tool_call: ToolCallSpec | None = None
    expand: bool = False
    models: tuple[str, ...] = ()
    finish_reason: Literal["stop", "length"] | None = None

    @field_validator("match")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    @model_validator(mode="after")
    def _one_answer(self) -> Rule:
        given = [x is not None for x in (self.response, self.json_, self.tool_call)]
        if sum(given) != 1:
            raise ValueError("a rule needs exactly one of response, json, tool_call")
        return self


class _Rules(Model):
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class ScriptMatch:
    text: str | None
    tool_call: ToolCallSpec | None
    finish_reason: str | None


class Script:
    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._compiled = [re.compile(rule.match) for rule in rules]

    def match(self, prompt: str, model: str) -> ScriptMatch | None:
        for rule, pattern in zip(self.rules, self._compiled, strict=True):
            if rule.models and model not in rule.models:
                continue
            m = pattern.search(prompt)
            if m is None:
                continue
            if rule.tool_call is not None:
                return ScriptMatch(None, rule.tool_call, "tool_calls")
            if rule.json_ is not None:
                return ScriptMatch(orjson.dumps(rule.json_).decode(), None, rule.finish_reason)
            text = rule.response or ""
            if rule.expand:
                try:
                    text = m.expand(text)
                except (re.error, IndexError) as exc:
                    raise ConfigError(f"script rule {rule.match!r}: cannot expand: {exc}") from None
            return ScriptMatch(text, None, rule.finish_reason)
        return None


def load_script(path: str | Path) -> Script:
    """Load rules; errors name the file, the line and the rule's field."""
    p = Path(path)
    source = str(path)
    if p.suffix == ".jsonl":
        rules: list[Any] = []
        lines = LineMap()
        try:
            for record in read_jsonl(p):
                rules.append(record.value)
                lines.record(("rules", len(rules) - 1), record.line)
        except InputFileError as exc:  # the script is part of the sim's config
            message = exc.message if exc.line else f"cannot read script file: {exc.message}"
            raise ConfigError(message, file=source, line=exc.line) from None
        data: Any = {"rules": rules}
    else:
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ConfigError("not UTF-8 text", file=source) from None
        except OSError as exc:
            reason = exc.strerror or exc
            raise ConfigError(f"cannot read script file: {reason}", file=source) from None
        data, lines = parse_yaml(text, source=source)
        if data is None:  # an empty file
            data = {}
        if isinstance(data, list):
            data, lines = {"rules": data}, lines.prefixed(("rules",))
    parsed = validate_config(_Rules, data, source=source, lines=lines)
    if not parsed.rules:
        raise ConfigError("the script has no rules", file=source)
    return Script(parsed.rules)
