"""A circuit breaker per deployment: closed -> open -> half-open -> closed.

It opens after ``consecutive_failures`` failures in a row, or when the failure ratio over
the last ``window_s`` reaches ``error_rate`` with at least ``min_requests`` outcomes. Open,
it refuses traffic for ``open_s`` (doubling on each re-open up to ``max_open_s``), then lets
``half_open_probes`` requests through: a success closes it, a failure re-opens it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import IntEnum

from aire.config.gateway import BreakerConfig

__all__ = ["BreakerState", "CircuitBreaker"]


class BreakerState(IntEnum):
    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


class CircuitBreaker:
    def __init__(
        self,
        config: BreakerConfig,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[BreakerState], None] | None = None,
    ) -> None:
        self.config = config
        self._clock = clock
        self._on_change = on_change
        self.state = BreakerState.CLOSED
        self.consecutive = 0
        self._buckets: deque[list[float]] = deque()  # [second, total, failures]
        self._open_until = 0.0
        self._open_s = config.open_s
        self._probes = 0

    def _set(self, state: BreakerState) -> None:
        if state is not self.state:
            self.state = state
            if self._on_change is not None:
                self._on_change(state)

    def available(self) -> bool:
        """May a request be sent now? (Does not take a probe; see ``acquire``.)"""
        if not self.config.enabled or self.state is BreakerState.CLOSED:
            return True
        if self.state is BreakerState.OPEN:
            if self._clock() < self._open_until:
                return False
            self._set(BreakerState.HALF_OPEN)
            self._probes = 0
        return self._probes < self.config.half_open_probes

    def acquire(self) -> None:
        """The request was sent: in half-open state it is one of the probes."""
        if self.state is BreakerState.HALF_OPEN:
            self._probes += 1

    def record(self, ok: bool) -> None:
        """Outcome of a request sent while ``available()`` was true."""
        if not self.config.enabled:
            return
        if self.state is BreakerState.HALF_OPEN:
            self._probes = max(0, self._probes - 1)
            if ok:
                self._close()
            else:
                self._open(backoff=True)
            return
        if self.state is BreakerState.OPEN:
            return  # a late answer to a request sent before the breaker opened
        self._count(ok)
        if ok:
            self.consecutive = 0
            return
        self.consecutive += 1
        if self.consecutive >= self.config.consecutive_failures or self._rate_tripped():
            self._open(backoff=False)

    def release(self) -> None:
        """A probe ended without an outcome (e.g. the client left): free its slot."""
        if self.state is BreakerState.HALF_OPEN:
            self._probes = max(0, self._probes - 1)

    def _count(self, ok: bool) -> None:
        now = int(self._clock())
        if not self._buckets or self._buckets[-1][0] != now:
            self._buckets.append([now, 0, 0])
        bucket = self._buckets[-1]
        bucket[1] += 1
        if not ok:
            bucket[2] += 1
        horizon = now - self.config.window_s
        while self._buckets and self._buckets[0][0] <= horizon:
            self._buckets.popleft()

    def _rate_tripped(self) -> bool:
        total = sum(b[1] for b in self._buckets)
        if total < self.config.min_requests:
            return False
        return sum(b[2] for b in self._buckets) / total >= self.config.error_rate

    def _open(self, *, backoff: bool) -> None:
        if backoff:
            self._open_s = min(self._open_s * 2, self.config.max_open_s)
        self._open_until = self._clock() + self._open_s
        self._probes = 0
        self._set(BreakerState.OPEN)

    def _close(self) -> None:
        self.consecutive = 0
        self._buckets.clear()
        self._open_s = self.config.open_s
        self._set(BreakerState.CLOSED)
