"""The ``Store`` protocol: shared gateway state behind one small interface.

Limits and budgets count in fixed windows aligned on the epoch (window id =
``floor(now / window_s)``), so every worker and replica agrees on where a window starts.
Amounts are integers (money in micro-dollars). Every backend passes one contract suite
(``tests/state/test_contract.py``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "Batch",
    "Give",
    "Hold",
    "Store",
    "Take",
    "Taken",
    "give_batch_each",
    "give_each",
    "take_batch_each",
    "take_each",
    "window_of",
]

#: one counter of a batch: (key, amount, limit, window_s)
Take = tuple[str, int, int, int]
#: one adjustment of a batch: (key, amount, window_s)
Give = tuple[str, int, int]
#: one concurrency slot of a batch: (key, limit, ttl_s)
Hold = tuple[str, int, float]


@dataclass(frozen=True, slots=True)
class Taken:
    """The answer to ``take``: ``ok`` if ``amount`` fitted under ``limit`` (and was
    counted); ``used`` is the window's count after the call; ``reset_s`` the seconds
    until the window ends (for ``Retry-After`` and ``x-ratelimit-reset-*``)."""

    ok: bool
    used: int
    limit: int
    reset_s: float


def window_of(now_s: float, window_s: int) -> tuple[int, float]:
    """The id of the fixed window holding ``now_s`` and the seconds left in it."""
    wid = math.floor(now_s / window_s)
    return wid, (wid + 1) * window_s - now_s


@dataclass(frozen=True, slots=True)
class Batch:
    """The answer to ``take_batch``: each counter's ``Taken`` and each slot's lease id
    (None: none free). ``ok`` only if everything was granted; otherwise nothing was."""

    taken: list[Taken]
    leases: list[str | None]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.taken) and all(lease is not None for lease in self.leases)


@runtime_checkable
class Store(Protocol):
    """Shared state. Every multi-step update is atomic in the backend."""

    async def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        """If ``used + amount > limit`` refuse and change nothing, else ``used += amount``,
        in the current window of ``window_s`` seconds of ``key``."""
        ...

    async def give(self, key: str, amount: int, window_s: int) -> None:
        """``used += amount`` in the current window whatever the limit (negative: a
        refund, never below zero): reconciles a reservation with what was used."""
        ...

    async def take_all(self, items: Sequence[Take]) -> list[Taken]:
        """Several ``take`` at once, all or none: if every amount fits its limit, all are
        counted; else none is, and the refused ones say ``ok=False``. One round trip
        where the backend can (a request's limits: key, team, model, budgets)."""
        ...

    async def give_all(self, items: Sequence[Give]) -> None:
        """Several ``give`` at once (a request's settlement)."""
        ...

    async def take_batch(self, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
        """``take_all`` and ``acquire`` together, all or none (a request's admission in
        one round trip where the backend can)."""
        ...

    async def give_batch(self, gives: Sequence[Give], releases: Sequence[tuple[str, str]]) -> None:
        """``give_all`` and ``release`` together (a request's settlement)."""
        ...

    async def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        """A concurrency slot of ``key`` (a lease id), or None when ``limit`` are held.
        A lease expires after ``ttl_s`` unless released: a crashed holder cannot leak it."""
        ...

    async def release(self, key: str, lease: str) -> None:
        """Give the slot back (a lease that expired or is unknown: nothing happens)."""
        ...

    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None: ...

    async def delete(self, key: str) -> None: ...

    async def incr(self, key: str, amount: int = 1) -> int:
        """Add to an integer value (a missing key counts as 0); keeps its expiry."""
        ...

    async def ping(self) -> None:
        """Raise ``StateUnavailable`` unless the backend answers."""
        ...

    async def aclose(self) -> None: ...


async def take_each(store: Store, items: Sequence[Take]) -> list[Taken]:
    """``take_all`` one counter at a time, undoing what was taken when one is refused
    (for backends without a batch of their own: all or none, though not atomically)."""
    out: list[Taken] = []
    for key, amount, limit, window_s in items:
        taken = await store.take(key, amount, limit, window_s)
        out.append(taken)
        if not taken.ok:
            for (k, a, _, w), done in zip(items, out, strict=False):
                if done.ok:
                    await store.give(k, -a, w)
            return out
    return out


async def give_each(store: Store, items: Sequence[Give]) -> None:
    for key, amount, window_s in items:
        await store.give(key, amount, window_s)


async def take_batch_each(store: Store, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
    """``take_batch`` from the single operations: counters first, then slots; a refusal
    undoes what was granted before it."""
    taken = await store.take_all(takes) if takes else []
    if not all(t.ok for t in taken):
        return Batch(taken, [None] * len(holds))
    leases: list[str | None] = []
    for key, limit, ttl_s in holds:
        lease = await store.acquire(key, limit, ttl_s)
        leases.append(lease)
        if lease is None:
            for (k, _, _), held in zip(holds, leases, strict=False):
                if held is not None:
                    await store.release(k, held)
            await store.give_all([(k, -a, w) for k, a, _, w in takes])
            leases += [None] * (len(holds) - len(leases))
            return Batch(taken, leases)
    return Batch(taken, leases)


async def give_batch_each(
    store: Store, gives: Sequence[Give], releases: Sequence[tuple[str, str]]
) -> None:
    if gives:
        await store.give_all(gives)
    for key, lease in releases:
        await store.release(key, lease)
