"""Configuration of the guardrails (section ``guard:``): named policies of scanners.

```yaml
guard:
  default_policy: strict
  policies:
    strict:
      input:
        - invisible_text                       # shorthand: the scanner's default action
        - {scanner: prompt_injection, action: block, params: {threshold: 0.6}}
        - {scanner: pii, action: redact, redact: reversible}
      output:
        - {scanner: secrets, action: redact}
        - {scanner: json, action: log}
      tools:                                   # action guardrails (aire.config.tools)
        allowed: [search, "crm.*"]
        rules: [{tool: transfer_funds, arg: amount, max: 100}]
```

A scanner's ``params`` are checked against that scanner's own model when the policy is
compiled (``aire.guard.compile_policy``), so a typo fails at start-up.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from aire.config.base import FieldError, Model
from aire.config.tools import ToolPolicy

__all__ = ["DEFAULT_INPUT", "DEFAULT_OUTPUT", "GuardConfig", "GuardPolicy", "ScannerSpec"]


class ScannerSpec(Model):
    """One scanner in a policy: which one, what to do with its findings, its parameters."""

    scanner: str = Field(description="registry name (pii, secrets, ...) or 'module:Class'")
    action: Literal["block", "redact", "log"] | None = Field(
        None, description="what a finding does; default: the scanner's own default"
    )
    redact: Literal["mask", "hash", "reversible"] = Field(
        "mask", description="how redact replaces a span: <EMAIL>, <EMAIL:hash>, [EMAIL_1]"
    )
    id: str | None = Field(None, description="name in findings and metrics (default: scanner)")
    params: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"scanner": data} if isinstance(data, str) else data


DEFAULT_INPUT: tuple[ScannerSpec, ...] = (
    ScannerSpec(scanner="invisible_text", action="redact"),
    ScannerSpec(scanner="prompt_injection", action="block"),
    ScannerSpec(scanner="secrets", action="block"),
    ScannerSpec(scanner="pii", action="redact"),
)
DEFAULT_OUTPUT: tuple[ScannerSpec, ...] = (
    ScannerSpec(scanner="secrets", action="redact"),
    ScannerSpec(scanner="canary", action="block"),
    ScannerSpec(scanner="json", action="log"),
    ScannerSpec(scanner="refusal", action="log"),
)


class GuardPolicy(Model):
    """Input and output scanners run, in order, on every request of an alias using it."""

    input: tuple[ScannerSpec, ...] = DEFAULT_INPUT
    output: tuple[ScannerSpec, ...] = DEFAULT_OUTPUT
    fail_fast: bool = Field(True, description="stop at the first scanner that blocks")
    hash_salt: str = Field("", description="salt of redact: hash (set it to a secret)")
    stream_max_hold_chars: int = Field(
        4096, ge=64, description="a stream guard never holds back more than this"
    )
    tools: ToolPolicy | None = Field(
        None, description="which of the model's tool calls pass (action guardrails)"
    )


class GuardConfig(Model):
    """Named guard policies; gateway aliases refer to them by name."""

    default_policy: str = "default"
    policies: dict[str, GuardPolicy] = Field(default_factory=lambda: {"default": GuardPolicy()})

    @model_validator(mode="after")
    def _default_exists(self) -> GuardConfig:
        if self.default_policy not in self.policies:
            known = ", ".join(sorted(self.policies)) or "none"
            raise FieldError(
                f"default_policy {self.default_policy!r} is not a policy (known: {known}); "
                "set guard.default_policy to one of them (the policy `aire guard scan` uses "
                f"without --policy), or define a policy named {self.default_policy!r}",
                "default_policy",
            )
        return self
