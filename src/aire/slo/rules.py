"""Prometheus recording and alerting rules for SLOs (multi-window multi-burn-rate).

Per SLO, three groups as Sloth writes them (same names, series and labels, so Sloth's
Grafana dashboards read them):

- ``sloth-slo-sli-recordings-<id>``: ``slo:sli_error:ratio_rate<w>`` for every alert
  window, and the period's ratio as the mean of the shortest window's ratio;
- ``sloth-slo-meta-recordings-<id>``: objective, error budget, period, current and period
  burn rate, budget remaining, ``sloth_slo_info``;
- ``sloth-slo-alerts-<id>``: the page alert (quick and slow pair) and the ticket alert.

aire adds, each on by default and each can be turned off:

- a low-traffic guard: a pair may only fire when its long window saw at least
  ``min_events`` events (``slo:sli_events:count<w>``), against the false pages of a
  handful of requests (slok/sloth#666); only for event SLIs (a ratio query has no count);
- an absent-data alert ``<name>SLIAbsent`` when the SLI's total series is gone for
  ``absent_for`` (ticket severity), the Pyrra alert made quieter (pyrra#820);
- ``runbook_url`` on every alert (``docs/runbooks/``).

With the guard and absent alerts off, the rules compute what Sloth's compute, operation
for operation (tests/slo/test_sloth_equivalence.py runs both under ``promtool test rules``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from aire import __version__
from aire.errors import ConfigError
from aire.slo.durations import format_duration, parse_duration
from aire.slo.model import SLO, format_number
from aire.slo.windows import WORKBOOK, AlertWindows, Window

__all__ = ["RuleOptions", "dump_rules", "generate_rules", "windows_for"]

_TITLE = (
    "({sev}) {{{{$labels.sloth_service}}}} {{{{$labels.sloth_slo}}}} "
    "SLO error budget burn rate is too fast."
)
_SUMMARY = (
    "{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected."
)


@dataclass(frozen=True, slots=True)
class RuleOptions:
    windows: AlertWindows | None = None  # None: the workbook's for the SLO's period
    period: str = "30d"  # when neither windows nor the spec give one
    extra_labels: Mapping[str, str] = field(default_factory=dict)
    min_events: int = 100  # low-traffic guard (0: off); a spec's own value wins
    absent_alerts: bool = True
    absent_for: str = "10m"
    runbook_base: str = "docs/runbooks"


def windows_for(slo: SLO, options: RuleOptions) -> AlertWindows:
    if options.windows is not None:
        return options.windows
    period = slo.period or options.period
    try:
        key = format_duration(parse_duration(period))
    except ValueError as exc:
        raise ConfigError(f"SLO {slo.id}: {exc}") from None
    key = {"4w": "28d"}.get(key, key)
    if key not in WORKBOOK:
        raise ConfigError(
            f"SLO {slo.id}: period {period} has no built-in windows (28d, 30d): "
            "give a windows file (--windows)"
        )
    return WORKBOOK[key]


def _ids(slo: SLO) -> dict[str, str]:
    return {"sloth_id": slo.id, "sloth_service": slo.service, "sloth_slo": slo.name}


def _selector(slo: SLO) -> str:
    return ", ".join(f'{k}="{v}"' for k, v in _ids(slo).items())


def _labels(slo: SLO, options: RuleOptions, **more: str) -> dict[str, str]:
    return {**slo.labels, **options.extra_labels, **_ids(slo), **more}


def _sli_group(
    slo: SLO, windows: AlertWindows, options: RuleOptions, guard: bool
) -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    for seconds in windows.durations():
        w = format_duration(seconds)
        rules.append(
            {
                "record": f"slo:sli_error:ratio_rate{w}",
                "expr": slo.sli.error_ratio(w),
                "labels": _labels(slo, options, sloth_window=w),
            }
        )
    period = windows.period
    shortest = format_duration(windows.durations()[0])
    sel = _selector(slo)
    rules.append(
        {
            "record": f"slo:sli_error:ratio_rate{period}",
            "expr": (
                f"sum_over_time(slo:sli_error:ratio_rate{shortest}{{{sel}}}[{period}])\n"
                "/ ignoring (sloth_window)\n"
                f"count_over_time(slo:sli_error:ratio_rate{shortest}{{{sel}}}[{period}])\n"
            ),
            "labels": _labels(slo, options, sloth_window=period),
        }
    )
    if guard:
        longs = sorted({p.long_s for p in windows.pairs().values()})
        for seconds in longs:
            w = format_duration(seconds)
            total = slo.sli.total(w)
            rules.append(
                {
                    "record": f"slo:sli_events:count{w}",
                    "expr": f"({total}) * {format_number(seconds)}\n",
                    "labels": _labels(slo, options, sloth_window=w),
                }
            )
    return {"name": f"sloth-slo-sli-recordings-{slo.id}", "rules": rules}


def _meta_group(slo: SLO, windows: AlertWindows, options: RuleOptions) -> dict[str, Any]:
    sel = _selector(slo)
    shortest = format_duration(windows.durations()[0])
    period = windows.period
    objective = repr(slo.objective_ratio)
    ids = "on(sloth_id, sloth_slo, sloth_service) group_left"
    labels = _labels(slo, options)
    budget = f"slo:error_budget:ratio{{{sel}}}"
    return {
        "name": f"sloth-slo-meta-recordings-{slo.id}",
        "rules": [
            {"record": "slo:objective:ratio", "expr": f"vector({objective})", "labels": labels},
            {
                "record": "slo:error_budget:ratio",
                "expr": f"vector(1-{objective})",
                "labels": labels,
            },
            {
                "record": "slo:time_period:days",
                "expr": f"vector({format_number(windows.period_s / 86400)})",
                "labels": labels,
            },
            {
                "record": "slo:current_burn_rate:ratio",
                "expr": f"slo:sli_error:ratio_rate{shortest}{{{sel}}}\n/ {ids}\n{budget}\n",
                "labels": labels,
            },
            {
                "record": "slo:period_burn_rate:ratio",
                "expr": f"slo:sli_error:ratio_rate{period}{{{sel}}}\n/ {ids}\n{budget}\n",
                "labels": labels,
            },
            {
                "record": "slo:period_error_budget_remaining:ratio",
                "expr": f"1 - slo:period_burn_rate:ratio{{{sel}}}",
                "labels": labels,
            },
            {
                "record": "sloth_slo_info",
                "expr": "vector(1)",
                "labels": {
                    **labels,
                    "sloth_mode": slo.mode,
                    "sloth_objective": format_number(slo.objective),
                    "sloth_spec": slo.spec,
                    "sloth_version": f"aire-{__version__}",
                },
            },
        ],
    }


def _pair(slo: SLO, windows: AlertWindows, pair: Window, min_events: int) -> str:
    sel = _selector(slo)
    threshold = f"({format_number(windows.factor(pair))} * {slo.error_budget!r})"
    short, long = format_duration(pair.short_s), format_duration(pair.long_s)
    lines = [
        f"    max(slo:sli_error:ratio_rate{short}{{{sel}}} > {threshold}) without (sloth_window)",
        "    and",
        f"    max(slo:sli_error:ratio_rate{long}{{{sel}}} > {threshold}) without (sloth_window)",
    ]
    if min_events > 0:
        lines += [
            "    and on(sloth_id, sloth_service, sloth_slo)",
            f"    max(slo:sli_events:count{long}{{{sel}}} >= {min_events}) without (sloth_window)",
        ]
    return "(\n" + "\n".join(lines) + "\n)"


def _alert_group(
    slo: SLO, windows: AlertWindows, options: RuleOptions, min_events: int, absent: bool
) -> dict[str, Any] | None:
    rules: list[dict[str, Any]] = []
    runbook = f"{options.runbook_base.rstrip('/')}/{slo.runbook}"
    for sev, spec, quick, slow in (
        ("page", slo.page, windows.page_quick, windows.page_slow),
        ("ticket", slo.ticket, windows.ticket_quick, windows.ticket_slow),
    ):
        if spec.disabled:
            continue
        assert slo.alert_name is not None
        expr = (
            _pair(slo, windows, quick, min_events)
            + "\nor\n"
            + _pair(slo, windows, slow, min_events)
            + "\n"
        )
        annotations = {
            "title": _TITLE.format(sev=sev),
            "summary": _SUMMARY,
            "runbook_url": f"{runbook}#{sev}",
            **slo.alert_annotations,
            **spec.annotations,
        }
        rules.append(
            {
                "alert": slo.alert_name,
                "expr": expr,
                "labels": {**slo.alert_labels, **spec.labels, "sloth_severity": sev},
                "annotations": annotations,
            }
        )
    if absent and slo.alert_name is not None:
        shortest = format_duration(windows.durations()[0])
        series = slo.sli.total(shortest) or slo.sli.error_ratio(shortest)
        rules.append(
            {
                "alert": f"{slo.alert_name}SLIAbsent",
                "expr": f"absent({series.strip()})\n",
                "for": options.absent_for,
                "labels": {
                    **slo.alert_labels,
                    **slo.ticket.labels,
                    **_ids(slo),
                    "sloth_severity": "ticket",
                },
                "annotations": {
                    "title": f"{slo.service} {slo.name}: the SLI's series are absent.",
                    "summary": "No data for the SLI: its burn-rate alerts cannot fire.",
                    "runbook_url": f"{options.runbook_base.rstrip('/')}/slo-absent-data.md",
                    **slo.alert_annotations,
                },
            }
        )
    if not rules:
        return None
    return {"name": f"sloth-slo-alerts-{slo.id}", "rules": rules}


def generate_rules(slos: list[SLO], options: RuleOptions | None = None) -> dict[str, Any]:
    """A Prometheus rule file (``{"groups": [...]}``) for ``slos``."""
    options = options or RuleOptions()
    groups: list[dict[str, Any]] = []
    for slo in slos:
        windows = windows_for(slo, options)
        min_events = options.min_events if slo.min_events is None else slo.min_events
        guard = min_events > 0 and slo.sli.events
        absent = options.absent_alerts if slo.absent_alert is None else slo.absent_alert
        groups.append(_sli_group(slo, windows, options, guard))
        groups.append(_meta_group(slo, windows, options))
        alerts = _alert_group(slo, windows, options, min_events if guard else 0, absent)
        if alerts is not None:
            groups.append(alerts)
    return {"groups": groups}


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_rules(rules: dict[str, Any]) -> str:
    head = f"# Generated by aire {__version__} (aire slo generate). Do not edit.\n"
    return head + yaml.dump(rules, Dumper=_Dumper, sort_keys=False, width=1000, allow_unicode=True)
