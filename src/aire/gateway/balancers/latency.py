"""Latency-aware: lowest EWMA of time to first token, scaled by outstanding requests.

Score = ewma_ttft x (in_flight + 1) / weight ("peak EWMA" in Finagle), so a fast
deployment still sheds load as it queues. Deployments never measured go first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment


class PeakEwma:
    def __init__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> None:
        self._turn = 0

    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        n = len(candidates)
        if n == 1:
            return candidates[0]
        self._turn += 1
        best = None
        best_score = float("inf")
        for i in range(n):
            d = candidates[(self._turn + i) % n]
            if d.ewma_ttft_s is None:
                return d  # explore: no measurement yet
            score = d.ewma_ttft_s * (d.in_flight + 1) / d.weight
            if score < best_score:
                best, best_score = d, score
        assert best is not None
        return best

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        if ok and ttft_s is not None:
            deployment.observe_ttft(ttft_s)
