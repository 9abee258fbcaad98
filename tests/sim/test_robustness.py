"""Odd but well-formed requests never get a 500: every answer is a JSON error or a reply."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import aiohttp
import orjson
import pytest
from tests.sim.helpers import post

from aire.sim.app import SimApp

USER = [{"role": "user", "content": "hi"}]
CHAT, MESSAGES = "/v1/chat/completions", "/v1/messages"


def chat(**extra: Any) -> tuple[str, dict[str, Any]]:
    return CHAT, {"model": "aire-sim", "messages": USER, **extra}


def message(**extra: Any) -> tuple[str, dict[str, Any]]:
    return MESSAGES, {"model": "aire-sim", "max_tokens": 5, "messages": USER, **extra}


def schema(value: Any) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": "x", "schema": value}}


def tool(parameters: Any) -> list[dict[str, Any]]:
    return [{"type": "function", "function": {"name": "f", "parameters": parameters}}]


LOOP = {"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}
ODD: list[tuple[str, dict[str, Any]]] = [
    chat(tool_choice={"function": "x"}),
    chat(tool_choice={"type": "function"}),
    chat(tools=tool({"type": 5}), tool_choice="required"),
    chat(tools=tool({"$ref": "#/nowhere"}), tool_choice="required"),
    chat(response_format=schema({"type": "integer", "minimum": 5, "maximum": 1})),
    chat(response_format=schema(LOOP)),
    chat(response_format=schema({"type": "string", "pattern": "(unclosed"})),
    chat(messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]),
    chat(messages=[{"role": "assistant", "content": None}]),
    chat(messages=[{"role": {}, "content": "x"}]),  # a role that is not even hashable
    chat(messages=[{"role": ["user"], "content": "x"}]),
    chat(stop=["", ""], n=128, max_tokens=3),
    chat(max_tokens=10**12),
    chat(seed=-1, stream=True),
    chat(logit_bias={"1": 2}, user=None),
    ("/v1/completions", {"model": "aire-sim", "prompt": [[]], "echo": True}),
    ("/v1/completions", {"model": "aire-sim", "prompt": "x", "stop": "x", "stream": True}),
    ("/v1/embeddings", {"model": "aire-sim", "input": [[]]}),
    ("/v1/embeddings", {"model": "aire-sim", "input": "x", "encoding_format": "hex"}),
    message(tool_choice={"type": "tool"}),
    message(tools=[{"name": "f", "input_schema": {"type": "nope"}}], tool_choice={"type": "any"}),
    message(system=[{"type": "text", "text": "s"}], messages=[{"role": "user", "content": []}]),
    message(messages=[{"role": "system", "content": "x"}]),
    ("/admin/config", {"faults": "drop"}),
    ("/admin/config", {"models": []}),
]


@pytest.mark.parametrize(("path", "body"), ODD)
async def test_odd_requests_never_500(sim: str, path: str, body: dict[str, Any]) -> None:
    status, _, data = await post(f"{sim}{path}", body)
    assert status in (200, 400, 404), (status, data)
    if status != 200:
        error = data["error"]
        assert error["message"]
        assert "Traceback" not in error["message"]


@pytest.mark.parametrize(
    ("path", "body"),
    [chat(stream="yes"), chat(stream=1), chat(stream="true"), message(stream="yes")],
)
async def test_stream_must_be_a_boolean(sim: str, path: str, body: dict[str, Any]) -> None:
    # pydantic's lax mode used to read "yes" as true and start a stream
    status, headers, data = await post(f"{sim}{path}", body)
    assert status == 400, data
    assert headers["content-type"] == "application/json"
    if path == CHAT:
        assert data["error"]["param"] == "stream"
        assert data["error"]["code"] == "invalid_request"
    else:
        assert data["type"] == "error"


@pytest.mark.parametrize("ctype", ["text/plain", "multipart/form-data; boundary=x"])
async def test_a_body_declared_as_not_json_is_415(sim: str, ctype: str) -> None:
    status, _, data = await post(f"{sim}{CHAT}", chat()[1], headers={"content-type": ctype})
    assert status == 415
    assert data["error"]["code"] == "unsupported_media_type"
    status, _, data = await post(f"{sim}/admin/config", {"seed": 3}, {"content-type": ctype})
    assert status == 415


async def test_head_on_info_routes_and_405_on_model_routes(sim: str) -> None:
    async with aiohttp.ClientSession() as s:
        for path in ("/health", "/v1/models", "/metrics"):
            async with s.head(f"{sim}{path}") as r:
                assert r.status == 200, path
                assert await r.read() == b""
        async with s.head(f"{sim}{CHAT}") as r:
            assert r.status == 405
            assert r.headers["allow"] == "POST"
        async with s.get(f"{sim}{CHAT}") as r:
            assert r.status == 405
            assert (await r.json())["error"]["code"] == "method_not_allowed"


async def test_a_client_that_leaves_mid_body_gets_no_generation(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    # The bytes so far are a complete request, but more were announced: a truncated body
    # must not be taken for the request.
    url, app = start_sim()
    body = orjson.dumps(chat()[1])
    port = int(url.rsplit(":", 1)[1])
    for _ in range(3):
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(body) + 50, body)
        )
        await writer.drain()
        writer.close()
        await writer.wait_closed()
    await asyncio.sleep(0.2)  # give a wrong server time to start generating
    assert app.requests == 0
    status, _, data = await post(f"{url}{CHAT}", chat()[1])
    assert status == 200, data
    assert app.requests == 1


async def test_an_unknown_huge_model_name_is_not_echoed_whole(sim: str) -> None:
    status, _, data = await post(f"{sim}{CHAT}", {**chat()[1], "model": "m" * 100_000})
    assert status == 404
    assert data["error"]["code"] == "model_not_found"
    assert len(data["error"]["message"]) < 400
