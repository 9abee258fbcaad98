"""``aire check``: the readiness gate. ``aire check compare RUN_A RUN_B``: two runs.

Exit codes: 0 PASS or WARN, 1 FAIL, 2 a config error (the profile, a probe file),
3 a probe or eval could not be run (the reports are still written).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click

from aire.errors import UsageError

_CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}


@click.group(invoke_without_command=True, context_settings=_CONTEXT)
@click.option(
    "-p",
    "--profile",
    "profile_path",
    type=click.Path(path_type=Path),
    help="Profile YAML: aire's format or aipreflight's (inference, app, rag).",
)
@click.option(
    "--probes",
    "probes_file",
    type=click.Path(path_type=Path),
    help="Score a recorded llmprobe JSONL file instead of probing the target.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Run directory (default: <report.outdir>/<profile>-<UTC>).",
)
@click.option("--requests", type=click.IntRange(min=1), help="Probe count of a live run.")
@click.option("--only", multiple=True, metavar="CHECK", help="Run only these checks.")
@click.option("--json", "as_json", is_flag=True, help="Print the report JSON on stdout.")
@click.pass_context
def check(ctx: click.Context, profile_path: Path | None, probes_file: Path | None,
          out_dir: Path | None, requests: int | None, only: tuple[str, ...],
          as_json: bool) -> int:  # fmt: skip
    """Can we ship this AI change? One verdict from the profile's checks.

    Verdict FAIL if any check fails, else WARN if any warns, else PASS. Reports go to
    runs/<profile>-<UTC>/ (JSON, Markdown, JUnit, HTML) with a `latest` link.
    """
    if ctx.invoked_subcommand is not None:
        return 0
    if profile_path is None:
        raise UsageError("--profile is required (or: aire check compare RUN_A RUN_B)")
    from aire.gate import GateContext, exit_code, read_profile, run_checks, write_reports
    from aire.gate.reports import run_dir_for

    profile, base = read_profile(profile_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    outdir = profile.report.outdir
    outdir = outdir if outdir.is_absolute() else Path.cwd() / outdir
    run_dir = (out_dir or run_dir_for(outdir, profile.name, stamp)).absolute()
    gctx = GateContext(profile, base, probes_file=probes_file, requests=requests,
                       run_dir=run_dir)  # fmt: skip
    run = run_checks(profile, gctx, profile_path, list(only) or None)
    try:
        data = write_reports(run, run_dir)
    except OSError as exc:
        raise UsageError(f"cannot write the reports to {run_dir}: {exc.strerror or exc}") from None
    if as_json:
        click.echo(json.dumps(data, indent=2, default=str))
    else:
        click.echo(f"Verdict: {run.verdict}")
        width = max((len(r.name) for r in run.results), default=4)
        for r in run.results:
            click.echo(f"  {r.name:<{width}}  {r.status:<5} {r.summary}")
            if r.status in ("FAIL", "WARN", "ERROR") and r.runbook:
                click.echo(f"  {'':<{width}}        runbook: {r.runbook}")
        click.echo(f"Report: {data['artifacts']['markdown']}")
    for r in run.results:
        if r.status == "ERROR":
            click.echo(f"aire check: {r.name} could not run: {r.summary}", err=True)
    return exit_code(run.verdict)


@check.command("compare", context_settings=_CONTEXT)
@click.argument("run_a", type=click.Path(path_type=Path))
@click.argument("run_b", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def compare_cmd(run_a: Path, run_b: Path, as_json: bool) -> int:
    """Compare two runs (run directories or report.json): exit 1 if a check got worse."""
    from aire.gate import compare, load_run

    diff = compare(load_run(run_a), load_run(run_b))
    if as_json:
        click.echo(json.dumps(diff, indent=2))
    else:
        click.echo(f"A: {diff['a']['profile']} {diff['a']['verdict']} ({diff['a']['generated']})")
        click.echo(f"B: {diff['b']['profile']} {diff['b']['verdict']} ({diff['b']['generated']})")
        for c in diff["checks"]:
            mark = "  <- worse" if c["name"] in diff["regressed"] else ""
            click.echo(f"  {c['name']:<14} {c['a'] or '-':<5} -> {c['b'] or '-':<5}{mark}")
        for m in diff["metrics"]:
            click.echo(f"  {m['name']}: {m['a']:.6g} -> {m['b']:.6g} ({m['delta']:+.6g})")
    return 1 if diff["regressed"] else 0
