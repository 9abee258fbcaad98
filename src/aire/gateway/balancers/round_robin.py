"""Smooth weighted round-robin (nginx's): even interleaving, exact shares over a cycle."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment


class WeightedRoundRobin:
    def __init__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> None:
        self._current: dict[int, float] = {id(d): 0.0 for d in deployments}

    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        if len(candidates) == 1:
            return candidates[0]
        current = self._current
        total = 0.0
        best = candidates[0]
        best_score = float("-inf")
        for d in candidates:
            score = current.get(id(d), 0.0) + d.weight
            current[id(d)] = score
            total += d.weight
            if score > best_score:
                best, best_score = d, score
        current[id(best)] -= total
        return best

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        pass
