"""Odd but well-formed requests never get a 500: every answer is a JSON error or a reply."""

from __future__ import annotations

from typing import Any

import pytest
from tests.sim.helpers import post

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
