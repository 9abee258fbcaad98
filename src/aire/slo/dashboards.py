"""Grafana dashboards (JSON) for SLOs: one per SLO, on the series the rules record.

Each dashboard shows the budget remaining over the period, the burn rate per alert
window against the page and ticket factors, the error ratio, and the firing alerts,
all from ``slo:*`` series filtered by ``sloth_id``, with a ``datasource`` variable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aire.slo.durations import format_duration
from aire.slo.model import SLO
from aire.slo.rules import RuleOptions, windows_for

__all__ = ["dashboard", "gateway_overview", "write_dashboards"]


def _panel(
    pid: int,
    title: str,
    exprs: list[tuple[str, str]],
    x: int,
    y: int,
    *,
    kind: str = "timeseries",
    unit: str = "short",
    w: int = 12,
) -> dict[str, Any]:
    return {
        "id": pid,
        "type": kind,
        "title": title,
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "gridPos": {"x": x, "y": y, "w": w, "h": 8},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "targets": [
            {"refId": chr(65 + i), "expr": e, "legendFormat": legend}
            for i, (e, legend) in enumerate(exprs)
        ],
    }


def dashboard(slo: SLO, options: RuleOptions | None = None) -> dict[str, Any]:
    options = options or RuleOptions()
    windows = windows_for(slo, options)
    sel = f'sloth_id="{slo.id}"'
    budget = f"slo:error_budget:ratio{{{sel}}}"
    burns = [
        (
            f"slo:sli_error:ratio_rate{format_duration(s)}{{{sel}}}"
            f" / on(sloth_id) group_left {budget}",
            format_duration(s),
        )
        for s in windows.durations()
    ]
    factors = [
        (f"vector({windows.factor(p)})", f"{name} factor") for name, p in windows.pairs().items()
    ]
    panels = [
        _panel(
            1,
            "Error budget remaining",
            [(f"slo:period_error_budget_remaining:ratio{{{sel}}}", "remaining")],
            0,
            0,
            kind="stat",
            unit="percentunit",
            w=6,
        ),
        _panel(
            2,
            "Objective",
            [(f"slo:objective:ratio{{{sel}}}", "objective")],
            6,
            0,
            kind="stat",
            unit="percentunit",
            w=6,
        ),
        _panel(
            3,
            "Current burn rate (shortest window)",
            [(f"slo:current_burn_rate:ratio{{{sel}}}", "burn")],
            12,
            0,
            kind="stat",
            w=6,
        ),
        _panel(
            4,
            "Firing alerts",
            [(f'ALERTS{{{sel},alertstate="firing"}}', "{{alertname}} {{sloth_severity}}")],
            18,
            0,
            kind="table",
            w=6,
        ),
        _panel(5, "Burn rate per window (x budget)", burns + factors, 0, 8),
        _panel(
            6,
            "Error ratio",
            [
                (f"slo:sli_error:ratio_rate{format_duration(s)}{{{sel}}}", format_duration(s))
                for s in windows.durations()
            ],
            12,
            8,
            unit="percentunit",
        ),
        _panel(
            7,
            "Budget remaining over time",
            [(f"slo:period_error_budget_remaining:ratio{{{sel}}}", "remaining")],
            0,
            16,
            unit="percentunit",
            w=24,
        ),
    ]
    return {
        "uid": ("aire-slo-" + slo.id)[:40],
        "title": f"SLO {slo.service} / {slo.name}",
        "tags": ["aire", "slo", slo.service],
        "timezone": "utc",
        "schemaVersion": 39,
        "time": {"from": "now-" + windows.period, "to": "now"},
        "templating": {
            "list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]
        },
        "description": slo.description or f"{slo.objective}% over {windows.period}",
        "panels": panels,
    }


def gateway_overview() -> dict[str, Any]:
    """The gateway at a glance: traffic, errors, latency, breakers, quality SLIs, guard."""
    rate = "sum by (alias) (rate({m}[5m]))"
    q = "histogram_quantile({p}, sum by (le, alias) (rate({m}_bucket[5m])))"
    signals = (
        "sum by (alias, signal) (rate(aire_quality_signals_total[15m]))"
        " / on(alias) group_left sum by (alias) (rate(aire_quality_answers_total[15m]))"
    )
    errors = (
        'sum by (alias) (rate(aire_gateway_requests_total{status=~"5.."}[5m]))'
        " / sum by (alias) (rate(aire_gateway_requests_total[5m]))"
    )
    ttft = "aire_gateway_time_to_first_token_seconds"
    e2e = "aire_gateway_request_duration_seconds"
    breaker = "max by (deployment) (aire_gateway_breaker_state)"
    blocks = "sum by (kind) (rate(aire_guard_blocks_total[5m]))"
    budget = "slo:period_error_budget_remaining:ratio"
    pct = "percentunit"
    panels = [
        _panel(
            1, "Requests/s", [(rate.format(m="aire_gateway_requests_total"), "{{alias}}")], 0, 0
        ),
        _panel(2, "5xx ratio", [(errors, "{{alias}}")], 12, 0, unit=pct),
        _panel(
            3,
            "TTFT p50/p99",
            [(q.format(p=p, m=ttft), f"p{p[2:] or 50} {{{{alias}}}}") for p in ("0.5", "0.99")],
            0,
            8,
            unit="s",
        ),
        _panel(
            4,
            "End-to-end p50/p99",
            [(q.format(p=p, m=e2e), f"p{p[2:] or 50} {{{{alias}}}}") for p in ("0.5", "0.99")],
            12,
            8,
            unit="s",
        ),
        _panel(5, "Breakers (0 closed, 1 half-open, 2 open)", [(breaker, "{{deployment}}")], 0, 16),
        _panel(
            6,
            "Quality signals (share of answers)",
            [(signals, "{{alias}} {{signal}}")],
            12,
            16,
            unit=pct,
        ),
        _panel(7, "Guard blocks/s", [(blocks, "{{kind}}")], 0, 24),
        _panel(
            8,
            "Retries and fallbacks/s",
            [
                ("sum by (alias) (rate(aire_gateway_retries_total[5m]))", "retries {{alias}}"),
                ("sum by (alias) (rate(aire_gateway_fallbacks_total[5m]))", "fallbacks {{alias}}"),
            ],
            12,
            24,
        ),
        _panel(
            9,
            "SLO budget remaining",
            [(budget, "{{sloth_service}}/{{sloth_slo}}")],
            0,
            32,
            unit=pct,
            w=24,
        ),
    ]
    return {
        "uid": "aire-gateway-overview",
        "title": "aire gateway overview",
        "tags": ["aire", "gateway"],
        "timezone": "utc",
        "schemaVersion": 39,
        "time": {"from": "now-6h", "to": "now"},
        "templating": {
            "list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]
        },
        "panels": panels,
    }


def write_dashboards(
    slos: list[SLO], directory: Path, options: RuleOptions | None = None
) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for slo in slos:
        path = directory / f"slo-{slo.id}.json"
        path.write_text(json.dumps(dashboard(slo, options), indent=2) + "\n", encoding="utf-8")
        out.append(path)
    overview = directory / "gateway-overview.json"
    overview.write_text(json.dumps(gateway_overview(), indent=2) + "\n", encoding="utf-8")
    out.append(overview)
    return out
