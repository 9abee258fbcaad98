"""The gateway in front of a real LiteLLM proxy, itself in front of real ``aire sim``s.

Peer tests: they need LiteLLM 1.106.2 in its own venv (benchmarks/peers/litellm_proxy.py
says how to install it) and run with ``pytest -m peers`` (or with $LITELLM_VENV set), not
in the default run, whose counterpart is tests/gateway/test_recorded_peers.py (the same
situations, from LiteLLM's recorded bytes).

The gateway has its default configuration, with LiteLLM's master key as the deployment's
``api_key``; LiteLLM has its own (it retries failed calls twice). 16 concurrent clients
(``aire.load``) call LiteLLM directly and through the gateway: the gateway must never
make LiteLLM worse.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson
import pytest
from benchmarks.peers.litellm_proxy import PeerStack, litellm_problem
from tests.gateway.conftest import StartGateway
from tests.gateway.test_pipeline import metric

from aire.load import LoadConfig, open_target, run

pytestmark = [pytest.mark.peers, pytest.mark.timeout(600)]

CLIENTS = 16
REQUESTS = 160  # per run: LiteLLM serves ~20 requests/s here, so ~8 s a run
Z = 3.0  # one-sided tolerance of the success-rate comparison, in standard errors

SIMS = {
    "clean": [],
    "flaky": ["--fault", "server_error:0.3"],
    "drop": ["--fault", "drop:1.0,after_tokens=3", "--itl-ms", "2"],
}
GROUPS = {name: (name, "aire-sim") for name in SIMS}
MESSAGES = [{"role": "user", "content": "Say something about reliability."}]


@pytest.fixture(scope="module")
def litellm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PeerStack]:
    problem = litellm_problem()
    if problem is not None:
        pytest.fail(problem)  # asked for (-m peers): a missing peer is a failure
    stack = PeerStack(tmp_path_factory.mktemp("litellm"), SIMS, GROUPS)
    with stack.running():
        yield stack


def _models(stack: PeerStack, **extra: Any) -> dict[str, Any]:
    return {
        group: {
            "deployments": [
                {
                    "url": f"{stack.litellm_url}/v1",
                    "model": group,
                    "name": f"litellm-{group}",
                    "api_key": stack.master_key,
                    **extra,
                }
            ]
        }
        for group in GROUPS
    }


@pytest.fixture
def gateway(start_gateway: StartGateway, litellm: PeerStack) -> str:
    url, _ = start_gateway(models=_models(litellm), health={})  # default config
    return url


@dataclass(frozen=True)
class Outcome:
    ok: int
    n: int
    statuses: dict[int, int]
    errors: dict[str, int]

    @property
    def rate(self) -> float:
        return self.ok / self.n


async def _measure(url: str, model: str, *, key: str | None, stream: bool, seed: int) -> Outcome:
    config = LoadConfig(
        url=url,
        model=model,
        api_key=key,
        stream=stream,
        concurrency=CLIENTS,
        requests=REQUESTS,
        input_tokens=16,
        output_tokens=8,
        timeout_s=60,
        seed=seed,
    )
    async with open_target(config) as target:
        result, _ = await run(config, target)
    records = result.records
    statuses: dict[int, int] = {}
    errors: dict[str, int] = {}
    for r in records:
        statuses[r.status] = statuses.get(r.status, 0) + 1
        if r.error is not None:
            errors[r.error] = errors.get(r.error, 0) + 1
    return Outcome(sum(r.ok for r in records), len(records), statuses, errors)


def _not_worse(through: Outcome, direct: Outcome) -> None:
    """through >= direct, within Z standard errors of the difference of two proportions
    (Agresti-Caffo: one success and one failure added to each side)."""
    a = (through.ok + 1) / (through.n + 2)
    d = (direct.ok + 1) / (direct.n + 2)
    se = math.sqrt(a * (1 - a) / (through.n + 2) + d * (1 - d) / (direct.n + 2))
    assert through.rate >= direct.rate - Z * se, (through, direct)


def _no_address(stack: PeerStack, raw: bytes | str) -> None:
    text = raw.decode(errors="replace") if isinstance(raw, bytes) else raw
    for url in [stack.litellm_url, *stack.sim_urls.values()]:
        assert url.split("//", 1)[1] not in text, text[:400]
    assert not re.search(r"127\.0\.0\.1:\d+", text), text[:400]
    assert stack.master_key not in text


# -- success rates ------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
async def test_the_gateway_never_makes_a_failing_litellm_worse(
    litellm: PeerStack, gateway: str, stream: bool
) -> None:
    """30% of the upstream's answers are 500s."""
    direct = await _measure(
        litellm.litellm_url, "flaky", key=litellm.master_key, stream=stream, seed=1
    )
    through = await _measure(gateway, "flaky", key=None, stream=stream, seed=1)
    print(f"\nflaky, stream={stream}: direct {direct}\n  through aire {through}")
    assert direct.n == through.n == REQUESTS
    assert 503 not in through.statuses  # never no_healthy_upstream
    assert through.rate >= 0.8  # the floor at 30% 5xx, 16 clients
    _not_worse(through, direct)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
async def test_a_clean_litellm_serves_everything_through_the_gateway(
    litellm: PeerStack, gateway: str, stream: bool
) -> None:
    direct = await _measure(
        litellm.litellm_url, "clean", key=litellm.master_key, stream=stream, seed=2
    )
    through = await _measure(gateway, "clean", key=None, stream=stream, seed=2)
    assert direct.rate == 1.0, direct
    assert through.rate == 1.0, through


# -- one request at a time ------------------------------------------------------------------


async def test_a_stream_cut_mid_answer_ends_with_an_error_event(
    litellm: PeerStack, gateway: str
) -> None:
    body = {"model": "drop", "messages": MESSAGES, "max_tokens": 8, "stream": True}
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{gateway}/v1/chat/completions", json=body) as r,
    ):
        status, raw, headers = r.status, await r.read(), r.headers
    assert status == 200
    events = [e for e in raw.split(b"\n\n") if e]
    tokens = [orjson.loads(e.removeprefix(b"data: ")) for e in events[:-1]]
    assert all(t["object"] == "chat.completion.chunk" for t in tokens)
    assert "".join(t["choices"][0]["delta"].get("content") or "" for t in tokens)
    error = orjson.loads(events[-1].removeprefix(b"data: "))["error"]
    assert error["code"] == "upstream_stream_interrupted"
    assert error["param"] is None
    assert b"[DONE]" not in raw
    assert b"litellm" not in raw.lower()
    _no_address(litellm, raw)
    _no_address(litellm, "\n".join(f"{k}: {v}" for k, v in headers.items()))


async def test_litellms_400_is_the_clients_error_and_not_the_deployments(
    litellm: PeerStack, start_gateway: StartGateway
) -> None:
    url, app = start_gateway(models=_models(litellm), health={})
    good = {"model": "clean", "messages": MESSAGES, "max_tokens": 4}
    bad = {**good, "temperature": 5}  # LiteLLM's upstream refuses it; the gateway cannot know

    async def call(body: dict[str, Any]) -> tuple[int, dict[str, Any], Any]:
        async with (
            aiohttp.ClientSession() as s,
            s.post(f"{url}/v1/chat/completions", json=body) as r,
        ):
            return r.status, await r.json(), r.headers

    answers = await asyncio.gather(*(call(bad if i % 2 else good) for i in range(40)))
    for i, (status, body, headers) in enumerate(answers):
        if i % 2:
            assert status == 400, body
            assert body["error"]["param"] == "temperature"
            assert "temperature" in body["error"]["message"]
            assert headers["x-aire-attempts"] == "1"  # not retried
            _no_address(litellm, orjson.dumps(body))
        else:
            assert status == 200, body
    dep = app.state.routes["clean"].deployments[0]
    assert dep.breaker.consecutive == 0
    assert dep.in_service()
    async with aiohttp.ClientSession() as s, s.get(f"{url}/status") as r:
        doc = await r.json()
    assert doc["status"] == "ok"
    assert doc["models"]["clean"]["deployments"]["litellm-clean"]["breaker"] == {"closed": 1}


async def test_a_health_path_litellm_refuses_does_not_take_the_alias_dark(
    litellm: PeerStack, start_gateway: StartGateway
) -> None:
    """LiteLLM's /health wants a key (without one this install answers 500): the
    deployment is marked down, and panic mode routes to it anyway."""
    url, _ = start_gateway(
        models=_models(litellm, health_path="/health"),
        health={"interval_s": 0.2},  # the default 5 s, shortened: down after ~0.4 s
    )
    async with aiohttp.ClientSession() as s:
        for _ in range(100):  # at most ~10 s
            async with s.get(f"{url}/status") as r:
                doc = await r.json()
            if not doc["models"]["clean"]["deployments"]["litellm-clean"]["healthy"]:
                break
            await asyncio.sleep(0.1)
        else:
            pytest.fail("LiteLLM's refused /health never marked the deployment down")
    through = await _measure(url, "clean", key=None, stream=False, seed=3)
    assert through.rate == 1.0, through
    async with aiohttp.ClientSession() as s, s.get(f"{url}/status") as r:
        doc = await r.json()
    assert doc["models"]["clean"]["panic_workers"] == 1
    assert doc["models"]["clean"]["deployments"]["litellm-clean"]["healthy"] is False
    assert await metric(url, "aire_gateway_panic", alias="clean") == 1
    assert await metric(url, "aire_gateway_panic_attempts_total", alias="clean") >= REQUESTS
