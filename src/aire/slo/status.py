"""``aire slo status``: error budget remaining and burn rates, from a Prometheus server.

Reads the series the generated rules record (Sloth's names, so Sloth's rules work too)
through the HTTP API (``/api/v1/query``): ``slo:sli_error:ratio_rate<w>`` for every
window, ``slo:error_budget:ratio``, ``slo:objective:ratio``,
``slo:period_error_budget_remaining:ratio`` and the firing ``ALERTS`` of each SLO.
A burn rate is the window's error ratio over the error budget (1 spends the budget in
exactly the period).

JSON shape (``--json``), one entry per ``sloth_id``::

    {"prometheus": url, "time": unix_s, "slos": [{"id", "service", "slo", "objective",
      "error_budget", "budget_remaining", "burn_rates": {"5m": x, "1h": y, ...},
      "error_ratios": {...}, "alerts": [{"alertname", "severity", "state"}],
      "state": "ok" | "burning" | "exhausted" | "no_data"}]}

``state``: ``exhausted`` when the budget remaining is at or below zero, ``burning`` while
a page or ticket alert of the SLO fires, ``no_data`` when no window has a value.
"""

from __future__ import annotations

import json
import math
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from aire.errors import PrometheusUnavailable
from aire.slo.durations import parse_duration

__all__ = ["fetch_status", "query"]


def query(base_url: str, promql: str, *, timeout_s: float = 10.0) -> list[dict[str, Any]]:
    """An instant query's result vector (``[{metric, value}]``)."""
    url = base_url.rstrip("/") + "/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as resp:
            body = json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        try:
            detail = json.loads(exc.read()).get("error", "")
        except ValueError:
            detail = ""
        raise PrometheusUnavailable(
            f"Prometheus at {base_url} answered {exc.code} {detail}".strip()
        ) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PrometheusUnavailable(f"cannot query Prometheus at {base_url}: {reason}") from None
    if not isinstance(body, dict) or body.get("status") != "success":
        raise PrometheusUnavailable(f"{base_url} did not answer as a Prometheus HTTP API")
    data = body.get("data") or {}
    if data.get("resultType") != "vector":
        return []
    return list(data.get("result") or [])


def _value(sample: dict[str, Any]) -> float | None:
    try:
        v = float(sample["value"][1])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _number(v: float | None) -> float | None:
    if v is None or math.isinf(v):
        return None if v is None else (1e308 if v > 0 else -1e308)
    return round(v, 9)


def fetch_status(
    base_url: str, *, slo_id: str | None = None, timeout_s: float = 10.0
) -> dict[str, Any]:
    sel = f'{{sloth_id="{slo_id}"}}' if slo_id else ""
    slos: dict[str, dict[str, Any]] = {}

    def entry(metric: dict[str, str]) -> dict[str, Any] | None:
        sid = metric.get("sloth_id")
        if not sid:
            return None
        return slos.setdefault(
            sid,
            {
                "id": sid,
                "service": metric.get("sloth_service"),
                "slo": metric.get("sloth_slo"),
                "objective": None,
                "error_budget": None,
                "budget_remaining": None,
                "burn_rates": {},
                "error_ratios": {},
                "alerts": [],
                "state": "no_data",
            },
        )

    def q(promql: str) -> list[dict[str, Any]]:
        return query(base_url, promql, timeout_s=timeout_s)

    for s in q(f"slo:objective:ratio{sel}"):
        e = entry(s["metric"])
        if e is not None:
            e["objective"] = _number(_value(s))
    for s in q(f"slo:error_budget:ratio{sel}"):
        e = entry(s["metric"])
        if e is not None:
            e["error_budget"] = _number(_value(s))
    for s in q(f"slo:period_error_budget_remaining:ratio{sel}"):
        e = entry(s["metric"])
        if e is not None:
            e["budget_remaining"] = _number(_value(s))
    matcher = f'sloth_id="{slo_id}",' if slo_id else ""
    for s in q(f'{{__name__=~"slo:sli_error:ratio_rate.+",{matcher}sloth_window!=""}}'):
        e = entry(s["metric"])
        if e is None:
            continue
        window = s["metric"].get("sloth_window") or s["metric"]["__name__"].rsplit("rate", 1)[1]
        e["error_ratios"][window] = _number(_value(s))
    for s in q(f'ALERTS{{{matcher}alertstate="firing"}}'):
        e = entry(s["metric"])
        if e is None:
            continue
        m = s["metric"]
        e["alerts"].append(
            {
                "alertname": m.get("alertname"),
                "severity": m.get("sloth_severity") or m.get("severity"),
                "state": m.get("alertstate"),
            }
        )
    for e in slos.values():
        budget = e["error_budget"]
        order = sorted(e["error_ratios"], key=_seconds)
        e["error_ratios"] = {w: e["error_ratios"][w] for w in order}
        if budget:
            e["burn_rates"] = {
                w: (_number(r / budget) if r is not None else None)
                for w, r in e["error_ratios"].items()
            }
        has_data = any(r is not None for r in e["error_ratios"].values())
        if e["budget_remaining"] is not None and e["budget_remaining"] <= 0:
            e["state"] = "exhausted"
        elif any(a["severity"] in ("page", "ticket") for a in e["alerts"]):
            e["state"] = "burning"
        elif has_data:
            e["state"] = "ok"
    return {
        "prometheus": base_url,
        "time": round(time.time(), 3),
        "slos": sorted(slos.values(), key=lambda e: e["id"]),
    }


def _seconds(window: str) -> float:
    try:
        return parse_duration(window)
    except ValueError:
        return math.inf
