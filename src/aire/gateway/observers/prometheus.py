"""Gateway metrics, fed by observer events (definitions in ``aire.gateway.metrics``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aire.gateway.metrics import GatewayMetrics
from aire.gateway.observer import GatewayObserver

if TYPE_CHECKING:
    from aire.gateway.breaker import BreakerState
    from aire.gateway.context import Attempt, RequestContext
    from aire.gateway.deployment import Deployment
    from aire.gateway.shadow_compare import ShadowResult

__all__ = ["PrometheusObserver"]


class PrometheusObserver(GatewayObserver):
    def __init__(self, metrics: GatewayMetrics, known_alias: set[str] | None = None) -> None:
        self.m = metrics
        #: aliases that may appear as label values (others are "unknown": a client must
        #: not create series by sending made-up model names)
        self.aliases: set[str] = known_alias if known_alias is not None else set()

    def register(self, deployments: list[Deployment], aliases: list[str]) -> None:
        """Start series for every deployment at its current state (called on (re)load)."""
        m = self.m
        self.aliases = set(aliases)
        for dep in deployments:
            m.child(m.breaker_state, dep.name).set(int(dep.breaker.state))
            m.child(m.healthy, dep.name).set(1 if dep.healthy else 0)
        for alias in aliases:
            m.child(m.panic, alias).set(0)

    def on_attempt(self, ctx: RequestContext, attempt: Attempt) -> None:
        m = self.m
        m.child(m.in_flight, attempt.deployment.name).inc()
        if attempt.kind == "retry":
            m.child(m.retries, attempt.alias, attempt.reason or "none").inc()
        elif attempt.kind == "fallback":
            m.child(m.fallbacks, ctx.route.name if ctx.route else "", attempt.alias,
                    attempt.reason or "unavailable").inc()  # fmt: skip
        if attempt.panic:
            m.child(m.panic_attempts, attempt.alias).inc()

    def on_attempt_end(self, ctx: RequestContext, attempt: Attempt) -> None:
        m = self.m
        m.child(m.in_flight, attempt.deployment.name).dec()
        err = attempt.error
        if err is not None:
            code = getattr(err, "code", type(err).__name__)
            m.child(m.upstream_errors, attempt.deployment.name, code).inc()

    def on_first_chunk(self, ctx: RequestContext) -> None:
        if ctx.ttft_s is not None:
            m = self.m
            m.child(m.ttft, self._alias(ctx), ctx.deployment).observe(ctx.ttft_s)

    def on_chunk(self, ctx: RequestContext, chunk: bytes, gap_s: float) -> None:
        m = self.m
        m.child(m.itl, self._alias(ctx)).observe(gap_s)

    def on_settle(self, ctx: RequestContext) -> None:
        m = self.m
        alias = self._alias(ctx)
        duration = ctx.elapsed_s()
        m.child(m.requests, alias, ctx.deployment, str(ctx.status or 500)).inc()
        m.child(m.duration, alias).observe(duration)
        if ctx.overhead_s is not None:
            m.overhead.observe(ctx.overhead_s)
        # tokens an upstream processed; a cache hit's are in aire_cache_saved_tokens_total
        if (ctx.prompt_tokens or ctx.completion_tokens) and ctx.cache != "hit":
            m.child(m.tokens, alias, ctx.deployment, "in").inc(ctx.prompt_tokens)
            m.child(m.tokens, alias, ctx.deployment, "out").inc(ctx.completion_tokens)
        if ctx.budget_exhausted:
            m.child(m.retry_budget_exhausted, alias).inc()
        if ctx.cost_usd:
            principal = ctx.principal
            key = getattr(principal, "key_id", None) or "-"
            team = getattr(principal, "team", None) or "-"
            m.child(m.cost, alias, ctx.deployment, key, team).inc(ctx.cost_usd)
        for call in ctx.tool_calls:  # tool names stay out: the model writes them
            m.child(m.tool_calls, alias, call["verdict"] or "", call["rule"] or "").inc()

    def on_breaker(self, deployment: Deployment, state: BreakerState) -> None:
        m = self.m
        m.child(m.breaker_state, deployment.name).set(int(state))
        m.child(m.breaker_transitions, deployment.name, state.name.lower()).inc()

    def on_health(self, deployment: Deployment, healthy: bool) -> None:
        m = self.m
        m.child(m.healthy, deployment.name).set(1 if healthy else 0)

    def on_panic(self, alias: str, active: bool) -> None:
        m = self.m
        m.child(m.panic, alias).set(1 if active else 0)

    def on_shadow(self, result: ShadowResult) -> None:
        m = self.m
        alias, shadow = result.alias, result.shadow
        m.child(m.shadow_requests, alias, shadow, result.outcome).inc()
        if result.cost_usd:
            m.child(m.shadow_cost, alias, shadow).inc(result.cost_usd)
        if result.agreement is not None:
            m.child(m.shadow_agreement, alias, shadow).observe(result.agreement)
        if result.length_ratio is not None:
            m.child(m.shadow_length_ratio, alias, shadow).observe(result.length_ratio)
        sides = (
            ("primary", result.primary_refused, result.primary_valid, result.primary_s),
            ("shadow", result.shadow_refused, result.shadow_valid, result.shadow_s),
        )
        for side, refused, valid, seconds in sides:
            if refused:
                m.child(m.shadow_refusals, alias, shadow, side).inc()
            if valid is not None:
                m.child(m.shadow_schema, alias, shadow, side, str(valid).lower()).inc()
            if seconds is not None:
                m.child(m.shadow_latency, alias, shadow, side).observe(seconds)

    def on_canary(self, alias: str, deployment: str, weight: float, reason: str) -> None:
        m = self.m
        m.child(m.canary_weight, alias, deployment).set(weight)
        if weight == 0.0 and reason:
            m.child(m.canary_rollbacks, alias, deployment, reason).inc()

    def _alias(self, ctx: RequestContext) -> str:
        return ctx.alias if ctx.alias in self.aliases else "unknown"
