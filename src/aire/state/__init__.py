"""Shared gateway state: counters in fixed windows, concurrency leases, values with a TTL.

    store = open_store(config.state)          # a Store; on_failure applied
    taken = await store.take("rpm:key1", 1, limit=600, window_s=60)
    if not taken.ok: ...                      # 429, Retry-After: taken.reset_s
    lease = await store.acquire("conc:key1", limit=10, ttl_s=300)
    ...
    await store.release("conc:key1", lease)

Backends (``state.backend``): ``memory`` (this host: one process, or the supervisor's
store shared by the workers of ``aire serve --workers N``) and ``redis`` (every
replica); a plug-in by ``"module:attr"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aire.state.base import Store, Taken, window_of
from aire.state.failover import FailoverStore
from aire.state.metrics import StateMetrics
from aire.state.registry import STORES

if TYPE_CHECKING:
    from aire.config.state import StateConfig

__all__ = ["STORES", "FailoverStore", "StateMetrics", "Store", "Taken", "open_store", "window_of"]


def open_store(config: StateConfig, *, metrics: StateMetrics | None = None) -> FailoverStore:
    """The configured backend behind ``on_failure``. Pass ``metrics`` built once per
    metrics registry (the gateway's) so its gauge and counter show on ``/metrics``."""
    backend = STORES.get(config.backend)(config)
    return FailoverStore(
        backend,
        on_failure=config.on_failure,
        backend=config.backend,
        retry_interval_s=config.retry_interval_ms / 1000,
        metrics=metrics,
    )
