"""A drift result as a report (``aire.report``): a summary table, then one section per
column with overlaid reference/current histograms (numeric, text) or category shares."""

from __future__ import annotations

from aire.drift.offline import ColumnDrift, DatasetDrift
from aire.report import Report

__all__ = ["drift_report"]


def _p(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.2e}" if x < 1e-3 else f"{x:.4f}"


def drift_report(result: DatasetDrift, *, reference: str, current: str) -> Report:
    report = Report(
        f"drift: {current} vs {reference}",
        verdict="DRIFT" if result.drift else "OK",
        meta={
            "reference": f"{reference} ({result.n_ref} rows)",
            "current": f"{current} ({result.n_cur} rows)",
            "method": result.method,
            "drifted columns": f"{len(result.drifted)} of {len(result.columns)} "
            f"({result.share:.0%}; dataset drift at >= {result.drift_share:.0%})",
        },
    )
    summary = report.section("Columns")
    summary.table(
        ["column", "kind", "test", "p-value", "effect", "PSI", "rule", "verdict"],
        [
            [
                c.column,
                c.kind,
                c.test,
                _p(c.p_value),
                f"{c.effect_name} {c.effect:.3f}",
                "-" if c.psi is None else f"{c.psi:.3f}",
                c.threshold,
                "drift" if c.drift else "ok",
            ]
            for c in result.columns
        ],
    )
    if result.skipped:
        summary.kv(dict(result.skipped), title="not compared")
    for c in result.columns:
        _column_section(report, c)
    return report


def _column_section(report: Report, c: ColumnDrift) -> None:
    s = report.section(c.column, status="drift" if c.drift else "ok")
    s.kv(
        {
            "kind": c.kind,
            "test": c.test,
            "p-value": _p(c.p_value),
            c.effect_name: round(c.effect, 4),
            "rule": c.threshold,
            "rows (reference / current)": f"{c.n_ref} / {c.n_cur}",
            "missing (reference / current)": f"{c.missing_ref:.1%} / {c.missing_cur:.1%}",
        }
    )
    if "reference" in c.plot:
        title = c.column if not c.parts else f"{c.column}: {c.effect_name.split()[0]}"
        s.histogram(
            title, {"reference": c.plot["reference"], "current": c.plot["current"]}, bins=30
        )
    elif "categories" in c.plot:
        s.table(
            ["value", "reference", "current"],
            [
                [k, f"{r:.1%}", f"{q:.1%}"]
                for k, r, q in zip(
                    c.plot["categories"],
                    c.plot["reference_share"],
                    c.plot["current_share"],
                    strict=True,
                )
            ],
            title="share of each value (most frequent first)",
        )
    if c.parts:
        s.table(
            ["statistic", "p-value", "effect", "verdict"],
            [
                [
                    p.column,
                    _p(p.p_value),
                    f"{p.effect_name} {p.effect:.3f}",
                    "drift" if p.drift else "ok",
                ]
                for p in c.parts
            ],
            title="text statistics",
        )
