"""Guardrails of the alias's policy: the request on the way in, the answer on the way out.

Input: chat messages or the completion prompt are scanned before anything is sent
upstream; a block is a 400 ``guard_blocked`` naming the finding kind, never its value;
redactions replace the text the upstream sees. A request body larger than
``gateway.guard_offload_bytes`` is scanned in a worker process (``aire.gateway.offload``),
so its size cannot stall the other requests; a policy whose prompt-injection scanner has
its model tier on is scanned in a thread (``asyncio.to_thread``: onnxruntime releases the
GIL), so the embedding model never holds the event loop. Output: a whole answer is scanned (and its
placeholders restored) before the relay sends it; a streamed answer is wrapped so that
each chunk is scanned on its way (``GuardedRequest.process_events``), and a block ends
the stream with a ``guard_blocked`` error event.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator

from aire.gateway.context import Answer, RequestContext
from aire.gateway.guarding import GuardedRequest
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["GuardStage"]


class GuardStage:
    def __init__(self, services: Services) -> None:
        self.offload = services.offload

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        assert ctx.state is not None
        assert ctx.route is not None
        guard = ctx.state.guards.get(ctx.route.name)
        if guard is None:
            return await call_next(ctx)
        guarded = GuardedRequest(guard, ctx.endpoint, ctx.request_id)
        ctx.guarded = guarded
        limit = ctx.state.config.guard_offload_bytes
        offload = self.offload if limit is not None else None
        if limit is None:
            limit = 0
        t0 = time.time_ns()
        try:
            if offload is not None and len(ctx.raw) > limit:
                await offload.check_input(guarded, guard.name, ctx.body)
            elif guard.runs_model:
                # the model tier's embeddings release the GIL: a thread frees the loop
                await asyncio.to_thread(guarded.check_input, ctx.body)
            else:
                guarded.check_input(ctx.body)
        finally:
            guarded.timings.append(("input", t0, time.time_ns()))
        answer = await call_next(ctx)
        if answer.body is not None:
            t0 = time.time_ns()
            if offload is not None and len(answer.body) > limit:
                answer.body = await offload.check_output(guarded, guard.name, answer.body)
            else:
                answer.body = guarded.check_output(answer.body)
            guarded.timings.append(("output", t0, time.time_ns()))
        elif answer.stream is not None:
            answer.stream = _scanned(guarded, answer.stream)
        return answer


async def _scanned(
    guarded: GuardedRequest, inner: AsyncGenerator[bytes, None]
) -> AsyncGenerator[bytes, None]:
    async with contextlib.aclosing(inner):
        async for chunk in inner:
            out = guarded.process_events(chunk)
            if out:
                yield out
            if guarded.blocked is not None:
                raise guarded.blocked
