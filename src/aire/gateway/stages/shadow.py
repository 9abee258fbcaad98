"""Shadow traffic: a sample of an alias's requests (``shadow:`` of the alias) is sent again,
in the background, to a shadow alias; its answer never reaches the client and is compared
with the primary's: agreement (word-set Jaccard of the two texts), length ratio, latency,
status, cost. Each comparison goes to the observers (``on_shadow``; Prometheus:
``aire_gateway_shadow_*``).

The stage sits just before the attempts: cached, refused and guarded requests are not
mirrored, and the shadow request runs only the attempts (routing, retries, fallbacks) for
its alias. It is not admitted against the caller's limits or budget: its cost is counted
separately (``aire_gateway_shadow_cost_usd``). The primary's text is teed off its stream as
the client receives it (up to 64 KB), never delaying it. At most ``max_in_flight`` shadow
requests run per alias; past that a sample is dropped and counted.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import orjson

from aire.errors import AireError
from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Shadow", "ShadowResult", "answer_text"]

log = logging.getLogger("aire.gateway.shadow")

_CAP = 64 * 1024
_WORD = re.compile(r"\w+")
_PRIMARY_WAIT_S = 600.0


@dataclass(frozen=True, slots=True)
class ShadowResult:
    alias: str
    shadow: str
    outcome: str  # "ok" | "error" (the shadow failed) | "dropped" (too many in flight)
    agreement: float | None = None  # Jaccard of the word sets, 0..1
    length_ratio: float | None = None  # shadow chars / primary chars
    primary_s: float | None = None
    shadow_s: float | None = None
    cost_usd: float = 0.0
    error_code: str | None = None


def answer_text(raw: bytes) -> str:
    """The text of an OpenAI chat answer: a whole JSON body or SSE ``data:`` events."""
    raw = raw.strip()
    if raw.startswith(b"{"):
        try:
            body = orjson.loads(raw)
            return str(body["choices"][0]["message"].get("content") or "")
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            return ""
    parts: list[str] = []
    for line in raw.split(b"\n"):
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        try:
            event = orjson.loads(data)
            delta = event["choices"][0].get("delta") or {}
            parts.append(str(delta.get("content") or ""))
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            continue
    return "".join(parts)


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


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
            self.observer.on_shadow(
                ShadowResult(
                    alias,
                    ctx.alias,
                    "ok",
                    _jaccard(a, b),
                    len(b) / max(len(a), 1),
                    primary_s,
                    shadow_s,
                    cost,
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
