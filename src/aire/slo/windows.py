"""Alert windows of multi-window multi-burn-rate alerts (the SRE workbook's method).

An ``AlertWindows`` holds the SLO period and four window pairs: page quick and slow,
ticket quick and slow; each pair alerts when both its short and long window burn the
budget faster than a factor, the factor being the speed at which the pair's share of
the budget (``budget_percent``) is spent within its long window:
``factor = budget_percent * period_hours / 100 / long_window_hours``
(30 days: 14.4, 6, 3, 1; 28 days: 13.44, 5.6, 2.8, 0.93). The workbook's windows for 28
and 30 days are built in; other windows are read from Sloth's ``AlertWindows`` file
format (``apiVersion: sloth.slok.dev/v1``), so one windows file serves both tools.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aire.config.base import Model
from aire.config.loader import validate_config
from aire.config.yaml_source import parse_yaml, read_config_text
from aire.errors import ConfigError
from aire.slo.durations import format_duration, parse_duration

__all__ = ["WORKBOOK", "AlertWindows", "Window", "load_windows", "workbook_windows"]


@dataclass(frozen=True, slots=True)
class Window:
    budget_percent: float  # share of the period's error budget this pair may spend
    short_s: float
    long_s: float


@dataclass(frozen=True, slots=True)
class AlertWindows:
    period_s: float
    page_quick: Window
    page_slow: Window
    ticket_quick: Window
    ticket_slow: Window

    def factor(self, window: Window) -> float:
        """The burn rate that spends ``window.budget_percent`` of the budget in its long window."""
        # the same operations in the same order as Sloth, so the factors agree to the last bit
        hours_to_spend = window.budget_percent * (self.period_s / 3600) / 100
        return hours_to_spend / (window.long_s / 3600)

    @property
    def period(self) -> str:
        return format_duration(self.period_s)

    def pairs(self) -> dict[str, Window]:
        return {
            "page_quick": self.page_quick,
            "page_slow": self.page_slow,
            "ticket_quick": self.ticket_quick,
            "ticket_slow": self.ticket_slow,
        }

    def durations(self) -> list[float]:
        """Every distinct short and long window, shortest first (the SLI recording windows)."""
        found = {s for w in self.pairs().values() for s in (w.short_s, w.long_s)}
        return sorted(found)

    def scaled(self, period_s: float) -> AlertWindows:
        """The same windows for a shorter period, each shrunk in proportion to whole
        seconds (test windows: a 12 h period makes the page pair 5 s and 1 min)."""
        k = period_s / self.period_s

        def shrink(w: Window) -> Window:
            return Window(w.budget_percent, max(1.0, round(w.short_s * k)), round(w.long_s * k))

        return AlertWindows(
            period_s,
            shrink(self.page_quick),
            shrink(self.page_slow),
            shrink(self.ticket_quick),
            shrink(self.ticket_slow),
        )


def workbook_windows(period_days: int) -> AlertWindows:
    """The Google SRE workbook's windows: page 1h/5m (2%) and 6h/30m (5%), ticket 1d/2h
    (10%) and 3d/6h (10%), for a period of ``period_days``."""
    h = 3600.0
    return AlertWindows(
        period_days * 86400.0,
        Window(2, 5 * 60, h),
        Window(5, 30 * 60, 6 * h),
        Window(10, 2 * h, 24 * h),
        Window(10, 6 * h, 72 * h),
    )


WORKBOOK = {"28d": workbook_windows(28), "30d": workbook_windows(30)}


class _Pair(Model):
    errorBudgetPercent: float
    shortWindow: str
    longWindow: str


class _Severity(Model):
    quick: _Pair
    slow: _Pair


class _Spec(Model):
    sloPeriod: str
    page: _Severity
    ticket: _Severity


class _WindowsFile(Model):
    apiVersion: str
    kind: str
    spec: _Spec


def load_windows(path: str | Path) -> AlertWindows:
    """Alert windows from a Sloth ``AlertWindows`` file."""
    source = str(path)
    data, lines = parse_yaml(read_config_text(path), source=source)
    doc = validate_config(_WindowsFile, data, source=source, lines=lines)
    if doc.kind != "AlertWindows" or not doc.apiVersion.startswith("sloth.slok.dev/"):
        raise ConfigError(
            "expected apiVersion sloth.slok.dev/v1, kind AlertWindows",
            file=source,
            line=lines.line_for(("kind",)),
            path="kind",
        )
    return windows_from(doc.spec, source=source, lines=lines)


def windows_from(
    spec: Any, *, source: str, lines: Any = None, prefix: tuple[Any, ...] = ("spec",)
) -> AlertWindows:
    def pair(sev: str, speed: str) -> Window:
        p: _Pair = getattr(getattr(spec, sev), speed)
        loc = (*prefix, sev, speed)
        try:
            short, long = parse_duration(p.shortWindow), parse_duration(p.longWindow)
        except ValueError as exc:
            raise ConfigError(
                str(exc), file=source, line=_line(lines, loc), path=_path(loc)
            ) from None
        if not short < long:
            raise ConfigError(
                "shortWindow must be shorter than longWindow",
                file=source,
                line=_line(lines, loc),
                path=_path(loc),
            )
        if not 0 < p.errorBudgetPercent <= 100:
            raise ConfigError(
                "errorBudgetPercent must be in (0, 100]",
                file=source,
                line=_line(lines, loc),
                path=_path(loc),
            )
        return Window(p.errorBudgetPercent, short, long)

    try:
        period = parse_duration(spec.sloPeriod)
    except ValueError as exc:
        loc = (*prefix, "sloPeriod")
        raise ConfigError(str(exc), file=source, line=_line(lines, loc), path=_path(loc)) from None
    return AlertWindows(
        period,
        pair("page", "quick"),
        pair("page", "slow"),
        pair("ticket", "quick"),
        pair("ticket", "slow"),
    )


def _line(lines: Any, loc: tuple[Any, ...]) -> int | None:
    return lines.line_for(loc) if lines is not None else None


def _path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc)
