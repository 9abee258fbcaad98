"""``evals``: an eval suite's result against ``min_pass_rate`` and per-metric bounds.

The suite is ``aire eval run ... --gate-json FILE`` or any command printing the
eval-gate JSON ``{total, passed, pass_rate, metrics}`` (aipreflight's contract; the
command's exit code is ignored unless it left no JSON). With ``total`` and ``passed``
the pass rate gets a Wilson interval: 2 of 2 cases cannot show 90%, and the check says
so (WARN, with the number of cases that would decide it) instead of passing.
"""

from __future__ import annotations

import math
from typing import Any

from aire.errors import GateRunError
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Bounds, Profile
from aire.gate.result import CheckResult, Status, worst
from aire.stats import compare_to_threshold, samples_to_decide, wilson

__all__ = ["eval_result", "gate_metrics", "run"]


def eval_result(profile: Profile, ctx: GateContext) -> dict[str, Any]:
    """The suite's parsed JSON (one run, shared with the rag check)."""
    assert profile.evals is not None
    out = ctx.run_json("evals", profile.evals)
    data = out.data
    if not isinstance(data, dict):
        raise GateRunError(f"evals: {out.source} printed JSON that is not an object")
    for key in ("total", "passed", "pass_rate"):
        v = data.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int | float)):
            raise GateRunError(f"evals: '{key}' must be a number, got {v!r} ({out.source})")
    metrics = data.get("metrics")
    if metrics is not None and not isinstance(metrics, dict):
        raise GateRunError(f"evals: 'metrics' must be an object ({out.source})")
    return data


def pass_rate(data: dict[str, Any]) -> float | None:
    if data.get("pass_rate") is not None:
        return float(data["pass_rate"])
    total, passed = data.get("total"), data.get("passed")
    if total and passed is not None:
        return float(passed) / float(total)
    return None


def gate_metrics(
    reported: dict[str, Any], gates: dict[str, Bounds], reasons: list[str], shown: list[str]
) -> Status:
    status: Status = "PASS"
    for name, bounds in gates.items():
        value = reported.get(name)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            reasons.append(f"metric '{name}' not reported by eval" if value is None
                           else f"metric '{name}' is not a number: {value!r}")  # fmt: skip
            status = "FAIL"
            continue
        shown.append(f"{name}={value:.2f}")
        if bounds.min is not None and value < bounds.min:
            reasons.append(f"{name} {value:.2f} below minimum {bounds.min:.2f}")
            status = "FAIL"
        if bounds.max is not None and value > bounds.max:
            reasons.append(f"{name} {value:.2f} above maximum {bounds.max:.2f}")
            status = "FAIL"
    return status


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.evals
    if cfg is None:
        return CheckResult("evals", "SKIP", "no eval suite configured")
    result = CheckResult("evals", "PASS", "", runbook=runbook("silent-degradation"))
    if cfg.presence_only:
        if cfg.path is not None and not ctx.path(cfg.path).exists():
            return CheckResult("evals", "FAIL", f"eval path not found: {cfg.path}")
        return CheckResult(
            "evals", "PASS",
            f"eval suite configured: {cfg.command!r} (add min_pass_rate/metrics to gate on it)",
        )  # fmt: skip
    data = eval_result(profile, ctx)
    rate = pass_rate(data)
    total, passed = data.get("total"), data.get("passed")
    reported = data.get("metrics") or {}
    result.metrics = {"pass_rate": rate, "total": total, "passed": passed, **{
        f"metric.{k}": v for k, v in reported.items() if isinstance(v, int | float)}}  # fmt: skip
    result.thresholds = {"min_pass_rate": cfg.min_pass_rate,
                         "metrics": {k: b.model_dump(exclude_none=True)
                                     for k, b in cfg.metrics.items()}}  # fmt: skip
    result.details = {"reported_metrics": reported, "total": total, "passed": passed}
    statuses: list[Status] = []
    shown: list[str] = []
    if cfg.min_pass_rate is not None:
        if rate is None:
            result.reasons.append("min_pass_rate set but the eval reported no pass rate")
            statuses.append("FAIL")
        else:
            shown.append(f"pass rate {rate:.0%} (min {cfg.min_pass_rate:.0%})")
            statuses.append(_rate(result, rate, total, passed, cfg.min_pass_rate, cfg.confidence))
    elif rate is not None:
        shown.append(f"pass rate {rate:.0%}")
    statuses.append(gate_metrics(reported, cfg.metrics, result.reasons, shown))
    if rate is None and not cfg.metrics and not statuses[:-1]:
        result.reasons.append("eval ran but reported nothing to gate on")
        statuses.append("WARN")
    result.status = worst(*statuses)
    lead = "quality gate passed: " if result.status == "PASS" else ""
    said = result.reasons + result.warnings
    result.summary = "; ".join(said) or lead + (", ".join(shown) or "eval completed")
    return result


def _rate(
    result: CheckResult, rate: float, total: Any, passed: Any, limit: float, level: float
) -> Status:
    if rate < limit:
        result.reasons.append(f"pass rate {rate:.0%} below minimum {limit:.0%}")
        return "FAIL"
    if not isinstance(total, int) or not isinstance(passed, int) or not 0 <= passed <= total:
        return "PASS"  # no case counts: no interval
    iv = wilson(passed, total, level)
    result.intervals["pass_rate"] = iv
    if compare_to_threshold(iv, limit) == "undecided":
        need = samples_to_decide(passed, total, limit, level=level)
        tail = f"about {need} cases at this rate would decide it" if need else (
            "more cases would decide it")  # fmt: skip
        result.warnings.append(
            f"pass rate {rate:.0%} of {total} cases meets {limit:.0%} but its {level:.0%} "
            f"interval [{iv.low:.0%}, {iv.high:.0%}] crosses it: {tail}"
        )
        return "WARN"
    return "PASS"
