"""The parse stage: what a malformed request gets, before any upstream sees it."""

from __future__ import annotations

from typing import Any

import pytest

from aire.errors import (
    BodyTooLarge,
    InvalidRequest,
    ModelNotFound,
    UnsupportedMediaType,
)
from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages.parse import Parse

from .conftest import make_ctx, make_state

STATE = make_state({"chat": {"deployments": [{"name": "a"}]}}, max_body_bytes=4096)
CHAT = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}


async def run(body: Any, **kw: Any) -> RequestContext:
    ctx, _ = make_ctx(STATE, body, **kw)
    seen: list[RequestContext] = []

    async def next_stage(c: RequestContext) -> Answer:
        seen.append(c)
        return Answer(body=b"{}")

    try:
        await Parse(Services(observer=None))(ctx, next_stage)  # type: ignore[arg-type]
    finally:
        if ctx.watch is not None:
            ctx.watch.stop()
    assert seen == [ctx]
    return ctx


async def test_a_good_request_is_routed() -> None:
    ctx = await run({**CHAT, "stream": True, "stream_options": {"include_usage": True}})
    assert ctx.route is not None
    assert (ctx.alias, ctx.stream, ctx.include_usage) == ("chat", True, True)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (b"{not json", None),
        (b"[1, 2]", None),
        ({"messages": CHAT["messages"]}, "model"),
        ({"model": "chat"}, "messages"),
        ({"model": "chat", "messages": []}, "messages"),
        ({"model": "chat", "messages": ["hi"]}, "messages"),
        ({**CHAT, "stream": "yes"}, "stream"),
        ({**CHAT, "stream": True, "stream_options": "usage"}, "stream_options"),
    ],
)
async def test_malformed_requests_are_400_naming_the_field(body: Any, param: str | None) -> None:
    with pytest.raises(InvalidRequest) as caught:
        await run(body)
    assert caught.value.param == param


async def test_an_unknown_model_is_404_and_not_echoed_whole() -> None:
    with pytest.raises(ModelNotFound) as caught:
        await run({**CHAT, "model": "x" * 3000})
    assert len(caught.value.message) < 400


async def test_body_limits_and_media_types() -> None:
    with pytest.raises(BodyTooLarge):
        await run({**CHAT, "pad": "x" * 5000})
    with pytest.raises(UnsupportedMediaType):
        await run(CHAT, headers=[(b"content-type", b"text/plain")])
