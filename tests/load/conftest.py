"""Helpers of the load generator's tests: run a load against a URL, get the summary."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from aire.config.load import LoadConfig
from aire.load import RunResult, open_target, run

RunLoad = Callable[..., Awaitable[tuple[RunResult, dict[str, Any]]]]


@pytest.fixture
def run_load() -> RunLoad:
    """``result, summary = await run_load(url, concurrency=2, ...)``."""

    async def go(url: str, **fields: Any) -> tuple[RunResult, dict[str, Any]]:
        config = LoadConfig.model_validate({"url": url, **fields})
        async with open_target(config) as target:
            return await run(config, target)

    return go
