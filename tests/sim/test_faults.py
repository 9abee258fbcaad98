"""Fault injection: every kind, by header and by rate; the spec syntax."""

from __future__ import annotations

import asyncio
import itertools
import math
import random
import socket
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import aiohttp
import orjson
import pytest
from tests.sim.helpers import chat_body, eventually, metric, post, stream

from aire.config.sim import FAULT_KINDS, SimConfig
from aire.errors import ConfigError
from aire.sim.app import SimApp
from aire.sim.faults import parse_degradation, parse_fault, pick_degradation, pick_fault

StartSim = Callable[..., tuple[str, SimApp]]
CHAT = "/v1/chat/completions"


def fault(kind: str) -> dict[str, str]:
    return {"x-aire-sim-fault": kind}


def within_binomial(hits: int, n: int, p: float, sds: float = 4.0) -> bool:
    return abs(hits - n * p) <= sds * math.sqrt(n * p * (1 - p))


# -- spec syntax ---------------------------------------------------------------------


def test_parse_fault_spec() -> None:
    spec = parse_fault("drop:0.05,after_tokens=10,models=a|b")
    assert spec.kind == "drop"
    assert spec.rate == 0.05
    assert spec.after_tokens == 10
    assert spec.models == ("a", "b")
    assert parse_fault("rate_limit").rate == 1.0
    assert parse_fault(" stall , stall_s=2.5 ").stall_s == 2.5


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("explode", "input should be"),
        ("drop:2", "less than or equal to 1"),
        ("drop:x", "valid number"),
        ("drop,after_tokens=-1", "greater than or equal to 0"),
        ("drop,colour=red", "unknown field 'colour'"),
        ("drop,after_token=3", "did you mean 'after_tokens'"),
    ],
)
def test_parse_fault_errors_name_the_field(spec: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_fault(spec)
    assert words in info.value.show()
    assert info.value.show().startswith("config error: --fault: ")


def test_parse_degradation_spec() -> None:
    spec = parse_degradation("length:0.5,factor=3,after_s=10,after_requests=2")
    assert (spec.kind, spec.rate, spec.factor, spec.after_s, spec.after_requests) == (
        "length",
        0.5,
        3.0,
        10.0,
        2,
    )
    assert parse_degradation("language,language=fr").language == "fr"
    with pytest.raises(ConfigError):
        parse_degradation("language,language=xx")


def test_pick_fault_first_hit_wins_and_respects_models() -> None:
    config = SimConfig(
        faults=[
            {"kind": "server_error", "rate": 1.0, "models": ["other"]},
            {"kind": "rate_limit", "rate": 0.5},
            {"kind": "drop", "rate": 1.0},
        ]
    )
    rng = random.Random(1)
    kinds = [pick_fault(config, "aire-sim", rng) for _ in range(1000)]
    counts = {k: sum(1 for f in kinds if f is not None and f.kind == k) for k in FAULT_KINDS}
    assert counts["server_error"] == 0
    assert within_binomial(counts["rate_limit"], 1000, 0.5)
    assert counts["rate_limit"] + counts["drop"] == 1000
    assert pick_fault(config, "other", rng).kind == "server_error"  # type: ignore[union-attr]


def test_pick_degradation_after_requests_and_time() -> None:
    config = SimConfig(degradations=[{"kind": "refusal", "after_requests": 3, "after_s": 5}])
    rng = random.Random(0)
    assert pick_degradation(config, rng, age_s=10, request_no=3) is None
    assert pick_degradation(config, rng, age_s=10, request_no=4) is not None
    assert pick_degradation(config, rng, age_s=4.9, request_no=100) is None


# -- each kind over HTTP ----------------------------------------------------------------


async def test_rate_limit_has_retry_after(sim: str) -> None:
    status, headers, body = await post(
        f"{sim}{CHAT}", chat_body(), fault("rate_limit,retry_after_s=2.5")
    )
    assert status == 429
    assert headers["retry-after"] == "2"
    assert headers["retry-after-ms"] == "2500"
    assert body["error"]["type"] == "rate_limit_error"
    assert body["error"]["code"] == "rate_limited"


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        ("server_error", 500, "server_error"),
        ("unavailable", 503, "service_unavailable"),
        ("context_length", 400, "context_length_exceeded"),
    ],
)
async def test_error_faults(sim: str, kind: str, status: int, code: str) -> None:
    for path, body in (
        (CHAT, chat_body()),
        ("/v1/completions", {"model": "aire-sim", "prompt": "x"}),
        ("/v1/embeddings", {"model": "aire-sim", "input": "x"}),
    ):
        got, headers, data = await post(f"{sim}{path}", body, fault(kind))
        assert got == status, path
        assert data["error"]["code"] == code
        if kind == "unavailable":
            assert headers["retry-after"] == "1"


def raw_request(url: str, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    """One HTTP/1.1 request on a plain socket; returns what came back before EOF."""
    parts = urlsplit(url)
    lines = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(request)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
        return out


@pytest.mark.parametrize("path", [CHAT, "/v1/embeddings", "/v1/messages"])
async def test_reset_is_a_tcp_reset(sim: str, path: str) -> None:
    body = orjson.dumps({"model": "aire-sim", "input": "x", "max_tokens": 3, **chat_body()})
    with pytest.raises(ConnectionResetError):
        await asyncio.to_thread(raw_request, sim, path, body, fault("reset"))
    status, _, _ = await post(f"{sim}{CHAT}", chat_body())  # the server carries on
    assert status == 200


async def test_reset_seen_by_aiohttp(sim: str) -> None:
    with pytest.raises(aiohttp.ClientOSError):
        await post(f"{sim}{CHAT}", chat_body(), fault("reset"))


async def test_hang_sends_nothing_until_the_client_leaves(start_sim: StartSim) -> None:
    url, app = start_sim()
    timeout = aiohttp.ClientTimeout(total=0.3)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        with pytest.raises(TimeoutError):
            await session.post(f"{url}{CHAT}", json=chat_body(stream=True), headers=fault("hang"))
    assert await eventually(lambda: app.engine.running == 0)
    assert await metric(url, "aire_sim_faults_injected_total", kind="hang") == 1


async def test_bounded_hang_then_answers(sim: str) -> None:
    started = time.perf_counter()
    status, _, data = await post(f"{sim}{CHAT}", chat_body(max_tokens=3), fault("hang,stall_s=0.2"))
    assert status == 200
    assert time.perf_counter() - started >= 0.2
    assert data["usage"]["completion_tokens"] == 3


async def test_stall_mid_stream_until_the_client_leaves(start_sim: StartSim) -> None:
    url, app = start_sim()
    s = await stream(
        f"{url}{CHAT}",
        chat_body(max_tokens=10, stream=True),
        fault("stall,after_tokens=3"),
        timeout_s=0.3,
    )
    assert isinstance(s.error, TimeoutError)
    assert len(s.texts()) == 1
    assert len(s.events) == 1 + 3  # role chunk, three tokens, then silence
    assert await eventually(lambda: app.engine.running == 0)
    assert await metric(url, "aire_sim_requests_aborted_total", model_name="aire-sim") == 1


async def test_bounded_stall_mid_stream_then_finishes(sim: str) -> None:
    s = await stream(
        f"{sim}{CHAT}",
        chat_body(max_tokens=6, stream=True),
        fault("stall,after_tokens=2,stall_s=0.25"),
    )
    assert s.done
    gaps = [b - a for a, b in itertools.pairwise(s.times)]
    assert max(gaps) >= 0.2
    assert gaps.index(max(gaps)) == 2  # right after the second token


async def test_stall_without_streaming(start_sim: StartSim) -> None:
    url, app = start_sim()
    started = time.perf_counter()
    status, _, data = await post(
        f"{url}{CHAT}", chat_body(max_tokens=4), fault("stall,stall_s=0.2")
    )
    assert status == 200
    assert time.perf_counter() - started >= 0.2
    assert data["usage"]["completion_tokens"] == 4
    timeout = aiohttp.ClientTimeout(total=0.3)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        with pytest.raises(TimeoutError):
            await session.post(f"{url}{CHAT}", json=chat_body(), headers=fault("stall"))
    assert await eventually(lambda: app.engine.running == 0)


async def test_drop_mid_stream(start_sim: StartSim) -> None:
    url, app = start_sim()
    s = await stream(
        f"{url}{CHAT}", chat_body(max_tokens=10, stream=True), fault("drop,after_tokens=4")
    )
    assert isinstance(s.error, aiohttp.ClientPayloadError)
    assert not s.done
    assert len(s.events) == 1 + 4
    assert await eventually(lambda: app.engine.running == 0)


async def test_drop_past_the_last_token_still_loses_the_end(sim: str) -> None:
    s = await stream(
        f"{sim}{CHAT}", chat_body(max_tokens=3, stream=True), fault("drop,after_tokens=50")
    )
    assert s.error is not None
    assert not s.done
    assert len(s.texts()[0]) > 0


async def test_drop_anthropic_stream(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 8,
        "stream": True,
        "messages": [{"role": "user", "content": "hi"}],
    }
    s = await stream(f"{sim}/v1/messages", body, fault("drop,after_tokens=2"))
    assert s.error is not None
    assert "message_stop" not in [name for name, _ in s.events]


@pytest.mark.parametrize("path", [CHAT, "/v1/embeddings"])
async def test_drop_without_streaming_truncates_the_body(sim: str, path: str) -> None:
    body = {**chat_body(max_tokens=20), "input": "hello"}
    with pytest.raises(aiohttp.ClientPayloadError):
        await post(f"{sim}{path}", body, fault("drop"))


async def test_empty(sim: str) -> None:
    _, _, data = await post(f"{sim}{CHAT}", chat_body(max_tokens=10), fault("empty"))
    assert data["choices"][0]["message"]["content"] == ""
    assert data["choices"][0]["finish_reason"] == "stop"
    assert data["usage"]["completion_tokens"] == 0
    s = await stream(f"{sim}{CHAT}", chat_body(max_tokens=10, stream=True), fault("empty"))
    assert s.done
    assert s.texts() == {0: ""}
    _, _, data = await post(
        f"{sim}/v1/embeddings", {"model": "aire-sim", "input": "x"}, fault("empty")
    )
    assert data["data"] == []


@pytest.mark.parametrize("path", [CHAT, "/v1/completions", "/v1/embeddings"])
async def test_malformed_body(sim: str, path: str) -> None:
    body = {**chat_body(max_tokens=10), "prompt": "x", "input": "x"}
    status, _, data = await post(f"{sim}{path}", body, fault("malformed"))
    assert status == 200
    assert isinstance(data, bytes)  # not JSON
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(data)


@pytest.mark.parametrize("path", [CHAT, "/v1/completions", "/v1/messages"])
async def test_malformed_stream_chunk(sim: str, path: str) -> None:
    body = {**chat_body(max_tokens=6, stream=True), "prompt": "x"}
    if path == "/v1/messages":
        body["max_tokens"] = 6
    s = await stream(f"{sim}{path}", body, fault("malformed,after_tokens=2"))
    assert s.error is None
    bad = []
    for _, data in s.events:
        try:
            orjson.loads(data if data != b"[DONE]" else b"0")
        except orjson.JSONDecodeError:
            bad.append(data)
    assert len(bad) == 1


async def test_fault_limited_to_models(start_sim: StartSim) -> None:
    url, _ = start_sim(models=["a", "b"], faults=[{"kind": "server_error", "models": ["a"]}])
    status, _, _ = await post(f"{url}{CHAT}", {**chat_body(), "model": "a"})
    assert status == 500
    status, _, _ = await post(f"{url}{CHAT}", {**chat_body(), "model": "b"})
    assert status == 200


async def test_bad_fault_header_is_400(sim: str) -> None:
    status, _, data = await post(f"{sim}{CHAT}", chat_body(), fault("drop,after_tokens=x"))
    assert status == 400
    assert data["error"]["code"] == "invalid_setting"
    assert data["error"]["param"] == "after_tokens"
    assert "x-aire-sim-fault header" in data["error"]["message"]


async def test_fault_header_can_be_disabled(start_sim: StartSim) -> None:
    url, _ = start_sim(fault_header=False)
    status, _, _ = await post(f"{url}{CHAT}", chat_body(), fault("server_error"))
    assert status == 200


# -- by rate ---------------------------------------------------------------------------


async def test_fault_rate_is_binomial(start_sim: StartSim) -> None:
    url, _ = start_sim(
        seed=11,
        faults=[{"kind": "rate_limit", "rate": 0.3}, {"kind": "server_error", "rate": 0.1}],
    )
    n = 400
    statuses: list[int] = []
    async with aiohttp.ClientSession() as session:
        for _ in range(n):
            async with session.post(f"{url}{CHAT}", json=chat_body(max_tokens=1)) as r:
                statuses.append(r.status)
                await r.read()
    assert within_binomial(statuses.count(429), n, 0.3)
    assert within_binomial(statuses.count(500), n, 0.7 * 0.1)  # first hit wins
    assert statuses.count(200) == n - statuses.count(429) - statuses.count(500)
    assert await metric(url, "aire_sim_faults_injected_total", kind="rate_limit") == (
        statuses.count(429)
    )


async def test_mid_stream_fault_rate(start_sim: StartSim) -> None:
    url, _ = start_sim(seed=3, faults=[{"kind": "drop", "rate": 0.25, "after_tokens": 1}])
    n = 200
    dropped = 0
    for _ in range(n):
        s = await stream(f"{url}{CHAT}", chat_body(max_tokens=3, stream=True))
        dropped += not s.done
    assert within_binomial(dropped, n, 0.25)


async def classify(session: aiohttp.ClientSession, url: str) -> str:
    """What one request met: a status, "empty", "malformed", "reset" or "ok"."""
    try:
        async with session.post(f"{url}{CHAT}", json=chat_body(max_tokens=3)) as r:
            raw = await r.read()
    except aiohttp.ClientOSError:
        return "reset"
    if r.status != 200:
        return str(r.status)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return "malformed"
    return "empty" if data["usage"]["completion_tokens"] == 0 else "ok"


@pytest.mark.parametrize(
    ("kind", "seen"),
    [
        ("rate_limit", "429"),
        ("server_error", "500"),
        ("unavailable", "503"),
        ("context_length", "400"),
        ("empty", "empty"),
        ("malformed", "malformed"),
        ("reset", "reset"),
    ],
)
async def test_each_kind_by_rate(start_sim: StartSim, kind: str, seen: str) -> None:
    url, _ = start_sim(seed=21, faults=[{"kind": kind, "rate": 0.5}])
    n = 120
    outcomes = []
    async with aiohttp.ClientSession() as session:
        for _ in range(n):
            outcomes.append(await classify(session, url))
    assert within_binomial(outcomes.count(seen), n, 0.5)
    assert outcomes.count(seen) + outcomes.count("ok") == n
