"""aire.stats: published reference values, coverage by simulation, and the edge cases."""

from __future__ import annotations

import math

import numpy as np
import pytest

from aire.stats import (
    Interval,
    bootstrap,
    classify,
    compare_to_threshold,
    newcombe,
    percentile,
    samples_to_decide,
    wilson,
    z_value,
)


def test_wilson_matches_the_published_values() -> None:
    # Newcombe (1998), table I: 81/263 -> 0.2553-0.3662; 15/148 -> 0.0624-0.1605
    iv = wilson(81, 263)
    assert (round(iv.low, 4), round(iv.high, 4)) == (0.2553, 0.3662)
    iv = wilson(15, 148)
    assert (round(iv.low, 4), round(iv.high, 4)) == (0.0624, 0.1605)


def test_wilson_edges_are_exact_and_empty_is_uninformative() -> None:
    assert wilson(0, 10).low == 0.0
    assert wilson(10, 10).high == 1.0
    assert wilson(0, 10).high < 0.31
    assert wilson(10, 10).low > 0.69
    empty = wilson(0, 0)
    assert math.isnan(empty.estimate)
    assert (empty.low, empty.high) == (0.0, 1.0)
    with pytest.raises(ValueError, match="successes"):
        wilson(3, 2)


def test_wilson_covers_the_true_rate_at_its_nominal_level() -> None:
    rng = np.random.default_rng(1)
    for p, n in ((0.5, 20), (0.9, 50), (0.05, 100)):
        hits = sum(wilson(int(k), n).contains(p) for k in rng.binomial(n, p, size=2000))
        assert hits / 2000 >= 0.92, (p, n, hits)


def test_newcombe_matches_the_published_example() -> None:
    # Newcombe (1998), method 10: 56/70 - 48/80 = 0.2000, interval 0.0524 to 0.3339
    iv = newcombe(48, 80, 56, 70)
    assert round(iv.estimate, 4) == 0.2
    assert (round(iv.low, 4), round(iv.high, 4)) == (0.0524, 0.3339)


def test_a_small_drop_is_noise_and_a_large_one_is_not() -> None:
    assert newcombe(45, 50, 44, 50).contains(0.0)  # 90% -> 88% on 50 cases
    assert newcombe(45, 50, 35, 50).high < 0.0  # 90% -> 70%


def test_percentile_interpolates() -> None:
    probes = list(range(1, 20))  # 19 probes: p95 is not their maximum
    assert percentile(probes, 95) == pytest.approx(18.1)
    assert percentile(probes, 50) == 10
    assert math.isnan(percentile([], 50))


def test_bootstrap_is_reproducible_and_covers_the_median() -> None:
    rng = np.random.default_rng(2)
    values = rng.normal(100.0, 10.0, size=400)
    a = bootstrap(values, "median", seed=3)
    assert a == bootstrap(values, "median", seed=3)
    assert a.low < 100.0 < a.high
    assert a.high - a.low < 5.0
    p95 = bootstrap(values, "percentile", q=95, seed=3)
    assert p95.low < percentile(values, 95) < p95.high
    assert bootstrap([7.0], "mean") == Interval(7.0, 7.0, 7.0)


def test_compare_to_threshold_says_when_more_samples_would_decide() -> None:
    assert compare_to_threshold(wilson(99, 100), 0.9) == "pass"
    assert compare_to_threshold(wilson(19, 20), 0.9) == "undecided"
    assert compare_to_threshold(wilson(80, 100), 0.9) == "fail"
    assert (
        compare_to_threshold(Interval(120.0, 100.0, 140.0), 150.0, higher_is_better=False) == "pass"
    )
    assert (
        compare_to_threshold(Interval(120.0, 100.0, 160.0), 150.0, higher_is_better=False)
        == "undecided"
    )
    needed = samples_to_decide(97, 100, 0.95)
    assert needed is not None
    assert needed > 100
    assert wilson(round(0.97 * needed), needed).low > 0.95
    assert wilson(round(0.97 * (needed - 1)), needed - 1).low <= 0.95
    assert samples_to_decide(90, 100, 0.95) is None
    assert samples_to_decide(100, 100, 0.9) == 100


def test_classify_repeats() -> None:
    assert classify(20, 0) == "pass"
    assert classify(0, 20) == "fail"
    assert classify(11, 9) == "flaky"
    assert classify(0, 0, errors=3) == "error"


def test_z_value() -> None:
    assert z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    with pytest.raises(ValueError, match="level"):
        z_value(1.0)


def test_samples_to_narrow_scales_with_the_interval_width() -> None:
    from aire.stats import Interval, samples_to_narrow

    iv = Interval(480.0, 440.0, 520.0)  # p95 480 ms, limit 500: margin 20, half-width 40
    assert samples_to_narrow(iv, 500.0, 12, higher_is_better=False) == 48
    assert samples_to_narrow(Interval(480.0, 470.0, 490.0), 500.0, 12, False) == 12
    assert samples_to_narrow(Interval(520.0, 500.0, 540.0), 500.0, 12, False) is None
    assert samples_to_narrow(Interval(0.95, 0.85, 0.99), 0.9, 50) == 200
