"""Gateway fixtures: gateways in front of real simulators, and bare deployments."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from aire.config.gateway import GatewayConfig
from aire.config.state import StateConfig
from aire.gateway.app import GatewayApp
from aire.server import serve_in_thread

StartGateway = Callable[..., tuple[str, GatewayApp]]


@pytest.fixture
def start_gateway() -> Iterator[StartGateway]:
    """``url, app = start_gateway(models={...}, timeouts={...})``: a gateway on a free port
    (``state={...}``: the root config's ``state:`` section)."""
    with ExitStack() as stack:

        def start(state: dict[str, Any] | None = None, **config: Any) -> tuple[str, GatewayApp]:
            config.setdefault("log_requests", False)
            config.setdefault("health", {"enabled": False})
            app = GatewayApp(
                GatewayConfig.model_validate(config),
                state=StateConfig.model_validate(state or {}),
            )
            url = stack.enter_context(serve_in_thread(app))
            return url, app

        yield start


# ``procs``: `aire` child processes stopped at teardown (defined with the server tests)
from tests.gateway.test_server import procs  # noqa: E402

__all__ = ["StartGateway", "procs", "start_gateway"]
