"""The tool-guard stage: the alias's policy and the caller's, on whole and streamed
answers; nothing to do (and nothing wrapped) when neither has one."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from aire.config.tools import ToolPolicy
from aire.errors import AireError, ToolCallBlocked
from aire.gateway.context import Answer, RequestContext
from aire.gateway.observer import GatewayObserver
from aire.gateway.services import Services
from aire.gateway.stages.tools import ToolGuard

from .conftest import guard_config, make_ctx, make_state, routed

GUARD = guard_config(
    payments={
        "input": [],
        "output": [],
        "tools": {
            "allowed": ["pay", "get_*"],
            "rules": [{"tool": "pay", "arg": "amount", "max": 100}],
        },
    },
    plain={"input": [], "output": []},
)


def state() -> Any:
    return make_state(
        {
            "pay": {"guard": "payments", "deployments": [{"name": "a"}]},
            "plain": {"guard": "plain", "deployments": [{"name": "b"}]},
            "open": {"deployments": [{"name": "c"}]},
        },
        guard=GUARD,
    )


def ctx_for(alias: str, *, principal: Any = None, endpoint: str = "chat") -> RequestContext:
    body = {"model": alias, "messages": [{"role": "user", "content": "hi"}]}
    ctx, _ = make_ctx(state(), body, endpoint=endpoint)
    ctx = routed(ctx, body)
    ctx.principal = principal
    return ctx


def body_calling(name: str, args: Any) -> bytes:
    call = {"id": "c", "type": "function", "function": {"name": name, "arguments": args}}
    message = {"role": "assistant", "content": None, "tool_calls": [call]}
    return orjson.dumps({"choices": [{"index": 0, "message": message}]})


def returning(answer: Answer) -> Any:
    async def call_next(ctx: RequestContext) -> Answer:
        return answer

    return call_next


STAGE = ToolGuard(Services(observer=GatewayObserver()))


async def test_the_alias_policy_blocks_a_whole_answer_and_records_the_calls() -> None:
    ctx = ctx_for("pay")
    ok = body_calling("pay", '{"amount": 10}')
    answer = await STAGE(ctx, returning(Answer(body=ok)))
    assert answer.body is ok  # unchanged bytes
    with pytest.raises(ToolCallBlocked) as info:
        await STAGE(ctx, returning(Answer(body=body_calling("pay", '{"amount": 1000}'))))
    assert info.value.rule == "guard.policies.payments.tools.rules[0]"
    assert ctx.tool_calls == [
        {"name": "pay", "verdict": "allowed", "rule": None},
        {"name": "pay", "verdict": "blocked", "rule": "guard.policies.payments.tools.rules[0]"},
    ]


async def test_the_callers_policy_applies_with_or_without_a_guard() -> None:
    key = SimpleNamespace(tools={"allowed": ["get_*"]})
    for alias in ("open", "plain", "pay"):
        ctx = ctx_for(alias, principal=key)
        with pytest.raises(ToolCallBlocked) as info:
            await STAGE(ctx, returning(Answer(body=body_calling("pay", '{"amount": 1}'))))
        assert info.value.rule == "principal.tools.allowed"
        answer = await STAGE(ctx, returning(Answer(body=body_calling("get_x", "{}"))))
        assert answer.body is not None
    model_key = SimpleNamespace(tools=ToolPolicy(denied=("get_*",)))
    with pytest.raises(ToolCallBlocked) as denied:
        await STAGE(
            ctx_for("pay", principal=model_key), returning(Answer(body=body_calling("get_x", "{}")))
        )
    assert denied.value.rule == "principal.tools.denied"


async def test_no_policy_no_wrapping() -> None:
    async def gen() -> AsyncGenerator[bytes, None]:
        yield b"data: [DONE]\n\n"

    inner = gen()
    for alias, principal in (
        ("open", None),
        ("plain", SimpleNamespace(tools=None)),
        ("open", object()),
    ):
        answer = await STAGE(ctx_for(alias, principal=principal), returning(Answer(stream=inner)))
        assert answer.stream is inner
    raw = body_calling("anything", "not json")
    answer = await STAGE(ctx_for("open"), returning(Answer(body=raw)))
    assert answer.body is raw


async def test_only_chat_answers_and_only_successful_ones_are_read() -> None:
    raw = body_calling("rm", "{}")
    for endpoint in ("completions", "embeddings"):
        answer = await STAGE(ctx_for("pay", endpoint=endpoint), returning(Answer(body=raw)))
        assert answer.body is raw
    answer = await STAGE(ctx_for("pay"), returning(Answer(body=raw, status=400)))
    assert answer.body is raw


async def test_an_invalid_stored_policy_fails_closed() -> None:
    ctx = ctx_for("open", principal=SimpleNamespace(tools={"allowed": 5}))
    with pytest.raises(AireError) as info:
        await STAGE(ctx, returning(Answer(body=body_calling("x", "{}"))))
    assert info.value.http_status == 500
    assert "tool policy" in info.value.message


def sse(obj: Any) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


async def test_a_stream_is_held_checked_and_its_upstream_closed_on_a_block() -> None:
    closed: list[bool] = []

    async def upstream() -> AsyncGenerator[bytes, None]:
        try:
            yield sse({"choices": [{"index": 0, "delta": {"role": "assistant"}}]})
            first = {"index": 0, "id": "c", "type": "function",
                     "function": {"name": "pay", "arguments": ""}}  # fmt: skip
            yield sse({"choices": [{"index": 0, "delta": {"tool_calls": [first]}}]})
            for piece in ('{"amount":', " 5000}"):
                part = {"index": 0, "function": {"arguments": piece}}
                yield sse({"choices": [{"index": 0, "delta": {"tool_calls": [part]}}]})
            yield sse({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
            yield b"data: [DONE]\n\n"
        finally:
            closed.append(True)

    ctx = ctx_for("pay")
    answer = await STAGE(ctx, returning(Answer(stream=upstream())))
    assert answer.stream is not None
    got = [await anext(answer.stream)]  # the role chunk
    with pytest.raises(ToolCallBlocked):
        got.append(await anext(answer.stream))
    assert b"pay" not in b"".join(got)
    assert closed == [True]
    assert ctx.tool_calls[-1]["verdict"] == "blocked"
