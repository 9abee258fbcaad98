"""Aliases at run time: which deployment serves a request, by priority then strategy.

Normal routing skips *ejected* deployments (breaker not closed, health check failing) and
picks, in the first priority group that has one in service, by the alias's strategy. A
half-open deployment gets its probes first.

Panic mode (Envoy's): when too few deployments are in service, ejecting more would pile
the whole load on the rest, or leave none. The alias's health is computed as Envoy does,
each priority group adding ``min(1, 1.4 x in service / size)``; below ``panic_threshold``
(default 0.5) the alias routes to every deployment as if all were in service. So an alias
with one deployment degrades with its upstream instead of going dark, while a group of
two with one dead (health 0.7) keeps its traffic on the live one. Hard limits still hold
in panic: an upstream's Retry-After and ``max_concurrency``. An alias with fallbacks does
not panic by itself: its traffic moves to the fallbacks, and only when nothing in the
whole chain is in service does the request go back to the first alias in panic mode
(``pick(..., panic=True)``).

A canary (``canary:`` of the alias, ``aire.gateway.canary``) takes its share of requests
first; the other deployments serve the rest, and the canary only serves beyond its share
when nothing else can. Rolled back, it serves nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Sequence

from aire.config.gateway import AliasConfig, RetryConfig, TimeoutsConfig
from aire.gateway.balancers import BALANCERS
from aire.gateway.canary import Canary
from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver

__all__ = ["Route"]

log = logging.getLogger("aire.gateway.router")

#: Envoy's overprovisioning factor: a group at 1/1.4 of its size in service counts as full.
OVERPROVISIONING = 1.4


class Route:
    def __init__(
        self,
        name: str,
        config: AliasConfig,
        deployments: Sequence[Deployment],
        *,
        timeouts: TimeoutsConfig,
        retries: RetryConfig,
        observer: GatewayObserver | None = None,
    ) -> None:
        self.name = name
        self.config = config
        self.deployments = list(deployments)
        self.timeouts = config.timeouts or timeouts
        self.retries = config.retries or retries
        self.balancer = BALANCERS.get(config.strategy)(self.deployments, config)
        self.observer = observer or GatewayObserver()
        self.panicking = False
        priorities = sorted({d.priority for d in self.deployments})
        self._groups = [[d for d in self.deployments if d.priority == p] for p in priorities]
        self._windows = any(d.config.context_window for d in self.deployments)
        self._self_panics = not config.fallbacks
        #: OpenAI's own numeric limits apply to requests only if every deployment is OpenAI
        self.openai_limits = all(d.host == "api.openai.com" for d in self.deployments)
        self.canary: Canary | None = None
        self._canary_dep: Deployment | None = None
        if config.canary is not None:
            self.canary = Canary(name, config.canary, on_change=self.observer.on_canary)
            self._canary_dep = next(
                d for d in self.deployments if d.name == config.canary.deployment
            )

    def fits(self, ctx: RequestContext, dep: Deployment) -> bool:
        window = dep.config.context_window
        return window is None or ctx.needed_tokens() <= window

    def too_long(self, ctx: RequestContext) -> bool:
        """No deployment of this alias has a context window large enough for the request."""
        return self._windows and not any(self.fits(ctx, d) for d in self.deployments)

    def health(self) -> float:
        """Envoy's priority-aware health of the alias, in [0, 1]."""
        total = 0.0
        for group in self._groups:
            up = sum(1 for d in group if d.in_service())
            total += min(1.0, OVERPROVISIONING * up / len(group))
        return min(1.0, total)

    def pick(
        self,
        ctx: RequestContext,
        exclude: Collection[Deployment] = (),
        *,
        panic: bool | None = None,
    ) -> Deployment | None:
        """The deployment for the next attempt, or None when none may take it now.

        ``panic``: None decides by the alias's health (if it has no fallbacks), False
        never panics (the alias is someone's fallback), True forces panic mode (the last
        resort of a request whose whole chain of aliases is ejected)."""
        now = time.monotonic()
        canary_dep = self._canary_dep
        if canary_dep is not None and self.canary is not None:
            if (
                self.canary.takes()
                and canary_dep not in exclude
                and canary_dep.usable(now)
                and canary_dep.in_service()
            ):
                return canary_dep
            others = self._pick({*exclude, canary_dep}, now, ctx, panic)
            if others is not None or self.canary.weight == 0.0:
                return others
        return self._pick(exclude, now, ctx, panic)

    def _pick(
        self,
        exclude: Collection[Deployment],
        now: float,
        ctx: RequestContext,
        panic: bool | None,
    ) -> Deployment | None:
        if panic is None:
            panic = self._self_panics and self.health() < self.config.panic_threshold
        for group in self._groups:
            candidates = [
                d
                for d in group
                if d not in exclude and d.usable(now) and (not self._windows or self.fits(ctx, d))
            ]
            if not candidates:
                continue
            if panic:
                self._set_panic(True)
                chosen = candidates[0] if len(candidates) == 1 else None
                if chosen is None:
                    chosen = self.balancer.pick(candidates, ctx)
                if not chosen.in_service():
                    ctx.panic = True
                return chosen
            for d in candidates:  # a half-open deployment's probe goes first
                if d.healthy and d.breaker.want_probe():
                    self._set_panic(False)
                    return d
            serving = [d for d in candidates if d.in_service()]
            if serving:
                self._set_panic(False)
                return serving[0] if len(serving) == 1 else self.balancer.pick(serving, ctx)
        return None

    def _set_panic(self, active: bool) -> None:
        if active is not self.panicking:
            self.panicking = active
            if active:
                log.warning(
                    "alias %s is in panic mode: too few deployments in service, routing to all",
                    self.name,
                    extra={"alias": self.name, "health": round(self.health(), 3)},
                )
            else:
                log.warning("alias %s left panic mode", self.name, extra={"alias": self.name})
            self.observer.on_panic(self.name, active)

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        self.balancer.observe(deployment, ok, ttft_s)
        if self.canary is not None:
            self.canary.on_attempt(deployment.name, ok)
