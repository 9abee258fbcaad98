"""Prometheus metrics of the gateway.

With several workers, prometheus_client's multiprocess mode aggregates them (the server
sets PROMETHEUS_MULTIPROC_DIR before workers start); gauges therefore use inc/dec/set,
never callbacks. Label children are cached: ``labels()`` is too slow for the hot path.
"""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

__all__ = ["CONTENT_TYPE_LATEST", "GatewayMetrics"]

disable_created_metrics()  # type: ignore[no-untyped-call]

_DURATION = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_TTFT = (0.002, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30)
_ITL = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.2, 0.5, 1, 2.5)
_GUARD = (0.00001, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25)
_OVERHEAD = (0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1)


class GatewayMetrics:
    def __init__(self) -> None:
        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self.registry = CollectorRegistry(auto_describe=True)
        r = None if self.multiprocess else self.registry
        p = "aire_gateway_"
        self.requests = Counter(
            p + "requests",
            "Requests by alias, deployment and status.",
            ["alias", "deployment", "status"],
            registry=r,
        )
        self.duration = Histogram(
            p + "request_duration_seconds",
            "Request duration.",
            ["alias"],
            buckets=_DURATION,
            registry=r,
        )
        self.ttft = Histogram(
            p + "time_to_first_token_seconds",
            "Time to first token through the gateway.",
            ["alias", "deployment"],
            buckets=_TTFT,
            registry=r,
        )
        self.itl = Histogram(
            p + "inter_token_latency_seconds",
            "Gaps between streamed chunks.",
            ["alias"],
            buckets=_ITL,
            registry=r,
        )
        self.overhead = Histogram(
            p + "overhead_seconds",
            "Time spent in the gateway, upstream time excluded.",
            buckets=_OVERHEAD,
            registry=r,
        )
        self.tokens = Counter(
            p + "tokens",
            "Tokens by direction (in: prompt, out: completion).",
            ["alias", "deployment", "direction"],
            registry=r,
        )
        self.retries = Counter(p + "retries", "Retries by reason.", ["alias", "reason"], registry=r)
        self.retry_budget_exhausted = Counter(
            p + "retry_budget_exhausted",
            "Retries refused by the retry budget.",
            ["alias"],
            registry=r,
        )
        self.fallbacks = Counter(
            p + "fallbacks", "Fallbacks to another alias.", ["alias", "to", "reason"], registry=r
        )
        self.upstream_errors = Counter(
            p + "upstream_errors",
            "Upstream failures by class.",
            ["deployment", "class"],
            registry=r,
        )
        self.breaker_state = Gauge(
            p + "breaker_state",
            "Circuit breaker: 0 closed, 1 half-open, 2 open.",
            ["deployment"],
            registry=r,
            multiprocess_mode="max",
        )
        self.breaker_transitions = Counter(
            p + "breaker_transitions",
            "Circuit breaker state changes.",
            ["deployment", "to"],
            registry=r,
        )
        self.healthy = Gauge(
            p + "deployment_healthy",
            "1 if the health check passes.",
            ["deployment"],
            registry=r,
            multiprocess_mode="min",
        )
        self.in_flight = Gauge(
            p + "in_flight_requests",
            "Requests in flight per deployment.",
            ["deployment"],
            registry=r,
            multiprocess_mode="livesum",
        )
        self.cost = Counter(
            "aire_cost_usd",
            "What upstream calls cost (USD, at the configured prices).",
            ["alias", "deployment", "key", "team"],
            registry=r,
        )
        self.panic = Gauge(
            p + "panic",
            "1 while an alias routes to ejected deployments (too few in service).",
            ["alias"],
            registry=r,
            multiprocess_mode="max",
        )
        self.canary_weight = Gauge(
            p + "canary_weight",
            "A canary deployment's share of its alias's requests (0 once rolled back).",
            ["alias", "deployment"],
            registry=r,
            multiprocess_mode="min",
        )
        self.canary_rollbacks = Counter(
            p + "canary_rollbacks",
            "Canary rollbacks, by the signal that was worse.",
            ["alias", "deployment", "signal"],
            registry=r,
        )
        self.shadow_requests = Counter(
            p + "shadow_requests",
            "Shadow requests by outcome (ok, error, dropped: too many in flight).",
            ["alias", "shadow", "outcome"],
            registry=r,
        )
        self.shadow_cost = Counter(
            p + "shadow_cost_usd",
            "What shadow requests cost (USD), counted apart from the callers' spend.",
            ["alias", "shadow"],
            registry=r,
        )
        self.shadow_agreement = Histogram(
            p + "shadow_agreement",
            "Word-set Jaccard agreement of shadow and primary answers (0-1).",
            ["alias", "shadow"],
            buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0),
            registry=r,
        )
        self.shadow_length_ratio = Histogram(
            p + "shadow_length_ratio",
            "Shadow answer length over the primary's.",
            ["alias", "shadow"],
            buckets=(0.25, 0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2.0, 4.0),
            registry=r,
        )
        self.shadow_refusals = Counter(
            p + "shadow_refusals",
            "Refusals among compared shadow pairs, by side (primary, shadow).",
            ["alias", "shadow", "side"],
            registry=r,
        )
        self.shadow_schema = Counter(
            p + "shadow_schema_answers",
            "Compared answers to JSON requests, by side and schema validity (true/false).",
            ["alias", "shadow", "side", "valid"],
            registry=r,
        )
        self.shadow_latency = Histogram(
            p + "shadow_latency_seconds",
            "Latency of compared shadow pairs, by side (primary, shadow).",
            ["alias", "shadow", "side"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
            registry=r,
        )
        self.panic_attempts = Counter(
            p + "panic_attempts",
            "Attempts sent to an ejected deployment in panic mode.",
            ["alias"],
            registry=r,
        )
        self.guard_seconds = Histogram(
            "aire_guard_scan_seconds",
            "Time per guard scanner run.",
            ["policy", "family", "scanner"],
            buckets=_GUARD,
            registry=r,
        )
        self.guard_findings = Counter(
            "aire_guard_findings",
            "Guard findings by kind.",
            ["policy", "family", "scanner", "kind", "action"],
            registry=r,
        )
        self.guard_blocks = Counter(
            "aire_guard_blocks",
            "Requests or answers blocked.",
            ["policy", "family", "scanner", "kind"],
            registry=r,
        )
        self.tool_calls = Counter(
            "aire_guard_tool_calls",
            "The model's tool calls by verdict (allowed, blocked, flagged) and the rule that "
            "refused them.",
            ["alias", "verdict", "rule"],
            registry=r,
        )
        self._children: dict[tuple[Any, ...], Any] = {}

    def child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def exposition(self) -> bytes:
        if self.multiprocess:
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)
