"""Guard metrics without a metrics library: plain counters the gateway exports.

``GuardMetrics`` is the default observer of a compiled guard. It counts scans, findings
by kind, blocks, and latency per scanner; ``snapshot()`` returns them as rows the gateway
turns into Prometheus series (or anything else). Any object with ``observe`` can replace
it, e.g. to feed prometheus_client directly.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol

from aire.guard.types import Action, Family, Finding

__all__ = ["LATENCY_BUCKETS_S", "GuardMetrics", "GuardObserver", "MetricsSnapshot"]

#: Upper bounds of the latency histogram, in seconds (scanners run in microseconds).
LATENCY_BUCKETS_S: tuple[float, ...] = (
    0.00001, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25,
)  # fmt: skip


class GuardObserver(Protocol):
    """Called once per scanner run (also inside stream guards)."""

    def observe(
        self,
        policy: str,
        family: Family,
        scanner: str,
        action: Action,
        elapsed_s: float,
        findings: tuple[Finding, ...],
        blocked: bool,
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class MetricsSnapshot:
    #: (policy, family, scanner) -> runs
    scans: dict[tuple[str, str, str], int]
    #: (policy, family, scanner, kind, action) -> findings
    findings: dict[tuple[str, str, str, str, str], int]
    #: (policy, family, scanner, kind) -> blocked requests
    blocks: dict[tuple[str, str, str, str], int]
    #: (policy, family, scanner) -> (bucket counts, cumulative per LATENCY_BUCKETS_S + inf; sum)
    latency: dict[tuple[str, str, str], tuple[tuple[int, ...], float]]


class GuardMetrics:
    """In-process counters; updates are plain dict increments (cheap, GIL-safe enough)."""

    def __init__(self) -> None:
        self._scans: dict[tuple[str, str, str], int] = {}
        self._findings: dict[tuple[str, str, str, str, str], int] = {}
        self._blocks: dict[tuple[str, str, str, str], int] = {}
        self._buckets: dict[tuple[str, str, str], list[int]] = {}
        self._sums: dict[tuple[str, str, str], float] = {}

    def observe(
        self,
        policy: str,
        family: Family,
        scanner: str,
        action: Action,
        elapsed_s: float,
        findings: tuple[Finding, ...],
        blocked: bool,
    ) -> None:
        key = (policy, family, scanner)
        self._scans[key] = self._scans.get(key, 0) + 1
        buckets = self._buckets.get(key)
        if buckets is None:
            buckets = self._buckets[key] = [0] * (len(LATENCY_BUCKETS_S) + 1)
        buckets[bisect.bisect_left(LATENCY_BUCKETS_S, elapsed_s)] += 1
        self._sums[key] = self._sums.get(key, 0.0) + elapsed_s
        for f in findings:
            fkey = (policy, family, scanner, f.kind, action)
            self._findings[fkey] = self._findings.get(fkey, 0) + 1
        if blocked and findings:
            bkey = (policy, family, scanner, findings[0].kind)
            self._blocks[bkey] = self._blocks.get(bkey, 0) + 1

    def snapshot(self) -> MetricsSnapshot:
        latency: dict[tuple[str, str, str], tuple[tuple[int, ...], float]] = {}
        for key, counts in self._buckets.items():
            cumulative: list[int] = []
            total = 0
            for c in counts:
                total += c
                cumulative.append(total)
            latency[key] = (tuple(cumulative), self._sums[key])
        return MetricsSnapshot(dict(self._scans), dict(self._findings), dict(self._blocks), latency)
