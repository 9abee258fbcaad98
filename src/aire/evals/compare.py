"""``aire eval compare BASE NEW``: a regression is a drop the intervals say is real.

The suite's pass rate (all runs) of both files goes through Newcombe's interval of the
difference (``aire.stats.newcombe``): a regression when the whole interval lies below
zero; a drop whose interval reaches zero is noise at these sample sizes (reported as
such). A case present in both with repeats gets the same test on its own runs, so a
case that went from 20/20 to 2/20 is caught even when the suite rate hides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aire.stats import Interval, newcombe

__all__ = ["Comparison", "compare_results"]


@dataclass(frozen=True, slots=True)
class Comparison:
    base_rate: float
    new_rate: float
    difference: Interval
    regression: bool
    improvement: bool
    case_regressions: list[dict[str, Any]]
    new_failures: list[str]
    fixed: list[str]

    @property
    def verdict(self) -> str:
        if self.regression or self.case_regressions:
            return "regression"
        if self.improvement:
            return "improvement"
        # cases that newly fail, within noise for the suite: worth a look, not a regression
        return "warn" if self.new_failures else "no regression"

    def as_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "base_pass_rate": self.base_rate,
            "new_pass_rate": self.new_rate,
            "difference": self.difference.as_dict(),
            "regression": self.regression,
            "case_regressions": self.case_regressions,
            "new_failures": self.new_failures,
            "fixed": self.fixed,
        }


def compare_results(base: dict[str, Any], new: dict[str, Any], level: float = 0.95) -> Comparison:
    b, n = base["summary"]["runs"], new["summary"]["runs"]
    diff = newcombe(b["passed"], b["total"], n["passed"], n["total"], level)
    base_cases = {c["id"]: c for c in base["cases"]}
    case_regressions = []
    new_failures, fixed = [], []
    for case in new["cases"]:
        old = base_cases.get(case["id"])
        if old is None:
            continue
        if old["verdict"] == "pass" and case["verdict"] != "pass":
            new_failures.append(case["id"])
        if old["verdict"] != "pass" and case["verdict"] == "pass":
            fixed.append(case["id"])
        on, nn = old["passes"] + old["failures"], case["passes"] + case["failures"]
        if on > 1 and nn > 1:
            d = newcombe(old["passes"], on, case["passes"], nn, level)
            if d.high < 0:
                case_regressions.append({"id": case["id"], "difference": d.as_dict()})
    return Comparison(
        base_rate=b["passed"] / b["total"] if b["total"] else 0.0,
        new_rate=n["passed"] / n["total"] if n["total"] else 0.0,
        difference=diff,
        regression=diff.high < 0,
        improvement=diff.low > 0,
        case_regressions=case_regressions,
        new_failures=new_failures,
        fixed=fixed,
    )
