"""Steps over load values: a sweep over given values, and the capacity search.

The capacity of an endpoint is the highest concurrency (or rate) whose p95 latencies and
error rate stay within the limits. The search doubles from ``start`` until a step fails,
then bisects between the last passing and the first failing value; every step it ran is
reported, so the measured curve (and its knee) is visible, not just the answer.

A step whose run was interrupted (``RunResult.interrupted``) ends the sweep or the search:
the steps completed before it are kept, the cut-short one is left out, and a search
reports the highest value that passed so far (``CapacityResult.interrupted``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aire.config.load import CapacityConfig, LoadConfig
from aire.load.runner import RunResult

__all__ = [
    "CAPACITY_SCHEMA",
    "SWEEP_SCHEMA",
    "CapacityResult",
    "Step",
    "check_limits",
    "search",
    "sweep",
]

CAPACITY_SCHEMA = "aire.load.capacity/1"
SWEEP_SCHEMA = "aire.load.sweep/1"

#: runs one step: the load config for that value -> its summary
RunStep = Callable[[LoadConfig], Awaitable[tuple[RunResult, dict[str, Any]]]]


@dataclass(slots=True)
class Step:
    value: float
    summary: dict[str, Any]
    violations: list[str]

    @property
    def passed(self) -> bool:
        return not self.violations


@dataclass(slots=True)
class CapacityResult:
    by: str
    limits: dict[str, float | None]
    capacity: float | None
    steps: list[Step] = field(default_factory=list)
    interrupted: bool = False  # the search was cut short: capacity is a lower bound

    def curve(self) -> list[Step]:
        return sorted(self.steps, key=lambda s: s.value)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": CAPACITY_SCHEMA,
            "by": self.by,
            "limits": self.limits,
            "capacity": self.capacity,
            "interrupted": self.interrupted,
            "curve": [
                {
                    "value": s.value,
                    "passed": s.passed,
                    "violations": s.violations,
                    "summary": s.summary,
                }
                for s in self.curve()
            ],
        }


class _Interrupted(Exception):
    """A step of the search was interrupted."""


def limits_of(cap: CapacityConfig) -> dict[str, float | None]:
    return {
        "ttft_p95_ms": cap.slo_ttft_p95_ms,
        "itl_p95_ms": cap.slo_itl_p95_ms,
        "e2e_p95_ms": cap.slo_e2e_p95_ms,
        "error_rate": cap.slo_error_rate,
    }


def check_limits(summary: dict[str, Any], limits: dict[str, float | None]) -> list[str]:
    """What in ``summary`` breaks ``limits``, as readable lines (empty: within limits)."""
    out = []
    lat = summary["latency_ms"]
    for key, metric in (("ttft_p95_ms", "ttft"), ("itl_p95_ms", "itl"), ("e2e_p95_ms", "e2e")):
        limit, value = limits.get(key), lat[metric]["p95"]
        if limit is not None and value is not None and value > limit:
            out.append(f"p95 {metric} {value:.1f} ms > {limit:g} ms")
    limit, rate = limits.get("error_rate"), summary["error_rate"]
    if limit is not None and rate is not None and rate > limit:
        out.append(f"error rate {rate:.1%} > {limit:.1%}")
    if not summary["requests"]["ok"]:
        out.append("no request succeeded")
    if summary["stopped_early"]:
        out.append(f"stopped early: {summary['stopped_early']}")
    return out


def step_config(base: LoadConfig, by: str, value: float) -> LoadConfig:
    if by == "concurrency":
        return base.model_copy(update={"concurrency": int(value), "rate_rps": None})
    return base.model_copy(update={"rate_rps": float(value)})


async def sweep(
    base: LoadConfig,
    by: str,
    values: Iterable[float],
    run_step: RunStep,
    limits: dict[str, float | None] | None = None,
    on_step: Callable[[Step], None] | None = None,
) -> list[Step]:
    """Run one step per value, in order; stop at a step that was interrupted (left out)."""
    steps = []
    for value in values:
        result, summary = await run_step(step_config(base, by, value))
        if result.interrupted:
            break
        step = Step(value, summary, check_limits(summary, limits) if limits else [])
        steps.append(step)
        if on_step is not None:
            on_step(step)
    return steps


async def search(
    base: LoadConfig,
    cap: CapacityConfig,
    run_step: RunStep,
    on_step: Callable[[Step], None] | None = None,
) -> CapacityResult:
    limits = limits_of(cap)
    result = CapacityResult(by=cap.by, limits=limits, capacity=None)
    if base.max_error_rate is None:  # a step already over the error limit can stop early
        base = base.model_copy(update={"max_error_rate": cap.slo_error_rate})

    async def trial(value: float) -> bool:
        steps = await sweep(base, cap.by, [value], run_step, limits, on_step)
        if not steps:
            raise _Interrupted
        result.steps.append(steps[0])
        return steps[0].passed

    integer = cap.by == "concurrency"
    value = max(1.0, round(cap.start)) if integer else cap.start
    good: float | None = None
    bad: float | None = None
    try:
        while True:
            if await trial(value):
                good = value
                if value >= cap.stop:
                    break
                value = min(value * 2, cap.stop)
            else:
                bad = value
                break
        while good is not None and bad is not None and _wide(good, bad, integer, cap.resolution):
            mid = (good + bad) / 2
            mid = float(int(mid)) if integer else mid
            if await trial(mid):
                good = mid
            else:
                bad = mid
    except _Interrupted:
        result.interrupted = True
    result.capacity = good
    return result


def _wide(good: float, bad: float, integer: bool, resolution: float) -> bool:
    if integer:
        return bad - good > 1
    return (bad - good) / bad > resolution
