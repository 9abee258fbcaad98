"""``aire slo``: generate, validate and report SLO rules.

- ``aire slo generate SPEC [-o rules.yml]``: Prometheus recording and alerting rules
  (multi-window multi-burn-rate) from Sloth, OpenSLO or aire specs;
- ``aire slo validate RULES...``: the checks of ``promtool check rules`` (and promtool
  itself when installed); exit 1 when a file is wrong;
- ``aire slo status --prometheus URL [--json]``: budget remaining and burn rates;
  exit 3 when Prometheus cannot be queried.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from aire.errors import RulesInvalid, UsageError

__all__ = ["slo"]


@click.group(context_settings={"max_content_width": 100})
def slo() -> None:
    """SLOs: burn-rate rules from specs, rule checks, budget status."""


def _labels(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--label {pair!r}: write NAME=VALUE")
        out[name] = value
    return out


@slo.command()
@click.argument("spec", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the rules here. [default: stdout]",
)
@click.option(
    "--period",
    default="30d",
    show_default=True,
    help="SLO period when the spec names none: 28d or 30d (the workbook's windows).",
)
@click.option(
    "--windows",
    "windows_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Custom alert windows (Sloth's AlertWindows file).",
)
@click.option(
    "--test-period",
    default=None,
    help="Shrink the period's windows to this period (e.g. 1h for tests).",
)
@click.option(
    "--min-events",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Low-traffic guard: events a long window needs before its pair may fire (0: off).",
)
@click.option("--no-absent-alerts", is_flag=True, help="Do not generate absent-data alerts.")
@click.option(
    "--absent-for", default="10m", show_default=True, help="How long data must be absent."
)
@click.option(
    "--runbook-base",
    default="docs/runbooks",
    show_default=True,
    help="Base URL of the runbooks in runbook_url annotations.",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="NAME=VALUE",
    help="Extra label on every rule (repeatable).",
)
@click.option(
    "--dashboards",
    "dashboards_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write a Grafana dashboard per SLO into this directory.",
)
def generate(
    spec: Path,
    output: Path | None,
    period: str,
    windows_file: Path | None,
    test_period: str | None,
    min_events: int,
    no_absent_alerts: bool,
    absent_for: str,
    runbook_base: str,
    labels: tuple[str, ...],
    dashboards_dir: Path | None,
) -> None:
    """Write Prometheus rules for the SLOs of SPEC (Sloth, OpenSLO or aire format)."""
    from aire.slo.durations import format_duration, parse_duration
    from aire.slo.rules import RuleOptions, dump_rules, generate_rules, windows_for
    from aire.slo.specs import read_slos
    from aire.slo.windows import load_windows

    slos = read_slos(spec)
    windows = load_windows(windows_file) if windows_file else None
    for name, value in (("--period", period), ("--absent-for", absent_for)):
        try:
            parse_duration(value)
        except ValueError as exc:
            raise UsageError(f"{name}: {exc}") from None
    options = RuleOptions(
        windows=windows,
        period=period,
        extra_labels=_labels(labels),
        min_events=min_events,
        absent_alerts=not no_absent_alerts,
        absent_for=absent_for,
        runbook_base=runbook_base,
    )
    if test_period is not None:
        try:
            seconds = parse_duration(test_period)
        except ValueError as exc:
            raise UsageError(f"--test-period: {exc}") from None
        base = windows_for(slos[0], options)
        options = dataclasses.replace(options, windows=base.scaled(seconds))
        shortest = options.windows.durations()[0] if options.windows else None
        if shortest is not None and shortest < 60:
            # rate() over a window needs two samples in it: with a usual 15-60 s scrape
            # interval, the page alerts of such rules can never fire
            short = format_duration(shortest)
            click.echo(
                f"note: --test-period {test_period} makes the shortest window {short}: rate() "
                f"over it needs two samples, so Prometheus (or promtool's input interval) must "
                f"sample at least twice per {short}; with a usual 15 s scrape these rules have "
                "no data",
                err=True,
            )
    text = dump_rules(generate_rules(slos, options))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(slos)} SLO(s) to {output}", err=True)
    if dashboards_dir is not None:
        from aire.slo.dashboards import write_dashboards

        for path in write_dashboards(slos, dashboards_dir):
            click.echo(f"wrote {path}", err=True)


def _not_a_spec(path: Path) -> None:
    """An SLO spec given to validate is a usage mistake (exit 2), not a broken rule file."""
    import yaml

    try:
        doc = yaml.safe_load(path.read_bytes())
    except (yaml.YAMLError, OSError):
        return  # check_rules reports it
    if not isinstance(doc, dict) or "groups" in doc:
        return
    version = str(doc.get("version", ""))
    api = str(doc.get("apiVersion", ""))
    if version in ("prometheus/v1", "aire/v1") or api.startswith(("sloth.slok.dev/", "openslo/")):
        raise UsageError(
            f"{path} is an SLO spec ({version or api}), not a rule file: "
            f"write its rules with `aire slo generate {path} -o rules.yml`, then validate those"
        )


@slo.command()
@click.argument(
    "rule_files",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--no-promtool", is_flag=True, help="Only aire's own checks, even if promtool is installed."
)
def validate(rule_files: tuple[Path, ...], no_promtool: bool) -> None:
    """Check rule files as `promtool check rules` does (exit 1 when one is wrong)."""
    from aire.slo.validate import check_rules

    for path in rule_files:
        _not_a_spec(path)
    bad = 0
    for path in rule_files:
        try:
            v = check_rules(path, use_promtool=not no_promtool)
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} "
                             f"at offset {exc.start})") from None  # fmt: skip
        for p in v.problems:
            click.echo(f"{path}: {p}")
        if v.promtool is not None and v.promtool_ok is False:
            click.echo(f"{path}: promtool:\n{v.promtool}")
        if not v.parser:
            click.echo(f"{path}: warning: PromQL not parsed (install aire[slo] for promql-parser)")
        status = "SUCCESS" if v.ok else "FAILED"
        checked = " (promtool agrees)" if v.promtool_ok else ""
        click.echo(f"{path}: {status}: {v.rules} rules found{checked}")
        bad += not v.ok
    if bad:
        raise RulesInvalid(f"{bad} of {len(rule_files)} rule file(s) failed the checks")


@slo.command()
@click.option("--prometheus", "url", required=True, metavar="URL", help="Prometheus base URL.")
@click.option("--slo", "slo_id", default=None, help="Only this sloth_id.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--timeout-s", type=click.FloatRange(min=0.1), default=10.0, show_default=True)
def status(url: str, slo_id: str | None, as_json: bool, timeout_s: float) -> None:
    """Error budget remaining and burn rates of each SLO, from Prometheus."""
    from aire.slo.status import fetch_status

    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--prometheus {url!r}: an http(s) URL")
    report = fetch_status(url, slo_id=slo_id, timeout_s=timeout_s)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    if not report["slos"]:
        click.echo("no SLO series found (are aire's or Sloth's rules loaded?)")
        return
    for e in report["slos"]:
        remaining = e["budget_remaining"]
        rem = "n/a" if remaining is None else f"{remaining * 100:.1f}%"
        burns = " ".join(f"{w}={b:.2f}x" for w, b in e["burn_rates"].items() if b is not None)
        alerts = ", ".join(f"{a['alertname']}({a['severity']})" for a in e["alerts"]) or "-"
        click.echo(
            f"{e['id']}: {e['state']}, budget remaining {rem}; "
            f"burn {burns or 'n/a'}; alerts {alerts}"
        )
