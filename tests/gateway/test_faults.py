"""Acceptance: a gateway in front of one healthy and one 30%-failing deployment."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment
from tests.gateway.test_pipeline import metric

pytestmark = pytest.mark.slow


async def test_2000_requests_survive_a_30_percent_failing_deployment(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    good, _ = start_sim()
    bad, bad_app = start_sim(
        faults=[
            {"kind": "server_error", "rate": 0.1},
            {"kind": "hang", "rate": 1 / 9},  # 0.9 x 1/9 = 0.1 of all requests
            {"kind": "reset", "rate": 0.125},  # 0.8 x 0.125 = 0.1 of all requests
        ]
    )
    backup, _ = start_sim()
    gw, _ = start_gateway(
        timeouts={"total_ms": 400, "connect_ms": 300},
        models={
            "chat": {
                "fallbacks": ["backup"],
                "deployments": [deployment(good, "good"), deployment(bad, "bad")],
            },
            "backup": {"deployments": [deployment(backup, "backup")]},
        },
    )
    total, concurrency = 2000, 32
    statuses: list[int] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)
    start = time.monotonic()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as s:

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                async with s.post(f"{gw}/v1/chat/completions", json=chat(max_tokens=4)) as r:
                    await r.read()
                    statuses.append(r.status)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.monotonic() - start
    ok = statuses.count(200)
    assert len(statuses) == total
    assert ok / total >= 0.999, {s: statuses.count(s) for s in set(statuses)}
    # the faulty deployment did fail about 30% of what it received
    faults = await metric(bad, "aire_sim_faults_injected_total")
    assert faults > 0.2 * bad_app.requests
    # retries never exceed the budget: ratio x requests + reserve x (elapsed + window)
    retries = await metric(gw, "aire_gateway_retries_total")
    assert retries <= 0.2 * total + 5 * (elapsed + 10)
    assert retries >= faults * 0.9  # and failures were retried
