"""Online detectors: one number at a time, an alarm when the stream has moved away from its
reference, each calibrated to an expected run length between false alarms (ARL0).

* ``BernoulliCusum``: a rate going up (refusals, errors, invalid schemas, empty or cut
  answers). Page's CUSUM of the log-likelihood ratio of ``p1`` against ``p0``; its
  threshold comes from the exact ARL of a Markov chain on a fine grid (Brook & Evans
  1972), solved for the target ARL0 by bisection.
* ``GaussianCusum``: a continuous feature (length, tokens, latency) moving either way.
  Values go through the reference's empirical CDF and the normal quantile first (normal
  scores), so that any continuous feature is N(0, 1) under the reference and one
  calibration holds for all; two one-sided CUSUMs with reference value ``k`` and
  threshold from Siegmund's approximation of the ARL, each side at twice the ARL0. A
  reference of m values misplaces the in-control mean of the scores by ``e`` ~ N(0, 1/m)
  (the integral of the empirical CDF's error against the normal-score weight has variance
  exactly 1/m), which shortens one side's run length a lot when ``e`` comes near ``k``.
  The threshold is therefore set so that the false-alarm *rate* averaged over the
  references a warm-up of m answers can give, E_e[1/ARL(e)], is 1/ARL0 (Gauss-Hermite
  quadrature over e, Siegmund's formula for a CUSUM with drift ``e - k``): a short warm-up
  gets a higher threshold, a long one nearly the exact one. (The former margin, ``k -
  2/sqrt(m)``, left the ~5% of references with ``|e| > 2/sqrt(m)`` with run lengths far
  below ARL0, and these dominate the false alarms.)

``score()`` is the CUSUM statistic over its threshold: 1.0 is the alarm line.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from statistics import NormalDist
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

__all__ = [
    "BernoulliCusum",
    "Detector",
    "GaussianCusum",
    "bernoulli_arl",
    "bernoulli_threshold",
    "gaussian_alarm_rate",
    "gaussian_arl",
    "gaussian_threshold",
]

_NORMAL = NormalDist()
Floats = npt.NDArray[np.float64]


@runtime_checkable
class Detector(Protocol):
    """A streaming change detector: ``update`` with each observation, ``alarm`` once the
    stream has changed; ``score`` is 1.0 at the alarm line."""

    name: str

    def update(self, value: float) -> None: ...

    def score(self) -> float: ...

    @property
    def alarm(self) -> bool: ...

    def reset(self) -> None: ...


# --- Bernoulli CUSUM ------------------------------------------------------------------


def _llr(p0: float, p1: float) -> tuple[float, float]:
    """CUSUM increments for a 1 and for a 0."""
    return math.log(p1 / p0), math.log((1.0 - p1) / (1.0 - p0))


def bernoulli_arl(h: float, p0: float, p1: float, p: float | None = None, grid: int = 400) -> float:
    """Average run length until ``S >= h`` of the Bernoulli CUSUM when the true rate is
    ``p`` (default ``p0``): the Markov chain of S on ``grid`` cells of [0, h), solved
    exactly (Brook & Evans) as a linear system (two transitions per cell)."""
    p = p0 if p is None else p
    up, down = _llr(p0, p1)
    step = h / grid
    centres = np.arange(grid) + 0.5
    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int64]] = []
    probs: list[Floats] = []
    for inc, prob in ((up / step, p), (down / step, 1.0 - p)):
        nxt = centres + inc
        inside = nxt < grid  # the rest crosses h: the run ends
        rows.append(np.arange(grid)[inside])
        cols.append(np.clip(np.floor(nxt[inside]).astype(np.int64), 0, grid - 1))
        probs.append(np.full(int(inside.sum()), prob))
    # dense: a 400 x 400 solve is ~2 ms with numpy, and keeps scipy out of the gateway
    # (the canary and the online detectors run on the base install)
    system = np.identity(grid)
    for r, c, pr in zip(rows, cols, probs, strict=True):
        np.add.at(system, (r, c), -pr)
    try:
        lengths = np.linalg.solve(system, np.ones(grid))
    except np.linalg.LinAlgError:
        return math.inf  # numerically never leaves: beyond any target
    first = float(lengths[0])
    return first if math.isfinite(first) and first > 0 else math.inf


@lru_cache(maxsize=256)
def bernoulli_threshold(p0: float, p1: float, arl: float) -> float:
    """The smallest threshold h (to 0.1%) whose in-control ARL is at least ``arl``; at
    most ``ln(arl)``, as the likelihood-ratio CUSUM's ARL0 is at least ``e^h``."""
    lo, hi = 0.0, max(1.0, math.log(arl)) + 1.0
    while bernoulli_arl(hi, p0, p1) < arl:
        hi *= 2.0
    while hi - lo > 1e-3 * hi:
        mid = (lo + hi) / 2.0
        if bernoulli_arl(mid, p0, p1) >= arl:
            hi = mid
        else:
            lo = mid
    return hi


class BernoulliCusum:
    """Alarm when the rate of 1s rises from ``p0`` towards ``p1``."""

    def __init__(self, name: str, p0: float, p1: float, arl: float = 1e6) -> None:
        if not 0.0 < p0 < p1 < 1.0:
            raise ValueError(f"need 0 < p0 < p1 < 1, got p0={p0}, p1={p1}")
        self.name = name
        self.p0, self.p1, self.arl = p0, p1, arl
        self._up, self._down = _llr(p0, p1)
        self.threshold = bernoulli_threshold(p0, p1, arl)
        self.s = 0.0
        self.n = 0
        self._alarm = False

    def update(self, value: float) -> None:
        self.n += 1
        self.s = max(0.0, self.s + (self._up if value else self._down))
        if self.s >= self.threshold:
            self._alarm = True

    def score(self) -> float:
        return self.s / self.threshold

    @property
    def alarm(self) -> bool:
        return self._alarm

    def reset(self) -> None:
        self.s, self.n, self._alarm = 0.0, 0, False


# --- Gaussian CUSUM on normal scores ---------------------------------------------------


def gaussian_arl(h: float, k: float, mean: float = 0.0) -> float:
    """Siegmund's approximation of the ARL of a one-sided CUSUM (upper side) with
    reference value ``k`` and threshold ``h`` on N(``mean``, 1) values (0: in control)."""
    b = h + 1.166
    delta = mean - k  # the drift of the CUSUM's increments
    if abs(delta) < 1e-9:
        return b * b
    x = 2.0 * delta * b
    if -x > 700.0:
        return math.inf
    return (math.exp(-x) + x - 1.0) / (2.0 * delta * delta)


# Gauss-Hermite nodes and weights for E[f(Z)], Z ~ N(0, 1) (probabilists' polynomials)
_GH_NODES, _GH_WEIGHTS = np.polynomial.hermite_e.hermegauss(48)
_GH_WEIGHTS = _GH_WEIGHTS / _GH_WEIGHTS.sum()


def gaussian_alarm_rate(h: float, k: float, reference_n: int | None = None) -> float:
    """False alarms per value of one side, 1/ARL, averaged over the offset ``e`` ~ N(0,
    1/``reference_n``) that a reference of that many values puts on the scores' mean (None:
    an exact reference)."""
    if reference_n is None:
        return 1.0 / gaussian_arl(h, k)
    sd = 1.0 / math.sqrt(reference_n)
    return float(
        sum(
            w / gaussian_arl(h, k, sd * z)
            for z, w in zip(_GH_NODES.tolist(), _GH_WEIGHTS.tolist(), strict=True)
        )
    )


@lru_cache(maxsize=256)
def gaussian_threshold(k: float, arl: float, reference_n: int | None = None) -> float:
    """The threshold of one side whose false-alarm rate (averaged over references of
    ``reference_n`` values) is at most 1/``arl``."""
    lo, hi = 0.0, 1.0
    while gaussian_alarm_rate(hi, k, reference_n) > 1.0 / arl:
        hi *= 2.0
    for _ in range(60):
        mid = (lo + hi) / 2.0
        if gaussian_alarm_rate(mid, k, reference_n) <= 1.0 / arl:
            hi = mid
        else:
            lo = mid
    return hi


class NormalScores:
    """x -> Phi^-1(F_ref(x)) with F_ref the reference's empirical CDF (mid-ranks for ties,
    clipped away from 0 and 1)."""

    def __init__(self, reference: Sequence[float] | Floats) -> None:
        ref = np.sort(np.asarray(reference, dtype=np.float64))
        ref = ref[np.isfinite(ref)]
        if ref.size < 20:
            raise ValueError(f"a reference needs at least 20 values, got {ref.size}")
        self.ref = ref
        self._n = ref.size
        self._list = ref.tolist()  # bisect on a list: a scalar lookup without numpy's overhead

    def __call__(self, x: float) -> float:
        lo = bisect_left(self._list, x)
        hi = bisect_right(self._list, x)
        u = (lo + hi) / 2.0 / self._n
        u = min(max(u, 0.5 / self._n), 1.0 - 0.5 / self._n)
        return _NORMAL.inv_cdf(u)


class GaussianCusum:
    """Two-sided CUSUM on normal scores: alarm when the feature's distribution moves by
    about ``2k`` standard deviations (on the normal-score scale) either way."""

    def __init__(
        self, name: str, reference: Sequence[float] | Floats, *, k: float = 0.25, arl: float = 1e6
    ) -> None:
        self.name = name
        self.k, self.arl = k, arl
        self.scores = NormalScores(reference)
        # two sides share the ARL; the reference's error is averaged over
        self.threshold = gaussian_threshold(k, 2.0 * arl, int(self.scores.ref.size))
        self.hi = self.lo = 0.0
        self.n = 0
        self._alarm = False

    def update(self, value: float) -> None:
        if not math.isfinite(value):
            return
        z = self.scores(value)
        self.n += 1
        self.hi = max(0.0, self.hi + z - self.k)
        self.lo = max(0.0, self.lo - z - self.k)
        if max(self.hi, self.lo) >= self.threshold:
            self._alarm = True

    def score(self) -> float:
        return max(self.hi, self.lo) / self.threshold

    @property
    def alarm(self) -> bool:
        return self._alarm

    def reset(self) -> None:
        self.hi = self.lo = 0.0
        self.n, self._alarm = 0, False
