"""Shadow traffic through a real gateway and simulator: the client gets the primary's
answer only; the shadow alias is called in the background and compared (metrics)."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import aiohttp
import orjson
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment

from aire.gateway.stages.shadow import answer_text


def _metric(text: str, name: str, **labels: str) -> float:
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        m = re.match(rf"{name}\{{(.*)\}} (\S+)$", line)
        if m and ",".join(sorted(m.group(1).split(","))) == want:
            return float(m.group(2))
    return 0.0


async def _metrics(url: str) -> str:
    async with aiohttp.ClientSession() as s, s.get(f"{url}/metrics") as r:
        return await r.text()


async def _wait_for(url: str, name: str, value: float, **labels: str) -> str:
    deadline = time.monotonic() + 20
    while True:
        text = await _metrics(url)
        if _metric(text, name, **labels) >= value or time.monotonic() > deadline:
            return text
        await asyncio.sleep(0.05)


async def test_a_shadow_alias_is_called_compared_and_never_answers_the_client(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim()
    url, _ = start_gateway(
        models={
            "chat": {
                "deployments": [deployment(sim, "primary")],
                "shadow": {"alias": "next", "sample": 1.0},
            },
            "next": {"deployments": [deployment(sim, "candidate")]},
        }
    )
    async with aiohttp.ClientSession() as s:
        for i in range(6):
            body = chat(f"question {i}", stream=i % 2 == 1)
            async with s.post(f"{url}/v1/chat/completions", json=body) as r:
                assert r.status == 200
                raw = await r.read()
                assert answer_text(raw)  # the client got the primary's text
                if i % 2 == 0:
                    assert orjson.loads(raw)["model"] != "next"
    labels = {"alias": "chat", "shadow": "next"}
    text = await _wait_for(url, "aire_gateway_shadow_requests_total", 6, outcome="ok", **labels)
    assert _metric(text, "aire_gateway_shadow_requests_total", outcome="ok", **labels) == 6
    assert _metric(text, "aire_gateway_shadow_agreement_count", **labels) == 6
    assert _metric(text, "aire_gateway_shadow_length_ratio_count", **labels) == 6
    # the shadow's attempts ran on its own deployment
    assert 'deployment="candidate"' in text


async def test_a_failing_shadow_never_hurts_the_primary(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim()
    url, _ = start_gateway(
        models={
            "chat": {
                "deployments": [deployment(sim, "primary")],
                "shadow": {"alias": "dead", "sample": 1.0},
            },
            "dead": {
                "deployments": [{"url": "http://127.0.0.1:9/v1", "model": "m", "name": "gone"}]
            },
        },
        retries={"max_attempts": 1},
    )
    async with aiohttp.ClientSession() as s:
        for i in range(3):
            async with s.post(f"{url}/v1/chat/completions", json=chat(f"q{i}")) as r:
                assert r.status == 200
    labels = {"alias": "chat", "shadow": "dead"}
    text = await _wait_for(url, "aire_gateway_shadow_requests_total", 3, outcome="error", **labels)
    assert _metric(text, "aire_gateway_shadow_requests_total", outcome="error", **labels) == 3


def test_answer_text_reads_bodies_and_streams() -> None:
    body = orjson.dumps({"choices": [{"message": {"content": "hello there"}}]})
    assert answer_text(body) == "hello there"
    sse = (
        b'data: {"choices":[{"delta":{"content":"hel"}}]}\n\n'
        b'data: {"choices":[{"delta":{"content":"lo"}}]}\n\ndata: [DONE]\n\n'
    )
    assert answer_text(sse) == "hello"
    assert answer_text(b"not json") == ""
