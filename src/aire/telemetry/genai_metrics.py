"""The OpenTelemetry GenAI client metrics, as Prometheus histograms.

``gen_ai.client.token.usage`` (tokens, by ``gen_ai.token.type`` input/output) and
``gen_ai.client.operation.duration`` (seconds), with the bucket boundaries the semantic
conventions list, labelled by operation, requested model (the alias) and the
deployment's model. Exposed as ``gen_ai_client_token_usage`` and
``gen_ai_client_operation_duration_seconds`` on the gateway's ``/metrics``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prometheus_client import Histogram

from aire.gateway.observer import GatewayObserver
from aire.telemetry.genai import OPERATIONS

if TYPE_CHECKING:
    from aire.gateway.context import RequestContext
    from aire.gateway.metrics import GatewayMetrics

__all__ = ["DURATION_BUCKETS", "TOKEN_BUCKETS", "GenAIMetricsObserver"]

TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
                 16777216, 67108864)  # fmt: skip
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48,
                    40.96, 81.92)  # fmt: skip


class GenAIMetricsObserver(GatewayObserver):
    def __init__(self, metrics: GatewayMetrics) -> None:
        registry = None if metrics.multiprocess else metrics.registry
        labels = ["gen_ai_operation_name", "gen_ai_request_model", "gen_ai_response_model"]
        self.tokens = Histogram(
            "gen_ai_client_token_usage",
            "Tokens used per request (GenAI semantic conventions).",
            [*labels, "gen_ai_token_type"],
            buckets=TOKEN_BUCKETS,
            registry=registry,
        )
        self.duration = Histogram(
            "gen_ai_client_operation_duration_seconds",
            "Duration of GenAI operations (GenAI semantic conventions).",
            [*labels, "error_type"],
            buckets=DURATION_BUCKETS,
            registry=registry,
        )
        self._children: dict[tuple[str, ...], Histogram] = {}

    def _child(self, metric: Histogram, *labels: str) -> Histogram:
        key = (str(id(metric)), *labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def on_settle(self, ctx: RequestContext) -> None:
        if ctx.route is None or not ctx.attempts:
            return  # never reached a model
        op = OPERATIONS.get(ctx.endpoint, ctx.endpoint)
        model = next(
            (d.config.model for d in ctx.route.deployments if d.name == ctx.deployment), ""
        )
        error = ctx.error_code or ("" if ctx.status < 400 else str(ctx.status))
        self._child(self.duration, op, ctx.alias, model, error).observe(ctx.elapsed_s())
        if ctx.prompt_tokens:
            self._child(self.tokens, op, ctx.alias, model, "input").observe(ctx.prompt_tokens)
        if ctx.completion_tokens:
            self._child(self.tokens, op, ctx.alias, model, "output").observe(ctx.completion_tokens)
