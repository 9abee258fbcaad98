"""``/status`` as HTML: readable in a browser without Prometheus or Grafana.

One self-contained page (inline CSS, no script; it refreshes itself every 5 s): overall
state, SLO burn rates per alias and SLI over the in-process windows, deployments
(breaker, health, in flight), quality SLIs, guard blocks, drift detectors, canaries,
shadow comparisons, recent alerts and events.
"""

from __future__ import annotations

import time
from html import escape
from typing import Any

__all__ = ["render_status"]

_WINDOWS = {"300": "5m", "1800": "30m", "3600": "1h", "21600": "6h"}
_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2330}
h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 8px}
table{border-collapse:collapse;min-width:640px}
td,th{padding:4px 10px;border-bottom:1px solid #e3e6ec;text-align:left}
th{background:#f4f6f9;font-weight:600} .num{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#137333} .page,.open,.burning,.unhealthy,.degraded{color:#b3261e;font-weight:600}
.ticket,.half_open{color:#a15c00;font-weight:600}
.badge{padding:2px 8px;border-radius:10px;background:#eef1f5}
.note{color:#5f6b7a;font-size:12px}
"""


def _cls(text: str) -> str:
    return escape(text.replace("-", "_"))


def _burn(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.2f}%"


def _ago(t: float) -> str:
    s = max(0, int(time.time() - t))
    return f"{s}s ago" if s < 120 else f"{s // 60}m ago"


def _table(name: str, rows: list[str]) -> str:
    return f"<table id={name}>{''.join(rows)}</table>" if rows else "<p>None.</p>"


def _num(value: float | None, fmt: str = ".2f") -> str:
    return "–" if value is None else format(value, fmt)


def _drift_table(drift: dict[str, Any]) -> str:
    rows = []
    for alias, d in sorted(drift.items()):
        state = "alarm" if d["alarms"] else ("armed" if d["armed_workers"] else "warming up")
        top = sorted(d["scores"].items(), key=lambda kv: -kv[1])[:3]
        scores = ", ".join(f"{escape(n)} {v:.2f}" for n, v in top)
        rows.append(
            f"<tr><td>{escape(alias)}</td>"
            f'<td class="{"page" if d["alarms"] else "ok"}">{state}</td>'
            f"<td>{escape(', '.join(d['alarms'])) or '–'}</td><td>{scores or '–'}</td>"
            f'<td class="num">{d["answers"]}</td></tr>'
        )
    if not rows:
        return "<p>Off (gateway.drift), or no answers measured yet.</p>"
    return (
        "<table id=drift><tr><th>alias</th><th>state</th><th>in alarm</th>"
        f"<th>highest scores (1 = alarm)</th><th class=num>answers</th></tr>{''.join(rows)}"
        "</table>"
    )


def _canary_table(canary: dict[str, Any]) -> str:
    rows = [
        f"<tr><td>{escape(alias)}</td><td>{escape(c['deployment'])}</td>"
        f'<td class="num">{c["weight"]:.2f}</td>'
        f'<td class="{"page" if c["rolled_back"] else "ok"}">'
        f"{escape('rolled back: ' + ', '.join(c['rolled_back'])) if c['rolled_back'] else 'live'}"
        "</td></tr>"
        for alias, c in sorted(canary.items())
    ]
    return (
        "<table id=canary><tr><th>alias</th><th>canary</th><th class=num>weight</th>"
        f"<th>state</th></tr>{''.join(rows)}</table>"
        if rows
        else "<p>None configured.</p>"
    )


def _shadow_table(shadow: list[dict[str, Any]]) -> str:
    rows = []
    for c in shadow:
        rr, sv, lat = c["refusal_rate"], c["schema_valid_rate"], c["latency_s"]
        rows.append(
            f"<tr><td>{escape(c['alias'])}</td><td>{escape(c['shadow'])}</td>"
            f'<td class="num">{c["compared"]}</td>'
            f'<td class="num">{_num(c["agreement"])}</td>'
            f'<td class="num">{_num(c["length_ratio"])}</td>'
            f'<td class="num">{_pct(rr["primary"])} / {_pct(rr["shadow"])}</td>'
            f'<td class="num">{_pct(sv["primary"])} / {_pct(sv["shadow"])} '
            f"({c['schema_pairs']})</td>"
            f'<td class="num">{_num(lat["primary"], ".3f")} / {_num(lat["shadow"], ".3f")}</td>'
            f'<td class="num">{c["errors"]} / {c["dropped"]}</td></tr>'
        )
    return (
        "<table id=shadow><tr><th>alias</th><th>shadow</th><th class=num>pairs</th>"
        "<th class=num>agreement</th><th class=num>length ratio</th>"
        "<th class=num>refusals primary / shadow</th>"
        "<th class=num>schema-valid primary / shadow (JSON pairs)</th>"
        "<th class=num>mean latency s primary / shadow</th>"
        f"<th class=num>shadow errors / dropped</th></tr>{''.join(rows)}</table>"
        if rows
        else "<p>No shadow traffic.</p>"
    )


def render_status(status: dict[str, Any]) -> bytes:
    state = str(status["status"])
    rows = []
    for s in status.get("slos", []):
        if s["sli"] != "availability" and not any(s["events"].values()):
            continue
        cells = "".join(f'<td class="num">{_burn(s["burn_rate"].get(w))}</td>' for w in _WINDOWS)
        rows.append(
            f"<tr><td>{escape(s['alias'])}</td><td>{escape(s['sli'])}</td>"
            f'<td class="num">{s["objective"]:g}%</td>{cells}'
            f'<td class="num">{s["events"].get("3600", 0)}</td>'
            f'<td class="{_cls(s["state"])}">{escape(s["state"])}</td></tr>'
        )
    heads = "".join(f'<th class="num">burn {w}</th>' for w in _WINDOWS.values())
    slo_table = (
        f"<table id=slos><tr><th>alias</th><th>SLI</th><th>objective</th>{heads}"
        f"<th class=num>events 1h</th><th>state</th></tr>{''.join(rows)}</table>"
        if rows
        else "<p>No traffic yet.</p>"
    )
    deps = []
    for alias, model in sorted(status.get("models", {}).items()):
        for name, d in sorted(model["deployments"].items()):
            breaker = ", ".join(f"{k}: {v}" for k, v in sorted(d["breaker"].items()))
            worst = (
                "open"
                if "open" in d["breaker"]
                else ("half_open" if "half_open" in d["breaker"] else "ok")
            )
            health = "healthy" if d["healthy"] else "unhealthy"
            deps.append(
                f"<tr><td>{escape(alias)}</td><td>{escape(name)}</td>"
                f'<td class="{worst}">{escape(breaker)}</td><td class="{health}">{health}</td>'
                f'<td class="num">{d["in_flight"]}</td></tr>'
            )
    dep_table = (
        "<table id=deployments><tr><th>alias</th><th>deployment</th><th>breaker (workers)</th>"
        f"<th>health</th><th class=num>in flight</th></tr>{''.join(deps)}</table>"
    )
    quality = []
    for s in status.get("slos", []):
        if s["sli"] == "availability":
            continue
        quality.append(
            f"<tr><td>{escape(s['alias'])}</td><td>{escape(s['sli'])}</td>"
            f'<td class="num">{_pct(s["error_ratio"].get("3600"))}</td>'
            f'<td class="num">{s["events"].get("3600", 0)}</td></tr>'
        )
    quality_table = (
        "<table id=quality><tr><th>alias</th><th>signal</th><th class=num>share, 1h</th>"
        f"<th class=num>answers, 1h</th></tr>{''.join(quality)}</table>"
        if quality
        else "<p>No answers measured yet (quality SLIs off, or no traffic).</p>"
    )
    alerts = [
        f'<tr><td class="{_cls(a["severity"])}">{escape(a["severity"])}</td>'
        f"<td>{escape(a['alias'])}</td><td>{escape(a['sli'])}</td><td>{_ago(a['since'])}</td>"
        f"<td>{'firing' if a['resolved'] is None else 'resolved ' + _ago(a['resolved'])}</td></tr>"
        for a in status.get("alerts", [])
    ]
    events = [
        f"<tr><td>{_ago(e['t'])}</td><td>{escape(str(e['kind']))}</td>"
        f"<td>{escape(str(e.get('deployment') or e.get('alias') or ''))}</td>"
        f'<td class="{_cls(str(e["state"]))}">{escape(str(e["state"]))}</td></tr>'
        for e in reversed(status.get("events", []))
    ]
    html = f"""<!doctype html><html lang=en><head><meta charset=utf-8>
<meta http-equiv=refresh content=5><title>aire status: {escape(state)}</title>
<style>{_CSS}</style></head><body>
<h1>aire gateway <span class="badge {_cls(state)}" id=overall>{escape(state)}</span></h1>
<div class=note>version {escape(str(status["version"]))} · {status["workers"]} worker(s) ·
up {int(status["uptime_s"])} s</div>
<h2>SLO burn rates</h2>{slo_table}
<p class=note>{escape(str(status.get("budget_note", "")))}</p>
<h2>Deployments</h2>{dep_table}
<h2>Quality SLIs</h2>{quality_table}
<h2>Drift detectors</h2>{_drift_table(status.get("drift", {}))}
<h2>Canaries</h2>{_canary_table(status.get("canary", {}))}
<h2>Shadow comparison</h2>{_shadow_table(status.get("shadow", []))}
<h2>Recent alerts</h2>{_table("alerts", alerts)}
<h2>Recent events</h2>{_table("events", events)}
</body></html>"""
    return html.encode()
