"""The relay: the only writer of ASGI messages."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import orjson
import pytest

from aire.asgi import DisconnectWatch
from aire.errors import GuardBlocked, InvalidRequest, UpstreamConnectError
from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages.relay import Relay

from .conftest import OK_BODY, Recorder, make_ctx, make_state


def setup() -> tuple[RequestContext, list[dict[str, object]], Recorder, Relay]:
    state = make_state({"chat": {"deployments": [{"name": "a", "url": "http://10.1.2.3:8000/v1"}]}})
    ctx, sent = make_ctx(state)
    recorder = Recorder()
    return ctx, sent, recorder, Relay(Services(observer=recorder))  # type: ignore[return-value]


async def chunks(*items: bytes | Exception) -> AsyncGenerator[bytes, None]:
    for item in items:
        if isinstance(item, Exception):
            raise item
        yield item


def headers(message: dict[str, object]) -> dict[bytes, bytes]:
    return dict(message["headers"])  # type: ignore[arg-type]


async def test_a_whole_answer_with_length_and_aire_headers() -> None:
    ctx, sent, _, relay = setup()
    ctx.deployment, ctx.attempts = "a", 1

    async def answer(c: RequestContext) -> Answer:
        return Answer(body=OK_BODY)

    await relay(ctx, answer)
    start, body = sent
    assert start["status"] == 200
    h = headers(start)
    assert h[b"content-length"] == str(len(OK_BODY)).encode()
    assert h[b"x-aire-request-id"] == b"req-1"
    assert h[b"x-aire-deployment"] == b"a"
    assert b"x-aire-overhead-ms" in h
    assert body["body"] == OK_BODY
    assert ctx.status == 200


async def test_a_stream_chunk_by_chunk_with_observer_events() -> None:
    ctx, sent, rec, relay = setup()

    async def answer(c: RequestContext) -> Answer:
        return Answer(stream=chunks(b"", b"data: 1\n\n", b"data: 2\n\n", b"data: [DONE]\n\n"))

    await relay(ctx, answer)
    assert sent[0]["status"] == 200
    assert headers(sent[0])[b"content-type"].startswith(b"text/event-stream")
    bodies = [m["body"] for m in sent[1:]]
    assert bodies == [b"data: 1\n\n", b"data: 2\n\n", b"data: [DONE]\n\n", b""]
    assert rec.kinds() == ["first_chunk", "chunk", "chunk"]
    assert ctx.ttft_s is not None


async def test_a_failure_mid_stream_is_an_error_event_that_names_no_upstream() -> None:
    ctx, sent, _, relay = setup()
    err = UpstreamConnectError("connection to upstream http://10.1.2.3:8000/v1 failed: reset")

    async def answer(c: RequestContext) -> Answer:
        return Answer(stream=chunks(b"data: 1\n\n", err))

    await relay(ctx, answer)
    last = sent[-1]
    assert last.get("more_body", False) is False
    event = orjson.loads(last["body"].removeprefix(b"data: "))  # type: ignore[union-attr]
    assert event["error"]["code"] == "upstream_stream_interrupted"
    assert event["error"]["param"] is None
    raw = b"".join(m.get("body", b"") for m in sent)  # type: ignore[misc]
    assert b"10.1.2.3" not in raw
    assert b"[DONE]" not in raw
    assert ctx.error_code == "upstream_stream_interrupted"


async def test_a_failure_before_the_first_chunk_is_a_proper_error_answer() -> None:
    ctx, sent, _, relay = setup()

    async def answer(c: RequestContext) -> Answer:
        return Answer(stream=chunks(GuardBlocked("response blocked: aws_key detected")))

    await relay(ctx, answer)
    assert sent[0]["status"] == 400
    assert orjson.loads(sent[1]["body"])["error"]["code"] == "guard_blocked"  # type: ignore[arg-type]


async def test_errors_of_inner_stages_are_openai_shaped_with_the_request_id() -> None:
    ctx, sent, _, relay = setup()

    async def fail(c: RequestContext) -> Answer:
        raise InvalidRequest("messages[0].role: not a role", param="messages[0].role")

    await relay(ctx, fail)
    assert sent[0]["status"] == 400
    assert headers(sent[0])[b"x-aire-request-id"] == b"req-1"
    body = orjson.loads(sent[1]["body"])  # type: ignore[arg-type]
    assert body["error"]["param"] == "messages[0].role"
    assert ctx.error_code == "invalid_request"


async def test_an_internal_bug_is_a_500_without_a_traceback() -> None:
    ctx, sent, _, relay = setup()

    async def bug(c: RequestContext) -> Answer:
        raise KeyError("secret internals")

    await relay(ctx, bug)
    body = orjson.loads(sent[1]["body"])  # type: ignore[arg-type]
    assert sent[0]["status"] == 500
    assert body["error"]["code"] == "internal_error"
    assert "secret internals" not in body["error"]["message"]


async def test_a_client_that_leaves_is_a_499_not_an_error() -> None:
    ctx, sent, _, relay = setup()

    async def slow(c: RequestContext) -> Answer:
        assert c.receive is not None
        await c.receive()  # the request body
        c.watch = DisconnectWatch(c.receive)  # the next receive() says the client left
        await asyncio.sleep(30)
        raise AssertionError("not cancelled")

    await asyncio.wait_for(relay(ctx, slow), 10)
    assert (ctx.status, ctx.error_code) == (499, "client_disconnected")
    assert sent == []


async def test_a_server_cancellation_is_not_swallowed() -> None:
    ctx, _, _, relay = setup()

    async def slow(c: RequestContext) -> Answer:
        await asyncio.sleep(30)
        raise AssertionError("not cancelled")

    task = asyncio.create_task(relay(ctx, slow))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
