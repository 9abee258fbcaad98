"""Admission and accounting: limits and budgets reserved before the request goes on
(``aire.gateway.limits``), its cost counted and the reservations settled after.

A streamed answer is metered as it passes: its output tokens are counted chunk by chunk
(only when a limit needs them), more is reserved when it outgrows its reservation, and
it is cut with an error event when that is refused. Every request's cost is computed
here (the price of the deployment that answered, for the tokens it reported, or for the
tokens seen when a stream broke off), whether or not any limit applies.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator
from typing import Any

import orjson

from aire.errors import RateLimited
from aire.gateway.context import Answer, RequestContext
from aire.gateway.limits import Limiter, Reservation
from aire.gateway.pricing import PriceTable
from aire.gateway.services import Services
from aire.gateway.stages import Next
from aire.tokenizer import count_tokens

__all__ = ["Admit", "output_tokens"]


def output_tokens(chunk: bytes) -> int:
    """Output tokens in a block of OpenAI SSE events (content, tool-call arguments, text)."""
    total = 0
    for event in chunk.split(b"\n\n"):
        if not event.startswith(b"data: {"):
            continue
        try:
            obj: Any = orjson.loads(event[6:])
        except orjson.JSONDecodeError:
            continue
        for choice in obj.get("choices") or ():
            delta = choice.get("delta") or choice
            text = delta.get("content") or delta.get("text")
            if isinstance(text, str) and text:
                total += count_tokens(text)
            for call in delta.get("tool_calls") or ():
                args = (call.get("function") or {}).get("arguments")
                if isinstance(args, str) and args:
                    total += count_tokens(args)
    return total


class Admit:
    def __init__(self, services: Services) -> None:
        self.limiter: Limiter | None = services.limiter
        self.prices: PriceTable = services.prices

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        limiter = self.limiter
        try:
            res = await limiter.admit(ctx) if limiter is not None else None
        except RateLimited as exc:
            ctx.rate_headers = exc.detail.get("headers", [])
            raise
        if res is not None:
            ctx.rate_headers = res.headers
        try:
            answer = await call_next(ctx)
        except BaseException:
            self._cost(ctx)
            if res is not None and limiter is not None:
                limiter.settle_later(res, ctx)
            raise
        if answer.stream is not None:
            answer.stream = self._metered(ctx, res, answer.stream)
        else:
            self._cost(ctx)
            if res is not None and limiter is not None:
                limiter.settle_later(res, ctx)
        return answer

    async def _metered(
        self,
        ctx: RequestContext,
        res: Reservation | None,
        inner: AsyncGenerator[bytes, None],
    ) -> AsyncGenerator[bytes, None]:
        limiter = self.limiter
        metering = res is not None and res.meters and limiter is not None
        seen = 0
        try:
            async with contextlib.aclosing(inner):
                async for chunk in inner:
                    if metering:
                        assert res is not None
                        assert limiter is not None
                        seen += output_tokens(chunk)
                        await limiter.extend(res, seen)  # raises when a budget is used up
                    yield chunk
        finally:
            if not ctx.completion_tokens and seen:  # broke off before its usage came
                ctx.completion_tokens = seen
                ctx.prompt_tokens = ctx.prompt_tokens or (res.prompt_tokens if res else 0)
            self._cost(ctx)
            if res is not None and limiter is not None:
                limiter.settle_later(res, ctx)

    def _cost(self, ctx: RequestContext) -> None:
        if not ctx.attempts or ctx.cache == "hit" or ctx.state is None:
            return
        dep = ctx.state.deployment_named(ctx.deployment)
        if dep is None:
            return
        cost = self.prices.cost_usd(
            dep.config.model, ctx.prompt_tokens, ctx.completion_tokens, 0, dep.config.price
        )
        ctx.cost_usd = cost or 0.0
