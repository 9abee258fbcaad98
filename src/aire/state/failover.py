"""``on_failure``: what the gateway's state does while its store cannot be reached.

The first failed call marks the store down: one warning in the log (``aire.state``),
``aire_state_available`` 0, and a background task pings the store every
``retry_interval_s``. While it is down no call waits on it: ``take`` and ``acquire``
answer at once, admitted (``open``) or refused (``closed``); ``give`` and ``release`` are
dropped; ``get``, ``set``, ``delete`` and ``incr`` raise ``StateUnavailable`` (a cache
treats that as a miss, a revocation poll keeps what it knew). When the store answers
again, what this process admitted in the current windows during the outage (fail-open)
is added to the store's counts, so a limit is right again at once, and in any case from
the next window on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from typing import Literal

from aire.errors import StateError, StateUnavailable
from aire.state.base import Batch, Give, Hold, Store, Take, Taken, window_of
from aire.state.metrics import StateMetrics

__all__ = ["FailoverStore"]

log = logging.getLogger("aire.state")

#: lease ids handed out while the store is down (open): releasing one asks nobody
_OUTAGE_LEASE = "outage:"
#: windows remembered during an outage for the catch-up; beyond, admissions go uncounted
MAX_PENDING = 100_000


class FailoverStore:
    """A ``Store`` that applies ``on_failure`` around another one."""

    def __init__(
        self,
        store: Store,
        *,
        on_failure: Literal["open", "closed"] = "open",
        backend: str = "store",
        retry_interval_s: float = 0.5,
        metrics: StateMetrics | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.on_failure = on_failure
        self.backend = backend
        self.retry_interval_s = retry_interval_s
        self.clock = clock
        self.available = True
        metrics = metrics if metrics is not None else StateMetrics()
        self._gauge = metrics.available.labels(backend)
        self._errors = metrics.errors.labels(backend)
        self._gauge.set(1)
        self._down_since = 0.0
        self._outage_errors = 0
        self._probe: asyncio.Task[None] | None = None
        # (key, window_s) -> (window id, amount admitted here while the store was down)
        self._pending: dict[tuple[str, int], tuple[int, int]] = {}

    # -- outage bookkeeping -------------------------------------------------------------

    def _failed(self, exc: StateUnavailable) -> None:
        self._errors.inc()
        self._outage_errors += 1
        if not self.available:
            return
        self.available = False
        self._down_since = time.monotonic()
        self._outage_errors = 1
        self._gauge.set(0)
        verdict = "admit" if self.on_failure == "open" else "refuse"
        log.warning(
            "state store unreachable: limits %s requests until it is back (on_failure: %s)",
            verdict,
            self.on_failure,
            extra={"backend": self.backend, "on_failure": self.on_failure, "error": exc.message},
        )
        if self._probe is None or self._probe.done():
            self._probe = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        while not self.available:
            await asyncio.sleep(self.retry_interval_s)
            try:
                await self.store.ping()
            except StateError:  # unreachable, or answering with errors (not ready, auth)
                self._errors.inc()
                self._outage_errors += 1
                continue
            self.available = True
            self._gauge.set(1)
            log.info(
                "state store reachable again after %.1f s",
                time.monotonic() - self._down_since,
                extra={"backend": self.backend, "errors": self._outage_errors},
            )
            await self._catch_up()

    async def _catch_up(self) -> None:
        """Add what was admitted during the outage to the store's current windows."""
        pending, self._pending = self._pending, {}
        now = self.clock()
        for (key, window_s), (wid, amount) in pending.items():
            if amount and window_of(now, window_s)[0] == wid:
                try:
                    await self.store.give(key, amount, window_s)
                except StateUnavailable as exc:
                    self._failed(exc)
                    return
                except StateError as exc:  # this one entry; the others may still count
                    self._errors.inc()
                    log.warning("state catch-up of %r failed: %s", key, exc.message)

    # -- degraded answers ---------------------------------------------------------------

    def _outage_take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        wid, reset_s = window_of(self.clock(), window_s)
        if self.on_failure == "closed":
            return Taken(False, limit, limit, reset_s)
        used = self._note(key, amount, window_s, wid)
        return Taken(True, used, limit, reset_s)

    def _note(self, key: str, amount: int, window_s: int, wid: int) -> int:
        name = (key, window_s)
        seen = self._pending.get(name)
        used = max(0, (seen[1] if seen is not None and seen[0] == wid else 0) + amount)
        if seen is not None or len(self._pending) < MAX_PENDING:
            self._pending[name] = (wid, used)
        return used

    # -- Store --------------------------------------------------------------------------

    async def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        if self.available:
            try:
                return await self.store.take(key, amount, limit, window_s)
            except StateUnavailable as exc:
                self._failed(exc)
        return self._outage_take(key, amount, limit, window_s)

    async def give(self, key: str, amount: int, window_s: int) -> None:
        if self.available:
            try:
                await self.store.give(key, amount, window_s)
                return
            except StateUnavailable as exc:
                self._failed(exc)
        if self.on_failure == "open":  # a refund of an outage admission nets out
            self._note(key, amount, window_s, window_of(self.clock(), window_s)[0])

    async def take_all(self, items: Sequence[Take]) -> list[Taken]:
        if self.available:
            try:
                return await self.store.take_all(items)
            except StateUnavailable as exc:
                self._failed(exc)
        return [self._outage_take(k, a, lim, w) for k, a, lim, w in items]

    async def give_all(self, items: Sequence[Give]) -> None:
        if self.available:
            try:
                await self.store.give_all(items)
                return
            except StateUnavailable as exc:
                self._failed(exc)
        if self.on_failure == "open":
            for key, amount, window_s in items:
                self._note(key, amount, window_s, window_of(self.clock(), window_s)[0])

    async def take_batch(self, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
        if self.available:
            try:
                return await self.store.take_batch(takes, holds)
            except StateUnavailable as exc:
                self._failed(exc)
        taken = [self._outage_take(k, a, lim, w) for k, a, lim, w in takes]
        if self.on_failure == "open":
            return Batch(taken, [_OUTAGE_LEASE + secrets.token_hex(8) for _ in holds])
        return Batch(taken, [None] * len(holds))

    async def give_batch(self, gives: Sequence[Give], releases: Sequence[tuple[str, str]]) -> None:
        if self.available:
            held = [(k, lease) for k, lease in releases if not lease.startswith(_OUTAGE_LEASE)]
            try:
                await self.store.give_batch(gives, held)
                return
            except StateUnavailable as exc:
                self._failed(exc)
        if self.on_failure == "open":
            for key, amount, window_s in gives:
                self._note(key, amount, window_s, window_of(self.clock(), window_s)[0])

    async def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        if self.available:
            try:
                return await self.store.acquire(key, limit, ttl_s)
            except StateUnavailable as exc:
                self._failed(exc)
        return _OUTAGE_LEASE + secrets.token_hex(8) if self.on_failure == "open" else None

    async def release(self, key: str, lease: str) -> None:
        if lease.startswith(_OUTAGE_LEASE) or not self.available:
            return  # the store never held it, or it will expire there by itself
        try:
            await self.store.release(key, lease)
        except StateUnavailable as exc:
            self._failed(exc)

    def _unavailable(self) -> StateUnavailable:
        return StateUnavailable("state store unreachable")

    async def get(self, key: str) -> bytes | None:
        if not self.available:
            raise self._unavailable()
        try:
            return await self.store.get(key)
        except StateUnavailable as exc:
            self._failed(exc)
            raise

    async def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None:
        if not self.available:
            raise self._unavailable()
        try:
            await self.store.set(key, value, ttl_s)
        except StateUnavailable as exc:
            self._failed(exc)
            raise

    async def delete(self, key: str) -> None:
        if not self.available:
            raise self._unavailable()
        try:
            await self.store.delete(key)
        except StateUnavailable as exc:
            self._failed(exc)
            raise

    async def incr(self, key: str, amount: int = 1) -> int:
        if not self.available:
            raise self._unavailable()
        try:
            return await self.store.incr(key, amount)
        except StateUnavailable as exc:
            self._failed(exc)
            raise

    async def ping(self) -> None:
        await self.store.ping()

    async def aclose(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await probe
        await self.store.aclose()
