"""What a check says, and the one verdict the checks add up to.

Verdict: FAIL if any check failed, else WARN if any warned, else PASS (aipreflight's
rule; SKIP never counts). A check that could not run (an eval command that printed no
JSON, a target that does not answer) is ERROR: the run still writes its reports, and the
command exits 3, since nothing can be said about readiness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from aire.stats import Interval

__all__ = ["EXIT_CODES", "CheckResult", "Status", "exit_code", "verdict"]

Status = Literal["PASS", "WARN", "FAIL", "SKIP", "ERROR"]

#: verdict -> exit code of ``aire check``
EXIT_CODES: dict[str, int] = {"PASS": 0, "WARN": 0, "FAIL": 1, "ERROR": 3}


@dataclass(slots=True)
class CheckResult:
    name: str
    status: Status
    summary: str
    metrics: dict[str, Any] = field(default_factory=dict)
    intervals: dict[str, Interval] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    thresholds: dict[str, Any] = field(default_factory=dict)
    runbook: str | None = None
    #: one line per finding that made it FAIL (or WARN, in a check that warns only)
    reasons: list[str] = field(default_factory=list)
    #: findings that only warn, in a check that may also fail
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "summary": self.summary,
            "reasons": self.reasons,
            "warnings": self.warnings,
            "metrics": self.metrics,
            "intervals": {k: v.as_dict() for k, v in self.intervals.items()},
            "thresholds": self.thresholds,
            "details": self.details,
            "runbook": self.runbook,
        }


def verdict(results: list[CheckResult]) -> str:
    statuses = {r.status for r in results}
    for word in ("ERROR", "FAIL", "WARN"):
        if word in statuses:
            return word
    return "PASS"


def exit_code(word: str) -> int:
    return EXIT_CODES[word]


def worst(*statuses: Status) -> Status:
    order = ("PASS", "SKIP", "WARN", "FAIL", "ERROR")
    return max(statuses, key=order.index) if statuses else "PASS"
