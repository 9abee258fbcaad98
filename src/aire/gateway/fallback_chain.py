"""The aliases one request may use, in order, and why an alias gave up on it.

A request starts at its alias; when the alias is exhausted it hands over to its
``fallbacks`` (or, for a context-length error, its ``context_fallback``, tried next).
An alias gives up with the error that says most: an upstream's own answer over a hard
limit (every deployment cooling down after a Retry-After, or at ``max_concurrency``)
over "none in service" (which makes the attempts stage try panic mode).
"""

from __future__ import annotations

import asyncio
import time

from aire.errors import AireError, CapacityExceeded, NoHealthyUpstream, RateLimited
from aire.gateway.router import Route

__all__ = ["Chain", "Exhausted", "rank", "unavailable", "wait_cooldown"]


class Chain:
    """The aliases one request may use, in order: itself, then fallbacks."""

    def __init__(self, first: Route, *, only: bool = False) -> None:
        self.items: list[tuple[Route, str | None]] = [(first, None)]
        self.visited = {first.name}
        self.closed = only  # the panic pass: the first alias alone

    def add(self, route: Route, reason: str, *, next_: bool = False, at: int = 0) -> bool:
        if route.name in self.visited or self.closed:
            return False
        self.visited.add(route.name)
        if next_:
            self.items.insert(at, (route, reason))
        else:
            self.items.append((route, reason))
        return True


class Exhausted(Exception):
    """An alias is done with this request: why, and where it may go next."""

    def __init__(
        self,
        error: AireError,
        *,
        context_fallback: str | None = None,
        fatal: bool = False,
    ) -> None:
        super().__init__(error)
        self.error = error
        self.context_fallback = context_fallback
        self.fatal = fatal


def rank(err: AireError) -> int:
    """Which failure to report when several aliases failed: an upstream's own answer over
    a hard limit over 'none in service'."""
    if isinstance(err, NoHealthyUpstream):
        return 0
    if isinstance(err, RateLimited):
        return 1
    return 2


def unavailable(route: Route) -> AireError:
    """Why no deployment of ``route`` could take the request: a hard limit, or none
    in service (the caller then tries panic mode)."""
    now = time.monotonic()
    cooling = [d.cooldown_until - now for d in route.deployments if d.cooldown_until > now]
    if cooling and len(cooling) == len(route.deployments):
        wait = min(cooling)
        return RateLimited(
            f"the upstream of model {route.name!r} asked to wait; try again in "
            f"{max(1, round(wait))} s",
            retry_after_s=wait,
        )
    busy = route.deployments and all(
        d.config.max_concurrency is not None and d.in_flight >= d.config.max_concurrency
        for d in route.deployments
        if d.cooldown_until <= now
    )
    if busy:
        return CapacityExceeded(
            f"every deployment of model {route.name!r} is at its max_concurrency",
            retry_after_s=1.0,
        )
    return NoHealthyUpstream(f"no deployment of model {route.name!r} is in service")


async def wait_cooldown(route: Route, limit_s: float) -> float:
    """When every deployment is cooling down after a Retry-After, wait if that is short.

    Returns the seconds waited (0: not worth waiting)."""
    now = time.monotonic()
    waits = [d.cooldown_until - now for d in route.deployments if d.cooldown_until > now]
    if not waits or min(waits) > limit_s:
        return 0.0
    pause = min(waits) + 0.002  # the loop's timer may fire a little early
    await asyncio.sleep(pause)
    return pause
