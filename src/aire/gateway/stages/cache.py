"""Response cache: an exact-match hit is answered here (replayed as a stream when the
client streams), a miss fills it on the way back (the governance issue). Until then
every request goes upstream."""

from __future__ import annotations

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Cache"]


class Cache:
    def __init__(self, services: Services) -> None:
        pass

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        return await call_next(ctx)
