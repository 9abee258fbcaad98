"""The OpenAI provider's stream: what arrives before a failure reaches the client, and the
usage chunk the client did not ask for is dropped whatever its shape."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest
from tests.gateway.test_http1 import Handler, replies_with, serve  # noqa: F401

from aire.config.gateway import TimeoutsConfig
from aire.errors import UpstreamStatusError
from aire.gateway.providers import PROVIDERS, UpstreamRequest
from aire.gateway.transport import Transport


def sse(*objs: Any, done: bool = True) -> bytes:
    body = b"".join(b"data: " + orjson.dumps(o) + b"\n\n" for o in objs)
    if done:
        body += b"data: [DONE]\n\n"
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
        b"content-length: %d\r\n\r\n" % len(body)
    )
    return head + body


def delta(text: str) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": {"content": text}}]}


async def read_all(url: str, include_usage: bool = False) -> tuple[list[bytes], Any]:
    transport = Transport()
    provider = PROVIDERS.get("openai")(
        transport.upstream(url), base_url=url, api_key=None, headers={}
    )
    loop = asyncio.get_running_loop()
    req = UpstreamRequest(
        endpoint="chat",
        body={"model": "m", "messages": [{"role": "user", "content": "x"}]},
        model="m",
        stream=True,
        include_usage=include_usage,
        timeouts=TimeoutsConfig(),
        request_id="r",
        deadline=loop.time() + 10,
    )
    stream = await provider.open_stream(req)
    got: list[bytes] = []
    error = None
    try:
        async for chunk in stream:
            got.append(chunk)
    except UpstreamStatusError as exc:
        error = exc
    finally:
        await stream.aclose()
        await transport.aclose()
    return got, error


async def test_events_before_an_error_in_the_same_read_reach_the_client(
    serve: Callable[[Handler], Awaitable[str]],  # noqa: F811
) -> None:
    url = await serve(
        replies_with(sse(delta("a"), delta("b"), {"error": {"message": "boom"}}, done=False))
    )
    got, error = await read_all(url)
    assert error is not None
    text = b"".join(got)
    assert b'"a"' in text
    assert b'"b"' in text


@pytest.mark.parametrize("include_usage", [False, True])
async def test_a_usage_chunk_with_an_empty_choice_is_dropped_unless_asked(
    serve: Callable[[Handler], Awaitable[str]],  # noqa: F811
    include_usage: bool,
) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}
    litellm_style = {"choices": [{"index": 0, "delta": {}}], "usage": usage}
    with_text = {**delta("z"), "usage": usage}  # usage riding on a real delta
    url = await serve(replies_with(sse(delta("a"), litellm_style, with_text)))
    got, error = await read_all(url, include_usage)
    assert error is None
    text = b"".join(got)
    assert (b'"usage"' in text) is include_usage
    assert b'"z"' in text  # the text of a chunk that also carried usage is kept
