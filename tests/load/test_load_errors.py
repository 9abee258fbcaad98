"""Every error class is counted exactly, under faults forced per request or drawn by rate."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from aire.config.load import LoadConfig
from aire.load import Target, run
from aire.load.client import Client
from aire.load.prompts import build_prompts
from aire.load.record import RequestRecord
from aire.server import bind
from aire.sim.app import SimApp

RunLoad = Callable[..., Any]  # the run_load fixture of conftest.py

# fault header -> error class; streamed and not
CASES = {
    "rate_limit": "http_4xx",
    "context_length": "http_4xx",
    "server_error": "http_5xx",
    "unavailable": "http_5xx",
    "reset": "disconnect",
    "hang": "timeout",
    "stall,after_tokens=2": "timeout",
    "drop,after_tokens=3": "drop",
    "empty": "empty",
    "malformed,after_tokens=2": "malformed",
}


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "body"])
async def test_each_fault_is_its_error_class(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad, stream: bool
) -> None:
    url, _ = start_sim()
    for fault, expected in CASES.items():
        _, s = await run_load(
            url, stream=stream, concurrency=3, requests=6, timeout_s=0.3, output_tokens=8,
            ignore_eos=True, headers={"x-aire-sim-fault": fault},
        )  # fmt: skip
        assert s["errors"] == {expected: 6}, fault
        assert s["error_rate"] == 1.0
        assert s["requests"]["ok"] == 0


async def test_random_faults_are_counted_exactly(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    faults = [
        {"kind": "server_error", "rate": 0.1},
        {"kind": "rate_limit", "rate": 0.1},
        {"kind": "drop", "rate": 0.1, "after_tokens": 2},
        {"kind": "empty", "rate": 0.1},
        {"kind": "malformed", "rate": 0.1, "after_tokens": 1},
        {"kind": "reset", "rate": 0.05},
    ]
    url, _app = start_sim(faults=faults, seed=11)
    _, s = await run_load(url, concurrency=8, requests=400, output_tokens=6, ignore_eos=True)
    injected = _fault_counts(await _metrics(url))
    expected = {
        "http_5xx": injected.get("server_error", 0),
        "http_4xx": injected.get("rate_limit", 0),
        "drop": injected.get("drop", 0),
        "empty": injected.get("empty", 0),
        "malformed": injected.get("malformed", 0),
        "disconnect": injected.get("reset", 0),
    }
    assert sum(expected.values()) > 100  # the draw did hit every kind
    assert all(expected.values())
    assert s["errors"] == expected
    assert s["requests"]["ok"] == 400 - sum(expected.values())


async def test_connect_error_and_connect_timeout() -> None:
    sock = bind("127.0.0.1", 0)  # a port nobody accepts on once closed
    port = sock.getsockname()[1]
    sock.close()
    config = LoadConfig(requests=2)
    target = Target(url="x", endpoint=f"http://127.0.0.1:{port}/v1/chat/completions", model="m")
    _, s = await run(config, target)
    assert s["errors"] == {"connect": 2}
    prompt = build_prompts(config, "m", 1)[0]
    rec = RequestRecord(0, 0.0)
    async with Client(target.endpoint, timeout_s=5) as client:
        await client.send(prompt, rec)
    assert rec.error == "connect"
    assert rec.error_detail


async def _metrics(url: str) -> str:
    async with aiohttp.ClientSession() as session, session.get(url + "/metrics") as resp:
        return await resp.text()


def _fault_counts(text: str) -> dict[str, int]:
    counts = {}
    for m in re.finditer(r'^\S*fault\S*\{[^}]*kind="(\w+)"[^}]*\}\s+([0-9.e+]+)$', text, re.M):
        counts[m.group(1)] = int(float(m.group(2)))
    return counts
