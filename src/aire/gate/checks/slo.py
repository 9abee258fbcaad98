"""``slo``: error budget left, from ``aire slo status --json`` (or any command or file
printing it). Every number under a key named ``budget_remaining`` /
``error_budget_remaining`` / ``remaining`` (a fraction of the budget) is one SLO's
budget; the lowest decides: at or under ``min_budget_remaining`` FAIL (spent), under
``warn_budget_remaining`` WARN."""

from __future__ import annotations

from typing import Any

from aire.errors import GateRunError
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult

__all__ = ["budgets", "run"]

_KEYS = ("error_budget_remaining", "budget_remaining", "remaining")


def budgets(data: Any, name: str = "") -> dict[str, float]:
    """``{slo name: remaining}`` found anywhere in the status JSON."""
    out: dict[str, float] = {}
    if isinstance(data, dict):
        label = str(data.get("id") or data.get("name") or data.get("slo") or name or "slo")
        for k in _KEYS:
            v = data.get(k)
            if isinstance(v, int | float) and not isinstance(v, bool):
                out[label] = float(v)
                break
        for k, v in data.items():
            if isinstance(v, dict | list):
                out.update(budgets(v, k if isinstance(v, dict) else name))
    elif isinstance(data, list):
        for item in data:
            out.update(budgets(item, name))
    return out


def _states(data: Any) -> dict[str, str]:
    """``aire slo status``'s per-SLO ``state`` (ok, burning, exhausted, no_data)."""
    slos = data.get("slos") if isinstance(data, dict) else None
    out = {}
    for s in slos if isinstance(slos, list) else []:
        if isinstance(s, dict) and isinstance(s.get("state"), str):
            out[str(s.get("id") or s.get("slo") or s.get("name"))] = s["state"]
    return out


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.slo
    if cfg is None:
        return CheckResult("slo", "SKIP", "no slo section (e.g. command: aire slo status "
                           "--prometheus URL --json)")  # fmt: skip
    out = ctx.run_json("slo", cfg)
    found = budgets(out.data)
    states = _states(out.data)
    if not found:
        if states and all(s == "no_data" for s in states.values()):
            return CheckResult("slo", "WARN", f"no data yet for {', '.join(states)} "
                               "(Prometheus has not recorded the SLO rules)",
                               runbook=runbook("budget-exhaustion"))  # fmt: skip
        raise GateRunError(f"slo: {out.source} reported no error budget remaining")
    name, lowest = min(found.items(), key=lambda kv: kv[1])
    result = CheckResult(
        "slo", "PASS", "", metrics={f"budget_remaining.{k}": v for k, v in found.items()},
        thresholds={"min_budget_remaining": cfg.min_budget_remaining,
                    "warn_budget_remaining": cfg.warn_budget_remaining},
        runbook=runbook("budget-exhaustion"),
    )  # fmt: skip
    exhausted = sorted(k for k, s in states.items() if s == "exhausted")
    if exhausted:
        result.status = "FAIL"
        result.reasons.append(f"error budget exhausted: {', '.join(exhausted)}")
    elif lowest <= cfg.min_budget_remaining:
        result.status = "FAIL"
        result.reasons.append(f"SLO {name}: error budget remaining {lowest:.0%} "
                              f"(at or under {cfg.min_budget_remaining:.0%})")  # fmt: skip
    elif lowest < cfg.warn_budget_remaining:
        result.status = "WARN"
        result.reasons.append(f"SLO {name}: only {lowest:.0%} of the error budget left")
    result.summary = "; ".join(result.reasons) or (
        f"{len(found)} SLO(s), lowest budget remaining {lowest:.0%} ({name})")  # fmt: skip
    return result
