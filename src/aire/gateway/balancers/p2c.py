"""Power of two choices: sample two by weight, send to the less loaded one."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment


class PowerOfTwoChoices:
    def __init__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> None:
        self._rng = random.Random()

    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        if len(candidates) == 1:
            return candidates[0]
        weights = [d.weight for d in candidates]
        a, b = self._rng.choices(candidates, weights=weights, k=2)
        if a is b:
            return a
        return a if a.in_flight / a.weight <= b.in_flight / b.weight else b

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        pass
