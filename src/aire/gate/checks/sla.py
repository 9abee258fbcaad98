"""``sla``: latency, throughput, errors and healthy-probe rate of a probe sample.

p95s are interpolated (the p95 of 10 probes is not their maximum) with a seeded
bootstrap interval; rates get Wilson intervals. An estimate on the wrong side of its
limit is a FAIL; an estimate that passes while its interval crosses the limit is a WARN
that says how many probes in all would decide it (``aire.stats``). Fewer probes than
``min_probes`` is a FAIL (aipreflight's rule), as are degraded probes a WARN.
"""

from __future__ import annotations

from collections.abc import Sequence

from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult, Status, worst
from aire.stats import (
    Interval,
    bootstrap,
    compare_to_threshold,
    samples_to_decide,
    samples_to_narrow,
    wilson,
)

__all__ = ["run"]


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    sla = profile.sla
    if sla is None:
        return CheckResult("sla", "SKIP", "no sla section in the profile")
    if not ctx.has_probes():
        return CheckResult("sla", "SKIP", "no target and no --probes file to score")
    sample = ctx.probes()
    probes = sample.probes
    n = len(probes)
    counts = {s: sum(p.status == s for p in probes) for s in ("healthy", "degraded", "error")}
    result = CheckResult(
        "sla", "PASS", "", runbook=runbook("high-ttft"),
        details={"source": sample.source, "statuses": counts, "probes": n},
        thresholds=sla.model_dump(exclude_none=True),
    )  # fmt: skip
    result.metrics = {"total_probes": n, "statuses": counts}
    if n < sla.min_probes:
        result.status = "FAIL"
        result.reasons.append(f"insufficient data: {n} probes (need {sla.min_probes})")
        result.summary = result.reasons[0]
        return result
    ok = [p for p in probes if p.status != "error"]
    level = sla.confidence
    statuses: list[Status] = []

    def rate(name: str, k: int, limit: float | None, higher: bool, label: str) -> None:
        iv = wilson(k, n, level)
        result.metrics[name] = iv.estimate
        result.intervals[name] = iv
        if limit is None:
            return
        statuses.append(
            _judge(
                result,
                iv,
                limit,
                higher,
                label,
                lambda: _rate_more(k, n, limit, higher, level),
                "%",
            )
        )

    def quantile(name: str, values: Sequence[float], q: float, limit: float | None,
                 higher: bool, label: str, unit: str) -> None:  # fmt: skip
        if not values:
            result.metrics[name] = None
            return
        iv = bootstrap(values, "percentile", level=level, q=q, seed=0)
        result.metrics[name] = iv.estimate
        result.intervals[name] = iv
        if limit is None:
            return
        more = lambda: samples_to_narrow(iv, limit, len(values), higher)  # noqa: E731
        statuses.append(_judge(result, iv, limit, higher, label, more, unit))

    rate("pass_rate", counts["healthy"], sla.min_pass_rate, True, "healthy-probe rate")
    rate("error_rate", counts["error"], sla.max_error_rate, False, "error rate")
    ttfts = [p.ttft_ms for p in ok if p.ttft_ms is not None]
    lat = [p.latency_ms for p in ok if p.latency_ms is not None]
    tps = [p.tokens_per_sec for p in ok if p.tokens_per_sec is not None]
    quantile("ttft_ms_p95", ttfts, 95, sla.ttft_p95_ms, False, "TTFT p95", " ms")
    quantile("latency_ms_p95", lat, 95, sla.e2e_p95_ms, False, "latency p95", " ms")
    quantile("throughput_p50", tps, 50, sla.min_throughput_tok_s, True, "throughput p50", " tok/s")
    if counts["degraded"] and sla.warn_on_degraded:
        statuses.append("WARN")
        result.warnings.append(
            f"{counts['degraded']}/{n} probes degraded ({counts['degraded'] / n:.0%}): within "
            "the gate, worth watching under load"
        )
    if sample.summary is not None:
        result.details["load_summary"] = sample.summary
    result.status = worst("PASS", *statuses)
    if result.status == "FAIL" and counts["error"] and not any("TTFT" in r for r in result.reasons):
        result.runbook = runbook("error-spikes")
    said = result.reasons + result.warnings
    result.summary = "; ".join(said) if said else _ok_summary(result, n)
    return result


def _rate_more(k: int, n: int, limit: float, higher: bool, level: float) -> int | None:
    return samples_to_decide(k, n, limit, higher_is_better=higher, level=level)


def _judge(result: CheckResult, iv: Interval, limit: float, higher: bool, label: str,
           more: object, unit: str) -> Status:  # fmt: skip
    verdict = compare_to_threshold(iv, limit, higher_is_better=higher)
    shown = _fmt(iv.estimate, unit)
    bound = _fmt(limit, unit)
    if verdict == "fail":
        side = "below minimum" if higher else "above limit"
        result.reasons.append(f"{label} {shown} {side} {bound}")
        return "FAIL"
    if verdict == "undecided":
        need = more() if callable(more) else None
        ci = f"[{_fmt(iv.low, unit)}, {_fmt(iv.high, unit)}]"
        tail = (f"about {need} probes in all would decide it" if need
                else "more probes would decide it")  # fmt: skip
        result.warnings.append(
            f"{label} {shown} passes {bound} but its {iv.level:.0%} interval {ci} crosses it: "
            + tail
        )
        return "WARN"
    return "PASS"


def _fmt(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.1%}"
    return f"{value:.1f}{unit}"


def _ok_summary(result: CheckResult, n: int) -> str:
    m = result.metrics
    parts = [f"{n} probes"]
    if m.get("ttft_ms_p95") is not None:
        parts.append(f"TTFT p95 {m['ttft_ms_p95']:.0f} ms")
    if m.get("latency_ms_p95") is not None:
        parts.append(f"latency p95 {m['latency_ms_p95']:.0f} ms")
    parts.append(f"error rate {m['error_rate']:.1%}")
    return "within SLA: " + ", ".join(parts)
