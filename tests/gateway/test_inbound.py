"""Anthropic Messages and OpenAI Responses clients through the whole gateway: the same
stages (guard, retries, panic), errors in each API's own shape, the same metrics."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import openai
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import deployment
from tests.gateway.test_pipeline import metric

from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.app import GatewayApp
from aire.server import serve_in_thread

HELLO: Any = [{"role": "user", "content": "hello there friend"}]
SECRET = "AKIA4J7QX2M9PLR3ZT6W"


@pytest.fixture
def gateway(start_sim: Any, start_gateway: StartGateway) -> str:
    echo, _ = start_sim(mode="echo")
    dropper, _ = start_sim(mode="echo", faults=[{"kind": "drop", "after_tokens": 2}])
    failing, _ = start_sim(mode="echo", faults=[{"kind": "server_error", "rate": 0.3}])
    limited, _ = start_sim(faults=[{"kind": "rate_limit", "retry_after_s": 30}])
    gw, _ = start_gateway(
        models={
            "chat": {"deployments": [deployment(echo, "echo")]},
            "flaky": {"deployments": [deployment(dropper, "dropper")]},
            "half": {"deployments": [deployment(failing, "failing")]},
            "limited": {"deployments": [deployment(limited, "limited")]},
        }
    )
    return gw


_clients: list[Any] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _clients:
        _clients.pop().close()


def claude(gw: str) -> anthropic.Anthropic:
    _clients.append(anthropic.Anthropic(base_url=gw, api_key="k", max_retries=0))
    return _clients[-1]  # type: ignore[no-any-return]


def gpt(gw: str) -> openai.OpenAI:
    _clients.append(openai.OpenAI(base_url=f"{gw}/v1", api_key="k", max_retries=0))
    return _clients[-1]  # type: ignore[no-any-return]


def test_anthropic_messages_through_the_gateway(gateway: str) -> None:
    raw = claude(gateway).messages.with_raw_response.create(
        model="chat", max_tokens=50, system="be kind", messages=HELLO
    )
    msg = raw.parse()
    assert msg.model == "chat"
    assert msg.content[0].text == "hello there friend"  # type: ignore[union-attr]
    assert msg.usage.output_tokens == 3
    assert raw.headers["x-aire-deployment"] == "echo"
    assert raw.headers["request-id"] == raw.headers["x-aire-request-id"]


def test_anthropic_stream_through_the_gateway(gateway: str) -> None:
    with claude(gateway).messages.stream(model="chat", max_tokens=50, messages=HELLO) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == "hello there friend"
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens == 3


def test_responses_through_the_gateway(gateway: str) -> None:
    resp = gpt(gateway).responses.create(model="chat", input="hello there friend")
    assert resp.output_text == "hello there friend"
    assert resp.model == "chat"
    events = [
        e.type for e in gpt(gateway).responses.create(model="chat", input="hi you", stream=True)
    ]
    assert events[0] == "response.created"
    assert events[-1] == "response.completed"
    assert "response.output_text.delta" in events


def test_errors_come_in_each_apis_own_shape(gateway: str) -> None:
    with pytest.raises(anthropic.NotFoundError) as missing:
        claude(gateway).messages.create(model="nope", max_tokens=5, messages=HELLO)
    assert missing.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]
    with pytest.raises(anthropic.BadRequestError) as bad:
        claude(gateway).messages.create(
            model="chat",
            max_tokens=5,
            messages=[{"role": "robot", "content": "x"}],  # type: ignore[typeddict-item]
        )
    assert bad.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    with pytest.raises(openai.NotFoundError) as gone:
        gpt(gateway).responses.create(model="nope", input="x")
    assert gone.value.code == "model_not_found"


def test_an_upstream_rate_limit_is_a_429_with_retry_after(gateway: str) -> None:
    with pytest.raises(anthropic.RateLimitError) as limited:
        claude(gateway).messages.create(model="limited", max_tokens=5, messages=HELLO)
    assert int(limited.value.response.headers["retry-after"]) > 0
    with pytest.raises(openai.RateLimitError):
        gpt(gateway).responses.create(model="limited", input="x")


def test_a_mid_stream_failure_raises_in_both_sdks_and_names_no_upstream(gateway: str) -> None:
    with (
        pytest.raises(anthropic.APIStatusError) as failed,
        claude(gateway).messages.stream(model="flaky", max_tokens=50, messages=HELLO) as s,
    ):
        for _ in s.text_stream:
            pass
    assert "127.0.0.1" not in str(failed.value.body)
    with pytest.raises(openai.APIError) as broke:
        for _ in gpt(gateway).responses.create(model="flaky", input="a b c d e f", stream=True):
            pass
    assert "127.0.0.1" not in str(broke.value)


async def test_retries_and_metrics_cover_the_dialects(gateway: str) -> None:
    client = claude(gateway)
    ok = 0
    for _ in range(20):  # 30% of the answers fail upstream; retries hide most
        try:
            client.messages.create(model="half", max_tokens=5, messages=HELLO)
            ok += 1
        except anthropic.InternalServerError:
            pass
    assert ok >= 16  # P(a request fails 3 attempts) = 0.027
    assert await metric(gateway, "aire_gateway_retries_total", alias="half") > 0
    assert await metric(gateway, "aire_gateway_requests_total", alias="half", status="200") == ok


def test_the_guard_covers_the_dialects(start_sim: Any) -> None:
    sim, _ = start_sim(mode="echo")
    config = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "guard_policy": "strict",
            "models": {"chat": {"deployments": [deployment(sim, "s")]}},
        }
    )
    guard = GuardConfig.model_validate(
        {
            "default_policy": "strict",
            "policies": {"strict": {"input": [{"scanner": "secrets", "action": "block"}]}},
        }
    )
    with serve_in_thread(GatewayApp(config, guard)) as gw:
        with pytest.raises(anthropic.BadRequestError) as blocked:
            claude(gw).messages.create(
                model="chat",
                max_tokens=5,
                messages=[{"role": "user", "content": f"my key {SECRET}"}],
            )
        assert "aws" in blocked.value.message.lower()
        assert SECRET not in str(blocked.value.body)
        with pytest.raises(openai.BadRequestError) as refused:
            gpt(gw).responses.create(model="chat", input=f"my key {SECRET}")
        assert refused.value.code == "guard_blocked"
