"""Two-sample tests and distances between a reference and a current sample, vectorised
with numpy and scipy: Kolmogorov-Smirnov, chi-square (homogeneity and Evidently's
goodness-of-fit form), two-proportion Z, normalised Wasserstein, Jensen-Shannon, PSI.

Inputs are 1-D arrays without missing values (``Column.present()``). Categorical inputs
may be any sortable dtype (strings in an object array, or floats).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import stats  # type: ignore[import-untyped]
from scipy.spatial import distance  # type: ignore[import-untyped]

__all__ = [
    "Counts",
    "chi2_gof",
    "chi2_homogeneity",
    "cohen_h",
    "counts",
    "jensen_shannon",
    "ks",
    "numeric_pair",
    "psi_categorical",
    "z_proportions",
]

Array = npt.NDArray[Any]
Floats = npt.NDArray[np.float64]

#: scipy's exact KS p-value costs O(n1 * n2); above this product the asymptotic one is
#: accurate to well under the 5% level that matters.
_KS_EXACT_MAX = 1_000_000


def ks(ref: Floats, cur: Floats, *, method: str | None = None) -> tuple[float, float]:
    """Two-sided two-sample Kolmogorov-Smirnov: (D statistic, p-value)."""
    if method is None:
        method = "auto" if ref.size * cur.size <= _KS_EXACT_MAX else "asymp"
    res = stats.ks_2samp(ref, cur, method=method)
    return float(res.statistic), float(res.pvalue)


@dataclass(frozen=True, slots=True)
class NumericPair:
    """What the two empirical CDFs of a numeric column give: the KS statistic and
    p-value, the Wasserstein distance in reference standard deviations, PSI on the
    reference's deciles, and evenly spaced order statistics of each sample (for plots)."""

    ks_statistic: float
    ks_p: float
    wasserstein: float
    psi: float
    ref_quantiles: Floats
    cur_quantiles: Floats


_CLEAR = ~np.uint64(1)
_ONE = np.uint64(1)


def numeric_pair(
    ref: Floats, cur: Floats, *, quantiles: int = 5000, ks_method: str | None = None
) -> NumericPair:
    """Everything from one sort of both samples together.

    Each value carries its sample in the lowest mantissa bit (reference 0, current 1:
    values move by at most one unit in the last place), so one float sort of the merged
    sample gives both empirical CDFs by a cumulative sum, with no search; they are read
    at the end of each group of equal values, so ties are exact. p-value: scipy's exact
    KS while ``n1 * n2 <= 10^6``, else the asymptotic Kolmogorov distribution of
    ``sqrt(n1 n2 / (n1 + n2)) D``; ``ks_method="auto"``: scipy's own choice (exact up to
    10,000 values a side), as ``ks(..., method="auto")`` gives.
    """
    n1, n2 = ref.shape[0], cur.shape[0]
    n = n1 + n2
    merged = np.empty(n, dtype=np.float64)
    merged[:n1] = ref
    merged[n1:] = cur
    merged += 0.0  # -0.0 -> 0.0: equal values get equal bits
    bits = merged.view(np.uint64)
    bits[:n1] &= _CLEAR
    bits[n1:] |= _ONE
    merged.sort()
    cum_cur = np.cumsum(bits & _ONE)
    bits &= _CLEAR  # merged now holds the values (to one unit in the last place)
    cum_ref = np.arange(1, n + 1, dtype=np.uint64) - cum_cur
    distinct = merged[1:] != merged[:-1]
    if distinct.all():
        ends = None
        f_ref, f_cur, at = cum_ref / n1, cum_cur / n2, merged
    else:
        ends = np.append(np.flatnonzero(distinct), n - 1)
        f_ref, f_cur, at = cum_ref[ends] / n1, cum_cur[ends] / n2, merged[ends]
    gap = np.abs(f_ref - f_cur)
    d = float(gap.max())
    w = float((gap[:-1] * np.diff(at)).sum())  # not np.dot: no BLAS threads on a busy machine
    # the k-th smallest reference value sits where cum_ref first reaches k
    ref_q = merged[np.searchsorted(cum_ref, _ranks(n1, quantiles))]
    cur_q = merged[np.searchsorted(cum_cur, _ranks(n2, quantiles))]
    exact = ks_method == "auto" and max(n1, n2) <= 10_000
    if exact or (ks_method is None and n1 * n2 <= _KS_EXACT_MAX):
        from_cur = np.zeros(n, dtype=bool)
        from_cur[1:] = cum_cur[1:] != cum_cur[:-1]
        from_cur[0] = cum_cur[0] == 1
        res = stats.ks_2samp(merged[~from_cur], merged[from_cur], method="auto")
        p = float(res.pvalue)
        if ks_method == "auto":
            d = float(res.statistic)  # scipy's own, to the last bit
    elif ks_method == "auto":  # scipy's asymptotic form
        en = n1 * n2 / (n1 + n2)
        p = min(1.0, max(0.0, float(stats.kstwo.sf(d, round(en)))))
    else:
        en = n1 * n2 / (n1 + n2)
        p = float(stats.kstwobign.sf(math.sqrt(en) * d))
    scale = max(float(np.std(ref)), 0.001)
    psi = _psi_merged(merged, cum_ref, cum_cur, n1, n2)
    return NumericPair(d, p, w / scale, psi, ref_q, cur_q)


def _ranks(n: int, k: int) -> npt.NDArray[np.uint64]:
    """At most k evenly spaced ranks 1..n."""
    return np.unique(np.linspace(1, n, min(n, k)).round()).astype(np.uint64)


def _psi_merged(
    merged: Floats,
    cum_ref: npt.NDArray[np.uint64],
    cum_cur: npt.NDArray[np.uint64],
    n1: int,
    n2: int,
    bins: int = 10,
) -> float:
    """PSI on the reference's deciles, counted from the merged sample."""
    ranks = np.ceil(np.linspace(0.0, 1.0, bins + 1)[1:-1] * n1).astype(np.uint64)
    edges = np.unique(merged[np.searchsorted(cum_ref, np.maximum(ranks, 1))])
    last = np.searchsorted(merged, edges, side="right") - 1  # last position <= edge
    ref_le = np.concatenate([[0], cum_ref[last].astype(np.int64), [n1]])
    cur_le = np.concatenate([[0], cum_cur[last].astype(np.int64), [n2]])
    return _psi(np.diff(ref_le) / n1, np.diff(cur_le) / n2)


@dataclass(frozen=True, slots=True)
class Counts:
    """Category counts of both samples over the union of their categories (sorted)."""

    keys: Array
    ref: npt.NDArray[np.int64]
    cur: npt.NDArray[np.int64]

    @property
    def ref_share(self) -> Floats:
        return self.ref / max(int(self.ref.sum()), 1)

    @property
    def cur_share(self) -> Floats:
        return self.cur / max(int(self.cur.sum()), 1)


def counts(ref: Array, cur: Array) -> Counts:
    both = np.concatenate([ref, cur])
    keys, inverse = np.unique(both, return_inverse=True)
    k = keys.shape[0]
    ref_counts = np.bincount(inverse[: ref.shape[0]], minlength=k).astype(np.int64)
    cur_counts = np.bincount(inverse[ref.shape[0] :], minlength=k).astype(np.int64)
    return Counts(keys, ref_counts, cur_counts)


def chi2_homogeneity(c: Counts) -> tuple[float, float]:
    """Pearson's chi-square test that both samples come from one categorical distribution
    (a 2 x k contingency table): (statistic, p-value)."""
    table = np.vstack([c.ref, c.cur])
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2:
        return 0.0, 1.0
    res = stats.chi2_contingency(table, correction=False)
    return float(res.statistic), float(res.pvalue)


def chi2_gof(c: Counts) -> tuple[float, float]:
    """Evidently's chi-square: current counts against reference shares scaled to the
    current size (a goodness-of-fit test that treats the reference as exact). A category
    absent from the reference gives p = 0."""
    n_ref, n_cur = int(c.ref.sum()), int(c.cur.sum())
    expected = c.ref * (n_cur / n_ref)
    with np.errstate(divide="ignore", invalid="ignore"):
        res = stats.chisquare(c.cur, expected)
    p = float(res.pvalue)
    return float(res.statistic), 0.0 if math.isnan(p) else p


def z_proportions(c: Counts) -> tuple[float, float]:
    """Two-proportion Z test (pooled) on the share of the first category: (z, p-value).
    Both samples on one value: p = 1, as Evidently."""
    n1, n2 = int(c.ref.sum()), int(c.cur.sum())
    if c.keys.shape[0] < 2:
        return 0.0, 1.0
    # Evidently codes the first sorted key 0 and every other value 1
    p1 = 1.0 - c.ref[0] / n1
    p2 = 1.0 - c.cur[0] / n2
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    var = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)
    if var <= 0.0:
        return 0.0, 1.0
    z = (p1 - p2) / math.sqrt(var)
    return z, float(2.0 * stats.norm.sf(abs(z)))


def cohen_h(p1: float, p2: float) -> float:
    """Cohen's h between two proportions (0.2 small, 0.5 medium, 0.8 large)."""
    return abs(2.0 * math.asin(math.sqrt(p1)) - 2.0 * math.asin(math.sqrt(p2)))


def jensen_shannon(c: Counts) -> float:
    """Jensen-Shannon distance (natural log, as Evidently: 0 to sqrt(ln 2) ~ 0.83) between
    the two samples' category shares."""
    return float(distance.jensenshannon(c.ref_share, c.cur_share))


def _psi(ref_share: Floats, cur_share: Floats, eps: float = 1e-4) -> float:
    r = np.maximum(ref_share, eps)
    c = np.maximum(cur_share, eps)
    return float(np.sum((c - r) * np.log(c / r)))


def psi_categorical(c: Counts) -> float:
    return _psi(c.ref_share, c.cur_share)
