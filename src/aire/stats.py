"""The statistics every verdict of aire rests on: one module, used by the evals (pass rates,
flaky cases, baselines), ``aire load compare``, the drift tests and the readiness gate.

A rate comes with its interval, never alone. Proportions use the Wilson score interval
(good coverage at small n and near 0 or 1, where the normal approximation fails); the
difference of two proportions uses Newcombe's hybrid score interval built from two Wilson
intervals (Newcombe 1998, method 10); percentiles interpolate linearly between order
statistics (numpy's default, as Prometheus and most tools do: the p95 of 19 probes is not
their maximum); other statistics get a percentile bootstrap with a fixed seed, so a report
is reproducible.

    >>> wilson(45, 50).low > 0.78
    True
    >>> diff = newcombe(45, 50, 44, 50)   # 90% -> 88%: noise at n = 50
    >>> diff.low < 0 < diff.high
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import NormalDist
from typing import Literal

import numpy as np
import numpy.typing as npt

__all__ = [
    "Interval",
    "Verdict",
    "bootstrap",
    "classify",
    "compare_to_threshold",
    "newcombe",
    "percentile",
    "samples_to_decide",
    "samples_to_narrow",
    "wilson",
    "z_value",
]

Verdict = Literal["pass", "fail", "undecided"]
Classification = Literal["pass", "fail", "flaky", "error"]


@dataclass(frozen=True, slots=True)
class Interval:
    """An estimate with its two-sided confidence interval at ``level``."""

    estimate: float
    low: float
    high: float
    level: float = 0.95

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def as_dict(self) -> dict[str, float]:
        return {"estimate": self.estimate, "low": self.low, "high": self.high, "level": self.level}


def z_value(level: float = 0.95) -> float:
    """The two-sided standard normal quantile for a confidence ``level`` (0.95 -> 1.96)."""
    if not 0.0 < level < 1.0:
        raise ValueError(f"confidence level must be in (0, 1), not {level}")
    return NormalDist().inv_cdf(0.5 + level / 2.0)


def wilson(successes: int, n: int, level: float = 0.95) -> Interval:
    """Wilson score interval of ``successes / n``; n = 0 gives the uninformative [0, 1]."""
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return Interval(math.nan, 0.0, 1.0, level)
    z = z_value(level)
    p = successes / n
    z2n = z * z / n
    centre = (p + z2n / 2.0) / (1.0 + z2n)
    half = z * math.sqrt(p * (1.0 - p) / n + z2n / (4.0 * n)) / (1.0 + z2n)
    # exact at the edges (the formula leaves 1e-17 of rounding there)
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return Interval(p, low, high, level)


def newcombe(
    base_successes: int, base_n: int, new_successes: int, new_n: int, level: float = 0.95
) -> Interval:
    """Interval of the difference ``new rate - base rate`` (Newcombe's hybrid score).

    A regression is real when the whole interval lies below zero; an interval that
    straddles zero is noise at these sample sizes."""
    a = wilson(base_successes, base_n, level)
    b = wilson(new_successes, new_n, level)
    if base_n == 0 or new_n == 0:
        return Interval(math.nan, -1.0, 1.0, level)
    d = b.estimate - a.estimate
    low = d - math.sqrt((b.estimate - b.low) ** 2 + (a.high - a.estimate) ** 2)
    high = d + math.sqrt((b.high - b.estimate) ** 2 + (a.estimate - a.low) ** 2)
    return Interval(d, max(-1.0, low), min(1.0, high), level)


def percentile(values: Sequence[float] | npt.NDArray[np.float64], q: float) -> float:
    """The ``q``-th percentile (0-100), linearly interpolated; NaN for no values."""
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile must be in [0, 100], not {q}")
    arr = np.asarray(values, dtype=np.float64)
    if arr.size == 0:
        return math.nan
    return float(np.percentile(arr, q))


def bootstrap(
    values: Sequence[float] | npt.NDArray[np.float64],
    statistic: Callable[[npt.NDArray[np.float64]], npt.NDArray[np.float64]] | str = "median",
    level: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
    q: float | None = None,
) -> Interval:
    """Percentile-bootstrap interval of a statistic of ``values``.

    ``statistic`` is ``"mean"``, ``"median"``, ``"percentile"`` (with ``q``), or a function
    of a 2-D array (one resample per row) returning one value per row, so all resamples
    are computed in one vectorised call."""
    arr = np.asarray(values, dtype=np.float64)
    if arr.size == 0:
        return Interval(math.nan, math.nan, math.nan, level)
    fn = _statistic(statistic, q)
    estimate = float(fn(arr[np.newaxis, :])[0])
    if arr.size == 1:
        return Interval(estimate, estimate, estimate, level)
    rng = np.random.default_rng(seed)
    rows = max(1, min(resamples, 2_000_000 // arr.size))  # bounded memory on big inputs
    stats: list[npt.NDArray[np.float64]] = []
    done = 0
    while done < resamples:
        take = min(rows, resamples - done)
        sample = arr[rng.integers(0, arr.size, size=(take, arr.size))]
        stats.append(np.asarray(fn(sample), dtype=np.float64))
        done += take
    dist = np.concatenate(stats)
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(dist, [alpha, 1.0 - alpha])
    return Interval(estimate, float(low), float(high), level)


def _statistic(
    statistic: Callable[[npt.NDArray[np.float64]], npt.NDArray[np.float64]] | str,
    q: float | None,
) -> Callable[[npt.NDArray[np.float64]], npt.NDArray[np.float64]]:
    if callable(statistic):
        return statistic
    if statistic == "mean":
        return lambda a: np.mean(a, axis=1)
    if statistic == "median":
        return lambda a: np.median(a, axis=1)
    if statistic == "percentile":
        if q is None:
            raise ValueError("statistic 'percentile' needs q")
        return lambda a: np.percentile(a, q, axis=1)
    raise ValueError(f"unknown statistic {statistic!r} (mean, median, percentile)")


def compare_to_threshold(
    interval: Interval, threshold: float, higher_is_better: bool = True
) -> Verdict:
    """``pass`` when the whole interval is on the good side of ``threshold``, ``fail``
    when the estimate is on the wrong side, ``undecided`` when the estimate passes but the
    interval crosses the threshold (more samples would decide)."""
    good = interval.estimate >= threshold if higher_is_better else interval.estimate <= threshold
    if not good:
        return "fail"
    sure = interval.low >= threshold if higher_is_better else interval.high <= threshold
    return "pass" if sure else "undecided"


def samples_to_decide(
    successes: int,
    n: int,
    threshold: float,
    higher_is_better: bool = True,
    level: float = 0.95,
    limit: int = 1_000_000,
) -> int | None:
    """How many samples in all a rate needs, at its observed value, for its Wilson
    interval to clear ``threshold``; None if the observed rate is on the wrong side of
    (or exactly at) the threshold, or more than ``limit`` would be needed."""
    if n <= 0:
        return None
    p = successes / n
    if (p <= threshold) if higher_is_better else (p >= threshold):
        return None

    def clears(m: int) -> bool:
        iv = wilson(round(p * m), m, level)
        return iv.low > threshold if higher_is_better else iv.high < threshold

    if clears(n):
        return n
    hi = n
    while not clears(hi):
        hi *= 2
        if hi > limit:
            return None
    lo = hi // 2
    while hi - lo > 1:  # clears() is monotone in m at a fixed rate (up to rounding)
        mid = (lo + hi) // 2
        if clears(mid):
            hi = mid
        else:
            lo = mid
    return hi


def samples_to_narrow(
    interval: Interval,
    threshold: float,
    n: int,
    higher_is_better: bool = True,
    limit: int = 1_000_000,
) -> int | None:
    """How many samples in all an interval built from ``n`` (a bootstrap interval of a
    percentile, say) needs to clear ``threshold``, assuming its width shrinks as
    1/sqrt(n) around the same estimate; None if the estimate is on the wrong side of (or
    at) the threshold, or more than ``limit`` would be needed."""
    if n <= 0:
        return None
    margin = interval.estimate - threshold if higher_is_better else threshold - interval.estimate
    if margin <= 0:
        return None
    if higher_is_better:
        half = interval.estimate - interval.low
    else:
        half = interval.high - interval.estimate
    if half <= margin:
        return n
    need = math.ceil(n * (half / margin) ** 2 - 1e-9)  # 4.000000001 is 4
    return need if need <= limit else None


def classify(passes: int, failures: int, errors: int = 0) -> Classification:
    """A repeated case: ``pass`` or ``fail`` when every repeat agreed, ``flaky`` when they
    did not, ``error`` when no repeat produced a verdict."""
    if passes == 0 and failures == 0:
        return "error"
    if failures == 0:
        return "pass"
    if passes == 0:
        return "fail"
    return "flaky"
