"""Streams keep their timing through the gateway: chunks are relayed, not buffered."""

from __future__ import annotations

import itertools
import statistics
import time
from typing import Any

import aiohttp
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment


async def timed_stream(url: str, model: str) -> tuple[float, list[float]]:
    """(time to first content chunk, gaps between content chunks) as the client sees them."""
    body = chat(max_tokens=12, ignore_eos=True, stream=True, model=model)
    async with aiohttp.ClientSession() as s:
        start = time.perf_counter()
        async with s.post(f"{url}/v1/chat/completions", json=body) as r:
            stamps = []
            buf = b""
            async for data in r.content.iter_any():
                now = time.perf_counter()
                buf += data
                while b"\n\n" in buf:
                    event, buf = buf.split(b"\n\n", 1)
                    if b'"content":"' in event and b'"content":""' not in event:
                        stamps.append(now)
    return stamps[0] - start, [b - a for a, b in itertools.pairwise(stamps)]


async def test_chunks_arrive_one_by_one_at_the_upstream_pace(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim(ttft_ms=40, itl_ms=25, itl_jitter=0)
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    direct, through = [], []
    gaps: list[float] = []
    for _ in range(6):
        direct.append((await timed_stream(sim, "aire-sim"))[0])
        ttft, g = await timed_stream(gw, "chat")
        through.append(ttft)
        gaps.extend(g)
    assert len(gaps) == 6 * 11  # every token arrived as its own chunk
    assert 0.020 < statistics.median(gaps) < 0.030
    # Not a benchmark (see benchmarks/gateway): only that nothing waits for the whole answer.
    assert statistics.median(through) - statistics.median(direct) < 0.015
