"""``GET /status``: the gateway's routing state, one view whichever worker answers.

Breakers, health verdicts and panic mode are per worker (each worker judges the traffic
it sends). With ``--workers N`` each worker writes a snapshot of its state to the shared
worker directory (the Prometheus multiprocess directory) once a second, and whichever
worker answers ``/status`` merges them: per deployment, how many workers have its breaker
in each state, whether every worker's health check passes, and requests in flight summed.
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

if TYPE_CHECKING:
    from aire.gateway.app import GatewayApp

__all__ = ["StatusWriter", "gateway_status", "local_status", "status_dir"]

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
    return {"pid": os.getpid(), "started_at": app.started_at, "models": models}


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
    return {
        "status": state,
        "version": __version__,
        "workers": len(snapshots),
        "answered_by": mine["pid"],
        "uptime_s": round(time.time() - min(s["started_at"] for s in snapshots), 3),
        "models": models,
    }


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
