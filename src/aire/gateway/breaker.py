"""A circuit breaker per deployment: closed -> open -> half-open -> closed.

Failure accrual is by error rate, judged with confidence (Finagle's and Linkerd's
success-rate accrual rather than streaks):

- Closed, it opens when the failure ratio over the last ``window_s`` is *confidently* at
  or above ``error_rate``: the lower bound of a 95% Wilson interval of the ratio reaches
  it, with at least ``min_requests`` outcomes. Requests still in flight count as
  successes-to-be, so the fast failures of a partly failing upstream, which come back
  before its slow successes, cannot trip it on their own. A dead upstream trips it after
  about five failures; a 30%-failing one practically never does. A streak of
  ``consecutive_failures`` is a second, faster signal, honoured only when the window's
  ratio (in-flight included) is at ``error_rate`` too.
- Open, it refuses traffic for the open time; then it is half-open.
- Half-open, it lets ``half_open_ratio`` of the traffic through (at least one request at a
  time) and decides on the outcomes: it re-opens as soon as the probes' failure ratio is
  confidently at ``error_rate``, closes after ``half_open_requests`` probes whose failure
  ratio is under it, and re-opens if still undecided after four times that many.
- The open time starts at ``open_s``, doubles when the breaker re-opens from half-open or
  within ``max_open_s`` of closing, is capped at ``max_open_s``, and goes back to
  ``open_s`` once the breaker has stayed closed for ``max_open_s``.

Outcomes of requests sent in an earlier state (a late answer to a request sent before the
breaker opened) are ignored: ``acquire`` hands out a generation token that ``record``
checks. Whether an ejected deployment still gets traffic is the router's call (panic
mode), not the breaker's.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from enum import IntEnum

from aire.config.gateway import BreakerConfig

__all__ = ["BreakerState", "CircuitBreaker", "wilson_lower"]

_Z = 1.645  # one-sided 95%


class BreakerState(IntEnum):
    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


def wilson_lower(failures: int, n: int, z: float = _Z) -> float:
    """Lower bound of the Wilson score interval of ``failures / n``."""
    if n <= 0:
        return 0.0
    p = failures / n
    z2 = z * z
    centre = p + z2 / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return (centre - margin) / (1 + z2 / n)


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
        self._state = BreakerState.CLOSED
        self._gen = 0  # bumped on every state change: tokens of older requests are stale
        self._in_flight = 0  # acquired in this generation, no outcome yet
        self.consecutive = 0
        self._buckets: deque[list[int]] = deque()  # [second, successes, failures]
        self._ok = 0
        self._failed = 0
        self._open_until = 0.0
        self._open_s = config.open_s
        self._closed_at = -math.inf
        self._probe_ok = 0
        self._probe_failed = 0
        self._credit = 0.0

    # -- state -------------------------------------------------------------------------

    @property
    def state(self) -> BreakerState:
        if self._state is BreakerState.OPEN and self._clock() >= self._open_until:
            self._set(BreakerState.HALF_OPEN)
        return self._state

    def _set(self, state: BreakerState) -> None:
        if state is not self._state:
            self._state = state
            self._gen += 1
            self._in_flight = 0
            if self._on_change is not None:
                self._on_change(state)

    def in_service(self) -> bool:
        """Closed (or disabled): the deployment takes its full share of traffic."""
        return not self.config.enabled or self.state is BreakerState.CLOSED

    def want_probe(self) -> bool:
        """Half-open: should this request be one of the probes? (``half_open_ratio`` of
        the requests that ask, and always one when none is in flight.)"""
        if self.state is not BreakerState.HALF_OPEN:
            return False
        if self._in_flight == 0:
            return True
        self._credit += self.config.half_open_ratio
        if self._credit >= 1.0 - 1e-9:  # ten steps of 0.1 sum to 0.999...9
            self._credit -= 1.0
            return True
        return False

    # -- outcomes ----------------------------------------------------------------------

    def acquire(self) -> int:
        """A request is being sent; returns the token to give back to ``record``."""
        self.state  # noqa: B018 (an expired open time turns into half-open first)
        self._in_flight += 1
        return self._gen

    def release(self, token: int) -> None:
        """The request ended without a verdict on the deployment (the client left)."""
        if token == self._gen and self._in_flight > 0:
            self._in_flight -= 1

    def record(self, token: int, ok: bool) -> None:
        """Outcome of a request sent with ``token``."""
        if token != self._gen:
            return  # sent in an earlier state: says nothing about this one
        if self._in_flight > 0:
            self._in_flight -= 1
        if not self.config.enabled:
            return
        if self._state is BreakerState.CLOSED:
            self._record_closed(ok)
        elif self._state is BreakerState.HALF_OPEN:
            self._record_probe(ok)

    def _record_closed(self, ok: bool) -> None:
        self._count(ok)
        if ok:
            self.consecutive = 0
            return
        self.consecutive += 1
        cfg = self.config
        n = self._ok + self._failed + self._in_flight
        if (
            self._ok + self._failed >= cfg.min_requests
            and (wilson_lower(self._failed, n) >= cfg.error_rate)
        ) or (self.consecutive >= cfg.consecutive_failures and self._failed >= cfg.error_rate * n):
            self._open(backoff=False)

    def _record_probe(self, ok: bool) -> None:
        if ok:
            self._probe_ok += 1
        else:
            self._probe_failed += 1
        n = self._probe_ok + self._probe_failed
        cfg = self.config
        if not ok and wilson_lower(self._probe_failed, n) >= cfg.error_rate:
            self._open(backoff=True)
        elif n >= cfg.half_open_requests and self._probe_failed < cfg.error_rate * n:
            self._close()
        elif n >= 4 * cfg.half_open_requests:
            self._open(backoff=True)

    def _count(self, ok: bool) -> None:
        now = int(self._clock())
        buckets = self._buckets
        if not buckets or buckets[-1][0] != now:
            buckets.append([now, 0, 0])
            horizon = now - self.config.window_s
            while buckets and buckets[0][0] <= horizon:
                _, old_ok, old_failed = buckets.popleft()
                self._ok -= old_ok
                self._failed -= old_failed
        bucket = buckets[-1]
        if ok:
            bucket[1] += 1
            self._ok += 1
        else:
            bucket[2] += 1
            self._failed += 1

    # -- transitions -------------------------------------------------------------------

    def _open(self, *, backoff: bool) -> None:
        cfg = self.config
        now = self._clock()
        if backoff or now - self._closed_at < cfg.max_open_s:
            self._open_s = min(self._open_s * 2, cfg.max_open_s)
        else:
            self._open_s = cfg.open_s
        self._open_until = now + self._open_s
        self._probe_ok = self._probe_failed = 0
        self._credit = 0.0
        self._set(BreakerState.OPEN)

    def _close(self) -> None:
        self.consecutive = 0
        self._buckets.clear()
        self._ok = self._failed = 0
        self._closed_at = self._clock()
        self._set(BreakerState.CLOSED)

    @property
    def open_s(self) -> float:
        """The open time the next trip would start from (before any doubling)."""
        return self._open_s
