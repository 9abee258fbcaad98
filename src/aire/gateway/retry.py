"""Retry budget and backoff.

The budget keeps retries to a fraction of traffic, so a failing upstream is not hammered
(Finagle's and Envoy's idea): over a sliding window of ``window_s``, retries may number at
most ``ratio`` x original requests + ``min_per_s`` x ``window_s``.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable

__all__ = ["RetryBudget", "backoff_s"]


class RetryBudget:
    def __init__(
        self,
        ratio: float,
        min_per_s: float,
        *,
        window_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ratio = ratio
        self.min_per_s = min_per_s
        self.window_s = window_s
        self._clock = clock
        self._buckets: deque[list[int]] = deque()  # [second, requests, retries]
        self.requests = 0
        self.retries = 0

    def _bucket(self) -> list[int]:
        now = int(self._clock())
        if not self._buckets or self._buckets[-1][0] != now:
            self._buckets.append([now, 0, 0])
            horizon = now - self.window_s
            while self._buckets and self._buckets[0][0] <= horizon:
                self._buckets.popleft()
        return self._buckets[-1]

    def record_request(self) -> None:
        self._bucket()[1] += 1
        self.requests += 1

    def try_retry(self) -> bool:
        """Take one retry from the budget; False when it is spent."""
        current = self._bucket()
        requests = sum(b[1] for b in self._buckets)
        retries = sum(b[2] for b in self._buckets)
        if retries + 1 > self.ratio * requests + self.min_per_s * self.window_s:
            return False
        current[2] += 1
        self.retries += 1
        return True


def backoff_s(attempt: int, base_ms: float, max_ms: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter: uniform(0, min(max, base * 2**attempt))."""
    cap = min(max_ms, base_ms * (2 ** max(0, attempt)))
    return rng.uniform(0.0, cap) / 1000.0
