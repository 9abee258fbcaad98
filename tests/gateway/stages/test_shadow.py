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

from aire.gateway.shadow_compare import ShadowResult, ShadowSummary, answer_text, schema_valid
from aire.gateway.shadow_compare import merge as merge_shadow


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


_SCHEMA = {
    "type": "object",
    "properties": {"title": {"type": "string"}, "score": {"type": "integer"}},
    "required": ["title", "score"],
    "additionalProperties": False,
}
_FORMAT = {"type": "json_schema", "json_schema": {"name": "review", "schema": _SCHEMA}}


async def test_refusals_and_schema_validity_of_both_sides_are_compared_on_metrics_and_status(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    clean, _ = start_sim(seed=1)
    refuser, _ = start_sim(seed=2, degradations=[{"kind": "refusal", "rate": 1.0}])
    broken, _ = start_sim(seed=3, degradations=[{"kind": "schema", "rate": 1.0}])
    url, _ = start_gateway(
        models={
            "chat": {
                "deployments": [deployment(clean, "primary")],
                "shadow": {"alias": "refuser", "sample": 1.0},
            },
            "refuser": {"deployments": [deployment(refuser, "refusing")]},
            "review": {
                "deployments": [deployment(clean, "primary-json")],
                "shadow": {"alias": "broken", "sample": 1.0},
            },
            "broken": {"deployments": [deployment(broken, "broken-json")]},
        }
    )
    async with aiohttp.ClientSession() as s:
        for i in range(4):
            body = chat(f"Explain tides, question {i}.", max_tokens=200)
            async with s.post(f"{url}/v1/chat/completions", json=body) as r:
                assert r.status == 200
            body = chat(f"Review {i}", model="review", max_tokens=400, response_format=_FORMAT)
            async with s.post(f"{url}/v1/chat/completions", json=body) as r:
                assert r.status == 200
                assert schema_valid(_FORMAT, answer_text(await r.read())) is True
    text = await _wait_for(
        url, "aire_gateway_shadow_requests_total", 4, alias="review", shadow="broken", outcome="ok"
    )
    await _wait_for(
        url, "aire_gateway_shadow_requests_total", 4, alias="chat", shadow="refuser", outcome="ok"
    )
    text = await _metrics(url)
    refusals = "aire_gateway_shadow_refusals_total"
    assert _metric(text, refusals, alias="chat", shadow="refuser", side="shadow") == 4
    assert _metric(text, refusals, alias="chat", shadow="refuser", side="primary") == 0
    schema = "aire_gateway_shadow_schema_answers_total"
    labels = {"alias": "review", "shadow": "broken"}
    assert _metric(text, schema, side="primary", valid="true", **labels) == 4
    assert _metric(text, schema, side="shadow", valid="false", **labels) == 4
    assert _metric(text, "aire_gateway_shadow_latency_seconds_count", side="shadow", **labels) == 4

    async with aiohttp.ClientSession() as s, s.get(f"{url}/status") as r:
        status = await r.json()
    by = {c["alias"]: c for c in status["shadow"]}
    assert by["chat"]["compared"] == 4
    assert by["chat"]["refusal_rate"] == {"primary": 0.0, "shadow": 1.0}
    assert by["chat"]["schema_pairs"] == 0
    assert by["review"]["schema_valid_rate"] == {"primary": 1.0, "shadow": 0.0}
    assert by["review"]["schema_pairs"] == 4
    assert by["review"]["latency_s"]["shadow"] > 0
    async with aiohttp.ClientSession() as s, s.get(f"{url}/status?format=html") as r:
        page = await r.text()
    assert "<table id=shadow>" in page
    assert "0.00% / 100.00%" in page  # chat: refusals; review: schema-valid 100% / 0%
    assert "100.00% / 0.00% (4)" in page


def test_schema_valid_follows_the_response_format() -> None:
    assert schema_valid(None, "{}") is None
    assert schema_valid({"type": "text"}, "{}") is None
    assert schema_valid({"type": "json_object"}, '{"a": 1}') is True
    assert schema_valid({"type": "json_object"}, "[1]") is False
    assert schema_valid({"type": "json_object"}, "not json") is False
    assert schema_valid(_FORMAT, '{"title": "t", "score": 3}') is True
    assert schema_valid(_FORMAT, '{"title": "t", "score": "3"}') is False
    bad_schema = {"type": "json_schema", "json_schema": {"schema": {"type": 12}}}
    assert schema_valid(bad_schema, "{}") is None


def _result(alias: str, **kw: Any) -> ShadowResult:
    base: dict[str, Any] = {"agreement": 0.5, "length_ratio": 1.0, "primary_s": 0.1}
    return ShadowResult(alias, "next", "ok", **{**base, "shadow_s": 0.3, **kw})


def test_the_summary_adds_up_over_workers() -> None:
    one, two = ShadowSummary(), ShadowSummary()
    one.on_shadow(_result("chat", shadow_refused=True, primary_refused=False))
    one.on_shadow(_result("chat", primary_valid=True, shadow_valid=False))
    two.on_shadow(_result("chat", primary_valid=True, shadow_valid=True, agreement=1.0))
    two.on_shadow(ShadowResult("chat", "next", "dropped"))
    two.on_shadow(ShadowResult("chat", "next", "error", cost_usd=0.25, error_code="x"))
    [c] = merge_shadow([one.snapshot(), two.snapshot()])
    assert (c["alias"], c["shadow"], c["compared"], c["errors"], c["dropped"]) == (
        "chat",
        "next",
        3,
        1,
        1,
    )
    assert c["agreement"] == round(2.0 / 3, 4)
    assert c["refusal_rate"] == {"primary": 0.0, "shadow": round(1 / 3, 4)}
    assert c["schema_pairs"] == 2
    assert c["schema_valid_rate"] == {"primary": 1.0, "shadow": 0.5}
    assert c["latency_s"] == {"primary": 0.1, "shadow": 0.3}
    assert c["cost_usd"] == 0.25
    assert merge_shadow([]) == []
