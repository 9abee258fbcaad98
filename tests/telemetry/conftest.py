"""The gateway fixtures, for the telemetry tests that run a gateway."""

from tests.gateway.conftest import start_gateway

__all__ = ["start_gateway"]
