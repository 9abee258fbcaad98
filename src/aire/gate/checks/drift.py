"""``drift``: no drift alarm against a reference (``aire drift REF CUR``, which exits 1
on drift and prints JSON, or any command or file like it). The JSON decides when it says
``drift``/``drifted``/``alarm`` (top level or per feature in ``features``/``results``);
otherwise the command's exit code does (0 none, 1 drift)."""

from __future__ import annotations

from typing import Any

from aire.errors import GateRunError
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult

__all__ = ["alarms", "run"]

_FLAGS = ("drift", "drifted", "alarm")


def alarms(data: Any, name: str = "") -> dict[str, bool]:
    """Drift flags by signal. A verdict at the top (``aire drift``'s ``drift``: the share
    of drifted columns reached its threshold) decides alone; its drifted columns are
    named in the finding."""
    if isinstance(data, dict) and not name:
        for k in _FLAGS:
            if isinstance(data.get(k), bool):
                cols = data.get("drifted_columns")
                label = (
                    ", ".join(map(str, cols))
                    if data[k] and isinstance(cols, list) and cols
                    else "overall"
                )
                return {label: data[k]}
    out: dict[str, bool] = {}
    if isinstance(data, dict):
        for k in _FLAGS:
            if isinstance(data.get(k), bool):
                label = data.get("name") or data.get("column") or data.get("feature") or name
                out[str(label or "overall")] = data[k]
                break
        for k, v in data.items():
            if isinstance(v, dict | list):
                out.update(alarms(v, k if isinstance(v, dict) else name or k))
    elif isinstance(data, list):
        for item in data:
            out.update(alarms(item, name))
    return out


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.drift
    if cfg is None:
        return CheckResult("drift", "SKIP", "no drift section (e.g. command: aire drift REF CUR)")
    out = ctx.run_json("drift", cfg)
    found = alarms(out.data)
    if not found:
        if out.exit_code not in (0, 1):
            raise GateRunError(f"drift: {out.source} exited {out.exit_code} with no verdict")
        found = {"overall": out.exit_code == 1}
    drifted = sorted(k for k, v in found.items() if v)
    return CheckResult(
        "drift", "FAIL" if drifted else "PASS",
        f"drift alarm: {', '.join(drifted)}" if drifted else
        f"no drift alarm ({len(found)} signal(s) checked)",
        metrics={"alarms": len(drifted), "signals": len(found)},
        reasons=[f"drift alarm: {', '.join(drifted)}"] if drifted else [],
        runbook=runbook("silent-degradation"),
    )  # fmt: skip
