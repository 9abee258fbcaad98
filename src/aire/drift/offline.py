"""Offline drift: compare a current dataset with a reference, column by column.

Two methods:

* ``aire`` (default): every column gets a test **and** an effect size, and drifts only
  when both say so: the p-value is below ``alpha`` *and* the effect is at least
  ``min_effect``. A p-value alone makes every column drift at a million rows (a shift of
  0.005 standard deviations is "significant" there, evidently#50); an effect alone
  alarms on noise at a hundred rows. Numeric: Kolmogorov-Smirnov with the Wasserstein
  distance in reference standard deviations (>= 0.1); categorical: chi-square test of
  homogeneity with the Jensen-Shannon distance (>= 0.05); binary: two-proportion Z test
  with the Jensen-Shannon distance; text: the text statistics of ``aire.drift.text``, each
  as a numeric column at a Bonferroni-corrected ``alpha``. PSI is reported for every
  tabular column.
* ``evidently``: Evidently 0.7's choice of test per column and its thresholds, exactly
  (reference <= 1000 rows: KS, chi-square or Z at p < 0.05; more: normalised Wasserstein
  or Jensen-Shannon >= 0.1), for teams that compare the two tools.

The dataset drifts when at least ``drift_share`` (0.5) of the compared columns drift.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from aire.drift import stattests as st
from aire.drift.table import Column, Table, from_frame
from aire.drift.text import Embedder, mmd_test, text_stats
from aire.errors import UsageError

__all__ = ["ColumnDrift", "DatasetDrift", "DriftOptions", "Kind", "compare", "compare_frames"]

Kind = Literal["numeric", "categorical", "binary", "text"]
Method = Literal["aire", "evidently"]
Floats = npt.NDArray[np.float64]

#: Evidently: an integer column with at most this many distinct values is categorical
_INT_CARDINALITY = 10


@dataclass(frozen=True, slots=True)
class DriftOptions:
    method: Method = "aire"
    alpha: float = 0.05
    min_effect_numeric: float = 0.1  # Wasserstein distance in reference std
    min_effect_categorical: float = 0.05  # Jensen-Shannon distance (natural log)
    drift_share: float = 0.5
    columns: tuple[str, ...] = ()  # only these (default: every column in both)
    exclude: tuple[str, ...] = ()
    kinds: tuple[tuple[str, Kind], ...] = ()  # override the inferred kind of a column
    embedder: Embedder | None = None  # text columns: MMD on embeddings
    seed: int = 0


@dataclass(slots=True)
class ColumnDrift:
    column: str
    kind: Kind
    test: str  # ks | chisquare | z | wasserstein | jensenshannon | text
    drift: bool
    p_value: float | None  # None: the test has no p-value (Evidently's distances)
    effect: float
    effect_name: str
    threshold: str  # the rule, e.g. "p < 0.05 and wasserstein >= 0.1"
    n_ref: int
    n_cur: int
    psi: float | None = None
    missing_ref: float = 0.0
    missing_cur: float = 0.0
    statistic: float | None = None
    parts: list[ColumnDrift] = field(default_factory=list)  # text: one per statistic
    note: str = ""
    plot: dict[str, Any] = field(default_factory=dict, repr=False)  # for the report only

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "column": self.column,
            "kind": self.kind,
            "test": self.test,
            "drift": self.drift,
            "p_value": _num(self.p_value),
            "statistic": _num(self.statistic),
            "effect": _num(self.effect),
            "effect_name": self.effect_name,
            "rule": self.threshold,
            "psi": _num(self.psi),
            "n_reference": self.n_ref,
            "n_current": self.n_cur,
            "missing_reference": round(self.missing_ref, 6),
            "missing_current": round(self.missing_cur, 6),
        }
        if self.parts:
            d["parts"] = [p.as_dict() for p in self.parts]
        if self.note:
            d["note"] = self.note
        return d


@dataclass(slots=True)
class DatasetDrift:
    method: Method
    columns: list[ColumnDrift]
    drift_share: float
    n_ref: int
    n_cur: int
    skipped: dict[str, str] = field(default_factory=dict)  # column -> why

    @property
    def drifted(self) -> list[str]:
        return [c.column for c in self.columns if c.drift]

    @property
    def share(self) -> float:
        return len(self.drifted) / len(self.columns) if self.columns else 0.0

    @property
    def drift(self) -> bool:
        return bool(self.columns) and self.share >= self.drift_share

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "drift": self.drift,
            "share_drifted": round(self.share, 6),
            "drift_share_threshold": self.drift_share,
            "drifted_columns": self.drifted,
            "n_reference": self.n_ref,
            "n_current": self.n_cur,
            "columns": [c.as_dict() for c in self.columns],
            "skipped": self.skipped,
        }


def _num(x: float | None) -> float | None:
    if x is None or math.isnan(x):
        return None
    return float(x) if math.isinf(x) else round(float(x), 8)


def compare_frames(
    reference: Any, current: Any, options: DriftOptions | None = None
) -> DatasetDrift:
    """``compare`` for two pandas or Polars DataFrames."""
    return compare(from_frame(reference), from_frame(current), options)


def compare(reference: Table, current: Table, options: DriftOptions | None = None) -> DatasetDrift:
    opts = options or DriftOptions()
    names = [n for n in reference if n in current]
    if opts.columns:
        unknown = [c for c in opts.columns if c not in names]
        if unknown:
            raise UsageError(f"column(s) not in both datasets: {', '.join(unknown)}")
        names = [n for n in names if n in opts.columns]
    names = [n for n in names if n not in opts.exclude]
    skipped = {n: "only in the reference" for n in reference if n not in current}
    skipped |= {n: "only in the current data" for n in current if n not in reference}
    if not names:
        raise UsageError("the two datasets have no column in common to compare")
    overrides = dict(opts.kinds)
    unknown = [c for c in overrides if c not in reference and c not in current]
    if unknown:  # a typo would silently leave the column's inferred kind
        raise UsageError(f"--kind names column(s) in neither dataset: {', '.join(unknown)}")
    results: list[ColumnDrift] = []
    for name in names:
        ref, cur = reference[name], current[name]
        kind = overrides.get(name) or infer_kind(ref)
        if ref.storage == "str" and kind == "numeric":
            skipped[name] = "a string column cannot be numeric"
            continue
        res = _column(name, kind, ref, cur, opts)
        if res is None:
            skipped[name] = "no values in the reference or the current data"
            continue
        results.append(res)
    n_ref = len(next(iter(reference.values()))) if reference else 0
    n_cur = len(next(iter(current.values()))) if current else 0
    return DatasetDrift(opts.method, results, opts.drift_share, n_ref, n_cur, skipped)


def infer_kind(col: Column) -> Kind:
    """Evidently's inference from the reference: float -> numeric; int -> categorical at
    <= 10 distinct values; bool -> categorical; strings -> text when more than half the
    values are distinct, else categorical."""
    if col.storage == "float":
        return "numeric"
    if col.storage == "bool":
        return "categorical"
    if col.storage == "int":
        return (
            "categorical"
            if _nunique_sorted(np.sort(col.present())) <= _INT_CARDINALITY
            else "numeric"
        )
    present = col.present()
    if present.size == 0:
        return "categorical"
    distinct = len(set(present.tolist()))
    return "text" if distinct > 0.5 * present.size else "categorical"


def _nunique_sorted(s: npt.NDArray[Any]) -> int:
    return 0 if s.size == 0 else 1 + int(np.count_nonzero(s[1:] != s[:-1]))


def _column(
    name: str, kind: Kind, ref: Column, cur: Column, opts: DriftOptions
) -> ColumnDrift | None:
    r, c = ref.present(), cur.present()
    if r.size == 0 or c.size == 0:
        return None
    miss_r = 1.0 - r.size / max(len(ref), 1)
    miss_c = 1.0 - c.size / max(len(cur), 1)
    if kind == "text":
        res = _text(name, r, c, opts)
    elif opts.method == "evidently":
        res = _evidently(name, kind, r, c, opts)
    else:
        res = _aire(name, kind, r, c, opts)
    res.missing_ref, res.missing_cur = miss_r, miss_c
    return res


def _few_values(r: npt.NDArray[Any], c: npt.NDArray[Any], limit: int = 5) -> int | None:
    """The number of distinct values of both samples when it is at most ``limit``."""
    if np.unique(r[:1000]).shape[0] > limit or np.unique(r).shape[0] > limit:
        return None
    n = np.unique(np.concatenate([r, c])).shape[0]
    return n if n <= limit else None


def _aire(
    name: str, kind: Kind, r: npt.NDArray[Any], c: npt.NDArray[Any], opts: DriftOptions
) -> ColumnDrift:
    if kind == "numeric" and _few_values(r, c) is None:
        return _aire_numeric(name, r.astype(np.float64), c.astype(np.float64), opts)
    counts = st.counts(r, c)
    binary = counts.keys.shape[0] <= 2
    test = "z" if binary else "chisquare"
    stat, p = st.z_proportions(counts) if binary else st.chi2_homogeneity(counts)
    effect = st.jensen_shannon(counts)
    drift = p < opts.alpha and effect >= opts.min_effect_categorical
    return ColumnDrift(
        name,
        "binary" if binary else "categorical",
        test,
        drift,
        p,
        effect,
        "jensenshannon",
        f"p < {opts.alpha:g} and jensenshannon >= {opts.min_effect_categorical:g}",
        r.size,
        c.size,
        psi=st.psi_categorical(counts),
        statistic=stat,
        plot=_cat_plot(counts),
    )


def _aire_numeric(
    name: str, r: Floats, c: Floats, opts: DriftOptions, alpha: float | None = None
) -> ColumnDrift:
    a = opts.alpha if alpha is None else alpha
    pair = st.numeric_pair(r, c)
    p, effect = pair.ks_p, pair.wasserstein
    drift = p < a and effect >= opts.min_effect_numeric
    return ColumnDrift(
        name,
        "numeric",
        "ks",
        drift,
        p,
        effect,
        "wasserstein",
        f"p < {a:.3g} and wasserstein >= {opts.min_effect_numeric:g}",
        r.size,
        c.size,
        psi=pair.psi,
        statistic=pair.ks_statistic,
        plot={"reference": pair.ref_quantiles, "current": pair.cur_quantiles},
    )


def _evidently(
    name: str, kind: Kind, r: npt.NDArray[Any], c: npt.NDArray[Any], opts: DriftOptions
) -> ColumnDrift:
    """Evidently 0.7's ``_get_default_stattest`` and the tests' own thresholds."""
    few = _few_values(r, c) if kind == "numeric" else None
    categorical = kind != "numeric" or few is not None
    if categorical:
        counts = st.counts(r, c)
        n_values = counts.keys.shape[0]
        out_kind: Kind = "binary" if n_values <= 2 else "categorical"
        plot = _cat_plot(counts)
        psi = st.psi_categorical(counts)
        if r.size <= 1000:
            if n_values > 2:
                stat, p = st.chi2_gof(counts)
                return ColumnDrift(
                    name,
                    out_kind,
                    "chisquare",
                    p < 0.05,
                    p,
                    st.jensen_shannon(counts),
                    "jensenshannon",
                    "p < 0.05",
                    r.size,
                    c.size,
                    psi,
                    statistic=stat,
                    plot=plot,
                )
            stat, p = st.z_proportions(counts)
            return ColumnDrift(
                name,
                out_kind,
                "z",
                p < 0.05,
                p,
                st.jensen_shannon(counts),
                "jensenshannon",
                "p < 0.05",
                r.size,
                c.size,
                psi,
                statistic=stat,
                plot=plot,
            )
        js = st.jensen_shannon(counts)
        return ColumnDrift(
            name,
            out_kind,
            "jensenshannon",
            js >= 0.1,
            None,
            js,
            "jensenshannon",
            "jensenshannon >= 0.1",
            r.size,
            c.size,
            psi,
            plot=plot,
        )
    small = r.size <= 1000  # Evidently's KS, with scipy's choice of exact or asymptotic
    pair = st.numeric_pair(
        r.astype(np.float64), c.astype(np.float64), ks_method="auto" if small else None
    )
    psi, wd = pair.psi, pair.wasserstein
    plot = {"reference": pair.ref_quantiles, "current": pair.cur_quantiles}
    if small:
        stat, p = pair.ks_statistic, pair.ks_p
        return ColumnDrift(
            name,
            "numeric",
            "ks",
            p <= 0.05,
            p,
            wd,
            "wasserstein",
            "p <= 0.05",
            r.size,
            c.size,
            psi,
            statistic=stat,
            plot=plot,
        )
    return ColumnDrift(
        name,
        "numeric",
        "wasserstein",
        wd >= 0.1,
        None,
        wd,
        "wasserstein",
        "wasserstein >= 0.1",
        r.size,
        c.size,
        psi,
        plot=plot,
    )


def _text(name: str, r: npt.NDArray[Any], c: npt.NDArray[Any], opts: DriftOptions) -> ColumnDrift:
    ref_texts = [str(v) for v in r]
    cur_texts = [str(v) for v in c]
    sr, sc = text_stats(ref_texts), text_stats(cur_texts)
    checks = len(sr) + (1 if opts.embedder is not None else 0)
    alpha = opts.alpha / checks  # Bonferroni: one verdict for the column
    parts = [_aire_numeric(f"{name}:{stat}", sr[stat], sc[stat], opts, alpha) for stat in sr]
    if opts.embedder is not None:
        er = opts.embedder.embed(ref_texts)
        ec = opts.embedder.embed(cur_texts)
        mmd2, p = mmd_test(er, ec, seed=opts.seed)
        parts.append(
            ColumnDrift(
                f"{name}:embedding",
                "numeric",
                "mmd",
                p < alpha,
                p,
                mmd2,
                "mmd2",
                f"p < {alpha:.3g}",
                len(ref_texts),
                len(cur_texts),
            )
        )
    p_values = [p.p_value for p in parts if p.p_value is not None]
    p_min = min(1.0, min(p_values) * checks) if p_values else 1.0
    lead = max(parts, key=lambda p: (p.drift, p.effect))
    return ColumnDrift(
        name,
        "text",
        "text",
        any(p.drift for p in parts),
        p_min,
        lead.effect,
        f"{lead.column.split(':', 1)[1]} {lead.effect_name}",
        f"any statistic: p < {alpha:.3g} (Bonferroni over {checks}) and its effect",
        r.size,
        c.size,
        parts=parts,
        plot=lead.plot,
    )


def _cat_plot(c: st.Counts, top: int = 15) -> dict[str, Any]:
    order = np.argsort(-(c.ref + c.cur))[:top]
    return {
        "categories": [str(c.keys[i]) for i in order],
        "reference_share": [float(c.ref_share[i]) for i in order],
        "current_share": [float(c.cur_share[i]) for i in order],
    }
