"""``aire load``: load runs, sweeps, capacity search and comparison of results.

Exit codes: 0 ok; 1 a gate failed (error rate, goodput, no capacity within the limits,
a regression); 2 usage or config error; 3 the target could not be reached, or not one
measured request succeeded; 130 interrupted (Ctrl-C), after writing what finished.

Ctrl-C during a run: no new request is sent, requests in flight are cancelled (left out of
every figure, counted as ``requests.cancelled``), the results of what finished are written
and printed marked as interrupted, and the command exits 130. A sweep or a capacity search
keeps the steps it completed. A second Ctrl-C quits at once, writing nothing more.
"""

from __future__ import annotations

import asyncio
import functools
import math
import os
import signal
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import click
from rich.console import Console

from aire.cli.options import load_section, model_options
from aire.config.load import CapacityConfig, LoadConfig
from aire.config.loader import validate_config
from aire.config.sim import SimConfig
from aire.errors import CheckFailed, UsageError

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

_CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}


def _run_async(coro: Coroutine[Any, Any, T]) -> T:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - Windows
        return asyncio.run(coro)
    return uvloop.run(coro)


def _common(func: F) -> F:
    """Options shared by run, sweep and capacity: the file, the target, the load."""
    options = [
        click.option(
            "-c",
            "--config",
            "config_path",
            type=click.Path(path_type=Path, dir_okay=False),
            help="YAML file: its `load:` section (and `sim:` for the embedded simulator).",
        ),
        click.option(
            "-H",
            "--header",
            "header_lines",
            multiple=True,
            metavar="'NAME: VALUE'",
            help="Extra request header (repeatable), e.g. 'Authorization: Bearer sk-...'.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, step lines or notices."),
        model_options(LoadConfig, skip=("headers",)),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _config(
    config_path: Path | None, header_lines: tuple[str, ...], fields: dict[str, Any]
) -> LoadConfig:
    overrides = dict(fields)
    if header_lines:
        headers = {}
        for line in header_lines:
            name, sep, value = line.partition(":")
            if not sep or not name.strip():
                raise UsageError(f"--header must look like 'Name: value', got {line!r}")
            headers[name.strip()] = value.strip()
        overrides["headers"] = headers
    return load_section(config_path, "load", LoadConfig, overrides)


def _sim_config(config_path: Path | None) -> SimConfig:
    return load_section(config_path, "sim", SimConfig, {})


def _console() -> Console:
    """Standard output; when it is a file or a pipe, wide enough not to cut table columns
    (rich would assume 80 columns), and without colour codes."""
    console = Console()
    return console if console.is_terminal else Console(width=200)


def _err(quiet: bool) -> Callable[[str], None]:
    return (lambda _: None) if quiet else functools.partial(click.echo, err=True)


#: exit code of a run cut short by Ctrl-C (128 + SIGINT, as a shell reports it)
EXIT_INTERRUPTED = 130


class _CtrlC:
    """SIGINT while the load runs: the first sets ``stop`` (the run ends with what
    finished), a second one exits 130 at once. Outside ``arm()`` (starting the embedded
    simulator, probing the target) Ctrl-C keeps its usual meaning: stop now, exit 130.
    """

    def __init__(self) -> None:
        self.stop = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def arm(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(signal.SIGINT, self._on_sigint)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, not the main thread
            return
        self._loop = loop

    def __enter__(self) -> _CtrlC:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._loop is not None:
            self._loop.remove_signal_handler(signal.SIGINT)  # back to KeyboardInterrupt
            self._loop = None

    def _on_sigint(self) -> None:
        if not self.stop.is_set():
            self.stop.set()
            click.echo(
                "\ninterrupted: no new requests; writing what finished (Ctrl-C again to quit now)",
                err=True,
            )
            return
        click.echo("interrupted again: quitting without writing results", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)


def _exit_interrupted(message: str) -> None:
    click.echo(f"interrupted: {message}", err=True)
    raise click.exceptions.Exit(EXIT_INTERRUPTED)


def _written(*paths: Path | None) -> str:
    names = [str(p) for p in paths if p is not None]
    return f"; written to {', '.join(names)}" if names else ""


def _check_writable(*paths: Path | None) -> None:
    """Fail before the run, not after it, when a result file cannot be written."""
    from aire.load.output import check_writable

    for path in paths:
        if path is not None:
            check_writable(path)


def _nothing_succeeded(summaries: list[dict[str, Any]]) -> None:
    """Exit 3 when requests were measured and not one of them succeeded: the endpoint
    could not be load-tested (wrong URL or API, not an OpenAI server, down)."""
    from aire.load.errors import LoadError

    if not summaries or any(s["requests"]["ok"] for s in summaries):
        return
    if not any(s["requests"]["total"] for s in summaries):
        return
    errors: dict[str, int] = {}
    examples: dict[str, str] = {}
    for s in summaries:
        for kind, n in s["errors"].items():
            errors[kind] = errors.get(kind, 0) + n
        for kind, text in s.get("error_examples", {}).items():
            examples.setdefault(kind, text)
    kind = max(errors, key=lambda k: errors[k])
    counts = ", ".join(f"{k} {n}" for k, n in errors.items())
    raise LoadError(f"no request succeeded ({counts}); e.g. {kind}: {examples.get(kind, kind)}")


@click.group(context_settings=_CONTEXT)
def load() -> None:
    """Load generation and capacity planning against any OpenAI-compatible endpoint.

    \b
    Measures per request: time to first token (TTFT), every inter-token gap (ITL), time
    per output token (TPOT), end-to-end latency, tokens, status and error class
    (connect, disconnect, timeout, http_4xx, http_5xx, drop, empty, malformed).
    With no --url the load goes to an embedded `aire sim` (configured by the `sim:`
    section of -c FILE), which shares this process: use a separate server for figures.

    Ctrl-C stops sending, cancels what is in flight (left out, counted as cancelled),
    writes and prints what finished marked as interrupted, and exits 130; a second
    Ctrl-C quits at once. Exit codes: 0 ok, 1 a gate failed, 2 usage or config error,
    3 the target could not be reached or not one request succeeded, 130 interrupted.

    \b
      aire load run --url http://127.0.0.1:8000 --concurrency 16 --requests 500
      aire load run --rate-rps 5 --arrival gamma --burstiness 0.5 --duration-s 60 -o a.json
      aire load sweep --values 1,2,4,8,16 -o sweep.json
      aire load capacity --slo-ttft-p95-ms 500 --slo-itl-p95-ms 50
      aire load compare a.json b.json --threshold-pct 10
    """


@load.command(context_settings=_CONTEXT)
@_common
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Summary JSON."
)
@click.option(
    "--records",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Per-request JSONL (times in ms).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary JSON, not a table.")
def run(
    config_path: Path | None,
    header_lines: tuple[str, ...],
    quiet: bool,
    output: Path | None,
    records: Path | None,
    as_json: bool,
    **fields: Any,
) -> None:
    """Run one load and report latency, throughput, errors and goodput.

    Closed loop with --concurrency users unless --rate-rps is given (open loop).
    Exits 1 when --max-error-rate stopped the run or --min-goodput-ratio was missed,
    3 when not one request succeeded, 130 on Ctrl-C (after writing what finished).
    """
    config = _config(config_path, header_lines, fields)
    sim = _sim_config(config_path) if config.url is None else None
    _check_writable(output, records)
    from aire.load import open_target
    from aire.load import run as run_load
    from aire.load.output import write_json, write_records
    from aire.load.report import ProgressBar, summary_table

    ctrl_c = _CtrlC()

    async def main() -> tuple[Any, dict[str, Any]]:
        with ctrl_c:
            async with open_target(config, sim) as target:
                _announce(target, quiet)
                ctrl_c.arm()
                with ProgressBar(enabled=not quiet) as bar:
                    return await run_load(config, target, on_progress=bar.update, stop=ctrl_c.stop)

    result, summary = _run_async(main())
    if records is not None:
        write_records(records, result)
    if output is not None:
        write_json(output, summary)
    if as_json:
        import orjson

        click.echo(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode())
    else:
        _console().print(summary_table(summary))
    if result.interrupted:
        req = summary["requests"]
        _exit_interrupted(
            f"{req['total']} requests finished, {req['cancelled']} in flight cancelled"
            f" (left out){_written(output, records)}"
        )
    _nothing_succeeded([summary])
    _gate(config, summary)


def _announce(target: Any, quiet: bool) -> None:
    if target.embedded and not quiet:
        click.echo(f"no --url given: load goes to an embedded aire sim at {target.url}", err=True)


def _gate(config: LoadConfig, summary: dict[str, Any]) -> None:
    """Exit 1 (CheckFailed) when the run broke a limit it was given."""
    problems = []
    if summary["stopped_early"]:
        problems.append(f"stopped early: {summary['stopped_early']}")
    elif config.max_error_rate is not None and (summary["error_rate"] or 0) > config.max_error_rate:
        problems.append(f"error rate {summary['error_rate']:.1%} > {config.max_error_rate:.1%}")
    goodput = summary["goodput"]
    if config.min_goodput_ratio is not None:
        ratio = goodput["ratio"] if goodput else None
        if ratio is None:
            problems.append("--min-goodput-ratio needs an SLO (--slo-ttft-ms, --slo-itl-ms ...)")
        elif ratio < config.min_goodput_ratio:
            problems.append(f"goodput {ratio:.1%} of requests < {config.min_goodput_ratio:.1%}")
    if problems:
        raise CheckFailed("; ".join(problems))


def _values(text: str, by: str) -> list[float]:
    try:
        values = [float(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise UsageError(
            f"--values: a comma-separated list of numbers, e.g. 1,2,4,8; got {text!r}"
        ) from None
    if not values or any(not math.isfinite(v) or v <= 0 for v in values):
        raise UsageError(f"--values: give positive numbers, e.g. 1,2,4,8; got {text!r}")
    if by == "concurrency" and any(v != int(v) for v in values):
        raise UsageError(f"--values: concurrencies are whole numbers, got {text!r}")
    return values


@load.command(context_settings=_CONTEXT)
@_common
@click.option(
    "--values",
    "values_text",
    required=True,
    metavar="V1,V2,...",
    help="Concurrencies (or rates with --by rate) to run, in order.",
)
@click.option(
    "--by",
    type=click.Choice(["concurrency", "rate"]),
    default="concurrency",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Sweep JSON.")
def sweep(
    config_path: Path | None,
    header_lines: tuple[str, ...],
    quiet: bool,
    values_text: str,
    by: str,
    output: Path | None,
    **fields: Any,
) -> None:
    """Run one load per value and print the measured curve.

    Each value replaces --concurrency (or --rate-rps with --by rate); each step is bounded
    like `aire load run`. The `within limits` column uses the `load.capacity` limits of
    -c FILE. A sweep only measures: it exits 0 whatever the curve, 3 when not one request
    succeeded, 130 on Ctrl-C (the completed steps are written and printed).
    """
    values = _values(values_text, by)
    config = _config(config_path, header_lines, fields)
    _check_writable(output)
    steps, stopped = _run_steps(config, config_path, quiet, by, values=values)
    assert isinstance(steps, list)
    interrupted = stopped and len(steps) < len(values)
    from aire.load.capacity import SWEEP_SCHEMA
    from aire.load.output import write_json
    from aire.load.report import capacity_table

    if output is not None:
        write_json(
            output,
            {
                "schema": SWEEP_SCHEMA,
                "by": by,
                "interrupted": interrupted,
                "steps": [{"value": s.value, "summary": s.summary} for s in steps],
            },
        )
    _console().print(capacity_table(steps, by))
    if interrupted:
        _exit_interrupted(
            f"{len(steps)} of {len(values)} steps completed (the cut-short one left out)"
            + _written(output)
        )
    _nothing_succeeded([s.summary for s in steps])


@load.command(context_settings=_CONTEXT)
@_common
@model_options(CapacityConfig)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Capacity JSON."
)
def capacity(
    config_path: Path | None,
    header_lines: tuple[str, ...],
    quiet: bool,
    output: Path | None,
    **fields: Any,
) -> None:
    """Find the highest concurrency (or rate) whose p95 TTFT, p95 ITL, p95 e2e and error
    rate stay within the limits; print the curve measured on the way.

    Each step is one run bounded like `aire load run` (--requests / --duration-s, warm-up
    excluded). Exits 1 when even --start breaks the limits, 3 when not one request
    succeeded, 130 on Ctrl-C (the steps completed so far are written and printed).
    """
    cap_names = set(CapacityConfig.model_fields)
    cap_flags = {k: v for k, v in fields.items() if k in cap_names and v is not None}
    load_fields = {k: v for k, v in fields.items() if k not in cap_names}
    config = _config(config_path, header_lines, load_fields)
    cap = validate_config(
        CapacityConfig,
        {**config.capacity.model_dump(), **cap_flags},
        source="command line",
        prefix=("load", "capacity"),
    )
    _check_writable(output)
    result, _ = _run_steps(config, config_path, quiet, cap.by, capacity=cap)
    from aire.load.capacity import CapacityResult
    from aire.load.output import write_json
    from aire.load.report import capacity_table

    assert isinstance(result, CapacityResult)
    if output is not None:
        write_json(output, result.to_json())
    _console().print(capacity_table(result, cap.by))
    limits = ", ".join(f"{k} {v:g}" for k, v in result.limits.items() if v is not None)
    if result.interrupted:
        found = (
            "no value passed yet"
            if result.capacity is None
            else f"capacity at least {cap.by} {result.capacity:g} within {limits}"
        )
        _exit_interrupted(
            f"search cut short after {len(result.steps)} steps: {found}" + _written(output)
        )
    _nothing_succeeded([s.summary for s in result.steps])
    if result.capacity is None:
        raise CheckFailed(f"even {cap.by} {cap.start:g} breaks the limits ({limits})")
    if result.capacity >= cap.stop:  # the search stopped there, not at a limit
        click.echo(
            f"capacity: at least {cap.by} {result.capacity:g} within {limits}"
            f" (--stop {cap.stop:g} reached; raise it to search further)"
        )
        return
    click.echo(f"capacity: {cap.by} {result.capacity:g} within {limits}")


def _run_steps(
    config: LoadConfig,
    config_path: Path | None,
    quiet: bool,
    by: str,
    *,
    values: list[float] | None = None,
    capacity: CapacityConfig | None = None,
) -> tuple[Any, bool]:
    """The steps (a sweep) or the ``CapacityResult``, and whether Ctrl-C cut them short."""
    from aire.load import open_target, search, sweep
    from aire.load.capacity import Step, limits_of
    from aire.load.report import ProgressBar, step_line
    from aire.load.runner import RunResult, run_load
    from aire.load.summary import summarize

    if by == "concurrency" and config.rate_rps is not None:
        raise UsageError("--rate-rps fixes the rate; a search by concurrency needs none")
    sim = _sim_config(config_path) if config.url is None else None
    say = _err(quiet)
    ctrl_c = _CtrlC()

    async def main() -> Any:
        with ctrl_c:
            async with open_target(config, sim) as target:
                _announce(target, quiet)
                ctrl_c.arm()

                async def run_step(cfg: LoadConfig) -> tuple[RunResult, dict[str, Any]]:
                    value = cfg.concurrency if by == "concurrency" else cfg.rate_rps
                    with ProgressBar(enabled=not quiet, label=f"{by} {value:g}") as bar:
                        result = await run_load(
                            cfg, target, on_progress=bar.update, stop=ctrl_c.stop
                        )
                    return result, summarize(result)

                def on_step(step: Step) -> None:
                    say(step_line(by, step))

                if capacity is not None:
                    return await search(config, capacity, run_step, on_step)
                limits = limits_of(config.capacity)
                return await sweep(config, by, values or [], run_step, limits, on_step)

    return _run_async(main()), ctrl_c.stop.is_set()


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a finite number.")
    return value


@load.command(context_settings=_CONTEXT)
@click.argument("baseline", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("candidate", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--threshold-pct",
    type=click.FloatRange(min=0.0),
    callback=lambda _ctx, _param, v: _finite(v),
    default=10.0,
    show_default=True,
    help="A latency up or a throughput down by more than this is a regression.",
)
@click.option(
    "--error-rate-delta",
    type=click.FloatRange(min=0.0, max=1.0),
    callback=lambda _ctx, _param, v: _finite(v),
    default=0.01,
    show_default=True,
    help="An error rate up by more than this (absolute) is a regression.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the deltas as JSON.")
def compare(
    baseline: Path, candidate: Path, threshold_pct: float, error_rate_delta: float, as_json: bool
) -> None:
    """Compare two summaries (or capacity results): BASELINE -> CANDIDATE.

    Exits 1 when a metric regressed, 2 when a file is not a complete summary or capacity
    result (a sweep is neither). A run cut short by Ctrl-C is compared, with a note.
    """
    from aire.load.compare import compare as compare_results
    from aire.load.compare import load_result
    from aire.load.report import compare_table

    a, b = load_result(baseline), load_result(candidate)
    for path, data in ((baseline, a), (candidate, b)):
        if data.get("interrupted"):
            click.echo(f"note: {path} was cut short by Ctrl-C (interrupted)", err=True)
    deltas = compare_results(a, b, threshold_pct=threshold_pct, error_rate_delta=error_rate_delta)
    if as_json:
        import orjson

        rows = [
            {
                "metric": d.metric,
                "a": d.a,
                "b": d.b,
                "change_pct": d.change_pct,
                "regression": d.regression,
            }
            for d in deltas
        ]
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
    else:
        _console().print(compare_table(deltas, baseline.name, candidate.name))
    regressions = [d.metric for d in deltas if d.regression]
    if regressions:
        raise CheckFailed(f"regression in {', '.join(regressions)} (threshold {threshold_pct:g}%)")
    if not as_json:
        click.echo("no regression", err=True)
