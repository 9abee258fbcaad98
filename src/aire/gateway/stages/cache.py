"""Response cache: an exact-match hit is answered here without any upstream, replayed as
a stream when the client streams; a miss fills it on the way back.

What is keyed and what is cached: ``aire.gateway.response_cache``. Chat (every client
API) and embeddings; off unless ``gateway.cache.enabled``. The client steers it with the
request header ``x-aire-cache: bypass`` (neither read nor written) or ``force`` (cached
even though it samples); answers say ``x-aire-cache: hit`` (with ``x-aire-cache-age``,
seconds) or ``miss`` when the cache was looked up. On a hit ``ctx.cache`` is "hit", the
usage tokens are the stored answer's and no deployment is named.

Only successful, complete answers are stored, and only once the layers outside this one
took them: a stream when the upstream ended it with ``[DONE]`` and the relay pulled all of
it (a stream that failed, was cut, or that the guard blocked is closed before that); a
whole answer when the relay starts sending it as a 200 (this stage sees the relay's
``http.response.start`` go by), so one the output guard blocked is never stored, and the
entry exists before the client has the answer. An answer served by a fallback alias is
not stored under the alias the client asked for.

The guard runs outside this stage: the key is the request as the upstream sees it (after
redaction) and the entry is the upstream's answer before the output scan. So entries
hold the guard's placeholders (``[EMAIL_1]``), never the values they stand for, and every
hit is scanned (and its placeholders restored with the current request's own values) on
its way out like any answer. Two requests that differ only in a redacted value share an
entry, correctly: the upstream saw the same request.

The store is the gateway's shared ``state`` store (memory in one process, the
supervisor's across the workers of one host, Redis across hosts). A store that does not
answer makes the lookup a miss (``aire_cache_lookups_total{result="error"}``); the
request is not held up by it beyond one ``state.op_timeout_ms`` per outage.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

import orjson

from aire.asgi import Message
from aire.errors import StateError
from aire.gateway.cache_metrics import CacheMetrics
from aire.gateway.chat_answer import ChatAssembler, replay_stream
from aire.gateway.context import Answer, RequestContext
from aire.gateway.response_cache import (
    CACHE_HEADER,
    Entry,
    cache_key,
    cache_mode,
    chat_entry_body,
    is_sampled,
    replayable,
)
from aire.gateway.services import Services
from aire.gateway.stages import Next

if TYPE_CHECKING:
    from aire.config.governance import CacheConfig
    from aire.state.base import Store

__all__ = ["Cache"]

log = logging.getLogger("aire.gateway.cache")
_MISS = (CACHE_HEADER, b"miss")


class Cache:
    def __init__(self, services: Services) -> None:
        self.store: Store | None = services.store
        self.metrics = services.cache_metrics or CacheMetrics()

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        assert ctx.state is not None
        config = ctx.state.config.cache
        if not config.enabled or self.store is None:
            return await call_next(ctx)
        alias = ctx.requested_model
        mode = cache_mode(ctx)
        if (
            mode == "bypass"
            or not replayable(ctx)
            or (mode != "force" and not config.sampled and is_sampled(ctx))
        ):
            self.metrics.lookup(alias, "bypass")
            return await call_next(ctx)
        key = cache_key(ctx, config.scope)
        result = "miss"
        try:
            raw = await self.store.get(key)
        except StateError as exc:  # unreachable (logged once per outage by the store) ...
            raw, result = None, "error"
            log.debug("cache lookup failed: %s", exc.message)
        entry = Entry.decode(raw) if raw is not None else None
        if entry is not None:
            return self._hit(ctx, entry)
        self.metrics.lookup(alias, result)
        ctx.cache = "miss"
        answer = await call_next(ctx)
        answer.headers.append(_MISS)
        if answer.stream is not None:
            answer.stream = self._recorded(ctx, key, config, answer.stream)
        elif answer.body is not None and answer.status == 200:
            await self._fill_whole(ctx, key, config, answer.body)
        return answer

    # -- hits ------------------------------------------------------------------------------

    def _hit(self, ctx: RequestContext, entry: Entry) -> Answer:
        ctx.cache = "hit"
        ctx.prompt_tokens = entry.prompt_tokens
        ctx.completion_tokens = entry.completion_tokens
        self.metrics.served(
            ctx.requested_model, len(entry.body), entry.prompt_tokens, entry.completion_tokens
        )
        headers = [(CACHE_HEADER, b"hit"), (b"x-aire-cache-age", b"%d" % int(entry.age_s()))]
        if ctx.stream:
            return Answer(stream=_replayed(entry.body, ctx.include_usage), headers=headers)
        return Answer(body=entry.body, headers=headers)

    # -- misses ----------------------------------------------------------------------------

    def _refused(self, ctx: RequestContext) -> str | None:
        """Why an answer that came back well is still not stored, if it is not."""
        if ctx.alias != ctx.requested_model:
            return "fallback"  # another alias's answer: not what this alias would say
        return None

    async def _fill_whole(
        self, ctx: RequestContext, key: str, config: CacheConfig, body: bytes
    ) -> None:
        alias = ctx.requested_model
        reason = self._refused(ctx)
        if reason is None and len(body) > config.max_entry_bytes:
            reason = "too_large"
        entry: Entry | None = None
        if reason is None:
            entry = self._entry(ctx, body)
            if entry is None:
                reason = "incomplete"
            elif len(entry.body) > config.max_entry_bytes:
                reason = "too_large"
        if reason is not None or entry is None:
            self.metrics.skipped(alias, reason or "incomplete")
            return
        send = ctx.send
        if send is None:  # nothing will be sent (a caller without a relay): store now
            await self._write(alias, key, entry, config.ttl_s)
            return
        started = False

        async def send_then_store(message: Message) -> None:
            nonlocal started
            kind = message["type"]
            if kind == "http.response.start":
                started = message["status"] == 200
                if not started:
                    self.metrics.skipped(alias, "not_sent")
            elif kind == "http.response.body" and started and not message.get("more_body"):
                started = False
                assert entry is not None
                await self._write(alias, key, entry, config.ttl_s)
            await send(message)

        ctx.send = send_then_store

    def _entry(self, ctx: RequestContext, body: bytes) -> Entry | None:
        if ctx.endpoint != "chat":  # embeddings: the body as it is
            return Entry(body, ctx.prompt_tokens, 0, time.time())
        try:
            obj = orjson.loads(body)
        except orjson.JSONDecodeError:
            return None
        return self._chat_entry(ctx, obj)

    def _chat_entry(self, ctx: RequestContext, obj: Any) -> Entry | None:
        if not isinstance(obj, dict):
            return None
        prepared = chat_entry_body(obj, ctx.prompt_tokens, ctx.completion_tokens)
        if prepared is None:
            return None
        ready, prompt, completion = prepared
        return Entry(orjson.dumps(ready), prompt, completion, time.time())

    async def _recorded(
        self,
        ctx: RequestContext,
        key: str,
        config: CacheConfig,
        inner: AsyncGenerator[bytes, None],
    ) -> AsyncGenerator[bytes, None]:
        """The answer's chunks as they come, assembled on the way; stored once the relay
        has pulled the last one (the code after the loop runs only then)."""
        alias = ctx.requested_model
        assembler = ChatAssembler(config.max_entry_bytes)
        ended = False
        try:
            async with contextlib.aclosing(inner):
                async for chunk in inner:
                    assembler.feed(chunk)
                    yield chunk
            ended = True
        finally:
            if not ended:  # failed, cut, blocked, or the client left
                self.metrics.skipped(alias, "incomplete")
        reason = self._refused(ctx)
        body = assembler.body() if reason is None else None
        entry = self._chat_entry(ctx, body) if body is not None else None
        if reason is None and entry is None:
            reason = assembler.failure or "incomplete"
        if entry is not None and len(entry.body) > config.max_entry_bytes:
            reason = "too_large"
        if reason is not None or entry is None:
            self.metrics.skipped(alias, reason or "incomplete")
            return
        await self._write(alias, key, entry, config.ttl_s)

    async def _write(self, alias: str, key: str, entry: Entry, ttl_s: float) -> None:
        assert self.store is not None
        try:
            await self.store.set(key, entry.encode(), ttl_s)
        except StateError as exc:
            self.metrics.skipped(alias, "store_error")
            log.debug("cache store failed: %s", exc.message)
            return
        self.metrics.stored(alias, len(entry.body))


async def _replayed(body: bytes, include_usage: bool) -> AsyncGenerator[bytes, None]:
    yield replay_stream(orjson.loads(body), include_usage=include_usage)
