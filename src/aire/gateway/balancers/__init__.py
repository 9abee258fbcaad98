"""Load-balancing strategies, one per module, found by name through ``BALANCERS``."""

from aire.gateway.balancers.base import BALANCERS, Balancer

__all__ = ["BALANCERS", "Balancer"]
