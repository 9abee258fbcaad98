"""Active health checks, opt-in: GET the ``health_path`` of deployments that set one.

Many upstreams have no health route (api.openai.com has none; a LiteLLM proxy's wants a
key), so without a ``health_path`` a deployment is judged by its traffic alone (its
breaker). A deployment goes down after ``unhealthy_after`` failed checks in a row and
comes back after ``healthy_after`` passed ones; a check passes on a 2xx answer within
its timeout. A deployment that fails its checks is ejected like one with an open
breaker, so panic mode still sends it traffic when too few are left (``aire.gateway.router``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aire.config.gateway import HealthConfig
from aire.errors import UpstreamError
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver
from aire.gateway.transport import Transport

__all__ = ["HealthChecker"]

log = logging.getLogger("aire.gateway.health")


class HealthChecker:
    def __init__(
        self,
        config: HealthConfig,
        deployments: list[Deployment],
        transport: Transport,
        observer: GatewayObserver | None = None,
    ) -> None:
        self.config = config
        self.deployments = [d for d in deployments if d.config.health_path]
        self.transport = transport
        self.observer = observer or GatewayObserver()
        self._streaks: dict[int, int] = {}
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self.config.enabled and self.deployments and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            await self.check_all()
            await asyncio.sleep(self.config.interval_s)

    async def check_all(self) -> None:
        await asyncio.gather(*(self._check(d) for d in self.deployments))

    async def _check(self, dep: Deployment) -> None:
        url = dep.root_url + (dep.config.health_path or "")
        try:
            status = await self.transport.get_status(url, self.config.timeout_ms / 1000, dep.config)
            ok = 200 <= status < 300
        except UpstreamError:
            ok = False
        key = id(dep)
        streak = self._streaks.get(key, 0)
        # positive streak counts passes, negative counts failures
        streak = (max(streak, 0) + 1) if ok else (min(streak, 0) - 1)
        self._streaks[key] = streak
        if dep.healthy and -streak >= self.config.unhealthy_after:
            self._set(dep, False)
        elif not dep.healthy and streak >= self.config.healthy_after:
            self._set(dep, True)

    def _set(self, dep: Deployment, healthy: bool) -> None:
        dep.healthy = healthy
        log.warning(
            "deployment %s is %s",
            dep.name,
            "healthy" if healthy else "unhealthy",
            extra={"deployment": dep.name, "healthy": healthy},
        )
        self.observer.on_health(dep, healthy)
