"""Who is calling: a virtual key, a scoped token or the master key (``aire.gateway.auth``).

With auth on (``gateway.auth.master_key`` set), a request without a valid credential is
a 401 (``missing_api_key``, ``invalid_api_key``, ``key_expired``, ``key_revoked``,
``token_expired``) and one outside what its credential allows a 403
(``model_not_allowed``, ``token_out_of_scope``). With auth off every caller is
anonymous (``ctx.principal`` stays None).
"""

from __future__ import annotations

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next

__all__ = ["Authenticate"]


class Authenticate:
    def __init__(self, services: Services) -> None:
        self.auth = services.auth

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        if self.auth is not None:
            ctx.principal = await self.auth.authenticate(
                ctx.headers, ctx.requested_model, ctx.endpoint
            )
        return await call_next(ctx)
