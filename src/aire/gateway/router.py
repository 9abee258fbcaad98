"""Aliases at run time: which deployment serves a request, by priority then strategy."""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence

from aire.config.gateway import AliasConfig, RetryConfig, TimeoutsConfig
from aire.gateway.balancers import BALANCERS
from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment

__all__ = ["Route"]


class Route:
    def __init__(
        self,
        name: str,
        config: AliasConfig,
        deployments: Sequence[Deployment],
        *,
        timeouts: TimeoutsConfig,
        retries: RetryConfig,
    ) -> None:
        self.name = name
        self.config = config
        self.deployments = list(deployments)
        self.timeouts = config.timeouts or timeouts
        self.retries = config.retries or retries
        self.balancer = BALANCERS.get(config.strategy)(self.deployments, config)
        priorities = sorted({d.priority for d in self.deployments})
        self._groups = [[d for d in self.deployments if d.priority == p] for p in priorities]
        self._windows = any(d.config.context_window for d in self.deployments)

    def fits(self, ctx: RequestContext, dep: Deployment) -> bool:
        window = dep.config.context_window
        return window is None or ctx.needed_tokens() <= window

    def too_long(self, ctx: RequestContext) -> bool:
        """No deployment of this alias has a context window large enough for the request."""
        return self._windows and not any(self.fits(ctx, d) for d in self.deployments)

    def pick(self, ctx: RequestContext, exclude: Collection[Deployment] = ()) -> Deployment | None:
        """The deployment for the next attempt, or None when none is available."""
        now = time.monotonic()
        if len(self.deployments) == 1:  # the common case needs no candidate lists
            only = self.deployments[0]
            if only in exclude or not only.available(now):
                return None
            return only if not self._windows or self.fits(ctx, only) else None
        for group in self._groups:
            candidates = [d for d in group if d not in exclude and d.available(now)]
            if self._windows:
                candidates = [d for d in candidates if self.fits(ctx, d)]
            if candidates:
                return self.balancer.pick(candidates, ctx)
        return None

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        self.balancer.observe(deployment, ok, ttft_s)
