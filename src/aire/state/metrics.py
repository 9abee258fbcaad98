"""Prometheus metrics of the shared-state store.

Like the gateway's, they work in prometheus_client's multiprocess mode (the supervisor
sets PROMETHEUS_MULTIPROC_DIR before its workers start): the availability gauge is
``livemin``, so a dead worker's last value drops out and one worker that cannot reach the
store is enough to show 0.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge

__all__ = ["StateMetrics"]


class StateMetrics:
    """Build once per registry (a second set of the same names in one registry is an
    error); without a registry, a private one is made (tests, scripts)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        if multiprocess:
            r = None  # values go to the per-process files, collected at /metrics
        else:
            r = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self.registry = r
        self.available = Gauge(
            "aire_state_available",
            "1 while the shared-state store answers, 0 during an outage.",
            ["backend"],
            registry=r,
            multiprocess_mode="livemin",
        )
        self.errors = Counter(
            "aire_state_errors",
            "Operations on the shared-state store that failed (reconnection probes too).",
            ["backend"],
            registry=r,
        )
