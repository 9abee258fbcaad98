"""One run of the gate: the profile's checks in order, their verdict, the report data."""

from __future__ import annotations

import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aire import __version__
from aire.errors import AireError, ConfigError, GateRunError, UsageError
from aire.gate.checks import CHECK_RUNBOOKS, CHECKS, DEFAULT_ORDER, runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult, verdict

__all__ = ["GateRun", "run_checks"]


class GateRun:
    def __init__(self, profile: Profile, ctx: GateContext, results: list[CheckResult],
                 started: datetime, profile_path: Path) -> None:  # fmt: skip
        self.profile, self.ctx, self.results = profile, ctx, results
        self.started, self.profile_path = started, profile_path
        self.verdict = verdict(results)

    def to_dict(self, artifacts: dict[str, str] | None = None) -> dict[str, Any]:
        """aipreflight's report keys, plus aire's intervals and evidence."""
        metrics: dict[str, Any] = {}
        thresholds: dict[str, Any] = {}
        intervals: dict[str, Any] = {}
        for r in self.results:
            for k, v in r.metrics.items():
                metrics[f"{r.name}.{k}"] = v
            if r.thresholds:
                thresholds[r.name] = r.thresholds
            for k, iv in r.intervals.items():
                intervals[f"{r.name}.{k}"] = iv.as_dict()
        return {
            "verdict": self.verdict,
            "profile": self.profile.name,
            "kind": self.profile.kind,
            "format": self.profile.format,
            "generated": self.started.isoformat(),
            "checks": [r.to_dict() for r in self.results],
            "failed_checks": [f"{r.name}: {x}" for r in self.results if r.status == "FAIL"
                              for x in (r.reasons or [r.summary])],
            "warnings": [f"{r.name}: {x}" for r in self.results
                         for x in ((r.reasons or ([] if r.warnings else [r.summary]))
                                   if r.status == "WARN" else []) + r.warnings],
            "errors": [f"{r.name}: {r.summary}" for r in self.results if r.status == "ERROR"],
            "metrics": metrics,
            "thresholds": thresholds,
            "intervals": intervals,
            "evidence": dict(sorted(self.ctx.evidence.items())),
            "artifacts": artifacts or {},
            "aire": {"version": __version__, "python": platform.python_version()},
        }  # fmt: skip


def selected(profile: Profile, only: list[str] | None = None) -> list[str]:
    names = list(only or profile.checks or DEFAULT_ORDER)
    for name in names:
        if name not in CHECKS and ":" not in name:
            raise ConfigError(f"unknown check {name!r} (known: {', '.join(CHECKS.names())})",
                              path="checks")  # fmt: skip
    return names


def run_checks(profile: Profile, ctx: GateContext, profile_path: Path,
               only: list[str] | None = None) -> GateRun:  # fmt: skip
    """Run the checks; one that cannot gather its evidence is ERROR (GateRunError,
    TargetUnreachable...), while a config mistake stops the run (exit 2)."""
    started = datetime.now(UTC)
    ctx.hash("profile", profile_path)
    if profile.target.config is not None:
        ctx.hash("target_config", ctx.path(profile.target.config))
    if profile.evals is not None and profile.evals.path is not None:
        ctx.hash("eval_suite", ctx.path(profile.evals.path))
    results = []
    for name in selected(profile, only):
        check = CHECKS.get(name)
        try:
            result = check(profile, ctx)
            if result.runbook is None and result.status in ("FAIL", "WARN"):
                result.runbook = runbook(CHECK_RUNBOOKS.get(name, "rollback"))
            results.append(result)
        except UsageError:
            raise
        except (GateRunError, AireError) as exc:
            results.append(CheckResult(name, "ERROR", exc.message, reasons=[exc.message]))
    return GateRun(profile, ctx, results, started, profile_path)
