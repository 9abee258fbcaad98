"""Prometheus metrics of the response cache (``aire.gateway.stages.cache``).

Built once per registry, like ``aire.state.StateMetrics``: in prometheus_client's
multiprocess mode (``aire serve --workers N``) the values go to the per-process files and
``/metrics`` sums them. Label children are cached (``labels()`` is slow on a hot path);
``alias`` is always a configured alias (the cache runs after the alias was resolved).
"""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import CollectorRegistry, Counter

__all__ = ["CacheMetrics"]


class CacheMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            r = None
        else:
            r = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self.registry = r
        self.lookups = Counter(
            "aire_cache_lookups",
            "Requests the response cache saw, by result: hit, miss, bypass (not looked up: "
            "sampled, x-aire-cache: bypass, audio), error (the store did not answer: a miss).",
            ["alias", "result"],
            registry=r,
        )
        self.stores = Counter(
            "aire_cache_stores", "Answers written to the response cache.", ["alias"], registry=r
        )
        self.not_stored = Counter(
            "aire_cache_not_stored",
            "Answers to cacheable requests that were not stored, by reason (too_large, "
            "incomplete, unreplayable, fallback, not_sent, store_error).",
            ["alias", "reason"],
            registry=r,
        )
        self.bytes = Counter(
            "aire_cache_bytes",
            "Answer bytes written to (stored) and answered from (served) the cache.",
            ["alias", "direction"],
            registry=r,
        )
        self.saved_tokens = Counter(
            "aire_cache_saved_tokens",
            "Tokens of answers served from the cache instead of an upstream (in: prompt, "
            "out: completion).",
            ["alias", "direction"],
            registry=r,
        )
        self._children: dict[tuple[Any, ...], Any] = {}

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def lookup(self, alias: str, result: str) -> None:
        self._child(self.lookups, alias, result).inc()

    def stored(self, alias: str, size: int) -> None:
        self._child(self.stores, alias).inc()
        self._child(self.bytes, alias, "stored").inc(size)

    def skipped(self, alias: str, reason: str) -> None:
        self._child(self.not_stored, alias, reason).inc()

    def served(self, alias: str, size: int, prompt_tokens: int, completion_tokens: int) -> None:
        self._child(self.lookups, alias, "hit").inc()
        self._child(self.bytes, alias, "served").inc(size)
        self._child(self.saved_tokens, alias, "in").inc(prompt_tokens)
        self._child(self.saved_tokens, alias, "out").inc(completion_tokens)
