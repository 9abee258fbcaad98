"""Least outstanding requests, relative to weight; ties rotate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment


class LeastOutstanding:
    def __init__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> None:
        self._turn = 0

    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        n = len(candidates)
        if n == 1:
            return candidates[0]
        self._turn += 1
        start = self._turn % n
        best = candidates[start]
        best_load = best.in_flight / best.weight
        for i in range(1, n):
            d = candidates[(start + i) % n]
            load = d.in_flight / d.weight
            if load < best_load:
                best, best_load = d, load
        return best

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        pass
