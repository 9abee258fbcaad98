"""Load generation and capacity planning against any OpenAI-compatible endpoint.

    import asyncio
    from aire.load import LoadConfig, open_target, run

    async def main() -> None:
        config = LoadConfig(url="http://127.0.0.1:8000", concurrency=8, requests=200)
        async with open_target(config) as target:
            result, summary = await run(config, target)
        print(summary["latency_ms"]["ttft"]["median"])

With ``url=None`` the target is an embedded ``aire sim``. ``search`` finds the capacity
(highest concurrency or rate within latency and error limits); ``compare`` diffs two
summaries and flags regressions.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

from aire.config.load import CapacityConfig, LoadConfig
from aire.config.sim import SimConfig
from aire.load.capacity import CapacityResult, Step, check_limits, search, sweep
from aire.load.compare import Delta, compare, load_result
from aire.load.errors import LoadError, ResultFileError, TargetUnreachable
from aire.load.record import ERROR_CLASSES, RequestRecord
from aire.load.runner import Progress, RunResult, run_load
from aire.load.summary import summarize
from aire.load.target import Target, embedded_sim, probe

__all__ = [
    "ERROR_CLASSES",
    "CapacityConfig",
    "CapacityResult",
    "Delta",
    "LoadConfig",
    "LoadError",
    "Progress",
    "RequestRecord",
    "ResultFileError",
    "RunResult",
    "Step",
    "Target",
    "TargetUnreachable",
    "check_limits",
    "compare",
    "load_result",
    "open_target",
    "run",
    "search",
    "summarize",
    "sweep",
]


@contextlib.asynccontextmanager
async def open_target(config: LoadConfig, sim: SimConfig | None = None) -> AsyncIterator[Target]:
    """The target of ``config``: its URL, probed, or an embedded ``aire sim`` (from ``sim``)."""
    if config.url is not None:
        yield await probe(config, config.url)
        return
    with embedded_sim(sim) as url:
        yield await probe(config, url, embedded=True)


async def run(
    config: LoadConfig,
    target: Target,
    *,
    on_progress: Callable[[Progress], None] | None = None,
    stop: asyncio.Event | None = None,
) -> tuple[RunResult, dict[str, Any]]:
    """One run: its records and its summary. Setting ``stop`` ends it early with what
    finished (the summary says ``interrupted``)."""
    result = await run_load(config, target, on_progress=on_progress, stop=stop)
    return result, summarize(result)
