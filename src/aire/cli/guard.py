"""``aire guard``: scan text with the guardrails, or measure a scanner on labelled data.

Exit codes: 0 ok, 1 a scan blocked (``scan``) or a threshold failed (``eval``),
2 usage error (bad file, unknown scanner, bad config), 3 could not run.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import orjson

from aire.cli.options import load_section
from aire.config.guard import GuardConfig, GuardPolicy, ScannerSpec
from aire.config.loader import locate
from aire.errors import ConfigError, InputFileError, UsageError
from aire.jsonl import Record, iter_records, read_jsonl, split_records

__all__ = ["guard"]


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such file: {source}") from None
    except IsADirectoryError:
        raise UsageError(f"{source} is a directory, not a file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{source} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None


def _rows(source: str, flag: bool | None) -> Iterator[Record] | str:
    """The records of a JSONL source, or the text of a plain one.

    A file is JSONL by ``--jsonl`` or its extension and is then streamed; stdin is read
    whole and sniffed (a JSON object per line) unless ``--jsonl/--text`` says.
    """
    if source != "-" and (flag or (flag is None and source.endswith((".jsonl", ".ndjson")))):
        return read_jsonl(source)
    text = _read(source)
    sniffed = source == "-" and text.lstrip().startswith("{") and "\n{" in text.strip()
    if flag or (flag is None and sniffed):
        return iter_records(split_records(text), "<stdin>" if source == "-" else source)
    return text


@click.group(context_settings={"max_content_width": 100})
def guard() -> None:
    """Guardrails: prompt injection, PII, secrets, Unicode tricks, output validation."""


@guard.command()
@click.argument("source", metavar="FILE|-")
@click.option("--output", "family", flag_value="output", help="Scan as a model answer.")
@click.option("--input", "family", flag_value="input", default=True, help="Scan as a prompt.")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="YAML file; its `guard:` section is read.")  # fmt: skip
@click.option("--policy", default=None, help="Policy name. [default: the config's default]")
@click.option("--scanner", "scanners", multiple=True,
              help="Run only these scanners (repeatable), with their default actions.")  # fmt: skip
@click.option("--jsonl/--text", "jsonl", default=None,
              help="Treat the input as JSONL rows (default: by extension .jsonl).")  # fmt: skip
@click.option("--field", "text_field", default=None,
              help="JSONL field with the text. [default: text, completion...]")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print one JSON result per text.")
def scan(
    source: str,
    family: str,
    config_path: Path | None,
    policy: str | None,
    scanners: tuple[str, ...],
    jsonl: bool | None,
    text_field: str | None,
    as_json: bool,
) -> int:
    """Scan FILE (or - for stdin): the sanitized text goes to stdout, findings to stderr.

    A .jsonl file is scanned row by row. Exit 1 if any text is blocked; a blocked text
    is not printed (null in JSONL and --json output).
    """
    from aire.guard.evaluate import text_of
    from aire.guard.policy import Guard

    config = load_section(config_path, "guard", GuardConfig, {})
    name = policy or config.default_policy
    if name not in config.policies:
        raise UsageError(f"unknown policy {name!r} (known: {', '.join(sorted(config.policies))})")
    chosen = config.policies[name]
    if scanners:
        specs = tuple(ScannerSpec(scanner=s) for s in scanners)
        chosen = GuardPolicy(
            input=specs if family == "input" else chosen.input,
            output=specs if family == "output" else chosen.output,
        )
    try:
        compiled = Guard(chosen, name=name)
    except ConfigError as exc:
        if config_path is None or scanners:
            raise
        raise locate(ConfigError(exc.message, file=str(config_path), path=exc.path)) from None
    pipeline = compiled.input if family == "input" else compiled.output
    rows: list[tuple[str, dict[str, Any] | None]] = []
    read = _rows(source, jsonl)
    if isinstance(read, str):
        rows.append((read, None))
    else:
        for record in read:
            try:
                rows.append((text_of(record.value, text_field), record.value))
            except UsageError as exc:
                where = "<stdin>" if source == "-" else source
                raise InputFileError(exc.message, file=where, line=record.line) from None
    blocked_any = False
    for i, (body, _) in enumerate(rows):
        result = pipeline.scan(body, compiled.context())
        blocked_any = blocked_any or result.blocked
        # a blocked text is not to be sent on: no "sanitized" text (the scan may have stopped
        # before the scanners that would have redacted the rest)
        sanitized = None if result.blocked else result.sanitized
        if as_json:
            out = {"index": i, **result.to_dict(), "sanitized": sanitized}
            click.echo(orjson.dumps(out).decode())
            continue
        if len(rows) > 1:
            click.echo(orjson.dumps(sanitized).decode())
        elif sanitized is not None:
            click.echo(sanitized)
        for f in result.findings:
            click.echo(
                f"{'' if len(rows) == 1 else f'[{i}] '}{f.scanner}: {f.kind} at {f.start}-{f.end}"
                f" (score {f.score:.2f})",
                err=True,
            )
        if result.blocked:
            click.echo(f"{'' if len(rows) == 1 else f'[{i}] '}BLOCKED", err=True)
    return 1 if blocked_any else 0


@guard.command(name="eval")
@click.argument("data", metavar="DATA.jsonl")
@click.option("--scanner", required=True, help="Scanner name (see `aire guard scanners`).")
@click.option("--output", "family", flag_value="output", help="Use the output scanner family.")
@click.option("--input", "family", flag_value="input", help="Use the input scanner family.")
@click.option("--params", default=None, help="Scanner params as JSON, e.g. '{\"threshold\": 0.6}'.")
@click.option("--field", "text_field", default=None, help="Field holding the text.")
@click.option("--kinds", default=None, help="Span data: only these kinds, comma-separated.")
@click.option("--match", "match", type=click.Choice(["exact", "overlap"]), default="exact",
              help="Span data: exact spans, or overlapping by half of each (names).")  # fmt: skip
@click.option("--min-f1", type=float, default=None, help="Exit 1 if F1 is lower.")
@click.option("--min-recall", type=float, default=None, help="Exit 1 if recall is lower.")
@click.option("--max-fpr", type=float, default=None, help="Exit 1 if FPR is higher.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_(
    data: str,
    scanner: str,
    family: str | None,
    params: str | None,
    text_field: str | None,
    kinds: str | None,
    match: str,
    min_f1: float | None,
    min_recall: float | None,
    max_fpr: float | None,
    as_json: bool,
) -> int:
    """Precision, recall, F1, false-positive rate and p50/p99 latency of one scanner.

    DATA rows are {"text", "label"} (1 = should be flagged; XSTest's "2_full_refusal"
    counts as 1), or presidio-research span rows {"full_text", "spans"}.
    """
    from aire.guard.evaluate import evaluate_file
    from aire.guard.policy import build_pipeline
    from aire.guard.registry import INPUT_SCANNERS, OUTPUT_SCANNERS

    if family is None:
        family = (
            "output" if scanner in OUTPUT_SCANNERS and scanner not in INPUT_SCANNERS else "input"
        )
    try:
        parsed = orjson.loads(params) if params else {}
    except orjson.JSONDecodeError:
        raise UsageError(f"--params is not valid JSON: {params}") from None
    if not isinstance(parsed, dict):
        raise UsageError("--params must be a JSON object")
    spec = ScannerSpec(scanner=scanner, params=parsed)
    pipeline = build_pipeline((spec,), family, where="--scanner")  # type: ignore[arg-type]
    wanted = [k.strip() for k in kinds.split(",") if k.strip()] if kinds else None
    if wanted is not None:
        from aire.guard.detect.pii import ALL_KINDS

        unknown = sorted(set(wanted) - set(ALL_KINDS))
        if unknown or not wanted:
            raise UsageError(
                f"--kinds: unknown kind {', '.join(unknown) or '(none given)'}"
                f" (known: {', '.join(ALL_KINDS)})"
            )
    report = evaluate_file(
        pipeline.steps[0].scanner, data, text_field=text_field, kinds=wanted, match=match
    )
    if report.n == 0:
        raise UsageError(f"{data}: no labelled rows to evaluate")
    if as_json:
        click.echo(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(
            f"scanner {report.scanner} ({family}) on {data}: {report.n} {report.mode} rows"
            + (f", {report.skipped} skipped" if report.skipped else "")
        )
        click.echo(
            f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}"
            f"  FPR {report.fpr:.3f}"
        )
        click.echo(
            f"latency p50 {report.percentile_us(50):.1f} us  p99 {report.percentile_us(99):.1f} us"
        )
        for kind, (tp, fp, fn) in sorted(report.by_kind.items()):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            click.echo(f"  {kind:<12} tp {tp:<4} fp {fp:<4} fn {fn:<4} F1 {f1:.3f}")
    failed = []
    if min_f1 is not None and report.f1 < min_f1:
        failed.append(f"F1 {report.f1:.3f} < {min_f1}")
    if min_recall is not None and report.recall < min_recall:
        failed.append(f"recall {report.recall:.3f} < {min_recall}")
    if max_fpr is not None and report.fpr > max_fpr:
        failed.append(f"FPR {report.fpr:.3f} > {max_fpr}")
    for line in failed:
        click.echo(f"FAIL: {line}", err=True)
    return 1 if failed else 0


@guard.command()
def scanners() -> None:
    """List the scanners of each family."""
    from aire.guard.registry import INPUT_SCANNERS, OUTPUT_SCANNERS

    click.echo("input:  " + ", ".join(INPUT_SCANNERS.names()))
    click.echo("output: " + ", ".join(OUTPUT_SCANNERS.names()))
