"""One gateway request: pick a deployment, call it, retry or fall back, relay the answer.

Retries happen only before the first byte reaches the client: a stream's response head is
sent with its first chunk, so a failure before that is invisible to the client. Each
alias gets ``max_attempts`` attempts (untried deployments first, backoff when one must be
tried again), retries are limited by the alias's retry budget, and an exhausted alias
hands over to its fallbacks; a context-length error goes to ``context_fallback``.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import orjson

from aire.asgi import SSE_HEADERS, Send
from aire.config.gateway import TimeoutsConfig
from aire.errors import (
    AireError,
    GuardBlocked,
    NoHealthyUpstream,
    StreamInterrupted,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamStatusError,
)
from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.guarding import GuardedRequest
from aire.gateway.metrics import GatewayMetrics
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, UpstreamStream, Usage
from aire.gateway.retry import backoff_s
from aire.gateway.router import Route
from aire.gateway.state import GatewayState

__all__ = ["Pipeline", "stream_error_event"]

T = TypeVar("T")
_clock = time.perf_counter
_rng = random.Random()
_JSON = (b"content-type", b"application/json")
_MAX_COOLDOWN_S = 300.0  # an absurd Retry-After must not take a deployment out for hours


def _is_context_error(err: UpstreamError) -> bool:
    if not isinstance(err, UpstreamStatusError) or err.upstream_status != 400:
        return False
    code = (err.upstream_code or "").lower()
    return code == "context_length_exceeded" or "context length" in err.message.lower()


def _counts_against(err: UpstreamError) -> bool:
    """Does this failure say the deployment is unhealthy (for its breaker)?"""
    if isinstance(err, UpstreamStatusError):
        return err.upstream_status >= 500 or err.deployment_fault
    return True


def stream_error_event(err: AireError) -> bytes:
    """The SSE event that ends a stream which failed after it started (no [DONE])."""
    upstream = isinstance(err, UpstreamError)
    body = {
        "error": {
            "message": err.message,
            "type": "upstream_error" if upstream else err.error_type,
            "code": StreamInterrupted.code if upstream else err.code,
        }
    }
    return b"data: " + orjson.dumps(body) + b"\n\n"


class Lease:
    """A deployment in use by one attempt; ``finish`` settles its counters exactly once."""

    __slots__ = ("dep", "done", "metrics", "route", "t0")

    def __init__(self, dep: Deployment, route: Route, metrics: GatewayMetrics) -> None:
        self.dep = dep
        self.route = route
        self.metrics = metrics
        self.t0 = _clock()
        self.done = False
        dep.in_flight += 1
        dep.breaker.acquire()
        metrics.child(metrics.in_flight, dep.name).inc()

    def finish(self, err: UpstreamError | None, ttft_s: float | None = None) -> None:
        if self.done:
            return
        self.done = True
        dep, m = self.dep, self.metrics
        dep.in_flight -= 1
        m.child(m.in_flight, dep.name).dec()
        if err is None:
            dep.breaker.record(True)
            self.route.observe(dep, True, ttft_s)
            return
        m.child(m.upstream_errors, dep.name, err.code).inc()
        if _counts_against(err):
            dep.breaker.record(False)
        else:
            dep.breaker.release()
        self.route.observe(dep, False, None)

    def abandon(self) -> None:
        """The client left: no verdict on the deployment."""
        if not self.done:
            self.done = True
            self.dep.in_flight -= 1
            self.dep.breaker.release()
            self.metrics.child(self.metrics.in_flight, self.dep.name).dec()


class Pipeline:
    def __init__(self, metrics: GatewayMetrics) -> None:
        self.metrics = metrics

    # -- attempts, retries and fallbacks ------------------------------------------------

    async def _execute(
        self,
        ctx: RequestContext,
        state: GatewayState,
        route: Route,
        call: Callable[[Deployment, UpstreamRequest], Awaitable[T]],
    ) -> tuple[Lease, T]:
        m = self.metrics
        chain: list[tuple[Route, str]] = [(route, "")]
        visited = {route.name}
        last: UpstreamError | None = None
        position = 0
        while position < len(chain):
            current, reason = chain[position]
            position += 1
            if current is not route:
                ctx.fallbacks += 1
                m.child(m.fallbacks, route.name, current.name, reason).inc()
            budget = state.budgets[current.name]
            budget.record_request()
            cfg = current.retries
            tried: list[Deployment] = []
            attempts = 0
            if current.too_long(ctx):
                last = UpstreamStatusError(
                    f"the request needs about {ctx.needed_tokens()} tokens, more than any "
                    f"context window of model {current.name!r}",
                    upstream_status=400,
                    upstream_code="context_length_exceeded",
                )
                target = current.config.context_fallback
                if target is None or target in visited:
                    raise last
                visited.add(target)
                chain.insert(position, (state.routes[target], "context_length"))
                continue
            while attempts < cfg.max_attempts:
                dep = current.pick(ctx, exclude=tried) or current.pick(ctx)
                if dep is None:
                    waited = await self._wait_cooldown(current, cfg.max_retry_after_s)
                    ctx.upstream_s += waited
                    dep = current.pick(ctx) if waited else None
                    if dep is None:
                        last = last or NoHealthyUpstream(
                            f"no available deployment for model {current.name!r}"
                        )
                        break
                if attempts:
                    if not budget.try_retry():
                        m.child(m.retry_budget_exhausted, current.name).inc()
                        break
                    ctx.retries += 1
                    m.child(m.retries, current.name, last.code if last else "none").inc()
                    if dep in tried:  # no fresh deployment left: back off before trying again
                        pause = backoff_s(
                            attempts - 1, cfg.backoff_base_ms, cfg.backoff_max_ms, _rng
                        )
                        ctx.upstream_s += pause  # waiting is not gateway overhead
                        await asyncio.sleep(pause)
                attempts += 1
                ctx.attempts += 1
                tried.append(dep)
                lease = Lease(dep, current, m)
                ctx.alias, ctx.deployment = current.name, dep.name
                timeouts = dep.config.timeouts or current.timeouts
                try:
                    result = await call(dep, self._request(ctx, dep, timeouts))
                except UpstreamError as err:
                    lease.finish(err)
                    ctx.upstream_s += _clock() - lease.t0
                    last = err
                    if isinstance(err, UpstreamStatusError) and err.retry_after_s is not None:
                        dep.cool_down(min(err.retry_after_s, _MAX_COOLDOWN_S))
                    if _is_context_error(err):
                        target = current.config.context_fallback
                        if target is None or target in visited:
                            raise
                        visited.add(target)
                        chain.insert(position, (state.routes[target], "context_length"))
                        break
                    if not err.retryable:
                        raise
                    continue
                except BaseException:
                    lease.abandon()
                    raise
                return lease, result
            for target in current.config.fallbacks:
                if target not in visited:
                    visited.add(target)
                    chain.append((state.routes[target], last.code if last else "unavailable"))
        assert last is not None
        raise last

    async def _wait_cooldown(self, route: Route, limit_s: float) -> float:
        """When every deployment is cooling down after a Retry-After, wait if that is short.

        Returns the seconds waited (0: not worth waiting)."""
        now = time.monotonic()
        waits = [
            d.cooldown_until - now
            for d in route.deployments
            if d.healthy and d.cooldown_until > now and d.breaker.available()
        ]
        if not waits or min(waits) > limit_s:
            return 0.0
        pause = min(waits) + 0.002  # the loop's timer may fire a little early
        await asyncio.sleep(pause)
        return pause

    def _request(
        self, ctx: RequestContext, dep: Deployment, timeouts: TimeoutsConfig
    ) -> UpstreamRequest:
        loop = asyncio.get_running_loop()
        return UpstreamRequest(
            endpoint=ctx.endpoint,
            body=ctx.body,
            model=dep.config.model,
            stream=ctx.stream,
            include_usage=ctx.include_usage,
            timeouts=timeouts,
            request_id=ctx.request_id,
            deadline=loop.time() + timeouts.total_ms / 1000,
        )

    # -- non-streamed ------------------------------------------------------------------------

    async def complete(
        self,
        ctx: RequestContext,
        state: GatewayState,
        route: Route,
        send: Send,
        guarded: GuardedRequest | None = None,
    ) -> None:
        async def call(dep: Deployment, req: UpstreamRequest) -> UpstreamResponse:
            if not dep.provider.supports(req.endpoint):
                raise _unsupported(dep, req.endpoint)
            return await dep.provider.complete(req)

        lease, resp = await self._execute(ctx, state, route, call)
        ctx.upstream_s += _clock() - lease.t0
        lease.finish(None, _clock() - lease.t0)
        self._usage(ctx, resp.usage)
        body = guarded.check_output(resp.body) if guarded is not None else resp.body
        ctx.status = 200
        headers = [_JSON, (b"content-length", b"%d" % len(body)), *self._headers(ctx)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    # -- streamed ----------------------------------------------------------------------------

    async def stream(
        self,
        ctx: RequestContext,
        state: GatewayState,
        route: Route,
        send: Send,
        guarded: GuardedRequest | None = None,
    ) -> None:
        async def call(
            dep: Deployment, req: UpstreamRequest
        ) -> tuple[UpstreamStream, AsyncIterator[bytes], bytes, float]:
            if not dep.provider.supports(req.endpoint):
                raise _unsupported(dep, req.endpoint)
            upstream = await dep.provider.open_stream(req)
            events = upstream.__aiter__()
            try:
                first = await anext(events)
            except StopAsyncIteration:
                await upstream.aclose()
                raise UpstreamProtocolError(f"upstream {dep.name} sent an empty stream") from None
            except BaseException:
                await upstream.aclose()
                raise
            return upstream, events, first, _clock()

        lease, (upstream, events, first, t_first) = await self._execute(ctx, state, route, call)
        m = self.metrics
        ctx.upstream_s += t_first - lease.t0
        try:
            ctx.status = 200
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [*SSE_HEADERS, *self._headers(ctx)],
                }
            )
            transform = guarded.process_events if guarded is not None else None
            try:
                body = transform(first) if transform is not None else first
                await send({"type": "http.response.body", "body": body, "more_body": True})
                if guarded is not None and guarded.blocked is not None:
                    raise guarded.blocked
                ctx.ttft_s = _clock() - ctx.t0
                m.child(m.ttft, ctx.alias, ctx.deployment).observe(ctx.ttft_s)
                itl = m.child(m.itl, ctx.alias)
                last = _clock()
                async for chunk in events:
                    if transform is not None:
                        chunk = transform(chunk)
                    if chunk:  # empty: held back by the output guard
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
                    if guarded is not None and guarded.blocked is not None:
                        raise guarded.blocked
                    now = _clock()
                    itl.observe(now - last)
                    last = now
            except UpstreamError as err:
                lease.finish(err)
                ctx.error_code = StreamInterrupted.code
                await send({"type": "http.response.body", "body": stream_error_event(err)})
                return
            except GuardBlocked as err:  # the answer, not the upstream, was at fault
                lease.finish(None, t_first - lease.t0)
                ctx.error_code = err.code
                await send({"type": "http.response.body", "body": stream_error_event(err)})
                return
            lease.finish(None, t_first - lease.t0)
            self._usage(ctx, upstream.usage)
            await send({"type": "http.response.body", "body": b""})
        finally:
            lease.abandon()  # no-op once finished; the client left otherwise
            await upstream.aclose()

    # -- helpers -----------------------------------------------------------------------------

    def _headers(self, ctx: RequestContext) -> list[tuple[bytes, bytes]]:
        overhead_ms = max(0.0, (_clock() - ctx.t0 - ctx.upstream_s) * 1000)
        return [
            (b"x-aire-request-id", ctx.request_id.encode()),
            (b"x-aire-deployment", ctx.deployment.encode()),
            (b"x-aire-overhead-ms", f"{overhead_ms:.3f}".encode()),
            (b"x-aire-attempts", str(ctx.attempts).encode()),
        ]

    def _usage(self, ctx: RequestContext, usage: Usage | None) -> None:
        if usage is not None:
            ctx.prompt_tokens = usage.prompt_tokens
            ctx.completion_tokens = usage.completion_tokens


def _unsupported(dep: Deployment, endpoint: str) -> UpstreamStatusError:
    return UpstreamStatusError(
        f"deployment {dep.name} ({dep.config.provider}) does not serve the {endpoint} endpoint",
        upstream_status=400,
        upstream_code="unsupported_endpoint",
    )
