"""Admission: requests and tokens per minute, concurrency and spend budgets are checked
(and reserved) here, and reconciled when the answer is settled (the governance issue).
Until then every request is admitted."""

from __future__ import annotations

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Admit"]


class Admit:
    def __init__(self, services: Services) -> None:
        pass

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        return await call_next(ctx)
