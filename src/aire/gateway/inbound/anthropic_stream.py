"""OpenAI chat SSE -> Anthropic Messages SSE, as the official API streams it.

``message_start`` (input tokens: the gateway's estimate, since the upstream tells them only
at the end), then per content block ``content_block_start``, ``content_block_delta``
(``text_delta`` / ``input_json_delta``) and ``content_block_stop``, then ``message_delta``
with the stop reason and the real usage (the SDK's accumulator overwrites ``input_tokens``
from it), then ``message_stop``. A failure after the start is an ``event: error``, which
the Anthropic SDK raises as an error.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.gateway.inbound.chat import (
    ARGS,
    DONE,
    ERROR,
    PING,
    REFUSAL,
    TEXT,
    TOOL,
    ChatStreamReader,
    sse_event,
)

__all__ = ["STOP_REASONS", "AnthropicStream", "stream_error_type"]

#: OpenAI finish_reason -> Anthropic stop_reason
STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}

_TEXT_DELTA = (
    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":%d,'
    b'"delta":{"type":"text_delta","text":%s}}\n\n'
)
_JSON_DELTA = (
    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":%d,'
    b'"delta":{"type":"input_json_delta","partial_json":%s}}\n\n'
)
_TEXT_START = (
    b'event: content_block_start\ndata: {"type":"content_block_start","index":%d,'
    b'"content_block":{"type":"text","text":""}}\n\n'
)
_BLOCK_STOP = b'event: content_block_stop\ndata: {"type":"content_block_stop","index":%d}\n\n'
_PING = b'event: ping\ndata: {"type":"ping"}\n\n'
_MESSAGE_STOP = b'event: message_stop\ndata: {"type":"message_stop"}\n\n'

_ERROR_TYPES = {
    "guard_blocked": "invalid_request_error",
    "tool_call_blocked": "invalid_request_error",
    "rate_limited": "rate_limit_error",
    "no_healthy_upstream": "overloaded_error",
}


def stream_error_type(code: str) -> str:
    """Anthropic's error ``type`` for a stream that failed with an aire error ``code``."""
    return _ERROR_TYPES.get(code, "api_error")


def stop_reason(finish_reason: str | None, refused: bool) -> str:
    reason = STOP_REASONS.get(finish_reason or "stop", "end_turn")
    return "refusal" if refused and reason == "end_turn" else reason


def usage_fields(input_tokens: int, output_tokens: int, cached: int) -> dict[str, int]:
    """Anthropic's usage: ``input_tokens`` excludes what was read from a prompt cache."""
    return {
        "input_tokens": max(0, input_tokens - cached),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": cached,
        "output_tokens": output_tokens,
    }


class AnthropicStream:
    """One streamed answer; see the module docstring for the event sequence."""

    __slots__ = (
        "_blocks",
        "_estimate",
        "_finished",
        "_id",
        "_model",
        "_open",
        "_open_is_text",
        "_reader",
        "_refused",
        "_started",
        "_tool_blocks",
    )

    def __init__(self, *, model: str, request_id: str, input_tokens_estimate: int) -> None:
        self._reader = ChatStreamReader()
        self._model = model
        self._id = f"msg_{request_id}"
        self._estimate = max(0, input_tokens_estimate)
        self._started = False
        self._finished = False
        self._open: int | None = None  # index of the content block being streamed
        self._open_is_text = False
        self._blocks = 0
        self._tool_blocks: dict[Any, int] = {}  # OpenAI tool-call index -> block index
        self._refused = False

    @property
    def usage(self) -> tuple[int, int] | None:
        u = self._reader.usage
        return (u.input, u.output) if u is not None else None

    def feed(self, events: bytes) -> bytes:
        if self._finished:
            return b""
        out: list[bytes] = []
        if not self._started:
            self._started = True
            out.append(self._message_start())
        for delta in self._reader.read(events):
            kind = delta[0]
            if kind in (TEXT, REFUSAL):
                self._refused = self._refused or kind == REFUSAL
                if self._open is None or not self._open_is_text:
                    self._start_block(out, None)
                out.append(_TEXT_DELTA % (self._open, orjson.dumps(delta[1])))
            elif kind == TOOL:
                self._start_block(out, delta)
            elif kind == ARGS:
                index = self._tool_blocks.get(delta[1])
                if index is None:  # arguments for a call that was never opened
                    index = self._start_block(out, (TOOL, delta[1], "", ""))
                out.append(_JSON_DELTA % (index, orjson.dumps(delta[2])))
            elif kind == PING:
                out.append(_PING)
            elif kind == DONE:
                out.append(self._finish())
            elif kind == ERROR:
                out.append(self.error("upstream_error", delta[1]))
                break
        return b"".join(out)

    def error(self, code: str, message: str) -> bytes:
        if self._finished:
            return b""
        self._finished = True
        # aire's stable code beside Anthropic's own fields, as in error answers
        error = {"type": stream_error_type(code), "message": message, "code": code}
        return sse_event("error", {"type": "error", "error": error})

    # -- events ---------------------------------------------------------------------------

    def _message_start(self) -> bytes:
        message: dict[str, Any] = {
            "id": self._id,
            "type": "message",
            "role": "assistant",
            "model": self._model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": usage_fields(self._estimate, 0, 0),
        }
        return sse_event("message_start", {"type": "message_start", "message": message})

    def _start_block(self, out: list[bytes], tool: tuple[Any, ...] | None) -> int:
        if self._open is not None:
            out.append(_BLOCK_STOP % self._open)
        index = self._open = self._blocks
        self._blocks += 1
        self._open_is_text = tool is None
        if tool is None:
            out.append(_TEXT_START % index)
            return index
        _, call_index, call_id, name = tool
        self._tool_blocks[call_index] = index
        block = {
            "type": "tool_use",
            "id": call_id or f"toolu_{self._id[4:]}_{index}",
            "name": name,
            "input": {},
        }
        out.append(
            sse_event(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": block},
            )
        )
        return index

    def _finish(self) -> bytes:
        self._finished = True
        reader = self._reader
        out = [] if self._open is None else [_BLOCK_STOP % self._open]
        self._open = None
        u = reader.usage
        if u is not None:
            usage = usage_fields(u.input, u.output, u.cached)
        else:  # an upstream that never sent usage: the estimate, one token per delta
            usage = usage_fields(self._estimate, reader.pieces, 0)
        delta = {
            "type": "message_delta",
            "delta": {
                "stop_reason": stop_reason(reader.finish_reason, self._refused),
                "stop_sequence": None,
            },
            "usage": usage,
        }
        out.append(sse_event("message_delta", delta))
        out.append(_MESSAGE_STOP)
        return b"".join(out)
