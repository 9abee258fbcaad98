"""A deployment at run time: its breaker, health, cooldown, in-flight count and latency."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from aire.config.gateway import BreakerConfig, DeploymentConfig, TimeoutsConfig
from aire.gateway.breaker import BreakerState, CircuitBreaker
from aire.gateway.providers.base import Provider

__all__ = ["Deployment", "deployment_key"]

_EWMA_ALPHA = 0.3


def deployment_key(config: DeploymentConfig) -> tuple[str, str, str]:
    """Deployments listed under several aliases share one runtime state."""
    return (str(config.url).rstrip("/"), config.model, config.provider)


class Deployment:
    def __init__(
        self,
        config: DeploymentConfig,
        *,
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
        self.name = config.name or f"{config.model}@{url.netloc}"
        self.weight = config.weight
        self.priority = config.priority
        self.timeouts = config.timeouts or timeouts
        self.provider = provider
        self.in_flight = 0
        self.ewma_ttft_s: float | None = None
        self.healthy = True
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

    def available(self, now: float) -> bool:
        if not self.healthy or now < self.cooldown_until:
            return False
        limit = self.config.max_concurrency
        if limit is not None and self.in_flight >= limit:
            return False
        return self.breaker.available()

    def cool_down(self, seconds: float) -> None:
        """Honour an upstream Retry-After: send nothing here before it passes."""
        self.cooldown_until = max(self.cooldown_until, self._clock() + seconds)

    def observe_ttft(self, seconds: float) -> None:
        prev = self.ewma_ttft_s
        self.ewma_ttft_s = seconds if prev is None else prev + _EWMA_ALPHA * (seconds - prev)
