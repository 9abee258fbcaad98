"""Compile config into guards: scanners built once, at start-up, with validated params."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aire.config.guard import GuardConfig, GuardPolicy, ScannerSpec
from aire.config.loader import validate_config
from aire.errors import ConfigError
from aire.guard.metrics import GuardMetrics, GuardObserver
from aire.guard.pipeline import MessagesResult, Pipeline, PipelineResult, Step
from aire.guard.redact import Redactor
from aire.guard.registry import registry_for
from aire.guard.scanner import BaseScanner
from aire.guard.stream import StreamGuard
from aire.guard.tools import CompiledToolPolicy
from aire.guard.types import Family, ScanContext

__all__ = ["Guard", "build_pipeline", "compile_guards", "compile_policy"]


def build_pipeline(
    specs: Sequence[ScannerSpec],
    family: Family,
    *,
    fail_fast: bool = True,
    hash_salt: str = "",
    observer: GuardObserver | None = None,
    policy: str = "default",
    where: str = "guard",
) -> Pipeline:
    """A pipeline from scanner specs; unknown scanners and bad params raise ConfigError."""
    registry = registry_for(family)
    steps: list[Step] = []
    for i, spec in enumerate(specs):
        loc = f"{where}.{family}[{i}]"
        try:
            cls = registry.get(spec.scanner)
        except ConfigError as exc:
            raise ConfigError(exc.message, path=loc) from None
        if not (isinstance(cls, type) and issubclass(cls, BaseScanner)):
            raise ConfigError(f"{spec.scanner!r} is not a scanner class", path=loc)
        params = validate_config(
            cls.Params, spec.params, source="guard policy", prefix=(*loc.split("."), "params")
        )
        scanner = cls(
            params, name=spec.id or spec.scanner, redactor=Redactor(spec.redact, hash_salt)
        )
        steps.append(Step(scanner, spec.action or cls.default_action))
    return Pipeline(family, steps, fail_fast=fail_fast, observer=observer, policy=policy)


class Guard:
    """A compiled policy: input and output pipelines, and stream guards for answers."""

    def __init__(
        self,
        policy: GuardPolicy,
        *,
        name: str = "default",
        observer: GuardObserver | None = None,
    ) -> None:
        self.name = name
        self.policy = policy
        self.observer: GuardObserver = observer if observer is not None else GuardMetrics()
        common: dict[str, Any] = {
            "fail_fast": policy.fail_fast,
            "hash_salt": policy.hash_salt,
            "observer": self.observer,
            "policy": name,
            "where": f"guard.policies.{name}",
        }
        self.input = build_pipeline(policy.input, "input", **common)
        self.output = build_pipeline(policy.output, "output", **common)
        #: action guardrails: the model's tool calls (None: any call passes)
        self.tools = (
            CompiledToolPolicy(policy.tools, f"guard.policies.{name}.tools")
            if policy.tools is not None
            else None
        )

    @property
    def runs_model(self) -> bool:
        """Whether an input scan may run an embedding model (the prompt_injection
        model tier): then a caller on an event loop scans in a thread."""
        return any(getattr(step.scanner, "runs_model", False) for step in self.input.steps)

    @staticmethod
    def context(**kwargs: Any) -> ScanContext:
        """A fresh per-request context (vault, system prompt, canaries, json_schema...)."""
        return ScanContext(**kwargs)

    def scan_input(self, text: str, ctx: ScanContext | None = None) -> PipelineResult:
        return self.input.scan(text, ctx)

    def scan_messages(
        self, messages: Sequence[Mapping[str, Any]], ctx: ScanContext | None = None
    ) -> MessagesResult:
        return self.input.scan_messages(messages, ctx)

    def scan_output(self, text: str, ctx: ScanContext | None = None) -> PipelineResult:
        return self.output.scan(text, ctx)

    def stream(self, ctx: ScanContext | None = None) -> StreamGuard:
        """A guard for one streamed answer (same ``ctx`` as the request's input scan)."""
        return StreamGuard(self.output, ctx, max_hold_chars=self.policy.stream_max_hold_chars)


def compile_policy(
    policy: GuardPolicy, name: str = "default", observer: GuardObserver | None = None
) -> Guard:
    return Guard(policy, name=name, observer=observer)


def compile_guards(config: GuardConfig, observer: GuardObserver | None = None) -> dict[str, Guard]:
    """Every named policy compiled, sharing one observer (default: a new GuardMetrics)."""
    shared: GuardObserver = observer if observer is not None else GuardMetrics()
    return {name: Guard(p, name=name, observer=shared) for name, p in config.policies.items()}
