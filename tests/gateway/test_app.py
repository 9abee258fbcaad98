"""The gateway's own endpoints and its answers to bad input."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment


@pytest.fixture
def gw(start_sim: Any, start_gateway: StartGateway) -> str:
    sim, _ = start_sim()
    url, _ = start_gateway(
        models={
            "chat": {"deployments": [deployment(sim, "s")]},
            "other": {"deployments": [deployment(sim, "s")]},
        }
    )
    return url


async def request(method: str, url: str, **kw: Any) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as s, s.request(method, url, **kw) as r:
        ctype = r.headers.get("content-type", "")
        return r.status, (await r.json()) if "json" in ctype else await r.text()


async def test_models_lists_the_aliases(gw: str) -> None:
    status, body = await request("GET", f"{gw}/v1/models")
    assert status == 200
    assert [m["id"] for m in body["data"]] == ["chat", "other"]


async def test_health_and_ready(gw: str) -> None:
    assert (await request("GET", f"{gw}/health"))[0] == 200
    status, body = await request("GET", f"{gw}/ready")
    assert status == 200
    assert body["models"] == {"chat": True, "other": True}


async def test_not_ready_when_nothing_can_serve(start_gateway: StartGateway) -> None:
    url, app = start_gateway(
        models={
            "chat": {
                "deployments": [{"url": "http://127.0.0.1:9/v1", "model": "m", "name": "down"}]
            }
        }
    )
    app.state.routes["chat"].deployments[0].healthy = False
    status, body = await request("GET", f"{url}/ready")
    assert status == 503
    assert body["ready"] is False


async def test_metrics_exposition(gw: str) -> None:
    await request("POST", f"{gw}/v1/chat/completions", json=chat())
    status, text = await request("GET", f"{gw}/metrics")
    assert status == 200
    for name in (
        "aire_gateway_requests_total",
        "aire_gateway_overhead_seconds_bucket",
        "aire_gateway_request_duration_seconds_count",
        "aire_gateway_breaker_state",
        "aire_gateway_tokens_total",
        "aire_gateway_in_flight_requests",
    ):
        assert name in text
    assert 'aire_gateway_requests_total{alias="chat",deployment="s",status="200"} 1.0' in text


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "invalid_request"),
        (b"[1, 2]", 400, "invalid_request"),
        (b'{"messages": [{"role": "user", "content": "x"}]}', 400, "invalid_request"),
        (
            b'{"model": "nope", "messages": [{"role": "user", "content": "x"}]}',
            404,
            "model_not_found",
        ),
        (b'{"model": "chat", "messages": []}', 400, "invalid_request"),
        (b'{"model": "chat", "messages": "hello"}', 400, "invalid_request"),
    ],
)
async def test_bad_requests_get_openai_shaped_errors(
    gw: str, body: bytes, status: int, code: str
) -> None:
    got, payload = await request(
        "POST", f"{gw}/v1/chat/completions", data=body, headers={"content-type": "application/json"}
    )
    assert got == status
    assert payload["error"]["code"] == code
    assert payload["error"]["message"]
    assert "Traceback" not in payload["error"]["message"]


async def test_unknown_path_and_wrong_method(gw: str) -> None:
    status, body = await request("GET", f"{gw}/v2/whatever")
    assert status == 404
    assert body["error"]["code"] == "not_found"
    status, body = await request("GET", f"{gw}/v1/chat/completions")
    assert status == 405
    status, body = await request("POST", f"{gw}/metrics")
    assert status == 405


async def test_body_too_large(start_sim: Any, start_gateway: StartGateway) -> None:
    sim, _ = start_sim()
    url, _ = start_gateway(
        max_body_bytes=2048, models={"chat": {"deployments": [deployment(sim, "s")]}}
    )
    status, body = await request("POST", f"{url}/v1/chat/completions", json=chat("x" * 10_000))
    assert status == 413
    assert body["error"]["code"] == "request_too_large"
