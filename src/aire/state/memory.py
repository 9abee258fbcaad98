"""The ``memory`` store: state of one process, on one event loop (so no locks).

``MemoryState`` is the synchronous data structure; ``MemoryStore`` is its ``Store``
face. With ``aire serve --workers N`` the supervisor hosts one ``MemoryState`` and its
workers reach it over a Unix socket (``aire.state.host_server``), so ``open_memory``
returns a socket client there and a ``MemoryStore`` everywhere else.

Memory stays bounded: every window, lease set and value with a TTL has an entry in one
expiry heap, and each call drops what has expired (amortised O(log n)); reads check
expiry themselves, so the heap only reclaims memory, it never decides an answer.
"""

from __future__ import annotations

import heapq
import itertools
import secrets
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from aire.errors import StateError
from aire.state.base import Batch, Give, Hold, Take, Taken, window_of

if TYPE_CHECKING:
    from aire.config.state import StateConfig
    from aire.state.base import Store

__all__ = ["MemoryState", "MemoryStore", "open_memory"]

_WINDOW, _VALUE, _SLOTS = 0, 1, 2


class _Slots:
    """The leases of one key: id -> expiry, and a heap to find the expired ones."""

    __slots__ = ("by_expiry", "held")

    def __init__(self) -> None:
        self.held: dict[str, float] = {}
        self.by_expiry: list[tuple[float, str]] = []

    def purge(self, now: float) -> None:
        heap = self.by_expiry
        while heap and heap[0][0] <= now:
            expires, lease = heapq.heappop(heap)
            if self.held.get(lease) == expires:
                del self.held[lease]

    def next_expiry(self) -> float | None:
        return min(self.held.values()) if self.held else None


class MemoryState:
    """Windows, leases and values of one process; every method is atomic by being
    synchronous. ``clock`` returns epoch seconds (injectable for tests)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._windows: dict[tuple[int, str], list[int]] = {}  # -> [window id, used]
        self._slots: dict[str, _Slots] = {}
        self._values: dict[str, bytes] = {}
        self._value_expiry: dict[str, float] = {}
        self._expiry: list[tuple[float, int, int, object]] = []  # (at, seq, kind, key)
        self._seq = itertools.count()
        self._lease_tag = secrets.token_hex(4)  # lease ids differ across restarts
        self._lease_ids = itertools.count(1)

    def __len__(self) -> int:
        """Entries held (windows, lease sets, values): what the expiry heap bounds."""
        return len(self._windows) + len(self._slots) + len(self._values)

    def _expire_at(self, at: float, kind: int, key: object) -> None:
        heapq.heappush(self._expiry, (at, next(self._seq), kind, key))

    def _sweep(self, now: float) -> None:
        heap = self._expiry
        while heap and heap[0][0] <= now:
            _, _, kind, key = heapq.heappop(heap)
            if kind == _WINDOW:
                self._sweep_window(cast("tuple[int, str]", key), now)
            elif kind == _VALUE:
                self._sweep_value(cast(str, key), now)
            else:
                self._sweep_slots(cast(str, key), now)

    def _sweep_window(self, name: tuple[int, str], now: float) -> None:
        entry = self._windows.get(name)
        if entry is None:
            return
        end = (entry[0] + 1) * name[0]
        if end <= now:
            del self._windows[name]
        else:  # it rolled over into a newer window since: look again when that one ends
            self._expire_at(end, _WINDOW, name)

    def _sweep_value(self, key: str, now: float) -> None:
        at = self._value_expiry.get(key)
        if at is None:
            return  # deleted, or set again without a TTL
        if at <= now:
            del self._values[key], self._value_expiry[key]
        else:
            self._expire_at(at, _VALUE, key)

    def _sweep_slots(self, key: str, now: float) -> None:
        slots = self._slots.get(key)
        if slots is None:
            return
        slots.purge(now)
        later = slots.next_expiry()
        if later is None:
            del self._slots[key]
        else:
            self._expire_at(later, _SLOTS, key)

    def _window(self, key: str, window_s: int, now: float) -> tuple[list[int], float]:
        if window_s <= 0:
            raise StateError(f"window_s must be positive, not {window_s}")
        wid, reset_s = window_of(now, window_s)
        name = (window_s, key)
        entry = self._windows.get(name)
        if entry is None:
            entry = self._windows[name] = [wid, 0]
            self._expire_at((wid + 1) * window_s, _WINDOW, name)
        elif entry[0] != wid:
            entry[0], entry[1] = wid, 0
        return entry, reset_s

    def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        now = self.clock()
        self._sweep(now)
        entry, reset_s = self._window(key, window_s, now)
        used = entry[1]
        if used + amount > limit:
            return Taken(False, used, limit, reset_s)
        entry[1] = used = max(0, used + amount)
        return Taken(True, used, limit, reset_s)

    def give(self, key: str, amount: int, window_s: int) -> None:
        now = self.clock()
        self._sweep(now)
        entry, _ = self._window(key, window_s, now)
        entry[1] = max(0, entry[1] + amount)

    def take_all(self, items: Sequence[Take]) -> list[Taken]:
        now = self.clock()
        self._sweep(now)
        windows = [self._window(key, window_s, now) for key, _, _, window_s in items]
        fits = [
            entry[1] + amount <= limit
            for (entry, _), (_, amount, limit, _) in zip(windows, items, strict=True)
        ]
        out = []
        for ok, (entry, reset_s), (_, amount, limit, _) in zip(fits, windows, items, strict=True):
            if all(fits):
                entry[1] = max(0, entry[1] + amount)
            out.append(Taken(ok, entry[1], limit, reset_s))
        return out

    def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        now = self.clock()
        self._sweep(now)
        slots = self._slots.get(key)
        if slots is None:
            slots = self._slots[key] = _Slots()
            self._expire_at(now + ttl_s, _SLOTS, key)
        slots.purge(now)
        if len(slots.held) >= limit:
            return None
        lease = f"{self._lease_tag}{next(self._lease_ids):x}"
        expires = now + ttl_s
        slots.held[lease] = expires
        heapq.heappush(slots.by_expiry, (expires, lease))
        return lease

    def release(self, key: str, lease: str) -> None:
        slots = self._slots.get(key)
        if slots is not None:
            slots.held.pop(lease, None)

    def held(self, key: str) -> int:
        """Leases of ``key`` held now (for tests and status pages)."""
        slots = self._slots.get(key)
        if slots is None:
            return 0
        slots.purge(self.clock())
        return len(slots.held)

    def get(self, key: str) -> bytes | None:
        value = self._values.get(key)
        if value is not None:
            at = self._value_expiry.get(key)
            if at is not None and at <= self.clock():
                del self._values[key], self._value_expiry[key]
                return None
        return value

    def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None:
        now = self.clock()
        self._sweep(now)
        self._values[key] = bytes(value)
        if ttl_s is None:
            self._value_expiry.pop(key, None)
            return
        if key not in self._value_expiry:  # else its heap entry will look again at expiry
            self._expire_at(now + ttl_s, _VALUE, key)
        self._value_expiry[key] = now + ttl_s

    def delete(self, key: str) -> None:
        self._values.pop(key, None)
        self._value_expiry.pop(key, None)

    def incr(self, key: str, amount: int = 1) -> int:
        current = self.get(key)
        try:
            value = int(current) + amount if current is not None else amount
        except ValueError:
            raise StateError(f"the value at {key!r} is not an integer") from None
        self._values[key] = b"%d" % value  # the expiry, if any, stays as it was
        return value


class MemoryStore:
    """``Store`` over a ``MemoryState`` of this process (two stores may share one)."""

    def __init__(self, state: MemoryState | None = None) -> None:
        self.state = state if state is not None else MemoryState()

    async def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        return self.state.take(key, amount, limit, window_s)

    async def give(self, key: str, amount: int, window_s: int) -> None:
        self.state.give(key, amount, window_s)

    async def take_all(self, items: Sequence[Take]) -> list[Taken]:
        return self.state.take_all(items)

    async def give_all(self, items: Sequence[Give]) -> None:
        for key, amount, window_s in items:
            self.state.give(key, amount, window_s)

    async def take_batch(self, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
        # one loop, no await in between: atomic
        taken = self.state.take_all(takes)
        if not all(t.ok for t in taken):
            return Batch(taken, [None] * len(holds))
        leases = [self.state.acquire(key, limit, ttl_s) for key, limit, ttl_s in holds]
        if any(lease is None for lease in leases):
            for (key, _, _), lease in zip(holds, leases, strict=True):
                if lease is not None:
                    self.state.release(key, lease)
            for key, amount, _, window_s in takes:
                self.state.give(key, -amount, window_s)
        return Batch(taken, leases)

    async def give_batch(self, gives: Sequence[Give], releases: Sequence[tuple[str, str]]) -> None:
        for key, amount, window_s in gives:
            self.state.give(key, amount, window_s)
        for key, lease in releases:
            self.state.release(key, lease)

    async def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        return self.state.acquire(key, limit, ttl_s)

    async def release(self, key: str, lease: str) -> None:
        self.state.release(key, lease)

    async def get(self, key: str) -> bytes | None:
        return self.state.get(key)

    async def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None:
        self.state.set(key, value, ttl_s)

    async def delete(self, key: str) -> None:
        self.state.delete(key)

    async def incr(self, key: str, amount: int = 1) -> int:
        return self.state.incr(key, amount)

    async def ping(self) -> None:
        return None

    async def aclose(self) -> None:
        return None


def open_memory(config: StateConfig) -> Store:
    """The host's memory store: the supervisor's over its socket when this process is a
    worker of ``aire serve --workers N``, else one of this process."""
    from aire.state.host_client import HostStore, host_socket

    path = host_socket()
    if path is not None:
        return HostStore(
            path,
            connect_timeout_s=config.connect_timeout_ms / 1000,
            op_timeout_s=config.op_timeout_ms / 1000,
        )
    return MemoryStore()
