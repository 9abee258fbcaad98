"""``aire.drift.bias``: parity, opportunity and disparate impact, each with an interval."""

from __future__ import annotations

import numpy as np
import pytest

from aire.drift.bias import bias_check, ratio_interval
from aire.errors import UsageError


def _data(rng: np.random.Generator, n: int, rates: dict[str, float]) -> tuple[list[str], list[int]]:
    groups, outcomes = [], []
    for g, p in rates.items():
        groups += [g] * n
        outcomes += list((rng.random(n) < p).astype(int))
    return groups, outcomes


def test_a_fair_decision_passes_and_an_unfair_one_fails() -> None:
    rng = np.random.default_rng(0)
    fair = bias_check(*_data(rng, 3000, {"a": 0.5, "b": 0.5}))
    assert fair.four_fifths == "pass"
    assert fair.parity_difference.low <= 0.0 <= fair.parity_difference.high + 1e-9
    assert fair.verdict == "pass"
    unfair = bias_check(*_data(rng, 3000, {"a": 0.6, "b": 0.4}))
    assert unfair.lowest == "b"
    assert unfair.highest == "a"
    assert unfair.disparate_impact.estimate == pytest.approx(0.4 / 0.6, abs=0.05)
    assert unfair.disparate_impact.high < 0.8
    assert unfair.four_fifths == "fail"
    assert unfair.verdict == "fail"


def test_small_groups_are_undecided_not_passed() -> None:
    rng = np.random.default_rng(1)
    report = bias_check(*_data(rng, 40, {"a": 0.5, "b": 0.45}))
    assert report.four_fifths in ("undecided", "fail")
    assert report.disparate_impact.low < 0.8


def test_equal_opportunity_uses_only_deserving_rows() -> None:
    # same approval rate overall, but group b's deserving members are approved less
    groups = ["a"] * 400 + ["b"] * 400
    labels = [1] * 200 + [0] * 200 + [1] * 200 + [0] * 200
    outcomes = (
        [1] * 180 + [0] * 20 + [1] * 20 + [0] * 180 + [1] * 100 + [0] * 100 + [1] * 100 + [0] * 100
    )
    report = bias_check(groups, outcomes, labels)
    assert report.parity_difference.estimate == pytest.approx(0.0)
    assert report.opportunity_difference is not None
    assert report.opportunity_difference.estimate == pytest.approx(0.9 - 0.5)
    assert report.opportunity_difference.low > 0.1
    assert report.verdict == "fail"


def test_ratio_interval_covers_the_truth_at_its_level() -> None:
    rng = np.random.default_rng(2)
    hits = 0
    for _ in range(400):
        x1, x2 = rng.binomial(200, 0.3), rng.binomial(200, 0.5)
        iv = ratio_interval(int(x1), 200, int(x2), 200)
        hits += iv.low <= 0.6 <= iv.high
    assert 0.92 <= hits / 400 <= 0.98
    assert ratio_interval(0, 50, 10, 50).high < 1.0  # finite with a zero count


def test_bad_input() -> None:
    with pytest.raises(UsageError, match="two groups"):
        bias_check(["a", "a"], [1, 0])
    with pytest.raises(UsageError, match="neither true nor false"):
        bias_check(["a", "b"], ["maybe", "yes"])
