"""Session affinity: consistent hashing of a request header onto a ring of deployments.

The same session keeps reaching the same deployment (and its prefix cache); when that
deployment is unavailable, the next one on the ring takes over, and only that session's
keys move. Without the header, requests go to the least loaded deployment.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aire.gateway.balancers.least_outstanding import LeastOutstanding

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment

_POINTS_PER_WEIGHT = 64


def _hash(value: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(value, digest_size=8).digest(), "big")


class SessionAffinity:
    def __init__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> None:
        self.header = alias.affinity_header.encode()
        ring: list[tuple[int, int]] = []
        self._by_index = list(deployments)
        for index, d in enumerate(deployments):
            points = max(1, round(_POINTS_PER_WEIGHT * d.weight))
            ring.extend((_hash(f"{d.name}#{i}".encode()), index) for i in range(points))
        ring.sort()
        self._keys = [k for k, _ in ring]
        self._owners = [i for _, i in ring]
        self._fallback = LeastOutstanding(deployments, alias)

    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        key = ctx.header(self.header)
        if not key or not self._keys:
            return self._fallback.pick(candidates, ctx)
        allowed = {id(d) for d in candidates}
        start = bisect.bisect(self._keys, _hash(key))
        n = len(self._keys)
        for step in range(n):
            d = self._by_index[self._owners[(start + step) % n]]
            if id(d) in allowed:
                return d
        return self._fallback.pick(candidates, ctx)

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        pass
