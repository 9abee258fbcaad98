"""``GET /status``: the gateway's routing state and SLO burn, one view whichever worker
answers (JSON; HTML for a browser, ``aire.gateway.status_page``).

SLO burn rates come from in-process windows (``aire.telemetry.sli_windows``: 5 min to 6 h,
summed over the workers) against ``gateway.slo_objectives``; a pair of windows both above
the workbook's factor is an alert (page: 5 min and 1 h at 14.4x, 30 min and 6 h at 6x;
ticket: 1 h and 6 h at 3x), kept in a short list of recent alerts. The 30-day budget
needs Prometheus (``aire slo status``).

Breakers, health verdicts and panic mode are per worker (each worker judges the traffic
it sends). With ``--workers N`` each worker writes a snapshot of its state to the shared
worker directory (the Prometheus multiprocess directory) once a second, and whichever
worker answers ``/status`` merges them: per deployment, how many workers have its breaker
in each state, whether every worker's health check passes, and requests in flight summed.

Quality at a glance: the online drift detectors per alias (detectors in alarm in any
worker, highest scores), canaries (weight, rollbacks) and shadow comparisons (agreement,
length ratio, refusal and schema-validity rates and mean latency of each side; totals
summed over the workers).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from aire import __version__
from aire.gateway.shadow_compare import merge as merge_shadow

if TYPE_CHECKING:
    from aire.gateway.app import GatewayApp

__all__ = [
    "StatusAlerts",
    "StatusWriter",
    "burn_rates",
    "gateway_status",
    "local_status",
    "status_dir",
]

_PREFIX = "aire-status-"


def status_dir() -> Path | None:
    """Where workers of one gateway leave their snapshots (None: a single process)."""
    shared = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    return Path(shared) if shared else None


def local_status(app: GatewayApp) -> dict[str, Any]:
    """This process's view."""
    now = time.monotonic()
    models: dict[str, Any] = {}
    for alias, route in app.state.routes.items():
        deployments = {}
        for dep in route.deployments:
            cooling = max(0.0, dep.cooldown_until - now)
            deployments[dep.name] = {
                "breaker": dep.breaker.state.name.lower(),
                "healthy": dep.healthy,
                "in_flight": dep.in_flight,
                "cooling_down_s": round(cooling, 3),
                "ttft_ewma_ms": (
                    round(dep.ewma_ttft_s * 1000, 3) if dep.ewma_ttft_s is not None else None
                ),
            }
        models[alias] = {
            "panic": route.panicking,
            "health": round(route.health(), 3),
            "deployments": deployments,
        }
    sli = app.sli
    canaries = {
        alias: route.canary.status()
        for alias, route in app.state.routes.items()
        if route.canary is not None
    }
    return {
        "pid": os.getpid(),
        "started_at": app.started_at,
        "models": models,
        "slis": sli.windows.counts() if sli is not None else {},
        "events": list(sli.events) if sli is not None else [],
        "drift": app.drift.status() if app.drift is not None else {},
        "canary": canaries,
        "shadow": app.shadow.snapshot(),
    }


def _merge_drift(snapshots: list[dict[str, Any]]) -> dict[str, Any]:
    """Per alias: answers seen, workers armed, detectors in alarm (in any worker) and each
    detector's highest score (1.0 is the alarm line)."""
    out: dict[str, Any] = {}
    for snap in snapshots:
        for alias, mon in snap.get("drift", {}).items():
            merged = out.setdefault(
                alias, {"answers": 0, "armed_workers": 0, "alarms": [], "scores": {}}
            )
            merged["answers"] += mon["answers"]
            merged["armed_workers"] += mon["state"] == "armed"
            for name, det in mon["detectors"].items():
                merged["scores"][name] = max(merged["scores"].get(name, 0.0), det["score"])
                if det["alarm"] and name not in merged["alarms"]:
                    merged["alarms"].append(name)
    for merged in out.values():
        merged["alarms"].sort()
    return out


def _merge_canary(snapshots: list[dict[str, Any]]) -> dict[str, Any]:
    """Per alias: the canary deployment, its lowest weight over the workers and why the
    workers that rolled it back did (each worker judges the traffic it sends)."""
    out: dict[str, Any] = {}
    for snap in snapshots:
        for alias, c in snap.get("canary", {}).items():
            merged = out.setdefault(
                alias, {"deployment": c["deployment"], "weight": c["weight"], "rolled_back": []}
            )
            merged["weight"] = min(merged["weight"], c["weight"])
            if c["rolled_back"] is not None:
                merged["rolled_back"].append(c["rolled_back"])
    return out


def _merge(snapshots: list[dict[str, Any]]) -> dict[str, Any]:
    models: dict[str, Any] = {}
    for snap in snapshots:
        for alias, info in snap["models"].items():
            merged = models.setdefault(
                alias, {"panic_workers": 0, "health_min": 1.0, "deployments": {}}
            )
            merged["panic_workers"] += 1 if info["panic"] else 0
            merged["health_min"] = min(merged["health_min"], info["health"])
            for name, dep in info["deployments"].items():
                out = merged["deployments"].setdefault(
                    name, {"breaker": {}, "healthy": True, "in_flight": 0, "cooling_down_s": 0.0}
                )
                out["breaker"][dep["breaker"]] = out["breaker"].get(dep["breaker"], 0) + 1
                out["healthy"] = out["healthy"] and dep["healthy"]
                out["in_flight"] += dep["in_flight"]
                out["cooling_down_s"] = max(out["cooling_down_s"], dep["cooling_down_s"])
    return models


def gateway_status(app: GatewayApp) -> dict[str, Any]:
    mine = local_status(app)
    snapshots = [mine]
    folder = status_dir()
    if folder is not None:
        _write(folder, mine)
        for path in folder.glob(_PREFIX + "*.json"):
            if path.name == f"{_PREFIX}{mine['pid']}.json":
                continue
            with contextlib.suppress(OSError, orjson.JSONDecodeError):
                snapshots.append(orjson.loads(path.read_bytes()))
    models = _merge(snapshots)
    down = [a for a, m in models.items() if m["health_min"] == 0.0]
    state = (
        "ok" if not down and not any(m["panic_workers"] for m in models.values()) else ("degraded")
    )
    slos = burn_rates(_merge_slis(snapshots), app.state.config.slo_objectives)
    events = sorted((e for snap in snapshots for e in snap.get("events", ())), key=lambda e: e["t"])
    alerts = app.status_alerts.update(slos)
    if any(s["state"] == "page" for s in slos):
        state = "burning"
    return {
        "status": state,
        "version": __version__,
        "workers": len(snapshots),
        "answered_by": mine["pid"],
        "uptime_s": round(time.time() - min(s["started_at"] for s in snapshots), 3),
        "models": models,
        "slos": slos,
        "alerts": alerts,
        "events": events[-50:],
        "drift": _merge_drift(snapshots),
        "canary": _merge_canary(snapshots),
        "shadow": merge_shadow([snap.get("shadow", {}) for snap in snapshots]),
        "budget_note": "burn rates over this gateway's own windows (up to 6 h); the 30-day "
        "error budget needs Prometheus and the rules of `aire slo generate`",
    }


def _merge_slis(snapshots: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, list[int]]]]:
    out: dict[str, dict[str, dict[str, list[int]]]] = {}
    for snap in snapshots:
        for alias, slis in snap.get("slis", {}).items():
            for sli, windows in slis.items():
                target = out.setdefault(alias, {}).setdefault(sli, {})
                for w, (bad, total) in windows.items():
                    t = target.setdefault(w, [0, 0])
                    t[0] += bad
                    t[1] += total
    return out


#: (short, long window in seconds, burn factor, severity): the workbook's page pairs for
#: 30 days; the ticket pairs need 1-3 days, so in-process a ticket is 1 h and 6 h at 3x
_PAIRS = ((300, 3600, 14.4, "page"), (1800, 21600, 6.0, "page"), (3600, 21600, 3.0, "ticket"))
_MIN_EVENTS = 10  # a long window with fewer events never alerts (low-traffic guard)


def burn_rates(
    counts: dict[str, dict[str, dict[str, list[int]]]], objectives: dict[str, float]
) -> list[dict[str, Any]]:
    """Per alias and SLI: error ratio and burn rate per window, and the alert state."""
    out = []
    for alias in sorted(counts):
        for sli in sorted(counts[alias]):
            objective = objectives.get(sli)
            if objective is None:
                continue
            budget = (100 - objective) / 100
            windows = counts[alias][sli]
            ratios: dict[str, float | None] = {}
            burns: dict[str, float | None] = {}
            for w, (bad, total) in windows.items():
                ratios[w] = bad / total if total else None
                burns[w] = round(bad / total / budget, 3) if total else None
            state = "ok"
            for short, long, factor, severity in _PAIRS:
                b_short, b_long = burns.get(str(short)), burns.get(str(long))
                enough = windows.get(str(long), [0, 0])[1] >= _MIN_EVENTS
                burning = b_short is not None and b_long is not None
                if enough and burning and b_short > factor and b_long > factor:  # type: ignore[operator]
                    state = severity
                    break
            out.append(
                {
                    "alias": alias,
                    "sli": sli,
                    "objective": objective,
                    "events": {w: t for w, (_, t) in windows.items()},
                    "error_ratio": {
                        w: (round(r, 6) if r is not None else None) for w, r in ratios.items()
                    },
                    "burn_rate": burns,
                    "state": state,
                }
            )
    return out


class StatusAlerts:
    """Alerts of the in-process burn rates: when each began and ended (recent first)."""

    def __init__(self, keep: int = 50) -> None:
        self.firing: dict[tuple[str, str], dict[str, Any]] = {}
        self.recent: list[dict[str, Any]] = []
        self.keep = keep

    def update(self, slos: list[dict[str, Any]]) -> list[dict[str, Any]]:
        now = time.time()
        seen = set()
        for s in slos:
            if s["state"] == "ok":
                continue
            key = (s["alias"], s["sli"])
            seen.add(key)
            if key not in self.firing or self.firing[key]["severity"] != s["state"]:
                alert = {"alias": s["alias"], "sli": s["sli"], "severity": s["state"],
                         "since": now, "resolved": None}  # fmt: skip
                self.firing[key] = alert
                self.recent.insert(0, alert)
        for key in list(self.firing):
            if key not in seen:
                self.firing.pop(key)["resolved"] = now
        del self.recent[self.keep :]
        return [dict(a) for a in self.recent]


def _write(folder: Path, snapshot: dict[str, Any]) -> None:
    path = folder / f"{_PREFIX}{snapshot['pid']}.json"
    tmp = path.with_suffix(".tmp")
    with contextlib.suppress(OSError):
        tmp.write_bytes(orjson.dumps(snapshot))
        os.replace(tmp, path)


class StatusWriter:
    """Refreshes this worker's snapshot once a second (writes off the event loop)."""

    def __init__(self, app: GatewayApp, interval_s: float = 1.0) -> None:
        self.app = app
        self.interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if status_dir() is not None and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def _loop(self) -> None:
        folder = status_dir()
        assert folder is not None
        loop = asyncio.get_running_loop()
        while True:
            await loop.run_in_executor(None, _write, folder, local_status(self.app))
            await asyncio.sleep(self.interval_s)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        folder = status_dir()
        if folder is not None:
            with contextlib.suppress(OSError):
                (folder / f"{_PREFIX}{os.getpid()}.json").unlink()


def forget_worker(folder: Path, pid: int) -> None:
    """A dead worker's snapshot must not count any more (the supervisor calls this)."""
    with contextlib.suppress(OSError):
        (folder / f"{_PREFIX}{pid}.json").unlink()
