"""The gateway's own endpoints and its answers to bad input."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment

from aire.asgi import Receive, Scope, Send, send_bytes
from aire.gateway.breaker import BreakerState
from aire.server import serve_in_thread


@pytest.fixture
def gw(start_sim: Any, start_gateway: StartGateway) -> str:
    sim, _ = start_sim()
    url, _ = start_gateway(
        models={
            "chat": {"deployments": [deployment(sim, "s")]},
            "other": {"deployments": [deployment(sim, "s2")]},
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


async def test_one_alias_by_id(gw: str) -> None:
    status, body = await request("GET", f"{gw}/v1/models/chat")
    assert status == 200
    assert (body["id"], body["object"], body["owned_by"]) == ("chat", "model", "aire")
    status, body = await request("GET", f"{gw}/v1/models/nope")
    assert status == 404
    assert body["error"]["code"] == "model_not_found"
    status, body = await request("POST", f"{gw}/v1/models/chat")
    assert status == 405


async def test_health_and_ready(gw: str) -> None:
    assert (await request("GET", f"{gw}/health"))[0] == 200
    status, body = await request("GET", f"{gw}/ready")
    assert status == 200
    assert body["models"] == {"chat": True, "other": True}


async def test_ready_does_not_follow_upstream_health(start_gateway: StartGateway) -> None:
    """Readiness is the gateway's own: a replica that reported not-ready whenever its
    upstream flapped would be taken out of its load balancer, with every other replica,
    turning a degraded upstream into no service at all. /status tells upstream health."""
    url, app = start_gateway(
        models={
            "chat": {
                "deployments": [{"url": "http://127.0.0.1:9/v1", "model": "m", "name": "down"}]
            }
        }
    )
    app.state.routes["chat"].deployments[0].healthy = False
    status, body = await request("GET", f"{url}/ready")
    assert status == 200
    assert body == {"ready": True, "models": {"chat": False}}
    status, body = await request("GET", f"{url}/status")
    assert status == 200
    assert body["status"] == "degraded"
    dep = body["models"]["chat"]["deployments"]["down"]
    assert dep["healthy"] is False
    assert dep["breaker"] == {"closed": 1}


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


# -- adversarial input: every answer is an OpenAI-shaped error, never a 500 ----------------


def _is_error(payload: Any, code: str) -> None:
    assert set(payload["error"]) >= {"message", "type", "code"}
    assert payload["error"]["code"] == code
    assert "Traceback" not in payload["error"]["message"]
    assert "127.0.0.1" not in payload["error"]["message"]


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"stream": "yes"}, "stream"),
        ({"stream": 1}, "stream"),
        ({"stream": True, "stream_options": "x"}, "stream_options"),
        ({"stream": True, "stream_options": ["include_usage"]}, "stream_options"),
        (
            {"stream": True, "stream_options": {"include_usage": "x"}},
            "stream_options.include_usage",
        ),
    ],
)
async def test_stream_flags_of_the_wrong_type_are_400(
    gw: str, extra: dict[str, Any], param: str
) -> None:
    # stream_options of the wrong type used to crash the upstream adapter (a 500), and a
    # truthy non-bool "stream" was silently answered as a whole (non-streamed) reply
    status, payload = await request("POST", f"{gw}/v1/chat/completions", json=chat(**extra))
    assert status == 400
    _is_error(payload, "invalid_request")
    assert payload["error"]["param"] == param


async def test_stream_false_and_null_are_fine(gw: str) -> None:
    for value in (False, None):
        status, payload = await request(
            "POST", f"{gw}/v1/chat/completions", json=chat(stream=value)
        )
        assert status == 200, payload
        assert payload["object"] == "chat.completion"


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded"])
async def test_a_body_that_is_not_json_by_content_type_is_415(gw: str, ctype: str) -> None:
    status, payload = await request(
        "POST",
        f"{gw}/v1/chat/completions",
        data=orjson.dumps(chat()),
        headers={"content-type": ctype},
    )
    assert status == 415
    _is_error(payload, "unsupported_media_type")
    # curl -d's default type: the message says how to send JSON
    assert ("-H 'Content-Type: application/json'" in payload["error"]["message"]) == (
        ctype == "application/x-www-form-urlencoded"
    )


@pytest.mark.parametrize("ctype", [None, "application/json; charset=utf-8", "APPLICATION/JSON"])
async def test_json_content_types_and_none_are_accepted(gw: str, ctype: str | None) -> None:
    # aiohttp's data= sends application/octet-stream unless told; skip_auto_headers drops it
    headers = {"content-type": ctype} if ctype else {}
    async with (
        aiohttp.ClientSession() as s,
        s.post(
            f"{gw}/v1/chat/completions",
            data=orjson.dumps(chat()),
            headers=headers,
            skip_auto_headers=["content-type"],
        ) as r,
    ):
        assert r.status == 200, await r.text()


async def test_head_and_wrong_methods(gw: str) -> None:
    async with aiohttp.ClientSession() as s:
        async with s.head(f"{gw}/health") as r:
            assert r.status == 200
            assert await r.read() == b""
        async with s.head(f"{gw}/v1/chat/completions") as r:
            assert r.status == 405
            assert r.headers["allow"] == "POST"
        async with s.get(f"{gw}/v1/chat/completions") as r:
            assert r.status == 405
            assert r.headers["allow"] == "POST"
            _is_error(await r.json(), "method_not_allowed")
        async with s.delete(f"{gw}/health") as r:
            assert r.status == 405
            assert r.headers["allow"] == "GET, HEAD"
            _is_error(await r.json(), "method_not_allowed")


async def test_upstream_client_errors_keep_their_param(gw: str) -> None:
    status, payload = await request("POST", f"{gw}/v1/chat/completions", json=chat(n=0))
    assert status == 400
    assert payload["error"]["param"] == "n"


async def test_a_client_that_leaves_mid_body_is_not_answered_upstream(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    # The body so far is a complete, valid request, but the client announced more bytes and
    # left: the gateway must not take the truncated body for the request.
    sim, sim_app = start_sim()
    url, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    body = orjson.dumps(chat())
    port = int(url.rsplit(":", 1)[1])
    for _ in range(3):
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(body) + 100, body)
        )
        await writer.drain()
        writer.close()
        await writer.wait_closed()
    deadline = asyncio.get_running_loop().time() + 10
    text = ""
    while 'status="499"} 3.0' not in text and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
        _, text = await request("GET", f"{url}/metrics")
    assert 'aire_gateway_requests_total{alias="unknown",deployment="",status="499"} 3.0' in text
    assert sim_app.requests == 0
    status, _ = await request("POST", f"{url}/v1/chat/completions", json=chat())
    assert status == 200  # still healthy
    assert sim_app.requests == 1


async def test_anthropic_upstream_bad_field_types_are_400_not_500(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim()
    url, _ = start_gateway(
        models={"claude": {"deployments": [deployment(sim, "a", provider="anthropic")]}}
    )
    for bad in (
        {"messages": [{"role": "user", "content": 5}]},
        {"stop": 5},
        {"temperature": "hot"},
    ):
        status, payload = await request(
            "POST", f"{url}/v1/chat/completions", json={**chat(), "model": "claude", **bad}
        )
        assert status == 400, (bad, payload)
        _is_error(payload, "invalid_request")


async def _html_400(scope: Scope, receive: Receive, send: Send) -> None:
    """An upstream behind a proxy that answers with an HTML page."""
    if scope["type"] == "http":
        await send_bytes(send, 400, b"<html>Bad Request</html>", [(b"content-type", b"text/html")])


async def test_an_upstream_client_error_without_a_json_body_does_not_leak_its_url(
    start_gateway: StartGateway,
) -> None:
    with serve_in_thread(_html_400) as upstream:
        url, _ = start_gateway(models={"chat": {"deployments": [deployment(upstream, "u")]}})
        status, payload = await request("POST", f"{url}/v1/chat/completions", json=chat())
    assert status == 400
    assert payload["error"]["message"] == "the upstream model answered HTTP 400"
    assert upstream.removeprefix("http://") not in orjson.dumps(payload).decode()


async def _unauthorized(scope: Scope, receive: Receive, send: Send) -> None:
    """An upstream that does not take the deployment's api_key."""
    if scope["type"] == "http":
        body = {"error": {"message": "Incorrect API key: sk-...", "code": "invalid_api_key"}}
        await send_bytes(send, 401, orjson.dumps(body), [(b"content-type", b"application/json")])


async def test_a_misconfigured_deployment_is_a_502_not_the_clients_mistake(
    start_gateway: StartGateway, sim: str
) -> None:
    # A 404 "model `nope` does not exist" or a 401 from the upstream used to reach the
    # client as its own 404/401: it blamed the client's (valid) alias or key.
    with serve_in_thread(_unauthorized) as locked:
        url, _ = start_gateway(
            models={
                "wrong-model": {"deployments": [deployment(sim, "m", model="nope")]},
                "wrong-key": {"deployments": [deployment(locked, "k")]},
            },
            retries={"max_attempts": 1},
        )
        for alias, check in (("wrong-model", "url and model"), ("wrong-key", "api_key")):
            async with (
                aiohttp.ClientSession() as s,
                s.post(f"{url}/v1/chat/completions", json=chat(model=alias)) as r,
            ):
                payload = await r.json()
                assert r.status == 502, payload
                assert r.headers["x-aire-attempts"] == "1"
                assert r.headers["x-aire-deployment"] in ("m", "k")
            assert payload["error"]["code"] == "upstream_http_error"
            assert payload["error"]["type"] == "upstream_error"
            assert check in payload["error"]["message"]
            text = orjson.dumps(payload).decode()
            assert "nope" not in text  # not the upstream's own words
            assert "sk-" not in text


async def test_a_misconfigured_deployment_is_skipped_for_a_good_one(
    start_gateway: StartGateway, sim: str
) -> None:
    url, app = start_gateway(
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(sim, "bad", model="nope"), deployment(sim, "good")],
            }
        },
        breaker={"consecutive_failures": 3},
    )
    async with aiohttp.ClientSession() as s:
        for _ in range(12):
            async with s.post(f"{url}/v1/chat/completions", json=chat()) as r:
                assert r.status == 200
                assert r.headers["x-aire-deployment"] == "good"
    bad = next(d for d in app.state.deployments if d.name == "bad")
    assert bad.breaker.state is BreakerState.OPEN  # ejected: it stops costing a retry


async def test_an_unknown_huge_model_name_is_not_echoed_whole(gw: str) -> None:
    status, payload = await request(
        "POST", f"{gw}/v1/chat/completions", json={**chat(), "model": "m" * 100_000}
    )
    assert status == 404
    _is_error(payload, "model_not_found")
    assert len(payload["error"]["message"]) < 400
