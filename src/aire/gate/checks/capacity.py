"""``capacity``: the highest concurrency whose p95 TTFT, p95 latency and error rate stay
within the profile's SLA (``aire.load.search``: doubling, then bisection), against the
peak the profile expects. Below the peak is a FAIL; within one step of it a WARN (the
search's resolution cannot tell them apart)."""

from __future__ import annotations

import asyncio
from typing import Any

from aire.config.load import CapacityConfig, LoadConfig
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.probes import probe_config
from aire.gate.profile import Profile
from aire.gate.result import CheckResult

__all__ = ["run"]


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.capacity
    if cfg is None:
        return CheckResult("capacity", "SKIP", "no capacity section (expected_peak_concurrency)")
    if profile.target.url is None and profile.target.llmprobe_config is None:
        return CheckResult("capacity", "SKIP", "capacity needs a live target (target.url)")
    sla = profile.sla
    base = probe_config(profile, ctx.base, cfg.requests_per_step)
    search_cfg = CapacityConfig(
        by="concurrency",
        start=float(cfg.start),
        stop=float(max(cfg.stop, cfg.start)),
        slo_ttft_p95_ms=sla.ttft_p95_ms if sla else None,
        slo_e2e_p95_ms=sla.e2e_p95_ms if sla else None,
        slo_error_rate=sla.max_error_rate if sla and sla.max_error_rate is not None else 0.01,
    )
    found = asyncio.run(_search(base, search_cfg))
    capacity = found.capacity
    peak = cfg.expected_peak_concurrency
    curve = [{"concurrency": s.value, "passed": s.passed, "violations": s.violations}
             for s in found.curve()]  # fmt: skip
    result = CheckResult(
        "capacity", "PASS", "", metrics={"capacity_concurrency": capacity, "expected_peak": peak},
        thresholds={"expected_peak_concurrency": peak, **found.limits},
        details={"curve": curve}, runbook=runbook("queue-pressure"),
    )  # fmt: skip
    if capacity is None or capacity < peak:
        first_bad = next((s for s in found.curve() if not s.passed), None)
        why = f" ({'; '.join(first_bad.violations)} at {first_bad.value:g})" if first_bad else ""
        result.status = "FAIL"
        result.reasons.append(f"capacity {capacity or 0:g} concurrent below the expected peak "
                              f"{peak}{why}")  # fmt: skip
    elif capacity < cfg.stop and capacity < peak + 1:
        result.status = "WARN"
        result.reasons.append(f"capacity {capacity:g} is just at the expected peak {peak}")
    result.summary = "; ".join(result.reasons) or (
        f"capacity {capacity:g} concurrent within the SLA, expected peak {peak}")  # fmt: skip
    return result


async def _search(base: LoadConfig, cap: CapacityConfig) -> Any:
    from aire.load import open_target, search, summarize
    from aire.load.runner import RunResult, run_load

    async with open_target(base) as target:

        async def step(cfg: LoadConfig) -> tuple[RunResult, dict[str, Any]]:
            result = await run_load(cfg, target)
            return result, summarize(result)

        return await search(base, cap, step)
