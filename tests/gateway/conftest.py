"""Gateway fixtures: gateways in front of real simulators, and bare deployments."""

from __future__ import annotations

import concurrent.futures
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


SLOW_CASE = "test_a_legitimately_slow_first_token_succeeds_with_defaults"


@pytest.fixture(scope="session", autouse=True)
def slow_first_token(
    request: pytest.FixtureRequest,
) -> Iterator[concurrent.futures.Future[tuple[dict[str, Any], int]] | None]:
    """The chaos matrix's 45 s first-token case (tests/gateway/test_chaos.py) starts with
    the first gateway test and runs in the background while the others do (it only
    waits), so it costs the suite seconds, not 45 s; its test collects it. It starts only
    if that test was collected."""
    if not any(item.name == SLOW_CASE for item in request.session.items):
        yield None
        return
    from tests.gateway.test_chaos import slow_first_token_case

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(slow_first_token_case)
        yield future
        future.result(
            timeout=120
        )  # never left running past the session stopped at teardown (defined with the server tests)


from tests.gateway.test_server import procs  # noqa: E402

__all__ = ["StartGateway", "procs", "start_gateway"]
