"""``aire drift``: compare a current dataset with a reference (``aire drift REF CUR``),
build a reference profile for the online detectors (``profile``), check bias (``bias``).

Exit codes: 0 no drift, 1 drift (or a bias check failed), 2 usage error or bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, get_args

import click
import orjson

from aire.errors import UsageError

__all__ = ["drift"]


class _DefaultGroup(click.Group):
    """``aire drift REF CUR`` runs ``compare``: a first argument that is no subcommand
    name goes to it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["compare", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings={"max_content_width": 100})
def drift() -> None:
    """Drift: compare two datasets (aire drift REFERENCE CURRENT), build a reference
    profile for the online detectors, check bias across groups."""


def _write(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None


def _kinds(values: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    from aire.drift.offline import Kind

    allowed = get_args(Kind)
    out = []
    for v in values:
        name, _, kind = v.rpartition("=")
        if not name or kind not in allowed:
            raise UsageError(
                f"--kind wants COLUMN=KIND with KIND one of {', '.join(allowed)}: {v!r}"
            )
        out.append((name, kind))
    return tuple(out)


@drift.command("compare")
@click.argument("reference", type=click.Path(dir_okay=False))
@click.argument("current", type=click.Path(dir_okay=False))
@click.option(
    "--method",
    type=click.Choice(["aire", "evidently"]),
    default="aire",
    show_default=True,
    help="aire: test and effect size must both agree; evidently: Evidently 0.7's tests.",
)
@click.option(
    "--alpha",
    type=click.FloatRange(0, 1, min_open=True, max_open=True),
    default=0.05,
    show_default=True,
    help="Significance level of each column's test (method aire).",
)
@click.option(
    "--min-effect",
    "min_effect_numeric",
    type=click.FloatRange(min=0),
    default=0.1,
    show_default=True,
    help="Numeric: smallest Wasserstein distance (reference std) that drifts.",
)
@click.option(
    "--min-effect-categorical",
    type=click.FloatRange(min=0),
    default=0.05,
    show_default=True,
    help="Categorical: smallest Jensen-Shannon distance that drifts.",
)
@click.option(
    "--drift-share",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.5,
    show_default=True,
    help="Dataset drift when at least this share of columns drift.",
)
@click.option("--column", "columns", multiple=True, help="Compare only this column (repeatable).")
@click.option("--exclude", multiple=True, help="Leave this column out (repeatable).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    metavar="COLUMN=KIND",
    help="Override a column's inferred kind (numeric, categorical, binary, text).",
)
@click.option("--json", "json_out", metavar="PATH", help="Write the result as JSON ('-': stdout).")
@click.option("--html", "html_out", metavar="PATH", help="Write a self-contained HTML report.")
@click.option("--markdown", "md_out", metavar="PATH", help="Write a Markdown report.")
@click.option("--quiet", "-q", is_flag=True, help="No table on stdout.")
def compare_cmd(
    reference: str,
    current: str,
    method: str,
    alpha: float,
    min_effect_numeric: float,
    min_effect_categorical: float,
    drift_share: float,
    columns: tuple[str, ...],
    exclude: tuple[str, ...],
    kinds: tuple[str, ...],
    json_out: str | None,
    html_out: str | None,
    md_out: str | None,
    quiet: bool,
) -> int:
    """Compare CURRENT with REFERENCE (CSV, TSV, Parquet or JSONL), column by column.

    Exit 1 when the dataset drifts (at least --drift-share of its columns drift).
    """
    from aire.drift.offline import DriftOptions, compare
    from aire.drift.report import drift_report
    from aire.drift.table import read_table

    opts = DriftOptions(
        method="evidently" if method == "evidently" else "aire",
        alpha=alpha,
        min_effect_numeric=min_effect_numeric,
        min_effect_categorical=min_effect_categorical,
        drift_share=drift_share,
        columns=columns,
        exclude=exclude,
        kinds=_kinds(kinds),
    )
    result = compare(read_table(reference), read_table(current), opts)
    if json_out:
        _write(json_out, orjson.dumps(result.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    if html_out or md_out:
        report = drift_report(result, reference=reference, current=current)
        if html_out:
            _write(html_out, report.html())
        if md_out:
            _write(md_out, report.markdown())
    if not quiet and json_out != "-":
        _print_table(result)
    return 1 if result.drift else 0


def _print_table(result: Any) -> None:
    rows = [("column", "kind", "test", "p-value", "effect", "verdict")]
    for c in result.columns:
        p = "-" if c.p_value is None else f"{c.p_value:.3g}"
        rows.append(
            (
                c.column,
                c.kind,
                c.test,
                p,
                f"{c.effect_name} {c.effect:.3f}",
                "DRIFT" if c.drift else "ok",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    for name, why in result.skipped.items():
        click.echo(f"not compared: {name} ({why})")
    verdict = "DRIFT" if result.drift else "no dataset drift"
    click.echo(
        f"{verdict}: {len(result.drifted)} of {len(result.columns)} columns drifted "
        f"({result.share:.0%}, threshold {result.drift_share:.0%}; method {result.method})"
    )
