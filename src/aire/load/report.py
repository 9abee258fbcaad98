"""Terminal output: the summary table, the capacity curve, a comparison, live progress.

Tables go to the given console (stdout); the progress bar goes to stderr and only when
it is a terminal, so piped output stays clean.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console, Group
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from aire.load.capacity import CapacityResult, Step
from aire.load.compare import Delta
from aire.load.runner import Progress as RunProgress

__all__ = ["ProgressBar", "capacity_table", "compare_table", "step_line", "summary_table"]


def _ms(value: Any) -> str:
    return "-" if value is None else f"{value:,.1f}"


def _num(value: Any, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def summary_table(s: dict[str, Any]) -> Group:
    """The latency table and the totals of a run summary."""
    target, load = s["target"], s["load"]
    shape = (
        f"concurrency {load['concurrency']}"
        if load["mode"] == "closed"
        else f"{load['arrival']} arrivals at {load['rate_rps']:g} req/s"
    )
    cut = " (INTERRUPTED)" if s.get("interrupted") else ""
    title = (
        f"{target['model']} @ {target['endpoint']}\n{shape}, {s['duration_s']:.1f} s measured{cut}"
    )
    table = Table(title=title, title_justify="left")
    table.add_column("latency (ms)")
    cols = ("mean", "median", "p90", "p95", "p99", "max")
    for col in cols:
        table.add_column(col, justify="right")
    for name, label in (("ttft", "TTFT"), ("itl", "ITL"), ("tpot", "TPOT"), ("e2e", "e2e")):
        st = s["latency_ms"][name]
        if st["count"]:
            table.add_row(label, *(_ms(st[k]) for k in cols))
    req, tp = s["requests"], s["throughput"]
    totals = Table.grid(padding=(0, 2))
    totals.add_column()
    totals.add_column(justify="right")
    totals.add_column()
    errors = ", ".join(f"{k} {v}" for k, v in s["errors"].items())
    warm = f", {req['warmup']} warm-up not counted" if req["warmup"] else ""
    totals.add_row("requests", f"{req['total']:,}", f"{req['failed']} failed{warm}")
    rate = "-" if s["error_rate"] is None else f"{s['error_rate']:.2%}"
    totals.add_row("error rate", rate, errors)
    totals.add_row("requests/s", _num(tp["requests_per_s"]), "")
    totals.add_row("output tok/s", _num(tp["output_tokens_per_s"], 1), "")
    totals.add_row("total tok/s", _num(tp["total_tokens_per_s"], 1), "")
    if s["goodput"]:
        g = s["goodput"]
        ratio = "-" if g["ratio"] is None else f"{g['ratio']:.1%}"
        slo = ", ".join(f"{k} {v:g}" for k, v in g["slo"].items() if v is not None)
        totals.add_row("goodput req/s", _num(g["requests_per_s"]), f"{ratio} within {slo}")
    if s["stopped_early"]:
        totals.add_row("stopped early", "", s["stopped_early"])
    cancelled = req.get("cancelled") or 0
    if s.get("interrupted"):
        totals.add_row(
            "[bold red]INTERRUPTED[/bold red]",
            "",
            f"by Ctrl-C; {cancelled} in flight cancelled, not counted",
        )
    elif cancelled:
        totals.add_row("cancelled", f"{cancelled:,}", "in flight when the run stopped, not counted")
    return Group(table, totals)


def step_line(by: str, step: Step) -> str:
    s = step.summary
    lat = s["latency_ms"]
    verdict = "ok" if step.passed else "FAIL: " + "; ".join(step.violations)
    return (
        f"{by} {step.value:g}: p95 TTFT {_ms(lat['ttft']['p95'])} ms, p95 ITL "
        f"{_ms(lat['itl']['p95'])} ms, {_num(s['throughput']['requests_per_s'])} req/s, "
        f"errors {s['error_rate'] or 0:.1%}  {verdict}"
    )


def capacity_table(result: CapacityResult | list[Step], by: str) -> Table:
    steps = result.curve() if isinstance(result, CapacityResult) else result
    table = Table(title=f"measured curve by {by}", title_justify="left")
    for col in (by, "req/s", "out tok/s", "TTFT p50", "TTFT p95", "ITL p50", "ITL p95",
                "e2e p95", "errors", "within limits"):  # fmt: skip
        table.add_column(col, justify="right")
    for step in steps:
        s = step.summary
        lat, tp = s["latency_ms"], s["throughput"]
        table.add_row(
            f"{step.value:g}",
            _num(tp["requests_per_s"]),
            _num(tp["output_tokens_per_s"], 1),
            _ms(lat["ttft"]["median"]),
            _ms(lat["ttft"]["p95"]),
            _ms(lat["itl"]["median"]),
            _ms(lat["itl"]["p95"]),
            _ms(lat["e2e"]["p95"]),
            f"{s['error_rate'] or 0:.1%}",
            "yes" if step.passed else "[red]no[/red]",
        )
    return table


def compare_table(deltas: list[Delta], name_a: str, name_b: str) -> Table:
    table = Table(title=f"{name_a} -> {name_b}", title_justify="left")
    for col in ("metric", "A", "B", "change", ""):
        table.add_column(col, justify="left" if col in ("metric", "") else "right")
    for d in deltas:
        pct = d.change_pct
        if d.metric == "error rate":
            a, b = (None if v is None else f"{v:.2%}" for v in (d.a, d.b))
            change = "-" if d.change is None else f"{d.change * 100:+.2f} pt"
        else:
            a, b = _num(d.a), _num(d.b)
            change = "-" if pct is None else f"{pct:+.1f}%"
        flag = "[red]REGRESSION[/red]" if d.regression else ""
        table.add_row(d.metric, a or "-", b or "-", change, flag)
    return table


class ProgressBar:
    """A live bar on stderr (when it is a terminal) fed by ``RunProgress`` snapshots."""

    def __init__(self, enabled: bool = True, label: str = "load") -> None:
        self.console = Console(file=sys.stderr)
        self.enabled = enabled and self.console.is_terminal
        self.label = label
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[info]}"),
                TimeElapsedColumn(),
                console=self.console,
                refresh_per_second=4,
                transient=True,
            )
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
            self._task = None

    def update(self, p: RunProgress) -> None:
        if self._progress is None:
            return
        if p.total is not None:
            total, done = float(p.total), float(p.finished)
        else:  # bounded by time only: the bar shows seconds
            total, done = float(p.duration_s or 1.0), min(p.elapsed_s, p.duration_s or 1.0)
        rate = p.finished / p.elapsed_s if p.elapsed_s > 0 else 0.0
        info = "warming up" if p.warming_up else f"{rate:,.1f} req/s  {p.errors} errors"
        if self._task is None:
            self._task = self._progress.add_task(self.label, total=total, info=info)
        self._progress.update(self._task, total=total, completed=done, info=info)
