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
from scipy import stats
from scipy.spatial import distance

__all__ = [
    "Counts",
    "chi2_gof",
    "chi2_homogeneity",
    "cohen_h",
    "counts",
    "jensen_shannon",
    "jensen_shannon_numeric",
    "ks",
    "numeric_pair",
    "psi_categorical",
    "psi_numeric",
    "wasserstein_norm",
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
    """Both samples sorted once, and what their two empirical CDFs give: the KS statistic
    and p-value, the Wasserstein distance in reference standard deviations, PSI."""

    ref_sorted: Floats
    cur_sorted: Floats
    ks_statistic: float
    ks_p: float
    wasserstein: float
    psi: float


def numeric_pair(ref: Floats, cur: Floats) -> NumericPair:
    """One pass over the merged sample for KS and Wasserstein (scipy would sort each sample
    again per statistic). p-value: scipy's exact KS while ``n1 * n2 <= 10^6``, else the
    asymptotic Kolmogorov distribution of ``sqrt(n1 n2 / (n1 + n2)) D``."""
    r = np.sort(ref)
    c = np.sort(cur)
    n1, n2 = r.shape[0], c.shape[0]
    merged = np.sort(np.concatenate([r, c]), kind="stable")  # two sorted runs: a merge
    cdf_r = np.searchsorted(r, merged, side="right") / n1
    cdf_c = np.searchsorted(c, merged, side="right") / n2
    gap = np.abs(cdf_r - cdf_c)
    d = float(gap.max())
    w = float(np.dot(gap[:-1], np.diff(merged)))
    if n1 * n2 <= _KS_EXACT_MAX:
        p = float(stats.ks_2samp(r, c, method="auto").pvalue)
    else:
        en = n1 * n2 / (n1 + n2)
        p = float(stats.kstwobign.sf(math.sqrt(en) * d))
    scale = max(float(np.std(r)), 0.001)
    return NumericPair(r, c, d, p, w / scale, psi_numeric(r, c))


def wasserstein_norm(ref: Floats, cur: Floats) -> float:
    """First Wasserstein distance divided by the reference's standard deviation (floor
    0.001, as Evidently), so it reads in reference standard deviations."""
    scale = max(float(np.std(ref)), 0.001)
    return float(stats.wasserstein_distance(ref, cur)) / scale


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


def jensen_shannon_numeric(ref: Floats, cur: Floats) -> float:
    """Jensen-Shannon distance of numeric samples on shared Sturges bins over both (as
    Evidently does for more than 20 distinct reference values)."""
    edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
    h_ref = np.histogram(ref, edges)[0] / ref.shape[0]
    h_cur = np.histogram(cur, edges)[0] / cur.shape[0]
    return float(distance.jensenshannon(h_ref, h_cur))


def _psi(ref_share: Floats, cur_share: Floats, eps: float = 1e-4) -> float:
    r = np.maximum(ref_share, eps)
    c = np.maximum(cur_share, eps)
    return float(np.sum((c - r) * np.log(c / r)))


def psi_numeric(ref_sorted: Floats, cur: Floats, bins: int = 10) -> float:
    """Population stability index on the reference's deciles (0.1 moderate, 0.25 large)."""
    qs = np.quantile(ref_sorted, np.linspace(0.0, 1.0, bins + 1)[1:-1])
    edges = np.unique(qs)
    ref_bins = np.bincount(
        np.searchsorted(edges, ref_sorted, side="right"), minlength=edges.size + 1
    )
    cur_bins = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=edges.size + 1)
    return _psi(ref_bins / ref_sorted.shape[0], cur_bins / cur.shape[0])


def psi_categorical(c: Counts) -> float:
    return _psi(c.ref_share, c.cur_share)
