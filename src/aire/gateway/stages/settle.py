"""Outermost stage: tells the observers that a request started and that it is over.

Everything that happens in between (an error, a cancelled stream, a client that left)
still ends in ``on_settle``, with ``ctx.status`` and ``ctx.error_code`` saying how.
"""

from __future__ import annotations

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Settle"]


class Settle:
    def __init__(self, services: Services) -> None:
        self.observer = services.observer

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        self.observer.on_request(ctx)
        try:
            return await call_next(ctx)
        finally:
            if not ctx.status:
                ctx.status = 500  # cancelled before any answer: the server's shutdown
            self.observer.on_settle(ctx)
