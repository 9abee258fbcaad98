"""An answer's text, finish reason and tool calls, from the bytes the client received.

Whole bodies and SSE streams of OpenAI chat completions and completions, Anthropic
messages and OpenAI responses (the gateway's inbound dialects). Pure and I/O-free; run
in the quality worker process, never on the event loop.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import orjson

from aire.sse import SSEParser

__all__ = ["AnswerText", "from_body", "from_stream"]

_ANTHROPIC_STOP = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
}


@dataclass(slots=True)
class AnswerText:
    text: str = ""
    finish_reason: str | None = None
    tool_call: bool = False
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


def _usage(out: AnswerText, usage: Any) -> None:
    if not isinstance(usage, dict):
        return
    p = usage.get("prompt_tokens", usage.get("input_tokens"))
    c = usage.get("completion_tokens", usage.get("output_tokens"))
    if isinstance(p, int):
        out.prompt_tokens = p
    if isinstance(c, int):
        out.completion_tokens = c


def _whole(doc: Any, out: AnswerText) -> None:
    if not isinstance(doc, dict):
        return
    _usage(out, doc.get("usage"))
    choices = doc.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        first = choices[0]
        message = first.get("message")
        if isinstance(message, dict):
            content = message.get("content")
            if isinstance(content, str):
                out.text = content
            out.tool_call = bool(message.get("tool_calls") or message.get("function_call"))
        elif isinstance(first.get("text"), str):
            out.text = first["text"]
        out.finish_reason = first.get("finish_reason")
        return
    content = doc.get("content")  # anthropic messages
    if isinstance(content, list):
        texts = [
            b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text"
        ]
        out.text = "".join(t for t in texts if isinstance(t, str))
        out.tool_call = any(isinstance(b, dict) and b.get("type") == "tool_use" for b in content)
        out.finish_reason = _ANTHROPIC_STOP.get(str(doc.get("stop_reason")), doc.get("stop_reason"))
        return
    output = doc.get("output")  # openai responses
    if isinstance(output, list):
        parts = []
        for item in output:
            if not isinstance(item, dict):
                continue
            if item.get("type") == "function_call":
                out.tool_call = True
            for c in item.get("content") or ():
                if isinstance(c, dict) and isinstance(c.get("text"), str):
                    parts.append(c["text"])
        out.text = "".join(parts)
        status = doc.get("status")
        details = doc.get("incomplete_details") or {}
        out.finish_reason = (
            "length"
            if status == "incomplete" and details.get("reason") == "max_output_tokens"
            else "stop"
        )


def from_body(body: bytes) -> AnswerText:
    out = AnswerText()
    with contextlib.suppress(orjson.JSONDecodeError):
        _whole(orjson.loads(body), out)
    return out


def from_stream(blocks: list[bytes]) -> AnswerText:
    """The answer of an SSE stream (the blocks the client received, in order)."""
    out = AnswerText()
    parser = SSEParser()
    parts: list[str] = []
    for block in blocks:
        for event in parser.feed(block):
            data = event.data
            if not data or data == b"[DONE]":
                continue
            try:
                doc = orjson.loads(data)
            except orjson.JSONDecodeError:
                continue
            if isinstance(doc, dict):
                _event(doc, out, parts)
    out.text = "".join(parts)
    return out


def _event(doc: dict[str, Any], out: AnswerText, parts: list[str]) -> None:
    _usage(out, doc.get("usage"))
    choices = doc.get("choices")
    if isinstance(choices, list):
        for choice in choices[:1]:
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta")
            if isinstance(delta, dict):
                if isinstance(delta.get("content"), str):
                    parts.append(delta["content"])
                if delta.get("tool_calls") or delta.get("function_call"):
                    out.tool_call = True
            elif isinstance(choice.get("text"), str):
                parts.append(choice["text"])
            if choice.get("finish_reason"):
                out.finish_reason = choice["finish_reason"]
        return
    kind = doc.get("type")
    if kind == "content_block_delta":  # anthropic
        delta = doc.get("delta") or {}
        if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
            parts.append(delta["text"])
    elif (
        kind == "content_block_start" and (doc.get("content_block") or {}).get("type") == "tool_use"
    ):
        out.tool_call = True
    elif kind == "message_delta":
        reason = (doc.get("delta") or {}).get("stop_reason")
        if reason:
            out.finish_reason = _ANTHROPIC_STOP.get(reason, reason)
        _usage(out, doc.get("usage"))
    elif kind == "message_start":
        _usage(out, (doc.get("message") or {}).get("usage"))
    elif kind == "response.output_text.delta" and isinstance(doc.get("delta"), str):  # responses
        parts.append(doc["delta"])
    elif kind == "response.function_call_arguments.delta":
        out.tool_call = True
    elif kind in ("response.completed", "response.incomplete"):
        resp = doc.get("response") or {}
        _usage(out, resp.get("usage"))
        out.finish_reason = "length" if kind == "response.incomplete" else "stop"
