"""The innermost stage: send the request upstream, with retries, fallbacks and panic.

Per alias: pick a deployment (``Route.pick``), call its provider; on a retryable failure
before the first byte reaches the client, try again (on another deployment when there
is one, else after a backoff) while the alias's retry budget allows, then hand over to
the alias's ``fallbacks``; a context-length error goes to ``context_fallback``. When no
deployment anywhere in that chain is in service, the request goes to the first alias in
panic mode rather than failing with ``no_healthy_upstream``. Hard limits answer 429 with
Retry-After: every deployment cooling down after an upstream Retry-After, or at its
``max_concurrency``.

A streamed answer is returned once its first event has arrived, so that everything
before it can still be retried; the rest is read as the relay sends it.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import TypeVar

from aire.errors import (
    AireError,
    NoHealthyUpstream,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamStatusError,
)
from aire.gateway.context import Answer, Attempt, RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.fallback_chain import Chain, Exhausted, rank, unavailable, wait_cooldown
from aire.gateway.lease import Lease
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, UpstreamStream
from aire.gateway.quota import DeploymentQuota
from aire.gateway.retry import backoff_s
from aire.gateway.router import Route
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Attempts"]

T = TypeVar("T")
Call = Callable[[Deployment, UpstreamRequest], Awaitable[T]]
_clock = time.perf_counter
_rng = random.Random()
_MAX_COOLDOWN_S = 300.0  # an absurd Retry-After must not take a deployment out for hours
_Opened = tuple[UpstreamStream, AsyncIterator[bytes], bytes, float]


def _is_context_error(err: UpstreamError) -> bool:
    if not isinstance(err, UpstreamStatusError) or err.upstream_status != 400:
        return False
    code = (err.upstream_code or "").lower()
    return code == "context_length_exceeded" or "context length" in err.message.lower()


def _unsupported(dep: Deployment, endpoint: str) -> UpstreamStatusError:
    return UpstreamStatusError(
        f"deployment {dep.name} ({dep.config.provider}) does not serve the {endpoint} endpoint",
        upstream_status=400,
        upstream_code="unsupported_endpoint",
    )


class Attempts:
    def __init__(self, services: Services) -> None:
        self.observer = services.observer
        self.quota = DeploymentQuota(services.store)

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        if ctx.stream:
            return await self._stream(ctx)
        return await self._complete(ctx)

    # -- the retry loop --------------------------------------------------------------------

    async def _execute(self, ctx: RequestContext, call: Call[T]) -> tuple[Lease, T]:
        assert ctx.route is not None
        assert ctx.state is not None
        last: AireError | None = None  # the most telling failure so far
        for panic in (False, True):
            dark = False  # some alias had no deployment in service
            chain = Chain(ctx.route) if not panic else Chain(ctx.route, only=True)
            position = 0
            while position < len(chain.items):
                route, reason = chain.items[position]
                position += 1
                # the first alias may panic by itself (if it has no fallbacks), a fallback
                # never does; the second pass forces it on the first alias
                mode = (True if panic else None) if route is ctx.route else False
                try:
                    return await self._on_route(ctx, route, reason, call, mode)
                except Exhausted as out:
                    err = out.error
                    dark = dark or isinstance(err, NoHealthyUpstream)
                    if last is None or rank(err) >= rank(last):
                        last = err
                    if out.fatal:
                        raise err from None
                    if out.context_fallback is not None:
                        target = ctx.state.routes[out.context_fallback]
                        if not chain.add(target, "context_length", next_=True, at=position):
                            raise err from None
                        continue
                    for name in route.config.fallbacks:
                        chain.add(ctx.state.routes[name], err.code)
            if ctx.attempts or not dark:
                break  # something was tried (its failure is the answer), or a hard limit
        assert last is not None
        raise last

    async def _on_route(
        self,
        ctx: RequestContext,
        route: Route,
        reason: str | None,
        call: Call[T],
        panic: bool | None,
    ) -> tuple[Lease, T]:
        assert ctx.state is not None
        if reason is not None:
            ctx.fallbacks += 1
        budget = ctx.state.budgets[route.name]
        budget.record_request()
        if route.too_long(ctx):
            raise Exhausted(
                UpstreamStatusError(
                    f"the request needs about {ctx.needed_tokens()} tokens, more than any "
                    f"context window of model {route.name!r}",
                    upstream_status=400,
                    upstream_code="context_length_exceeded",
                ),
                context_fallback=route.config.context_fallback,
                fatal=route.config.context_fallback is None,
            )
        cfg = route.retries
        tried: list[Deployment] = []
        last: UpstreamError | None = None
        while len(tried) < cfg.max_attempts:
            dep = route.pick(ctx, exclude=tried, panic=panic) or route.pick(ctx, panic=panic)
            if dep is None:
                waited = await wait_cooldown(route, cfg.max_retry_after_s)
                ctx.upstream_s += waited
                dep = route.pick(ctx, panic=panic) if waited else None
                if dep is None:
                    raise Exhausted(last or unavailable(route))
            quota = await self.quota.reserve(ctx, dep) if dep.config.rpm or dep.config.tpm else 0
            if quota < 0:
                continue  # at its own quota: it cools down until its window resets
            if tried:
                if not budget.try_retry():
                    ctx.budget_exhausted = True
                    break
                ctx.retries += 1
                if dep in tried:  # no fresh deployment left: back off before trying again
                    pause = backoff_s(len(tried) - 1, cfg.backoff_base_ms, cfg.backoff_max_ms, _rng)
                    ctx.upstream_s += pause  # waiting is not gateway overhead
                    await asyncio.sleep(pause)
            kind = "retry" if tried else ("fallback" if reason is not None else "first")
            why = last.code if last is not None else reason
            tried.append(dep)
            ctx.attempts += 1
            ctx.alias, ctx.deployment = route.name, dep.name
            attempt = Attempt(route.name, dep, ctx.attempts, kind, why, not dep.in_service())
            lease = Lease(ctx, route, dep, attempt, self.observer)
            lease.quota_tokens = quota
            try:
                result = await call(dep, self._request(ctx, dep, route, attempt.propagate))
            except UpstreamError as err:
                lease.finish(err)
                await self.quota.settle(lease, 0)
                ctx.upstream_s += _clock() - lease.t0
                last = err
                if isinstance(err, UpstreamStatusError) and err.retry_after_s is not None:
                    dep.cool_down(min(err.retry_after_s, _MAX_COOLDOWN_S))
                if _is_context_error(err):
                    target = route.config.context_fallback
                    raise Exhausted(err, context_fallback=target, fatal=target is None) from None
                if not err.retryable:
                    raise
                continue
            except BaseException:
                lease.abandon()
                raise
            return lease, result
        raise Exhausted(last or unavailable(route))

    def _request(
        self, ctx: RequestContext, dep: Deployment, route: Route, headers: dict[str, str]
    ) -> UpstreamRequest:
        timeouts = dep.config.timeouts or route.timeouts
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
            extra_headers=headers,
        )

    # -- answers ---------------------------------------------------------------------------

    async def _complete(self, ctx: RequestContext) -> Answer:
        async def call(dep: Deployment, req: UpstreamRequest) -> UpstreamResponse:
            if not dep.provider.supports(req.endpoint):
                raise _unsupported(dep, req.endpoint)
            return await dep.provider.complete(req)

        lease, resp = await self._execute(ctx, call)
        elapsed = _clock() - lease.t0
        ctx.upstream_s += elapsed
        lease.finish(None, elapsed)
        if resp.usage is not None:
            ctx.prompt_tokens = resp.usage.prompt_tokens
            ctx.completion_tokens = resp.usage.completion_tokens
        await self.quota.settle(lease, ctx.prompt_tokens + ctx.completion_tokens)
        return Answer(body=resp.body)

    async def _stream(self, ctx: RequestContext) -> Answer:
        async def call(dep: Deployment, req: UpstreamRequest) -> _Opened:
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

        lease, (upstream, events, first, t_first) = await self._execute(ctx, call)
        ctx.upstream_s += t_first - lease.t0
        return Answer(stream=self._relay(ctx, lease, upstream, events, first, t_first))

    async def _relay(
        self,
        ctx: RequestContext,
        lease: Lease,
        upstream: UpstreamStream,
        events: AsyncIterator[bytes],
        first: bytes,
        t_first: float,
    ) -> AsyncGenerator[bytes, None]:
        """The upstream's events; the lease's verdict when they end (or fail)."""
        try:
            yield first
            async for chunk in events:
                yield chunk
        except UpstreamError as err:
            lease.finish(err)
            raise
        else:
            lease.finish(None, t_first - lease.t0)
            if upstream.usage is not None:
                ctx.prompt_tokens = upstream.usage.prompt_tokens
                ctx.completion_tokens = upstream.usage.completion_tokens
        finally:
            lease.abandon()  # no-op once finished; otherwise nobody reads it any more
            await upstream.aclose()
            await self.quota.settle(lease, ctx.prompt_tokens + ctx.completion_tokens)
