"""A compiled list of scanners run in order over one text.

Each scanner sees the text as the previous ones left it: a ``redact`` scanner passes its
sanitized text on, ``block`` and ``log`` scanners pass the text on unchanged. Finding
spans are offsets in the text that scanner saw. With ``fail_fast`` the first block stops
the run. Every run is timed and reported to the observer.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aire.errors import GuardBlocked
from aire.guard.metrics import GuardObserver
from aire.guard.scanner import Scanner
from aire.guard.types import Action, Family, Finding, ScanContext, ScanResult

__all__ = ["MessagesResult", "Pipeline", "PipelineResult", "ScannerRun", "Step"]

_clock = time.perf_counter


@dataclass(frozen=True, slots=True)
class Step:
    """A scanner with what to do when it finds something."""

    scanner: Scanner
    action: Action

    @property
    def name(self) -> str:
        return self.scanner.name


@dataclass(frozen=True, slots=True)
class ScannerRun:
    name: str
    action: Action
    result: ScanResult
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class PipelineResult:
    """``sanitized`` is what to send on; ``blocked`` says whether to send anything."""

    sanitized: str
    blocked: bool
    valid: bool
    score: float
    findings: tuple[Finding, ...]
    runs: tuple[ScannerRun, ...]
    #: the finding that blocked, if any (its kind is safe to show; its value never is)
    blocked_by: Finding | None = None

    def error(self, family: Family = "input") -> GuardBlocked:
        """The error a server answers with: names the scanner and kind, never the value."""
        f = self.blocked_by
        kind = f.kind if f else "unknown"
        scanner = f.scanner if f else "unknown"
        what = "request" if family == "input" else "response"
        return GuardBlocked(
            f"{what} blocked by guardrail '{scanner}': {kind} detected",
            param="messages" if family == "input" else None,
            kind=kind,
            scanner=scanner,
        )

    def raise_if_blocked(self, family: Family = "input") -> None:
        if self.blocked:
            raise self.error(family)

    def to_dict(self) -> dict[str, Any]:
        return {
            "blocked": self.blocked,
            "valid": self.valid,
            "score": round(self.score, 4),
            "findings": [f.to_dict() for f in self.findings],
            "scanners": {r.name: round(r.elapsed_s * 1e6, 1) for r in self.runs},
        }


@dataclass(frozen=True, slots=True)
class MessagesResult:
    """``messages`` is a new list with sanitized contents (unchanged ones are the originals)."""

    messages: list[dict[str, Any]]
    blocked: bool
    #: (message index, result) for every message that was scanned
    results: tuple[tuple[int, PipelineResult], ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for _, r in self.results for f in r.findings)

    @property
    def blocked_by(self) -> PipelineResult | None:
        return next((r for _, r in self.results if r.blocked), None)

    def raise_if_blocked(self) -> None:
        blocker = self.blocked_by
        if blocker is not None:
            raise blocker.error("input")


class Pipeline:
    """Scanners of one family, compiled once; ``scan`` is synchronous and allocation-light."""

    def __init__(
        self,
        family: Family,
        steps: Sequence[Step],
        *,
        fail_fast: bool = True,
        observer: GuardObserver | None = None,
        policy: str = "default",
    ) -> None:
        self.family: Family = family
        self.steps: tuple[Step, ...] = tuple(steps)
        self.fail_fast = fail_fast
        self.observer = observer
        self.policy = policy

    def __len__(self) -> int:
        return len(self.steps)

    def scan(self, text: str, ctx: ScanContext | None = None) -> PipelineResult:
        ctx = ctx if ctx is not None else ScanContext()
        current = text
        runs: list[ScannerRun] = []
        findings: list[Finding] = []
        blocked_by: Finding | None = None
        valid = True
        score = 0.0
        observer = self.observer
        for step in self.steps:
            start = _clock()
            result = step.scanner.scan(current, ctx)
            elapsed = _clock() - start
            runs.append(ScannerRun(step.name, step.action, result, elapsed))
            blocks = False
            if not result.valid:
                valid = False
                score = max(score, result.score)
                findings.extend(result.findings)
                if step.action == "block":
                    blocks = True
                    if blocked_by is None:
                        blocked_by = result.findings[0] if result.findings else None
                elif step.action == "redact":
                    current = result.sanitized
            if observer is not None:
                observer.observe(
                    self.policy, self.family, step.name, step.action, elapsed,
                    result.findings, blocks,
                )  # fmt: skip
            if blocks and self.fail_fast:
                break
        blocked = any(r.action == "block" and not r.result.valid for r in runs)
        return PipelineResult(
            current, blocked, valid, score, tuple(findings), tuple(runs), blocked_by
        )

    def scan_messages(
        self,
        messages: Sequence[Mapping[str, Any]],
        ctx: ScanContext | None = None,
        *,
        roles: frozenset[str] = frozenset({"user", "tool", "function"}),
    ) -> MessagesResult:
        """Scan the text of chat messages with these ``roles`` (OpenAI shape: ``content``
        a string or a list of ``{"type": "text", "text": ...}`` parts).

        The system prompt is not scanned (the operator wrote it) but is remembered in
        ``ctx.system_prompt`` so output scanners can detect it leaking.
        """
        ctx = ctx if ctx is not None else ScanContext()
        out: list[dict[str, Any]] = []
        results: list[tuple[int, PipelineResult]] = []
        blocked = False
        for i, msg in enumerate(messages):
            role = msg.get("role")
            content = msg.get("content")
            if role in ("system", "developer") and isinstance(content, str):
                ctx.system_prompt = (
                    content if ctx.system_prompt is None else ctx.system_prompt + "\n" + content
                )
            if role not in roles or blocked:
                out.append(dict(msg))
                continue
            if isinstance(content, str):
                res = self.scan(content, ctx)
                results.append((i, res))
                blocked = blocked or res.blocked
                out.append(
                    {**msg, "content": res.sanitized} if res.sanitized != content else dict(msg)
                )
            elif isinstance(content, list):
                parts: list[Any] = []
                for part in content:
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        res = self.scan(part["text"], ctx)
                        results.append((i, res))
                        blocked = blocked or res.blocked
                        parts.append({**part, "text": res.sanitized})
                    else:
                        parts.append(part)
                out.append({**msg, "content": parts})
            else:
                out.append(dict(msg))
        return MessagesResult(out, blocked, tuple(results))
