"""Who is calling: keys and scoped tokens set ``ctx.principal`` here (the governance
issue). Until then every request passes as anonymous."""

from __future__ import annotations

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Authenticate"]


class Authenticate:
    def __init__(self, services: Services) -> None:
        pass

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        return await call_next(ctx)
