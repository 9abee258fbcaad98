"""Translation between OpenAI chat completions (the client side) and Anthropic Messages.

Pure functions and one stream state machine; no I/O here.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from aire import sse
from aire.errors import InvalidRequest
from aire.gateway.providers.base import Usage

__all__ = ["StreamTranslator", "request_to_anthropic", "response_to_openai"]

DEFAULT_MAX_TOKENS = 4096

_FINISH = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
    "pause_turn": "stop",
}


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))


def _user_blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks: list[dict[str, Any]] = []
    for part in content or ():
        kind = part.get("type")
        if kind == "text":
            blocks.append({"type": "text", "text": part.get("text", "")})
        elif kind == "image_url":
            url = (part.get("image_url") or {}).get("url", "")
            if url.startswith("data:") and ";base64," in url:
                media, data = url[5:].split(";base64,", 1)
                blocks.append(
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": media, "data": data},
                    }
                )
            else:
                blocks.append({"type": "image", "source": {"type": "url", "url": url}})
    return blocks


def _arguments(raw: Any) -> Any:
    if isinstance(raw, dict):
        return raw
    try:
        value = orjson.loads(raw or "{}")
    except orjson.JSONDecodeError:
        raise InvalidRequest(
            "tool call arguments must be a JSON object", param="messages"
        ) from None
    return value if isinstance(value, dict) else {"value": value}


def request_to_anthropic(body: dict[str, Any], model: str, stream: bool) -> dict[str, Any]:
    """An Anthropic Messages request from an OpenAI chat-completions body."""
    system: list[str] = []
    messages: list[dict[str, Any]] = []

    def add(role: str, blocks: list[dict[str, Any]]) -> None:
        if messages and messages[-1]["role"] == role:  # Anthropic needs alternating roles
            messages[-1]["content"].extend(blocks)
        else:
            messages.append({"role": role, "content": blocks})

    for m in body.get("messages") or ():
        role, content = m.get("role"), m.get("content")
        if role in ("system", "developer"):
            system.append(_text(content))
        elif role == "user":
            add("user", _user_blocks(content))
        elif role == "assistant":
            blocks: list[dict[str, Any]] = []
            if _text(content):
                blocks.append({"type": "text", "text": _text(content)})
            for call in m.get("tool_calls") or ():
                fn = call.get("function") or {}
                blocks.append(
                    {
                        "type": "tool_use",
                        "id": call.get("id") or "",
                        "name": fn.get("name", ""),
                        "input": _arguments(fn.get("arguments")),
                    }
                )
            add("assistant", blocks)
        elif role in ("tool", "function"):
            add(
                "user",
                [
                    {
                        "type": "tool_result",
                        "tool_use_id": m.get("tool_call_id") or "",
                        "content": _text(content),
                    }
                ],
            )
    out: dict[str, Any] = {
        "model": model,
        "max_tokens": body.get("max_completion_tokens")
        or body.get("max_tokens")
        or DEFAULT_MAX_TOKENS,
        "messages": messages,
    }
    if system:
        out["system"] = "\n\n".join(s for s in system if s)
    stop = body.get("stop")
    if stop:
        out["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    if body.get("temperature") is not None:
        out["temperature"] = min(1.0, float(body["temperature"]))
    if body.get("top_p") is not None:
        out["top_p"] = body["top_p"]
    if stream:
        out["stream"] = True
    tools = body.get("tools")
    if tools:
        out["tools"] = [
            {
                "name": t["function"]["name"],
                "description": t["function"].get("description") or "",
                "input_schema": t["function"].get("parameters")
                or {"type": "object", "properties": {}},
            }
            for t in tools
            if isinstance(t, dict) and t.get("type", "function") == "function"
        ]
    choice = body.get("tool_choice")
    if isinstance(choice, str) and tools:
        out["tool_choice"] = {"type": {"required": "any"}.get(choice, choice)}
    elif isinstance(choice, dict):
        out["tool_choice"] = {"type": "tool", "name": (choice.get("function") or {}).get("name")}
    if body.get("user"):
        out["metadata"] = {"user_id": str(body["user"])}
    return out


def _usage(anthropic_usage: dict[str, Any] | None) -> Usage:
    u = anthropic_usage or {}
    prompt = (u.get("input_tokens") or 0) + (u.get("cache_read_input_tokens") or 0)
    prompt += u.get("cache_creation_input_tokens") or 0
    return Usage(int(prompt), int(u.get("output_tokens") or 0))


def response_to_openai(msg: dict[str, Any]) -> tuple[dict[str, Any], Usage]:
    """An OpenAI ``chat.completion`` from an Anthropic ``message``."""
    text = []
    calls = []
    for block in msg.get("content") or ():
        if block.get("type") == "text":
            text.append(block.get("text", ""))
        elif block.get("type") == "tool_use":
            calls.append(
                {
                    "id": block.get("id"),
                    "type": "function",
                    "function": {
                        "name": block.get("name"),
                        "arguments": orjson.dumps(block.get("input") or {}).decode(),
                    },
                }
            )
    message: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text else None}
    if calls:
        message["tool_calls"] = calls
    usage = _usage(msg.get("usage"))
    return {
        "id": msg.get("id"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": msg.get("model"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _FINISH.get(msg.get("stop_reason") or "", "stop"),
            }
        ],
        "usage": {
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
        },
    }, usage


class StreamTranslator:
    """Anthropic stream events in, OpenAI ``chat.completion.chunk`` SSE bytes out."""

    def __init__(self, include_usage: bool) -> None:
        self.include_usage = include_usage
        self.usage = Usage()
        self.done = False
        self._id = ""
        self._model = ""
        self._created = int(time.time())
        self._tool_index = -1
        self._block_is_tool: dict[int, bool] = {}
        self._finish: str | None = None

    def _chunk(self, delta: dict[str, Any], finish: str | None = None) -> bytes:
        obj: dict[str, Any] = {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if self.include_usage:
            obj["usage"] = None
        return sse.json_event(obj)

    def event(self, name: bytes | None, payload: dict[str, Any]) -> bytes:
        """OpenAI bytes for one Anthropic event (possibly empty)."""
        kind = payload.get("type")
        if kind == "message_start":
            msg = payload.get("message") or {}
            self._id = str(msg.get("id", ""))
            self._model = str(msg.get("model", ""))
            self.usage.prompt_tokens = _usage(msg.get("usage")).prompt_tokens
            return self._chunk({"role": "assistant", "content": ""})
        if kind == "content_block_start":
            block = payload.get("content_block") or {}
            index = int(payload.get("index", 0))
            is_tool = block.get("type") == "tool_use"
            self._block_is_tool[index] = is_tool
            if is_tool:
                self._tool_index += 1
                return self._chunk(
                    {
                        "tool_calls": [
                            {
                                "index": self._tool_index,
                                "id": block.get("id"),
                                "type": "function",
                                "function": {"name": block.get("name"), "arguments": ""},
                            }
                        ]
                    }
                )
            return b""
        if kind == "content_block_delta":
            delta = payload.get("delta") or {}
            if delta.get("type") == "text_delta":
                return self._chunk({"content": delta.get("text", "")})
            if delta.get("type") == "input_json_delta":
                return self._chunk(
                    {
                        "tool_calls": [
                            {
                                "index": self._tool_index,
                                "function": {"arguments": delta.get("partial_json", "")},
                            }
                        ]
                    }
                )
            return b""
        if kind == "message_delta":
            reason = (payload.get("delta") or {}).get("stop_reason")
            self._finish = _FINISH.get(reason or "", "stop")
            out = payload.get("usage") or {}
            self.usage.completion_tokens = int(out.get("output_tokens") or 0)
            return self._chunk({}, self._finish)
        if kind == "message_stop":
            self.done = True
            tail = b""
            if self.include_usage:
                u = self.usage
                tail = sse.json_event(
                    {
                        "id": self._id,
                        "object": "chat.completion.chunk",
                        "created": self._created,
                        "model": self._model,
                        "choices": [],
                        "usage": {
                            "prompt_tokens": u.prompt_tokens,
                            "completion_tokens": u.completion_tokens,
                            "total_tokens": u.prompt_tokens + u.completion_tokens,
                        },
                    }
                )
            return tail + sse.DONE
        return b""  # ping, content_block_stop, unknown future events
