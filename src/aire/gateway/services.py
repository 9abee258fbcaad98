"""What the stages share for the life of the gateway (per-request state is the context;
per-config state is ``ctx.state``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aire.gateway.observer import GatewayObserver
from aire.gateway.pricing import PriceTable

if TYPE_CHECKING:
    from aire.gateway.auth.authenticator import Authenticator
    from aire.gateway.cache_metrics import CacheMetrics
    from aire.gateway.limits import Limiter
    from aire.gateway.offload import ScanOffload
    from aire.state import Store

__all__ = ["Services"]


@dataclass
class Services:
    observer: GatewayObserver
    #: guard scans of large requests in a worker process (None: always inline)
    offload: ScanOffload | None = None
    #: shared state (limits, cache, revocations): memory, the host's, or Redis
    store: Store | None = None
    #: keys and tokens (None: auth is off, every caller is anonymous)
    auth: Authenticator | None = None
    #: limits and budgets (None: no store)
    limiter: Limiter | None = None
    prices: PriceTable = field(default_factory=PriceTable)
    #: counters of the response cache (None: the cache stage keeps its own)
    cache_metrics: CacheMetrics | None = None
