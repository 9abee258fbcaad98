"""A deployment's own quota (``rpm``/``tpm``: the upstream's limits), respected by routing.

Each attempt at a deployment with a quota counts against it in the shared store, so
every worker and replica sees the same use. At the quota, the deployment cools down
until its window resets (routing skips it, as after an upstream Retry-After) and the
attempt goes elsewhere; when every deployment is at its quota the client gets 429 with
Retry-After. A tpm reservation (the request's estimated tokens) is settled to what the
attempt used.
"""

from __future__ import annotations

from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.lease import Lease
from aire.state import Store

__all__ = ["DeploymentQuota"]

_WINDOW = 60


class DeploymentQuota:
    def __init__(self, store: Store | None) -> None:
        self.store = store

    async def reserve(self, ctx: RequestContext, dep: Deployment) -> int:
        """Tokens reserved (0 without a tpm), or -1 when the quota is reached."""
        store = self.store
        if store is None:
            return 0
        cfg = dep.config
        if cfg.rpm is not None:
            taken = await store.take(f"dq:rpm:{dep.name}", 1, cfg.rpm, _WINDOW)
            if not taken.ok:
                dep.cool_down(taken.reset_s)
                return -1
        if cfg.tpm is None:
            return 0
        tokens = ctx.needed_tokens()
        taken = await store.take(f"dq:tpm:{dep.name}", tokens, cfg.tpm, _WINDOW)
        if not taken.ok:
            if cfg.rpm is not None:
                await store.give(f"dq:rpm:{dep.name}", -1, _WINDOW)
            dep.cool_down(taken.reset_s)
            return -1
        return tokens

    async def settle(self, lease: Lease, used_tokens: int) -> None:
        reserved = lease.quota_tokens
        if reserved and self.store is not None:
            lease.quota_tokens = 0
            await self.store.give(f"dq:tpm:{lease.dep.name}", used_tokens - reserved, _WINDOW)
