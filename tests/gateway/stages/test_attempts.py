"""The attempts stage with fake providers: retries, fallbacks, panic mode, hard limits."""

from __future__ import annotations

import time
from typing import Any

import pytest

from aire.errors import (
    CapacityExceeded,
    RateLimited,
    UpstreamConnectError,
    UpstreamStatusError,
    UpstreamTimeout,
)
from aire.gateway.breaker import BreakerState
from aire.gateway.context import RequestContext
from aire.gateway.services import Services
from aire.gateway.stages.attempts import Attempts
from aire.gateway.state import GatewayState

from .conftest import (
    OK_BODY,
    FakeProvider,
    Recorder,
    deployment,
    make_ctx,
    make_state,
    no_next,
    routed,
)

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}


def server_error() -> UpstreamStatusError:
    return UpstreamStatusError("boom", upstream_status=500)


def setup(models: dict[str, Any], **gateway: Any) -> tuple[GatewayState, Recorder, Attempts]:
    recorder = Recorder()
    state = make_state(models, observer=recorder, **gateway)
    return state, recorder, Attempts(Services(observer=recorder))


def ctx_for(state: GatewayState, body: dict[str, Any] = CHAT) -> RequestContext:
    ctx, _ = make_ctx(state, body)
    return routed(ctx, body)


def trip(state: GatewayState, name: str) -> None:
    breaker = deployment(state, name).breaker
    for _ in range(5):
        breaker.record(breaker.acquire(), False)
    assert breaker.state is BreakerState.OPEN


async def test_first_try_succeeds_and_is_observed() -> None:
    state, rec, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    deployment(state, "a").provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    ctx = ctx_for(state)
    answer = await stage(ctx, no_next)
    assert answer.body == OK_BODY
    assert (ctx.attempts, ctx.retries, ctx.deployment) == (1, 0, "a")
    assert (ctx.prompt_tokens, ctx.completion_tokens) == (3, 1)
    assert rec.events == [("attempt", "a", "first", False), ("attempt_end", "a", None)]


async def test_a_failure_is_retried_on_another_deployment() -> None:
    state, rec, stage = setup(
        {
            "chat": {
                "strategy": "weighted_round_robin",
                "deployments": [{"name": "a"}, {"name": "b"}],
            }
        }
    )
    deployment(state, "a").provider = FakeProvider(server_error())  # type: ignore[assignment]
    deployment(state, "b").provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    ctx = ctx_for(state)
    assert (await stage(ctx, no_next)).body == OK_BODY
    assert (ctx.attempts, ctx.retries, ctx.deployment) == (2, 1, "b")
    assert rec.events[2] == ("attempt", "b", "retry", False)


async def test_a_client_error_is_not_retried_nor_held_against_the_deployment() -> None:
    state, _, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    bad = UpstreamStatusError("bad field", upstream_status=400)
    provider = FakeProvider(bad)
    dep = deployment(state, "a")
    dep.provider = provider  # type: ignore[assignment]
    for _ in range(20):
        with pytest.raises(UpstreamStatusError):
            await stage(ctx_for(state), no_next)
    assert len(provider.calls) == 20
    assert dep.breaker.state is BreakerState.CLOSED


async def test_one_ejected_deployment_still_serves_in_panic_mode() -> None:
    state, rec, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    deployment(state, "a").provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    trip(state, "a")
    ctx = ctx_for(state)
    assert (await stage(ctx, no_next)).body == OK_BODY
    assert ctx.panic
    assert ("panic", "chat", True) in rec.events
    assert ("attempt", "a", "first", True) in rec.events


async def test_a_dead_health_check_is_ejection_too_not_an_outage() -> None:
    state, _, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    dep = deployment(state, "a")
    dep.provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    dep.healthy = False
    assert (await stage(ctx_for(state), no_next)).body == OK_BODY


async def test_two_deployments_one_ejected_no_panic() -> None:
    state, _, stage = setup({"chat": {"deployments": [{"name": "a"}, {"name": "b"}]}})
    a, b = FakeProvider(OK_BODY), FakeProvider(OK_BODY)
    deployment(state, "a").provider = a  # type: ignore[assignment]
    deployment(state, "b").provider = b  # type: ignore[assignment]
    trip(state, "a")
    for _ in range(10):
        ctx = ctx_for(state)
        await stage(ctx, no_next)
        assert not ctx.panic
    assert (len(a.calls), len(b.calls)) == (0, 10)


async def test_an_ejected_alias_hands_over_to_its_fallback_without_trying() -> None:
    state, _, stage = setup(
        {
            "chat": {"fallbacks": ["backup"], "deployments": [{"name": "a"}]},
            "backup": {"deployments": [{"name": "b"}]},
        }
    )
    a, b = FakeProvider(OK_BODY), FakeProvider(OK_BODY)
    deployment(state, "a").provider = a  # type: ignore[assignment]
    deployment(state, "b").provider = b  # type: ignore[assignment]
    trip(state, "a")
    ctx = ctx_for(state)
    await stage(ctx, no_next)
    assert (len(a.calls), len(b.calls), ctx.fallbacks, ctx.panic) == (0, 1, 1, False)
    trip(state, "b")  # the whole chain ejected: back to the first alias, in panic mode
    ctx = ctx_for(state)
    await stage(ctx, no_next)
    assert (len(a.calls), ctx.deployment, ctx.panic) == (1, "a", True)


async def test_every_deployment_cooling_down_is_a_429_with_retry_after() -> None:
    state, _, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    deployment(state, "a").cool_down(30)
    with pytest.raises(RateLimited) as caught:
        await stage(ctx_for(state), no_next)
    assert caught.value.retry_after_s is not None
    assert 29 < caught.value.retry_after_s <= 30


async def test_every_deployment_at_max_concurrency_is_a_429() -> None:
    state, _, stage = setup({"chat": {"deployments": [{"name": "a", "max_concurrency": 1}]}})
    dep = deployment(state, "a")
    dep.in_flight = 1
    with pytest.raises(CapacityExceeded):
        await stage(ctx_for(state), no_next)


async def test_retries_stop_when_the_budget_is_spent() -> None:
    state, _, stage = setup(
        {"chat": {"deployments": [{"name": "a"}]}},
        retries={"budget_ratio": 0.0, "budget_min_per_s": 0.2, "backoff_base_ms": 0},
    )
    provider = FakeProvider(UpstreamConnectError("refused"))
    deployment(state, "a").provider = provider  # type: ignore[assignment]
    first = ctx_for(state)
    with pytest.raises(UpstreamConnectError):
        await stage(first, no_next)
    assert first.retries == 2  # 0.2/s x 10 s window: two retries in reserve
    second = ctx_for(state)
    with pytest.raises(UpstreamConnectError):
        await stage(second, no_next)
    assert (second.retries, second.budget_exhausted) == (0, True)


async def test_a_retry_after_cools_the_deployment_down() -> None:
    state, _, stage = setup(
        {"chat": {"deployments": [{"name": "a"}, {"name": "b", "priority": 1}]}},
    )
    limited = UpstreamStatusError("slow down", upstream_status=429, retry_after_s=20)
    deployment(state, "a").provider = FakeProvider(limited)  # type: ignore[assignment]
    deployment(state, "b").provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    ctx = ctx_for(state)
    await stage(ctx, no_next)
    assert deployment(state, "a").cooldown_until > time.monotonic() + 19


async def test_context_length_goes_to_the_context_fallback() -> None:
    state, _, stage = setup(
        {
            "chat": {"context_fallback": "long", "deployments": [{"name": "a"}]},
            "long": {"deployments": [{"name": "b"}]},
        }
    )
    too_long = UpstreamStatusError(
        "too long", upstream_status=400, upstream_code="context_length_exceeded"
    )
    deployment(state, "a").provider = FakeProvider(too_long)  # type: ignore[assignment]
    deployment(state, "b").provider = FakeProvider(OK_BODY)  # type: ignore[assignment]
    ctx = ctx_for(state)
    await stage(ctx, no_next)
    assert (ctx.deployment, ctx.alias, ctx.fallbacks) == ("b", "long", 1)


async def test_a_stream_is_retried_before_its_first_event_only() -> None:
    state, rec, stage = setup({"chat": {"deployments": [{"name": "a"}, {"name": "b"}]}})
    timeout = UpstreamTimeout("late", phase="first_token")
    cut = UpstreamConnectError("reset")
    deployment(state, "a").provider = FakeProvider(timeout)  # type: ignore[assignment]
    b = FakeProvider([b"data: 1\n\n", b"data: 2\n\n", cut])
    deployment(state, "b").provider = b  # type: ignore[assignment]
    ctx = ctx_for(state, {**CHAT, "stream": True})
    answer = await stage(ctx, no_next)
    assert answer.stream is not None
    got = [await anext(answer.stream), await anext(answer.stream)]
    with pytest.raises(UpstreamConnectError):
        await anext(answer.stream)
    await answer.stream.aclose()
    assert got == [b"data: 1\n\n", b"data: 2\n\n"]
    assert b.streams[0].closed
    assert rec.events[-1] == ("attempt_end", "b", "upstream_connect_error")
    assert deployment(state, "b").in_flight == 0


async def test_a_stream_left_early_gives_no_verdict() -> None:
    state, rec, stage = setup({"chat": {"deployments": [{"name": "a"}]}})
    provider = FakeProvider([b"data: 1\n\n", b"data: 2\n\n"])
    deployment(state, "a").provider = provider  # type: ignore[assignment]
    answer = await stage(ctx_for(state, {**CHAT, "stream": True}), no_next)
    assert answer.stream is not None
    assert await anext(answer.stream) == b"data: 1\n\n"
    await answer.stream.aclose()
    assert provider.streams[0].closed
    assert deployment(state, "a").in_flight == 0
    assert rec.events[-1] == ("attempt_end", "a", None)
