"""The gateway in front of LiteLLM's proxy, replayed from its recorded bytes.

LiteLLM 1.106.2's answers (tests/peers/fixtures, recorded from a real proxy by
benchmarks/peers/record_litellm.py) are served by a replay server on 127.0.0.1; the
gateway runs with its default configuration in front of it, with the LiteLLM master key
as the deployment's ``api_key``. The live version of these checks is
tests/peers/test_litellm_upstream.py (``pytest -m peers``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.test_pipeline import metric
from tests.peers.replay import ReplayPeer, load_manifest, load_recordings

RECORDINGS = load_recordings()
MANIFEST = load_manifest()
MASTER_KEY = "sk-replay-0123456789abcdef"
MESSAGES = [{"role": "user", "content": "Say something about reliability."}]

#: alias -> (LiteLLM model group, deployment fields): one per recorded situation
ALIASES: dict[str, tuple[str, dict[str, Any]]] = {
    "chat": ("clean", {}),
    "drop": ("drop", {}),
    "failing": ("failing", {}),
    "limited": ("limited", {}),
    "keyed": ("keyed", {}),
    "missing": ("missing", {}),
    "misspelt": ("no-such-group", {}),
    "no-key": ("clean", {"api_key": None}),
    "wrong-key": ("clean", {"api_key": "sk-wrong"}),
    "no-v1": ("clean", {"url_path": "/v2"}),
}


def _models(peer: ReplayPeer, **health: Any) -> dict[str, Any]:
    models = {}
    for alias, (group, fields) in ALIASES.items():
        dep: dict[str, Any] = {
            "url": peer.url + fields.get("url_path", "/v1"),
            "model": group,
            "name": f"litellm-{alias}",
            "api_key": fields.get("api_key", MASTER_KEY),
            **health,
        }
        models[alias] = {"deployments": [dep]}
    return models


@pytest.fixture
async def peer() -> AsyncIterator[ReplayPeer]:
    replay = ReplayPeer(RECORDINGS, MASTER_KEY)
    await replay.start()
    yield replay
    await replay.stop()


@pytest.fixture
def gateway(start_gateway: StartGateway, peer: ReplayPeer) -> str:
    """The gateway with its default configuration (health checks on, none configured)."""
    url, _ = start_gateway(models=_models(peer), health={})
    return url


def _no_upstream_address(peer: ReplayPeer, *parts: bytes | str) -> None:
    """None of the addresses LiteLLM or its upstreams had, nor the replay's, nor a key."""
    text = " ".join(p.decode(errors="replace") if isinstance(p, bytes) else p for p in parts)
    addresses = [peer.url, *MANIFEST["urls"].values()]
    for address in addresses:
        host_port = address.split("//", 1)[1]
        assert host_port not in text, f"{host_port} in {text[:400]}"
    assert MASTER_KEY not in text
    assert not re.search(r"127\.0\.0\.1:\d+", text), text[:400]


def _headers_text(headers: Any) -> str:
    return "\n".join(f"{k}: {v}" for k, v in headers.items())


async def _post(url: str, body: dict[str, Any], path: str = "/v1/chat/completions") -> Any:
    async with aiohttp.ClientSession() as s, s.post(url + path, json=body) as r:
        return r.status, await r.read(), r.headers


def _chat(alias: str, **extra: Any) -> dict[str, Any]:
    return {"model": alias, "messages": MESSAGES, "max_tokens": 8, **extra}


# -- answers -------------------------------------------------------------------------------


async def test_a_whole_answer_is_litellms_body(gateway: str, peer: ReplayPeer) -> None:
    status, body, headers = await _post(gateway, _chat("chat"))
    assert status == 200
    assert body == RECORDINGS["chat"].body  # byte for byte
    assert headers["x-aire-deployment"] == "litellm-chat"
    assert headers["x-aire-attempts"] == "1"
    assert headers["content-type"] == "application/json"
    # LiteLLM's own headers stay behind: x-litellm-model-api-base names its upstream
    assert "127.0.0.1" in (RECORDINGS["chat"].header("x-litellm-model-api-base") or "")
    assert not [k for k in headers if k.lower().startswith(("x-litellm", "llm_provider"))]
    _no_upstream_address(peer, body, _headers_text(headers))
    sent = peer.seen[-1]
    assert sent.headers["authorization"] == f"Bearer {MASTER_KEY}"
    assert sent.body is not None
    assert sent.body["model"] == "clean"


async def test_embeddings_are_litellms_body(gateway: str, peer: ReplayPeer) -> None:
    status, body, headers = await _post(
        gateway, {"model": "chat", "input": "reliability"}, "/v1/embeddings"
    )
    assert status == 200
    assert body == RECORDINGS["embeddings"].body
    _no_upstream_address(peer, body, _headers_text(headers))


async def test_a_stream_with_usage_is_relayed_byte_for_byte(gateway: str, peer: ReplayPeer) -> None:
    body = _chat("chat", stream=True, stream_options={"include_usage": True})
    status, raw, headers = await _post(gateway, body)
    assert status == 200
    assert headers["content-type"].startswith("text/event-stream")
    assert raw == RECORDINGS["chat_stream"].body
    assert raw.endswith(b"data: [DONE]\n\n")
    _no_upstream_address(peer, raw, _headers_text(headers))
    sent = peer.seen[-1].body
    assert sent is not None
    assert sent["stream_options"] == {"include_usage": True}


async def test_a_stream_without_usage_loses_only_the_usage_chunk(
    gateway: str, peer: ReplayPeer
) -> None:
    status, raw, _ = await _post(gateway, _chat("chat", stream=True))
    assert status == 200
    # the gateway asked LiteLLM for usage (to count tokens); the client did not
    assert peer.seen[-1].body is not None
    assert peer.seen[-1].body["stream_options"] == {"include_usage": True}
    expected = [e for e in RECORDINGS["chat_stream"].events() if b'"usage"' not in e]
    assert raw == b"".join(expected)


async def test_a_stream_cut_mid_answer_ends_with_aires_error_event(
    gateway: str, peer: ReplayPeer
) -> None:
    status, raw, headers = await _post(gateway, _chat("drop", stream=True))
    assert status == 200  # the answer had started
    recorded = RECORDINGS["chat_stream_drop"].events()
    litellm_error = recorded[-1]
    assert litellm_error.startswith(b'data: {"error"')  # what LiteLLM sends for a drop
    events = [e + b"\n\n" for e in raw.split(b"\n\n") if e]
    assert events[:-1] == recorded[:-1]  # every token event, as LiteLLM sent it
    error = orjson.loads(events[-1].removeprefix(b"data: "))["error"]
    assert error == {
        "message": "the upstream model reported an error in the middle of the answer",
        "type": "upstream_error",
        "param": None,
        "code": "upstream_stream_interrupted",
    }
    assert b"[DONE]" not in raw
    assert b"litellm" not in raw.lower()  # LiteLLM's wording (its exception names) stays out
    _no_upstream_address(peer, raw, _headers_text(headers))


# -- errors ----------------------------------------------------------------------------------

#: alias, stream, extra body fields -> status and code the client gets (README, "The gateway")
ERRORS = [
    # the client's own mistake: LiteLLM's 400 passes through with its message and param
    # (LiteLLM's code is the status as a string: the client gets aire's stable code)
    ("error_400", "chat", False, {"temperature": 5}, 400, "invalid_request"),
    ("error_400_stream", "chat", True, {"temperature": 5}, 400, "invalid_request"),
    # the upstream's rate limit passes through as a 429
    ("error_429", "limited", False, {}, 429, "rate_limited"),
    # a deployment set up wrong (its key or model at LiteLLM's upstream, its URL): 502
    ("error_401", "keyed", False, {}, 502, "upstream_http_error"),
    ("error_404", "missing", False, {}, 502, "upstream_http_error"),
    ("error_404_route", "no-v1", False, {}, 502, "upstream_http_error"),
    # server-side failures (LiteLLM's 500 after its own retries; its 500 to a missing key)
    ("error_500", "failing", False, {}, 502, "upstream_http_error"),
    ("error_500_stream", "failing", True, {}, 502, "upstream_http_error"),
    ("no_key", "no-key", False, {}, 502, "upstream_http_error"),
    # LiteLLM answers these two with a 400, so they reach the client as its error (the
    # gateway cannot tell them from a bad request): a wrong master key ("No connected
    # db." without a database) and a model group LiteLLM does not have
    ("wrong_key", "wrong-key", False, {}, 400, "invalid_request"),
    ("unknown_model", "misspelt", False, {}, 400, "invalid_request"),
]


@pytest.mark.parametrize(
    ("case", "alias", "stream", "extra", "status", "code"),
    ERRORS,
    ids=[e[0] for e in ERRORS],
)
async def test_litellms_errors_are_mapped_as_promised(
    gateway: str,
    peer: ReplayPeer,
    case: str,
    alias: str,
    stream: bool,
    extra: dict[str, Any],
    status: int,
    code: str,
) -> None:
    recording = RECORDINGS[case]
    got, raw, headers = await _post(gateway, _chat(alias, stream=stream, **extra))
    assert peer.seen
    assert peer.seen[-1].path == recording.request["path"]
    assert got == status, raw
    assert headers["content-type"] == "application/json"
    assert headers["x-aire-request-id"]
    assert headers["x-aire-deployment"] == f"litellm-{alias}"
    error = orjson.loads(raw)["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code
    _no_upstream_address(peer, raw, _headers_text(headers))
    if status < 500:  # the client's error: LiteLLM's message and param, sent once
        litellm = orjson.loads(recording.body)["error"]
        assert error["message"] == litellm["message"]
        assert error["param"] == litellm["param"]
        assert error["type"] == ("rate_limit_error" if status == 429 else "invalid_request_error")
        if status == 400:
            assert headers["x-aire-attempts"] == "1"
    else:  # the gateway's words, not LiteLLM's
        assert b"litellm" not in raw.lower()
        assert error["type"] == "upstream_error"
        if case in ("error_401", "error_404", "error_404_route"):
            assert "refused the gateway's request" in error["message"]


async def test_client_errors_do_not_count_against_the_deployment(
    start_gateway: StartGateway, peer: ReplayPeer
) -> None:
    url, app = start_gateway(models=_models(peer), health={})
    bad = [_post(url, _chat("chat", temperature=5)) for _ in range(20)]
    answers = await asyncio.gather(*bad)
    assert [a[0] for a in answers] == [400] * 20
    assert all(a[2]["x-aire-attempts"] == "1" for a in answers)  # never retried
    dep = app.state.routes["chat"].deployments[0]
    assert dep.breaker.consecutive == 0
    assert dep.in_service()
    status, body, _ = await _post(url, _chat("chat"))
    assert status == 200
    assert body == RECORDINGS["chat"].body


async def test_server_errors_count_against_the_deployment(
    start_gateway: StartGateway, peer: ReplayPeer
) -> None:
    """The counterpart of the test above: LiteLLM's 500s are the deployment's failures."""
    url, app = start_gateway(models=_models(peer), health={})
    for _ in range(3):
        status, _, _ = await _post(url, _chat("failing"))
        assert status == 502
    dep = app.state.routes["failing"].deployments[0]
    assert dep.breaker.consecutive > 0 or not dep.in_service()


# -- health ----------------------------------------------------------------------------------


async def test_no_health_check_is_sent_by_default(gateway: str, peer: ReplayPeer) -> None:
    for _ in range(3):
        status, _, _ = await _post(gateway, _chat("chat"))
        assert status == 200
    async with aiohttp.ClientSession() as s, s.get(f"{gateway}/status") as r:
        status_doc = await r.json()
    assert status_doc["status"] == "ok"
    assert all(seen.method == "POST" for seen in peer.seen)


async def test_a_failing_health_check_does_not_take_the_alias_dark(
    start_gateway: StartGateway, peer: ReplayPeer
) -> None:
    """``health_path: /health`` on LiteLLM: without a key it answers 500 (this install has
    no database client); the deployment is marked down and panic mode still routes."""
    url, _ = start_gateway(
        models=_models(peer, health_path="/health"),
        health={"interval_s": 0.05, "timeout_ms": 1000},  # the default 5 s, shortened
    )
    async with aiohttp.ClientSession() as s:
        for _ in range(400):  # at most ~20 s; a few checks suffice
            async with s.get(f"{url}/status") as r:
                doc = await r.json()
            if not doc["models"]["chat"]["deployments"]["litellm-chat"]["healthy"]:
                break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("the failing health check never marked the deployment down")
        assert any(seen.path == "/health" and seen.method == "GET" for seen in peer.seen)
        status, body, _headers = await _post(url, _chat("chat"))
        assert status == 200
        assert body == RECORDINGS["chat"].body
        async with s.get(f"{url}/status") as r:
            doc = await r.json()
    assert doc["status"] == "degraded"
    assert doc["models"]["chat"]["panic_workers"] == 1
    assert await metric(url, "aire_gateway_panic", alias="chat") == 1
    assert await metric(url, "aire_gateway_panic_attempts_total", alias="chat") >= 1
    assert await metric(url, "aire_gateway_deployment_healthy", deployment="litellm-chat") == 0
