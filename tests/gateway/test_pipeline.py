"""Gateway behaviour end to end: real gateway, real simulators, real HTTP."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment

FAST = {"total_ms": 800, "first_token_ms": 400, "idle_ms": 300, "connect_ms": 500}


async def post(url: str, body: dict[str, Any], **kw: Any) -> tuple[int, dict[str, Any], Any]:
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{url}/v1/chat/completions", json=body, **kw) as r,
    ):
        return r.status, await r.json(), r.headers


async def stream(url: str, body: dict[str, Any]) -> tuple[int, bytes, Any]:
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{url}/v1/chat/completions", json={**body, "stream": True}) as r,
    ):
        return r.status, await r.read(), r.headers


async def metric(url: str, name: str, **labels: str) -> float:
    async with aiohttp.ClientSession() as s, s.get(f"{url}/metrics") as r:
        text = await r.text()
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


async def test_retries_a_failing_deployment_on_another(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    good, _ = start_sim()
    bad, _ = start_sim(faults=[{"kind": "server_error"}])
    gw, _ = start_gateway(
        timeouts=FAST,
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(bad, "bad"), deployment(good, "good")],
            }
        },
    )
    for _ in range(6):
        status, body, headers = await post(gw, chat())
        assert status == 200
        assert body["object"] == "chat.completion"
        assert headers["x-aire-deployment"] == "good"
    assert await metric(gw, "aire_gateway_retries_total", reason="upstream_http_error") >= 3


async def test_stream_retries_before_the_first_byte(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    good, _ = start_sim(mode="echo")
    bad, _ = start_sim(faults=[{"kind": "reset"}])
    gw, _ = start_gateway(
        timeouts=FAST,
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(bad, "bad"), deployment(good, "good")],
            }
        },
    )
    for _ in range(4):
        status, raw, headers = await stream(gw, chat("alpha beta gamma"))
        assert status == 200
        assert headers["content-type"].startswith("text/event-stream")
        assert raw.endswith(b"data: [DONE]\n\n")
        text = "".join(
            orjson.loads(b[6:])["choices"][0]["delta"].get("content") or ""
            for b in raw.split(b"\n\n")
            if b.startswith(b"data: {")
        )
        assert text == "alpha beta gamma"


async def test_client_errors_pass_through_without_retry(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim(max_model_len=64)
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    status, body, _ = await post(gw, chat("word " * 100))
    assert status == 400
    assert body["error"]["code"] == "context_length_exceeded"
    assert "context length" in body["error"]["message"]
    assert await metric(gw, "aire_gateway_retries_total") == 0
    assert await metric(gw, "aire_gateway_upstream_errors_total") == 1


async def test_context_length_falls_back_to_a_larger_alias(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    small, _ = start_sim(max_model_len=64)
    large, _ = start_sim(max_model_len=8192)
    gw, _ = start_gateway(
        models={
            "chat": {"context_fallback": "chat-long", "deployments": [deployment(small, "small")]},
            "chat-long": {"deployments": [deployment(large, "large")]},
        }
    )
    status, _, headers = await post(gw, chat("word " * 100))
    assert status == 200
    assert headers["x-aire-deployment"] == "large"
    status, _, headers = await post(gw, chat("short"))
    assert headers["x-aire-deployment"] == "small"
    assert await metric(gw, "aire_gateway_fallbacks_total", reason="context_length") == 1


async def test_fallback_alias_when_every_deployment_fails(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    bad, _ = start_sim(faults=[{"kind": "unavailable", "retry_after_s": 0}])
    good, _ = start_sim()
    gw, _ = start_gateway(
        timeouts=FAST,
        models={
            "chat": {"fallbacks": ["backup"], "deployments": [deployment(bad, "bad")]},
            "backup": {"deployments": [deployment(good, "good")]},
        },
    )
    status, _, headers = await post(gw, chat())
    assert status == 200
    assert headers["x-aire-deployment"] == "good"
    assert await metric(gw, "aire_gateway_fallbacks_total", alias="chat", to="backup") == 1


async def test_all_attempts_failing_gives_a_clean_502(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    bad, _ = start_sim(faults=[{"kind": "server_error"}])
    gw, _ = start_gateway(
        timeouts=FAST,
        retries={"backoff_base_ms": 1},
        models={"chat": {"deployments": [deployment(bad, "bad")]}},
    )
    status, body, headers = await post(gw, chat())
    assert status == 502
    assert body["error"]["code"] == "upstream_http_error"
    assert body["error"]["type"] == "upstream_error"
    assert "3 attempts" in body["error"]["message"]
    assert "127.0.0.1" not in body["error"]["message"]  # no upstream details to clients
    assert headers["x-aire-request-id"]


async def test_retry_after_keeps_traffic_away(start_sim: Any, start_gateway: StartGateway) -> None:
    limited, limited_app = start_sim(faults=[{"kind": "rate_limit", "retry_after_s": 30}])
    other, _ = start_sim()
    gw, _ = start_gateway(
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(limited, "limited"), deployment(other, "other")],
            }
        }
    )
    for _ in range(8):
        status, _, headers = await post(gw, chat())
        assert status == 200
        assert headers["x-aire-deployment"] == "other"
    assert limited_app.requests == 1  # cooled down for 30 s after its 429


async def test_short_retry_after_is_waited_out_then_429_reaches_the_client(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    limited, app = start_sim(faults=[{"kind": "rate_limit", "retry_after_s": 0.2}])
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(limited, "limited")]}})
    loop = asyncio.get_running_loop()
    start = loop.time()
    status, body, headers = await post(gw, chat())
    assert status == 429
    assert body["error"]["type"] == "rate_limit_error"
    assert headers["retry-after"] == "1"
    assert app.requests == 3  # every attempt waited for the Retry-After
    assert loop.time() - start >= 0.35


async def test_slow_first_token_is_retried_elsewhere(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    slow, _ = start_sim(ttft_ms=2000)
    fast, _ = start_sim()
    gw, _ = start_gateway(
        timeouts={**FAST, "first_token_ms": 150},
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(slow, "slow"), deployment(fast, "fast")],
            }
        },
    )
    status, raw, headers = await stream(gw, chat())
    assert status == 200
    assert raw.endswith(b"data: [DONE]\n\n")
    assert headers["x-aire-deployment"] == "fast"


async def test_mid_stream_drop_ends_in_an_error_event(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim(faults=[{"kind": "drop", "after_tokens": 3}])
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    status, raw, _ = await stream(gw, chat(max_tokens=20, ignore_eos=True))
    assert status == 200
    assert b"[DONE]" not in raw
    events = [b for b in raw.split(b"\n\n") if b.startswith(b"data: ")]
    last = orjson.loads(events[-1][6:])
    assert last["error"]["code"] == "upstream_stream_interrupted"
    content = [orjson.loads(e[6:]) for e in events[:-1]]
    assert sum(bool(c["choices"][0]["delta"].get("content")) for c in content) == 3
    assert (
        await metric(
            gw, "aire_gateway_upstream_errors_total", **{"class": "upstream_protocol_error"}
        )
        == 1
    )


async def test_stall_mid_stream_ends_in_an_error_event(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim(itl_ms=1, faults=[{"kind": "stall", "after_tokens": 2}])
    gw, _ = start_gateway(
        timeouts={**FAST, "idle_ms": 200}, models={"chat": {"deployments": [deployment(sim, "s")]}}
    )
    status, raw, _ = await stream(gw, chat(max_tokens=20, ignore_eos=True))
    assert status == 200
    assert b"[DONE]" not in raw
    assert b"upstream_stream_interrupted" in raw


async def test_retries_stay_within_the_budget(start_sim: Any, start_gateway: StartGateway) -> None:
    bad, app = start_sim(faults=[{"kind": "server_error"}])
    gw, _ = start_gateway(
        retries={"budget_ratio": 0.1, "budget_min_per_s": 0, "backoff_base_ms": 0},
        breaker={"enabled": False},
        models={"chat": {"deployments": [deployment(bad, "bad")]}},
    )
    for _ in range(40):
        status, _, _ = await post(gw, chat())
        assert status == 502
    retries = await metric(gw, "aire_gateway_retries_total")
    assert retries <= 0.1 * 40
    assert retries >= 3
    assert app.requests == 40 + retries
    assert await metric(gw, "aire_gateway_retry_budget_exhausted_total") > 0


async def test_breaker_opens_at_its_threshold_and_closes_after_recovery(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    bad, bad_app = start_sim(faults=[{"kind": "server_error"}])
    good, good_app = start_sim()
    gw, _ = start_gateway(
        retries={"max_attempts": 1},
        breaker={"open_s": 0.3, "half_open_ratio": 1.0, "half_open_requests": 3},
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [deployment(bad, "bad"), deployment(good, "good")],
            }
        },
    )
    statuses = [(await post(gw, chat()))[0] for _ in range(12)]
    assert await metric(gw, "aire_gateway_breaker_state", deployment="bad") == 2
    failed = bad_app.requests
    assert 5 <= failed <= 7  # a dead upstream trips it after about five failures
    assert statuses.count(502) == failed
    for _ in range(10):  # open: all traffic on the good one, no 503
        status, _, headers = await post(gw, chat())
        assert status == 200
        assert headers["x-aire-deployment"] == "good"
    assert bad_app.requests == failed
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{bad}/admin/config", json={"faults": []}) as r,
    ):
        assert r.status == 200
    await asyncio.sleep(0.4)
    for _ in range(3):  # half-open: probes go to the recovered one, three successes close it
        assert (await post(gw, chat()))[0] == 200
    assert bad_app.requests == failed + 3
    assert await metric(gw, "aire_gateway_breaker_state", deployment="bad") == 0
    for _ in range(4):  # closed: its share again
        assert (await post(gw, chat()))[0] == 200
    assert bad_app.requests == failed + 5
    assert await metric(gw, "aire_gateway_breaker_transitions_total", to="closed") == 1
    assert good_app.requests > 10


async def test_health_checks_take_a_deployment_out_and_back(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    a, _ = start_sim()
    b, _ = start_sim()
    gw, _ = start_gateway(
        health={"enabled": True, "interval_s": 0.05, "unhealthy_after": 2, "healthy_after": 1},
        models={
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [
                    deployment(a, "a", health_path="/ready"),
                    deployment(b, "b", health_path="/ready"),
                ],
            }
        },
    )
    async with aiohttp.ClientSession() as s:
        async with s.post(f"{a}/admin/config", json={"ready": False}) as r:
            assert r.status == 200
        await asyncio.sleep(0.4)
        assert await metric(gw, "aire_gateway_deployment_healthy", deployment="a") == 0
        seen = {(await post(gw, chat()))[2]["x-aire-deployment"] for _ in range(6)}
        assert seen == {"b"}
        async with s.post(f"{a}/admin/config", json={"ready": True}) as r:
            assert r.status == 200
        await asyncio.sleep(0.3)
        seen = {(await post(gw, chat()))[2]["x-aire-deployment"] for _ in range(6)}
        assert seen == {"a", "b"}


async def test_client_leaving_a_stream_frees_the_upstream(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, app = start_sim(itl_ms=20)
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    async with aiohttp.ClientSession() as s:
        resp = await s.post(
            f"{gw}/v1/chat/completions", json=chat(max_tokens=500, ignore_eos=True, stream=True)
        )
        await resp.content.readany()
        assert app.engine.running == 1
        resp.close()
    for _ in range(50):
        if app.engine.running == 0:
            break
        await asyncio.sleep(0.05)
    assert app.engine.running == 0
    assert await metric(gw, "aire_gateway_requests_total", status="499") == 1


async def test_headers_and_request_id_propagation(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim()
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    status, _, headers = await post(gw, chat(), headers={"x-request-id": "abc-123"})
    assert status == 200
    assert headers["x-aire-request-id"] == "abc-123"
    assert headers["x-aire-deployment"] == "s"
    assert re.fullmatch(r"\d+\.\d{3}", headers["x-aire-overhead-ms"])
    assert float(headers["x-aire-overhead-ms"]) < 100
    status, _, headers = await post(gw, chat(), headers={"x-request-id": "bad id!"})
    assert headers["x-aire-request-id"] != "bad id!"


async def test_completions_and_embeddings_endpoints(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim()
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    async with aiohttp.ClientSession() as s:
        async with s.post(
            f"{gw}/v1/completions", json={"model": "chat", "prompt": "once upon", "max_tokens": 4}
        ) as r:
            assert r.status == 200
            assert (await r.json())["object"] == "text_completion"
        async with s.post(
            f"{gw}/v1/embeddings", json={"model": "chat", "input": ["a b", "c d"]}
        ) as r:
            assert r.status == 200
            data = (await r.json())["data"]
            assert len(data) == 2
    assert await metric(gw, "aire_gateway_tokens_total", direction="in") > 0


async def test_anthropic_deployment_serves_openai_clients(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    sim, _ = start_sim(mode="echo")
    dep = deployment(sim, "claude", provider="anthropic")
    gw, _ = start_gateway(models={"chat": {"deployments": [dep]}})
    status, body, _ = await post(gw, chat("bonjour tout le monde"))
    assert status == 200
    assert body["choices"][0]["message"]["content"] == "bonjour tout le monde"
    assert body["usage"]["completion_tokens"] == 4
    status, raw, _ = await stream(gw, chat("salut", stream_options={"include_usage": True}))
    assert raw.endswith(b"data: [DONE]\n\n")
    chunks = [orjson.loads(b[6:]) for b in raw.split(b"\n\n") if b.startswith(b"data: {")]
    assert chunks[-1]["usage"]["completion_tokens"] == 1
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{gw}/v1/embeddings", json={"model": "chat", "input": "x"}) as r,
    ):
        assert r.status == 400
        assert (await r.json())["error"]["code"] == "unsupported_endpoint"


@pytest.mark.parametrize(
    "strategy", ["least_outstanding", "latency", "p2c", "session_affinity", "weighted_round_robin"]
)
async def test_every_strategy_serves_traffic(
    start_sim: Any, start_gateway: StartGateway, strategy: str
) -> None:
    a, _ = start_sim()
    b, _ = start_sim()
    gw, _ = start_gateway(
        models={
            "chat": {"strategy": strategy, "deployments": [deployment(a, "a"), deployment(b, "b")]}
        }
    )
    seen = set()
    for i in range(12):
        status, _, headers = await post(gw, chat(), headers={"x-session-id": f"s{i % 2}"})
        assert status == 200
        seen.add(headers["x-aire-deployment"])
    assert seen <= {"a", "b"}


async def test_context_windows_route_long_prompts_without_a_failed_call(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    small, small_app = start_sim()
    large, large_app = start_sim()
    gw, _ = start_gateway(
        models={
            "chat": {
                "context_fallback": "long",
                "deployments": [deployment(small, "small", context_window=100)],
            },
            "long": {"deployments": [deployment(large, "large", context_window=100_000)]},
            "strict": {"deployments": [deployment(small, "small2", context_window=100)]},
        }
    )
    status, _, headers = await post(gw, chat("word " * 200))
    assert status == 200
    assert headers["x-aire-deployment"] == "large"
    assert small_app.requests == 0  # never tried: its window was known to be too small
    status, _, headers = await post(gw, chat("short", max_tokens=10))
    assert headers["x-aire-deployment"] == "small"
    status, body, _ = await post(gw, {**chat("word " * 200), "model": "strict"})
    assert status == 400
    assert body["error"]["code"] == "context_length_exceeded"
    assert small_app.requests == 1
    assert large_app.requests == 1
