"""What the stages share for the life of the gateway (per-request state is the context;
per-config state is ``ctx.state``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aire.gateway.observer import GatewayObserver

if TYPE_CHECKING:
    from aire.gateway.cache_metrics import CacheMetrics
    from aire.gateway.offload import ScanOffload
    from aire.state.base import Store

__all__ = ["Services"]


@dataclass
class Services:
    observer: GatewayObserver
    #: guard scans of large requests in a worker process (None: always inline)
    offload: ScanOffload | None = None
    #: the shared state (``state:``): limits, budgets, the response cache (None: none)
    store: Store | None = None
    #: counters of the response cache (None: the cache stage keeps its own)
    cache_metrics: CacheMetrics | None = None
