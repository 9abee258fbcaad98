"""Shadow traffic: a sample of an alias's requests (``shadow:`` of the alias) is sent again,
in the background, to a shadow alias; its answer never reaches the client and is compared
with the primary's: agreement (word-set Jaccard of the two texts), length ratio, refusals
(the quality SLIs' refusal score, each side), schema validity (each side, when the
request asked for JSON with ``response_format``), latency, status, cost. Each comparison
goes to the observers (``on_shadow``; Prometheus: ``aire_gateway_shadow_*``) and to the
running totals of ``ShadowSummary``, which ``/status`` shows per alias (the comparison and
the totals: ``aire.gateway.shadow_compare``).

The stage sits just before the attempts: cached, refused and guarded requests are not
mirrored, and the shadow request runs only the attempts (routing, retries, fallbacks) for
its alias. It is not admitted against the caller's limits or budget: its cost is counted
separately (``aire_gateway_shadow_cost_usd``). The primary's text is teed off its stream as
the client receives it (up to 64 KB), never delaying it. At most ``max_in_flight`` shadow
requests run per alias; past that a sample is dropped and counted. The comparison (a
regex refusal score on each answer's first 400 characters, the word sets and, for JSON
requests, a schema validation with a cached validator) runs in the background task once
both answers are in: ~0.5 ms of the event loop's CPU per compared pair, for the sampled
share of requests only.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncGenerator
from typing import Any

from aire.errors import AireError
from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.shadow_compare import ShadowResult, answer_text, jaccard, refused, schema_valid
from aire.gateway.stages import Next

__all__ = ["Shadow"]

log = logging.getLogger("aire.gateway.shadow")

_CAP = 64 * 1024
_PRIMARY_WAIT_S = 600.0


class Shadow:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.observer = services.observer
        self._rng = random.Random()
        self._in_flight: dict[str, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        route = ctx.route
        config = route.config.shadow if route is not None else None
        if config is None or ctx.state is None or self._rng.random() >= config.sample:
            return await call_next(ctx)
        if self._in_flight.get(ctx.alias, 0) >= config.max_in_flight:
            self.observer.on_shadow(ShadowResult(ctx.alias, config.alias, "dropped"))
            return await call_next(ctx)
        t0 = time.perf_counter()
        answer = await call_next(ctx)
        if answer.status >= 400:
            return answer
        loop = asyncio.get_running_loop()
        primary: asyncio.Future[tuple[bytes, float]] = loop.create_future()
        if answer.stream is not None:
            answer.stream = self._tee(answer.stream, primary, t0)
        else:
            primary.set_result(((answer.body or b"")[:_CAP], time.perf_counter() - t0))
        shadow_ctx = self._shadow_context(ctx, config.alias)
        self._in_flight[ctx.alias] = self._in_flight.get(ctx.alias, 0) + 1
        task = asyncio.create_task(self._run(ctx.alias, shadow_ctx, call_next, primary))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return answer

    async def _tee(
        self,
        stream: AsyncGenerator[bytes, None],
        primary: asyncio.Future[tuple[bytes, float]],
        t0: float,
    ) -> AsyncGenerator[bytes, None]:
        kept: list[bytes] = []
        size = 0
        try:
            async for block in stream:
                if size < _CAP:
                    kept.append(block)
                    size += len(block)
                yield block
        finally:
            await stream.aclose()
            if not primary.done():
                primary.set_result((b"".join(kept), time.perf_counter() - t0))

    def _shadow_context(self, ctx: RequestContext, alias: str) -> RequestContext:
        assert ctx.state is not None
        shadow = RequestContext(
            f"{ctx.request_id}-shadow", ctx.headers, ctx.endpoint, state=ctx.state, api=ctx.api
        )
        body: dict[str, Any] = {**ctx.body, "model": alias, "stream": False}
        body.pop("stream_options", None)
        shadow.body = body
        shadow.raw = b""
        shadow.requested_model = alias
        shadow.alias = alias
        shadow.route = ctx.state.routes[alias]
        shadow.principal = ctx.principal
        shadow.stream = False
        shadow.user_stream = False
        return shadow

    async def _run(
        self,
        alias: str,
        ctx: RequestContext,
        call_next: Next,
        primary: asyncio.Future[tuple[bytes, float]],
    ) -> None:
        t0 = time.perf_counter()
        try:
            answer = await call_next(ctx)
            raw = answer.body or b""
            if answer.stream is not None:  # a dialect that streams anyway: read it all
                chunks = [block async for block in answer.stream]
                raw = b"".join(chunks)
            shadow_s = time.perf_counter() - t0
            primary_raw, primary_s = await asyncio.wait_for(primary, _PRIMARY_WAIT_S)
            a, b = answer_text(primary_raw), answer_text(raw)
            cost = self._cost(ctx)
            fmt = ctx.body.get("response_format") if isinstance(ctx.body, dict) else None
            self.observer.on_shadow(
                ShadowResult(
                    alias,
                    ctx.alias,
                    "ok",
                    jaccard(a, b),
                    len(b) / max(len(a), 1),
                    primary_s,
                    shadow_s,
                    cost,
                    primary_refused=refused(a),
                    shadow_refused=refused(b),
                    primary_valid=schema_valid(fmt, a),
                    shadow_valid=schema_valid(fmt, b),
                )
            )
        except AireError as exc:
            self.observer.on_shadow(
                ShadowResult(
                    alias, ctx.alias, "error", cost_usd=self._cost(ctx), error_code=exc.code
                )
            )
        except (TimeoutError, asyncio.CancelledError):
            pass
        except Exception:  # a shadow must never hurt the gateway
            log.exception("shadow request of alias %s failed", alias)
        finally:
            self._in_flight[alias] -= 1

    def _cost(self, ctx: RequestContext) -> float:
        dep = ctx.state.deployment_named(ctx.deployment) if ctx.state and ctx.deployment else None
        if dep is None:
            return 0.0
        cost = self.services.prices.cost_usd(
            dep.config.model, ctx.prompt_tokens, ctx.completion_tokens, 0, dep.config.price
        )
        return cost or 0.0
