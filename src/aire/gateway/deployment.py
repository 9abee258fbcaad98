"""A deployment at run time: its breaker, health, cooldown, in-flight count and latency.

Each entry of an alias's ``deployments`` list is its own ``Deployment`` (its own name,
breaker and metrics), even when two entries point at the same URL and model.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from aire.config.gateway import BreakerConfig, DeploymentConfig, TimeoutsConfig
from aire.gateway.breaker import BreakerState, CircuitBreaker
from aire.gateway.providers.base import Provider

__all__ = ["Deployment"]

_EWMA_ALPHA = 0.3


class Deployment:
    def __init__(
        self,
        config: DeploymentConfig,
        *,
        name: str,
        breaker: BreakerConfig,
        timeouts: TimeoutsConfig,
        provider: Provider,
        on_breaker_change: Callable[[Deployment, BreakerState], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        url = urlsplit(str(config.url))
        self.base_url = str(config.url).rstrip("/")
        self.root_url = f"{url.scheme}://{url.netloc}"
        self.host = url.hostname or ""
        self.name = name
        self.weight = config.weight
        self.priority = config.priority
        self.timeouts = config.timeouts or timeouts
        self.provider = provider
        self.in_flight = 0
        self.ewma_ttft_s: float | None = None
        self.healthy = True  # the active health check's verdict (always True without one)
        self.cooldown_until = 0.0
        self._clock = clock
        change = on_breaker_change
        self.breaker = CircuitBreaker(
            breaker,
            clock=clock,
            on_change=(lambda state: change(self, state)) if change is not None else None,
        )

    def __repr__(self) -> str:
        return f"Deployment({self.name!r})"

    def usable(self, now: float) -> bool:
        """Not held back by a hard limit: an upstream's Retry-After, or ``max_concurrency``.
        Panic mode never overrides these."""
        if now < self.cooldown_until:
            return False
        limit = self.config.max_concurrency
        return limit is None or self.in_flight < limit

    def in_service(self) -> bool:
        """Not ejected: the health check passes (or there is none) and the breaker is closed."""
        return self.healthy and self.breaker.in_service()

    def available(self, now: float) -> bool:
        """Would take a request in normal (not panic) routing."""
        return self.usable(now) and self.in_service()

    def cool_down(self, seconds: float) -> None:
        """Honour an upstream Retry-After: send nothing here before it passes."""
        self.cooldown_until = max(self.cooldown_until, self._clock() + seconds)

    def observe_ttft(self, seconds: float) -> None:
        prev = self.ewma_ttft_s
        self.ewma_ttft_s = seconds if prev is None else prev + _EWMA_ALPHA * (seconds - prev)
