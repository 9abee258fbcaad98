"""Output guard for streamed answers: a sliding window, never the whole answer held back.

``feed(chunk)`` returns the text that is safe to release now; ``finish()`` the rest.
Only the last ``hold`` characters (the longest span a finding of any windowed scanner can
cover) stay unreleased, plus any match still growing at the end of the text, and never
more than ``max_hold_chars``. Scanners that need the whole answer (``max_span is None``,
e.g. JSON validation) run once in ``finish()`` on a copy kept for them, so their verdict
arrives after the text was released: the gateway can only report it (error event, log).

Order in the gateway: stream guard first, then the vault's ``StreamRestorer`` if the
prompt was anonymized reversibly (so restored user data is not redacted again).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from aire.guard.pipeline import Pipeline, Step
from aire.guard.redact import non_overlapping
from aire.guard.types import Finding, ScanContext

__all__ = ["StreamGuard"]

_clock = time.perf_counter
#: Characters of already-released text kept as left context (word boundaries, prefixes).
_CONTEXT_CHARS = 64


@dataclass(slots=True)
class _State:
    context: str = ""  # tail of the raw released text
    pending: str = ""  # raw text not yet released
    released: int = 0  # raw characters released so far
    full: list[str] | None = None
    findings: list[Finding] = field(default_factory=list)
    blocked_by: Finding | None = None


class StreamGuard:
    """One streamed response. Not thread-safe; make one per response with ``Guard.stream``."""

    def __init__(
        self,
        pipeline: Pipeline,
        ctx: ScanContext | None = None,
        *,
        max_hold_chars: int = 4096,
        min_step_chars: int = 64,
    ) -> None:
        self.pipeline = pipeline
        self.ctx = ctx if ctx is not None else ScanContext()
        self._windowed: tuple[Step, ...] = tuple(
            s for s in pipeline.steps if s.scanner.max_span is not None
        )
        self._whole: tuple[Step, ...] = tuple(
            s for s in pipeline.steps if s.scanner.max_span is None
        )
        self.hold = max((s.scanner.max_span or 0 for s in self._windowed), default=0)
        self.max_hold_chars = max(max_hold_chars, self.hold)
        self.min_step_chars = min_step_chars
        self._s = _State(full=[] if self._whole else None)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Findings so far; spans are offsets in the raw (unredacted) answer."""
        return tuple(self._s.findings)

    @property
    def blocked(self) -> bool:
        return self._s.blocked_by is not None

    @property
    def blocked_by(self) -> Finding | None:
        return self._s.blocked_by

    @property
    def held_chars(self) -> int:
        return len(self._s.pending)

    def feed(self, chunk: str) -> str:
        """Take the next chunk; return what can be sent to the client now ("" if blocked)."""
        s = self._s
        if s.blocked_by is not None:
            return ""
        if s.full is not None:
            s.full.append(chunk)
        s.pending += chunk
        if len(s.pending) < self.hold + self.min_step_chars:
            return ""
        return self._advance(final=False)

    def finish(self) -> str:
        """End of the answer: the rest of the text; whole-text scanners run now."""
        s = self._s
        out = "" if s.blocked_by is not None else self._advance(final=True)
        if s.full is not None and s.blocked_by is None:
            whole = "".join(s.full)
            for step in self._whole:
                start = _clock()
                result = step.scanner.scan(whole, self.ctx)
                elapsed = _clock() - start
                blocks = not result.valid and step.action == "block"
                if not result.valid:
                    s.findings.extend(result.findings)
                    if blocks and s.blocked_by is None:
                        s.blocked_by = (
                            result.findings[0] if result.findings else Finding(step.name, 0, 0)
                        )
                self._observe(step, elapsed, result.findings, blocks)
        return out

    def _observe(
        self, step: Step, elapsed_s: float, findings: tuple[Finding, ...], blocked: bool
    ) -> None:
        observer = self.pipeline.observer
        if observer is not None:
            observer.observe(
                self.pipeline.policy, self.pipeline.family, step.name, step.action,
                elapsed_s, findings, blocked,
            )  # fmt: skip

    def _advance(self, *, final: bool) -> str:
        s = self._s
        window = s.context + s.pending
        base = len(s.context)
        end = len(window)
        cut = end if final else end - self.hold
        found: list[tuple[Step, Finding]] = []
        timings: list[float] = []
        for step in self._windowed:
            start = _clock()
            result = step.scanner.scan(window, self.ctx)
            timings.append(_clock() - start)
            for f in result.findings:
                if f.end <= base:
                    continue  # in text released earlier: already handled
                found.append((step, f))
                if step.action == "block" and s.blocked_by is None:
                    s.blocked_by = f.shifted(s.released - base)
        moved = not final
        while moved:  # a match that reaches past the cut may still grow: hold all of it
            moved = False
            for _, f in found:
                if f.start < cut < f.end:
                    cut, moved = f.start, True
        if s.blocked_by is not None:
            s.findings.extend(f.shifted(s.released - base) for _, f in found)
            self._report(timings, found)
            s.pending = ""
            s.full = None
            return ""
        if not final:
            cut = max(cut, base, end - self.max_hold_chars)
        if cut <= base:
            self._report(timings, [])
            return ""
        released_findings = [(st, f) for st, f in found if f.end <= cut or final]
        self._report(timings, released_findings)  # a finding is counted once, when released
        # a forced release (max_hold_chars) may cut through a match: redact its released part
        out = self._redact(window, base, cut, [(st, f) for st, f in found if f.start < cut])
        s.findings.extend(f.shifted(s.released - base) for _, f in released_findings)
        s.released += cut - base
        s.context = window[max(0, cut - _CONTEXT_CHARS) : cut]
        s.pending = window[cut:]
        return out

    def _report(self, timings: list[float], found: list[tuple[Step, Finding]]) -> None:
        for step, elapsed in zip(self._windowed, timings, strict=True):
            mine = tuple(f for st, f in found if st is step)
            self._observe(step, elapsed, mine, bool(mine) and step.action == "block")

    def _redact(self, window: str, base: int, cut: int, found: list[tuple[Step, Finding]]) -> str:
        redacts = [(st, f) for st, f in found if st.action == "redact"]
        if not redacts:
            return window[base:cut]
        parts: list[str] = []
        pos = base
        by_finding = {id(f): st for st, f in redacts}
        for f in non_overlapping(f for _, f in redacts):
            start, stop = max(f.start, base), min(f.end, cut)
            if start < pos or start >= stop:
                continue
            step = by_finding[id(f)]
            parts.append(window[pos:start])
            if f.replacement is not None:
                parts.append(f.replacement)
            else:
                redactor = getattr(step.scanner, "redactor", None)
                value = window[f.start : f.end]
                parts.append(
                    redactor.replacement(f.kind, value, self.ctx)
                    if redactor is not None
                    else f"<{f.kind.upper()}>"
                )
            pos = stop
        parts.append(window[pos:cut])
        return "".join(parts)
