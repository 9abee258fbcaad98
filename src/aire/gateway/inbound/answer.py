"""Applying a dialect to an answer on its way out (the parse stage calls this).

The stages inside see and produce OpenAI chat (the guard scans chat text, the providers
speak chat); this turns the chat answer into the client's API: a whole body is rendered,
a stream is fed chunk by chunk through the dialect's renderer, and a stream that fails
after it started ends with the dialect's own error event.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator

from aire.errors import AireError
from aire.gateway.client_errors import stream_error_body
from aire.gateway.context import Answer, RequestContext
from aire.gateway.inbound.base import Dialect, StreamRenderer

__all__ = ["render_answer"]


def render_answer(dialect: Dialect, ctx: RequestContext, answer: Answer) -> Answer:
    model = ctx.requested_model
    answer.headers.append((dialect.request_id_header, ctx.request_id.encode()))
    if answer.body is not None:
        answer.body = dialect.render(
            answer.body, model=model, request_id=ctx.request_id, request=ctx.client_body
        )
        return answer
    if answer.stream is not None:
        output = ctx.body.get("max_tokens") or ctx.body.get("max_completion_tokens") or 0
        renderer = dialect.stream(
            model=model,
            request_id=ctx.request_id,
            input_tokens_estimate=max(0, ctx.needed_tokens() - int(output)),
            request=ctx.client_body,
        )
        answer.stream = _rendered(renderer, answer.stream)

        def on_error(err: AireError) -> bytes:
            body = stream_error_body(err)
            return renderer.error(str(body["code"]), str(body["message"]))

        answer.on_error = on_error
    return answer


async def _rendered(
    renderer: StreamRenderer, inner: AsyncGenerator[bytes, None]
) -> AsyncGenerator[bytes, None]:
    async with contextlib.aclosing(inner):
        async for chunk in inner:
            out = renderer.feed(chunk)
            if out:
                yield out
