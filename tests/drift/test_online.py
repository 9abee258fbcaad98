"""``aire.drift.online``: the detectors hold their calibrated false-alarm run length
(seeded simulation at a small ARL) and catch real changes fast."""

from __future__ import annotations

import numpy as np
import pytest

from aire.drift.online import (
    BernoulliCusum,
    Detector,
    GaussianCusum,
    bernoulli_arl,
    bernoulli_threshold,
    gaussian_alarm_rate,
    gaussian_threshold,
)

TARGET = 500


def _run_lengths_bernoulli(p0: float, p1: float, runs: int, rng: np.random.Generator) -> float:
    det = BernoulliCusum("x", p0, p1, arl=TARGET)
    up, down = np.log(p1 / p0), np.log((1 - p1) / (1 - p0))
    s = np.zeros(runs)
    stop = np.zeros(runs, dtype=int)
    for i in range(1, 40 * TARGET):
        s = np.maximum(0.0, s + np.where(rng.random(runs) < p0, up, down))
        stop[(s >= det.threshold) & (stop == 0)] = i
        if stop.all():
            break
    assert stop.all()
    return float(stop.mean())


@pytest.mark.parametrize(("p0", "p1"), [(0.01, 0.11), (0.2, 0.4)])
def test_bernoulli_cusum_false_alarm_run_length_matches_its_calibration(
    p0: float, p1: float
) -> None:
    mean = _run_lengths_bernoulli(p0, p1, 300, np.random.default_rng(42))
    # the mean of 300 run lengths (sd ~ ARL) is within ~10% of the truth; the
    # calibration may only err on the quiet side
    assert 0.85 * TARGET <= mean <= 1.4 * TARGET, mean


def test_gaussian_cusum_false_alarm_run_length_on_a_skewed_feature() -> None:
    rng = np.random.default_rng(7)
    runs = []
    for _ in range(150):
        # each run its own reference (a warm-up of 1000 answers): the calibration holds on
        # average over references, not for each one
        reference = rng.lognormal(5, 1, 1000)  # answer lengths: skewed, as in real life
        det = GaussianCusum("chars", reference, arl=TARGET)
        n = 0
        while not det.alarm and n < 40 * TARGET:
            det.update(float(rng.lognormal(5, 1)))
            n += 1
        runs.append(n)
    # the mean of 150 run lengths (sd ~ ARL) is within ~20% of the truth
    assert 0.8 * TARGET <= np.mean(runs) <= 1.5 * TARGET, np.mean(runs)


@pytest.mark.parametrize("reference_n", [200, 1000])
def test_gaussian_cusum_false_alarm_rate_holds_over_the_references_a_warmup_gives(
    reference_n: int,
) -> None:
    """Each run learns its own reference (a warm-up of ``reference_n`` skewed values), so
    the reference's error is part of what is measured: over 300 runs of ARL0/2 values,
    the share with a false alarm is what an exponential run length with mean ARL0 gives,
    1 - e^-0.5 = 0.39 (binomial sd 0.03), neither more (miscalibrated) nor much less
    (needlessly slow)."""
    arl = 2000
    alarms = 0
    for seed in range(300):
        rng = np.random.default_rng(seed)
        det = GaussianCusum("chars", rng.lognormal(5, 1, reference_n), arl=arl)
        for v in rng.lognormal(5, 1, arl // 2).tolist():
            det.update(v)
            if det.alarm:
                alarms += 1
                break
    assert 0.28 <= alarms / 300 <= 0.46, alarms


def test_a_short_reference_raises_the_threshold() -> None:
    exact = gaussian_threshold(0.25, 2e7)
    assert exact < gaussian_threshold(0.25, 2e7, 2000) < gaussian_threshold(0.25, 2e7, 200)
    assert gaussian_threshold(0.25, 2e7, 200) < 5 * exact
    assert gaussian_threshold(0.25, 2e7, 50) > 100 * exact  # too short to be of use
    # the averaged false-alarm rate meets the target, and the exact one is below it
    h = gaussian_threshold(0.25, 2e7, 1000)
    assert gaussian_alarm_rate(h, 0.25, 1000) <= 1 / 2e7
    assert gaussian_alarm_rate(h, 0.25) < gaussian_alarm_rate(h, 0.25, 1000)


def test_thresholds_grow_with_the_target_run_length() -> None:
    assert bernoulli_threshold(0.02, 0.12, 1e6) > bernoulli_threshold(0.02, 0.12, 1e3)
    assert gaussian_threshold(0.25, 2e6) > gaussian_threshold(0.25, 2e3)
    h = bernoulli_threshold(0.02, 0.12, 1e6)
    assert bernoulli_arl(h, 0.02, 0.12) >= 1e6
    # ...and the same threshold catches a 10x rate within tens of answers
    assert bernoulli_arl(h, 0.02, 0.12, p=0.22) < 60


def test_a_rate_change_and_a_length_change_are_caught_fast() -> None:
    rng = np.random.default_rng(1)
    rate = BernoulliCusum("refused", 0.02, 0.12, arl=1e6)
    assert isinstance(rate, Detector)
    n = 0
    while not rate.alarm:
        rate.update(float(rng.random() < 0.22))
        n += 1
    assert n < 150
    length = GaussianCusum("chars", rng.lognormal(5, 1, 2000), arl=1e6)
    n = 0
    while not length.alarm:
        x = rng.lognormal(5, 1)
        length.update(x * 0.3 if rng.random() < 0.2 else x)  # 20% of answers cut to 30%
        n += 1
    assert n < 500
    assert length.score() >= 1.0
    length.reset()
    assert not length.alarm
    assert length.score() == 0.0


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="p0"):
        BernoulliCusum("x", 0.2, 0.1)
    with pytest.raises(ValueError, match="at least 20"):
        GaussianCusum("x", [1.0, 2.0])
