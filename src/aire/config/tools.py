"""Configuration of action guardrails: which tool calls of the model a client may receive.

A ``ToolPolicy`` sits in a guard policy (``guard.policies.<name>.tools``) and may also be
given to a virtual key (the principal's ``tools``); a call must pass both.

```yaml
guard:
  policies:
    payments:
      input: []                        # (a policy's scanners keep their defaults otherwise)
      output: []
      tools:
        allowed: [get_balance, "transfer_*", "crm.*"]   # glob patterns; absent: any name
        denied: [transfer_external]     # wins over allowed
        max_calls: 3                    # per answer (per choice when n > 1)
        malformed_arguments: block      # arguments that are not a JSON object
        rules:
          - {tool: "transfer_*", arg: amount, min: 0.01, max: 100, required: true}
          - {tool: "transfer_*", arg: amount, max_total: 250}   # summed over the answer
          - {tool: "transfer_*", max_calls: 1}
          - {tool: "transfer_*", arg: currency, enum: [USD, EUR]}
          - {tool: send_email, arg: "to[*]", regex: '[^@\\s]+@example\\.com'}
          - {tool: run_sql, arg: query, not_regex: '(?i)\\b(drop|delete)\\b', max_length: 2000}
          - {tool: refund, schema: {type: object, required: [order_id]}}
```

Everything is checked when the file is loaded: glob and regex syntax, argument paths
(``aire.jsonpath``), the JSON Schema of a ``schema`` rule, rules that constrain nothing.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from aire.config.base import Model
from aire.jsonpath import JsonPathError, parse_path

__all__ = ["ToolPolicy", "ToolRule"]

Scalar = str | int | float | bool | None
_VALUE_CHECKS = ("min", "max", "max_total", "enum", "regex", "not_regex", "max_length")


def _regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
    return value


class ToolRule(Model):
    """Constraints on the calls of the tools whose name matches ``tool`` (a glob)."""

    # dumped as written (``schema``), so that a dump validates again (the scan offload)
    model_config = ConfigDict(**Model.model_config, serialize_by_alias=True)

    tool: str = Field(min_length=1, description="tool name or glob pattern (transfer_*)")
    id: str | None = Field(None, description="name of the rule in errors, logs and metrics")
    arg: str | None = Field(
        None, description="JSONPath of an argument: amount, payment.amount, items[*].price"
    )
    required: bool = Field(False, description="the argument must be present")
    min: float | None = Field(None, description="the argument is a number >= min")
    max: float | None = Field(None, description="the argument is a number <= max")
    max_total: float | None = Field(
        None, description="the argument summed over the answer's calls of these tools"
    )
    enum: tuple[Scalar, ...] | None = Field(
        None, min_length=1, description="the argument is one of these values"
    )
    regex: str | None = Field(None, description="a string the pattern matches as a whole")
    not_regex: str | None = Field(None, description="a string with no match of the pattern")
    max_length: int | None = Field(None, ge=0, description="a string of at most this length")
    max_calls: int | None = Field(None, ge=0, description="calls of these tools per answer")
    schema_: dict[str, Any] | None = Field(
        None, alias="schema", description="JSON Schema the whole arguments object must match"
    )

    _check_regex = field_validator("regex", "not_regex")(_regex)

    @field_validator("arg")
    @classmethod
    def _path(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_path(value)
            except JsonPathError as exc:
                raise ValueError(str(exc)) from None
        return value

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            import jsonschema  # only for files with a schema rule (~10 MB of a process)

            try:
                jsonschema.Draft202012Validator.check_schema(value)
            except jsonschema.SchemaError as exc:
                raise ValueError(f"not a valid JSON Schema: {exc.message}") from None
        return value

    @model_validator(mode="after")
    def _coherent(self) -> ToolRule:
        checks = [name for name in _VALUE_CHECKS if getattr(self, name) is not None]
        if (checks or self.required) and self.arg is None:
            raise ValueError(f"{', '.join(checks) or 'required'} needs arg (the argument)")
        if self.schema_ is not None and self.arg is not None:
            raise ValueError("schema applies to the whole arguments: give it without arg")
        if self.arg is not None and not checks and not self.required:
            raise ValueError(f"arg {self.arg!r} has no check (min, max, enum, regex, ...)")
        if self.arg is None and self.schema_ is None and self.max_calls is None:
            raise ValueError("the rule checks nothing: give arg with a check, schema or max_calls")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min:g} is above max {self.max:g}")
        return self


class ToolPolicy(Model):
    """Which tool calls pass, checked on every call before the client receives it."""

    allowed: tuple[str, ...] | None = Field(
        None, description="names or glob patterns that may be called (absent: any)"
    )
    denied: tuple[str, ...] = Field((), description="names or globs never called (wins)")
    max_calls: int | None = Field(None, ge=0, description="tool calls per answer")
    rules: tuple[ToolRule, ...] = ()
    malformed_arguments: Literal["block", "pass"] = Field(
        "block",
        description="arguments that are not a JSON object (duplicate keys included): block "
        "the call, or pass it when no argument rule of this policy reads that tool's "
        "arguments (one that does always blocks: it cannot be checked)",
    )
    max_arguments_chars: int = Field(
        262_144,
        ge=1,
        description="longer arguments are blocked; bounds what a stream holds per call",
    )
    action: Literal["block", "log"] = Field(
        "block", description="log: record and count what would be blocked, block nothing"
    )

    @model_validator(mode="after")
    def _unique_ids(self) -> ToolPolicy:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id is not None:
                if rule.id in seen:
                    raise ValueError(f"rule id {rule.id!r} is used twice")
                seen.add(rule.id)
        return self
