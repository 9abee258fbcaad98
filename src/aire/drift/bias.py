"""Bias checks across the groups of an attribute, each with its interval:

* demographic parity difference: the largest gap between two groups' positive-outcome
  rates (Newcombe's interval of the difference, ``aire.stats``);
* equal-opportunity difference: the same on the true-positive rate (rows whose label is
  positive only), when a label is given;
* disparate-impact ratio: the lowest group's rate over the highest group's (Katz's log
  interval of a ratio of two proportions), judged by the four-fifths rule: ``fail`` when
  the estimate is below 0.8, ``pass`` when the whole interval is at or above it,
  ``undecided`` otherwise (``aire.stats.compare_to_threshold``).

Inputs are eval results or logs: one row per answer with a group attribute, an outcome
(1 favourable: approved, answered, passed) and optionally a label (1 when the favourable
outcome was deserved).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aire.errors import UsageError
from aire.stats import Interval, Verdict, compare_to_threshold, newcombe, wilson, z_value

__all__ = ["BiasReport", "GroupRate", "bias_check", "ratio_interval"]

FOUR_FIFTHS = 0.8


@dataclass(frozen=True, slots=True)
class GroupRate:
    group: str
    positives: int
    n: int
    rate: Interval

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "positives": self.positives, "n": self.n, **_iv(self.rate)}


@dataclass(slots=True)
class BiasReport:
    groups: list[GroupRate]
    parity_difference: Interval  # highest rate - lowest rate
    disparate_impact: Interval  # lowest rate / highest rate
    four_fifths: Verdict
    lowest: str
    highest: str
    tpr_groups: list[GroupRate] = field(default_factory=list)
    opportunity_difference: Interval | None = None
    max_difference: float = 0.1  # a parity/opportunity gap whose interval passes this fails

    @property
    def verdict(self) -> Verdict:
        """fail when any check fails; pass when all pass; undecided otherwise."""
        verdicts = [self.four_fifths, _gap_verdict(self.parity_difference, self.max_difference)]
        if self.opportunity_difference is not None:
            verdicts.append(_gap_verdict(self.opportunity_difference, self.max_difference))
        if "fail" in verdicts:
            return "fail"
        return "pass" if all(v == "pass" for v in verdicts) else "undecided"

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "verdict": self.verdict,
            "groups": [g.as_dict() for g in self.groups],
            "lowest_group": self.lowest,
            "highest_group": self.highest,
            "demographic_parity_difference": _iv(self.parity_difference),
            "disparate_impact_ratio": _iv(self.disparate_impact),
            "four_fifths_rule": self.four_fifths,
            "max_difference": self.max_difference,
        }
        if self.opportunity_difference is not None:
            d["true_positive_rates"] = [g.as_dict() for g in self.tpr_groups]
            d["equal_opportunity_difference"] = _iv(self.opportunity_difference)
        return d


def _iv(iv: Interval) -> dict[str, float | None]:
    def r(x: float) -> float | None:
        return None if math.isnan(x) else (x if math.isinf(x) else round(x, 6))

    return {"estimate": r(iv.estimate), "low": r(iv.low), "high": r(iv.high), "level": iv.level}


def _gap_verdict(iv: Interval, limit: float) -> Verdict:
    return compare_to_threshold(iv, limit, higher_is_better=False)


def ratio_interval(x1: int, n1: int, x2: int, n2: int, level: float = 0.95) -> Interval:
    """Katz's log interval of ``(x1/n1) / (x2/n2)``; 0.5 is added to every cell when a
    count is 0 (Haldane), so the interval stays finite."""
    if n1 == 0 or n2 == 0:
        return Interval(math.nan, 0.0, math.inf, level)
    if x1 == 0 or x2 == 0:
        a, b, m1, m2 = x1 + 0.5, x2 + 0.5, n1 + 0.5, n2 + 0.5
    else:
        a, b, m1, m2 = float(x1), float(x2), float(n1), float(n2)
    est = (x1 / n1) / (x2 / n2) if x2 else math.inf
    log_ratio = math.log((a / m1) / (b / m2))
    se = math.sqrt(1 / a - 1 / m1 + 1 / b - 1 / m2)
    z = z_value(level)
    return Interval(est, math.exp(log_ratio - z * se), math.exp(log_ratio + z * se), level)


def _rates(groups: Sequence[str], outcomes: Sequence[int], level: float) -> list[GroupRate]:
    tally: dict[str, list[int]] = {}
    for g, o in zip(groups, outcomes, strict=True):
        t = tally.setdefault(g, [0, 0])
        t[0] += int(o)
        t[1] += 1
    return [GroupRate(g, x, n, wilson(x, n, level)) for g, (x, n) in sorted(tally.items())]


def bias_check(
    groups: Sequence[Any],
    outcomes: Sequence[Any],
    labels: Sequence[Any] | None = None,
    *,
    level: float = 0.95,
    max_difference: float = 0.1,
    min_group: int = 1,
) -> BiasReport:
    """The three checks over the groups of ``groups`` (one value per row); ``outcomes``
    and ``labels`` are truthy/falsy per row. Groups with fewer than ``min_group`` rows
    are left out."""
    if len(groups) != len(outcomes) or (labels is not None and len(labels) != len(groups)):
        raise UsageError("group, outcome and label columns must have one value per row")
    g = [str(x) for x in groups]
    o = [_flag(x, "outcome") for x in outcomes]
    rates = [r for r in _rates(g, o, level) if r.n >= min_group]
    if len(rates) < 2:
        raise UsageError(f"bias checks need at least two groups with {min_group}+ rows")
    lo = min(rates, key=lambda r: r.rate.estimate)
    hi = max(rates, key=lambda r: r.rate.estimate)
    parity = newcombe(lo.positives, lo.n, hi.positives, hi.n, level)
    impact = ratio_interval(lo.positives, lo.n, hi.positives, hi.n, level)
    four_fifths = compare_to_threshold(impact, FOUR_FIFTHS) if hi.positives else "undecided"
    report = BiasReport(
        rates, parity, impact, four_fifths, lo.group, hi.group, max_difference=max_difference
    )
    if labels is not None:
        lab = [_flag(x, "label") for x in labels]
        kept = [(gg, oo) for gg, oo, ll in zip(g, o, lab, strict=True) if ll]
        keep = {r.group for r in rates}
        tprs = [
            r for r in _rates([k[0] for k in kept], [k[1] for k in kept], level) if r.group in keep
        ]
        if len(tprs) >= 2:
            tlo = min(tprs, key=lambda r: r.rate.estimate)
            thi = max(tprs, key=lambda r: r.rate.estimate)
            report.tpr_groups = tprs
            report.opportunity_difference = newcombe(
                tlo.positives, tlo.n, thi.positives, thi.n, level
            )
    return report


_TRUE = {"1", "true", "yes", "y", "t", "pass", "passed", "positive"}
_FALSE = {"0", "false", "no", "n", "f", "fail", "failed", "negative", ""}


def _flag(value: Any, what: str) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        if math.isnan(value):
            raise UsageError(f"a missing {what} value")
        return int(value != 0)
    text = str(value).strip().lower()
    if text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    raise UsageError(f"{what} value {value!r} is neither true nor false (use 1/0, true/false)")
