"""The balancer protocol and registry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from aire.registry import Registry

if TYPE_CHECKING:
    from aire.config.gateway import AliasConfig
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment

__all__ = ["BALANCERS", "Balancer", "BalancerFactory"]


class Balancer(Protocol):
    def pick(self, candidates: Sequence[Deployment], ctx: RequestContext) -> Deployment:
        """One of ``candidates`` (never empty: all available, same priority)."""
        ...

    def observe(self, deployment: Deployment, ok: bool, ttft_s: float | None) -> None:
        """The outcome of a request sent to ``deployment``."""
        ...


class BalancerFactory(Protocol):
    def __call__(self, deployments: Sequence[Deployment], alias: AliasConfig) -> Balancer: ...


BALANCERS: Registry[BalancerFactory] = Registry(
    "balancing strategy",
    {
        "weighted_round_robin": "aire.gateway.balancers.round_robin:WeightedRoundRobin",
        "least_outstanding": "aire.gateway.balancers.least_outstanding:LeastOutstanding",
        "latency": "aire.gateway.balancers.latency:PeakEwma",
        "p2c": "aire.gateway.balancers.p2c:PowerOfTwoChoices",
        "session_affinity": "aire.gateway.balancers.affinity:SessionAffinity",
    },
)
