"""The only stage that writes to the client: answers, error answers, stream error events.

A whole answer goes out with a content-length. A streamed one goes out chunk by chunk as
the upstream sends it; its first chunk is awaited before the response starts, so that a
failure up to then is still a proper error answer. A failure after that ends the stream
with an error event and no ``[DONE]``, never a silent end. A client that leaves cancels
the request (the disconnect watch) and is recorded as 499.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator

import orjson

from aire.asgi import SSE_HEADERS, Send
from aire.errors import AireError, UpstreamError
from aire.gateway.client_errors import client_error, stream_error_event
from aire.gateway.context import Answer, RequestContext
from aire.gateway.inbound import DIALECTS, Dialect
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Relay"]

log = logging.getLogger("aire.gateway")
_clock = time.perf_counter
_JSON = (b"content-type", b"application/json")


class Relay:
    def __init__(self, services: Services) -> None:
        self.observer = services.observer
        self.dialects: dict[str, Dialect] = {name: DIALECTS.get(name) for name in DIALECTS}

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        try:
            answer = await call_next(ctx)
            if answer.stream is not None:
                await self._stream(ctx, answer, answer.stream)
            else:
                await self._whole(ctx, answer)
            return answer
        except AireError as exc:
            await self._error(ctx, exc)
        except asyncio.CancelledError:
            if ctx.watch is None or not ctx.watch.absorb():
                raise
            ctx.status, ctx.error_code = 499, "client_disconnected"
        except Exception as exc:
            log.exception("gateway error", extra={"request_id": ctx.request_id})
            await self._error(ctx, AireError(f"internal gateway error ({type(exc).__name__})"))
        finally:
            if ctx.watch is not None:
                ctx.watch.stop()
        return Answer(status=ctx.status)

    def _headers(self, ctx: RequestContext) -> list[tuple[bytes, bytes]]:
        ctx.overhead_s = ctx.overhead_now()
        return [
            (b"x-aire-request-id", ctx.request_id.encode()),
            (b"x-aire-deployment", ctx.deployment.encode()),
            (b"x-aire-overhead-ms", f"{ctx.overhead_s * 1000:.3f}".encode()),
            (b"x-aire-attempts", str(ctx.attempts).encode()),
            *ctx.rate_headers,
        ]

    async def _whole(self, ctx: RequestContext, answer: Answer) -> None:
        send = _send(ctx)
        body = answer.body or b""
        ctx.status = answer.status
        ctx.answer_body = body
        headers = [
            _JSON,
            (b"content-length", b"%d" % len(body)),
            *self._headers(ctx),
            *answer.headers,
        ]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _stream(
        self, ctx: RequestContext, answer: Answer, stream: AsyncGenerator[bytes, None]
    ) -> None:
        send = _send(ctx)
        observer = self.observer
        try:
            first = b""
            with contextlib.suppress(StopAsyncIteration):
                while not first:  # a guard may hold the first chunks back
                    first = await anext(stream)
            headers = [*SSE_HEADERS, *self._headers(ctx), *answer.headers]
            ctx.status = answer.status
            await send({"type": "http.response.start", "status": ctx.status, "headers": headers})
            if first:
                await send({"type": "http.response.body", "body": first, "more_body": True})
                ctx.answer_body = first
            now = ctx.last_chunk_at = _clock()
            ctx.ttft_s = now - ctx.t0
            observer.on_first_chunk(ctx)
            try:
                async for chunk in stream:
                    if not chunk:
                        continue
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                    now = _clock()
                    observer.on_chunk(ctx, chunk, now - ctx.last_chunk_at)
                    ctx.last_chunk_at = now
            except AireError as err:  # the answer had started: end it with an error event
                self._log_failure(ctx, err)
                interrupted = isinstance(err, UpstreamError)
                ctx.error_code = "upstream_stream_interrupted" if interrupted else err.code
                event = answer.on_error(err) if answer.on_error else stream_error_event(err)
                await send({"type": "http.response.body", "body": event})
                return
            await send({"type": "http.response.body", "body": b""})
        finally:
            await stream.aclose()

    async def _error(self, ctx: RequestContext, exc: AireError) -> None:
        status, payload, extra = client_error(exc, ctx)
        err = payload["error"]
        ctx.status, ctx.error_code = status, str(err["code"])
        self._log_failure(ctx, exc)
        headers = [
            _JSON,
            (b"x-aire-request-id", ctx.request_id.encode()),
            *extra,
            *ctx.rate_headers,
        ]
        dialect = self.dialects.get(ctx.api)
        if dialect is not None:  # the client's own API's error shape
            body = dialect.error_body(status, err["code"], err["message"], err["param"])
            headers.append((dialect.request_id_header, ctx.request_id.encode()))
        else:
            body = orjson.dumps(payload)
        if ctx.attempts:  # an upstream was tried: which one (the last), how many times
            headers.append((b"x-aire-deployment", ctx.deployment.encode()))
            headers.append((b"x-aire-attempts", str(ctx.attempts).encode()))
        headers.append((b"content-length", b"%d" % len(body)))
        with contextlib.suppress(RuntimeError):  # the response had already started
            send = _send(ctx)
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

    def _log_failure(self, ctx: RequestContext, exc: AireError) -> None:
        if isinstance(exc, UpstreamError):
            log.warning(
                "upstream failure: %s",
                exc.message,
                extra={
                    "request_id": ctx.request_id,
                    "alias": ctx.alias,
                    "deployment": ctx.deployment,
                    "code": exc.code,
                    "attempts": ctx.attempts,
                },
            )


def _send(ctx: RequestContext) -> Send:
    assert ctx.send is not None
    return ctx.send
