"""Peer tests use the gateway fixtures (a gateway on a free port, in a thread)."""

from __future__ import annotations

from tests.gateway.conftest import start_gateway

__all__ = ["start_gateway"]
