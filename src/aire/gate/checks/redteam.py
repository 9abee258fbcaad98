"""``redteam``: the jailbreak success rate of a red-team run (``aire eval redteam
--target URL --seed S``, or any command printing its JSON) below a maximum, with a
Wilson interval when the attack counts are given: 0 of 10 attacks is not proof of a
rate under 5%, and the check says how many attacks would show it.

Read from the JSON: ``jailbreak_success_rate`` (or ``attack_success_rate``,
``success_rate``), and the counts ``total``/``attacks`` and ``succeeded``/``successes``/
``jailbroken``, at the top level or under ``summary``.
"""

from __future__ import annotations

from typing import Any

from aire.errors import GateRunError
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult
from aire.stats import compare_to_threshold, samples_to_decide, wilson

__all__ = ["run"]

_RATE_KEYS = ("jailbreak_success_rate", "attack_success_rate", "success_rate")
_TOTAL_KEYS = ("graded", "total", "attacks", "n")
_HIT_KEYS = ("succeeded", "successes", "jailbroken", "jailbreaks")


def _scopes(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Where the figures may be: the top, ``summary``, ``summary.overall`` (the
    ``--output`` file of ``aire eval redteam``)."""
    out = [data]
    summary = data.get("summary")
    if isinstance(summary, dict):
        out.append(summary)
        if isinstance(summary.get("overall"), dict):
            out.append(summary["overall"])
    return out


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for scope in _scopes(data):
        for k in keys:
            v = scope.get(k)
            if isinstance(v, dict):  # an interval: {estimate, low, high}
                v = v.get("estimate")
            if isinstance(v, int | float) and not isinstance(v, bool) and v == v:
                return v
    return None


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.redteam
    if cfg is None:
        return CheckResult("redteam", "SKIP", "no red-team run configured")
    out = ctx.run_json("redteam", cfg)
    if not isinstance(out.data, dict):
        raise GateRunError(f"redteam: {out.source} printed JSON that is not an object")
    total, hits = _first(out.data, _TOTAL_KEYS), _first(out.data, _HIT_KEYS)
    rate = _first(out.data, _RATE_KEYS)
    if rate is None and total:
        rate = (hits or 0) / total
    if rate is None:
        raise GateRunError(f"redteam: {out.source} reported no jailbreak success rate")
    limit = cfg.max_jailbreak_rate
    result = CheckResult(
        "redteam", "PASS", "", metrics={"jailbreak_success_rate": rate, "attacks": total},
        thresholds={"max_jailbreak_rate": limit}, runbook=runbook("prompt-injection-surge"),
    )  # fmt: skip
    if rate > limit:
        result.status = "FAIL"
        result.reasons.append(f"jailbreak success rate {rate:.1%} above maximum {limit:.1%}")
    elif isinstance(total, int) and isinstance(hits, int) and 0 <= hits <= total and total:
        iv = wilson(hits, total, cfg.confidence)
        result.intervals["jailbreak_success_rate"] = iv
        if compare_to_threshold(iv, limit, higher_is_better=False) == "undecided":
            need = samples_to_decide(hits, total, limit, higher_is_better=False,
                                     level=cfg.confidence)  # fmt: skip
            result.status = "WARN"
            result.reasons.append(
                f"jailbreak success rate {rate:.1%} of {total} attacks is under {limit:.1%} "
                f"but its interval reaches {iv.high:.1%}: "
                + (f"about {need} attacks would decide it" if need else "more attacks needed")
            )
    result.summary = "; ".join(result.reasons) or (
        f"jailbreak success rate {rate:.1%} within {limit:.1%}")  # fmt: skip
    return result
