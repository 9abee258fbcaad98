"""Shared fixtures: real servers on free ports, in background threads with their own loops."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from aire.config.sim import SimConfig
from aire.server import serve_in_thread
from aire.sim.app import SimApp

#: Latency off: tests that need timing set it explicitly.
FAST: dict[str, Any] = {
    "ttft_ms": 0.0,
    "prefill_ms_per_token": 0.0,
    "itl_ms": 0.0,
    "itl_jitter": 0.0,
    "seed": 7,
}


@pytest.fixture
def start_sim() -> Iterator[Callable[..., tuple[str, SimApp]]]:
    """Start simulators: ``url, app = start_sim(itl_ms=5, faults=[...])``; stopped at teardown."""
    with ExitStack() as stack:

        def start(**overrides: Any) -> tuple[str, SimApp]:
            config = SimConfig.model_validate({**FAST, **overrides})
            app = SimApp(config)
            url = stack.enter_context(serve_in_thread(app))
            return url, app

        yield start


@pytest.fixture
def sim(start_sim: Callable[..., tuple[str, SimApp]]) -> str:
    """Base URL of a zero-latency simulator serving ``aire-sim``."""
    url, _ = start_sim()
    return url


def _peers_wanted(config: pytest.Config) -> bool:
    """Peer tests (LiteLLM, ...) need software outside aire's venv: they run when the
    mark expression names them (``pytest -m peers``) or when $LITELLM_VENV says where
    LiteLLM is, never in a plain ``pytest``."""
    return "peers" in (config.option.markexpr or "") or bool(os.environ.get("LITELLM_VENV"))


def _wanted(config: pytest.Config, marker: str) -> bool:
    """Tests behind the ``acceptance`` marker (real Prometheus, Alertmanager, promtool
    over days of series: tens of seconds each) run with ``pytest -m acceptance`` (.ci/run
    does) or $AIRE_ACCEPTANCE=1, not in a plain ``pytest``."""
    if marker == "peers":
        return _peers_wanted(config)
    return marker in (config.option.markexpr or "") or bool(os.environ.get("AIRE_ACCEPTANCE"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for marker in ("peers", "acceptance"):
        if _wanted(config, marker):
            continue
        skipped = [item for item in items if item.get_closest_marker(marker) is not None]
        if skipped:
            config.hook.pytest_deselected(items=skipped)
            items[:] = [item for item in items if item.get_closest_marker(marker) is None]
