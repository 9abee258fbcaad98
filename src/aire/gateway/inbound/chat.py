"""Reading what the upstream answered in OpenAI chat-completions form, for the renderers.

``Completion`` reads a non-streamed ``chat.completion`` body; ``ChatStreamReader`` turns
chat SSE bytes into a flat list of deltas of choice 0 (the dialects never ask for more
than one choice) and keeps the finish reason and usage as they arrive.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.errors import InvalidRequest, UpstreamProtocolError
from aire.sse import SSEParser  # the only SSE import of inbound/

__all__ = [
    "ARGS",
    "DONE",
    "ERROR",
    "PING",
    "REFUSAL",
    "TEXT",
    "TOOL",
    "ChatStreamReader",
    "Completion",
    "ToolCall",
    "Usage",
    "invalid",
    "sse_event",
]

_DONE = b"[DONE]"

# delta kinds: (TEXT, text) (REFUSAL, text) (TOOL, call index, id, name)
# (ARGS, call index, json text) (PING,) (DONE,) (ERROR, message)
TEXT, REFUSAL, TOOL, ARGS, PING, DONE, ERROR = range(7)


def invalid(param: str, message: str) -> InvalidRequest:
    """A 400 that names the offending field."""
    return InvalidRequest(f"{param}: {message}", param=param)


def sse_event(name: str, payload: dict[str, Any]) -> bytes:
    """One named SSE event (both Anthropic's SDK and OpenAI's read the ``event:`` line)."""
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(payload) + b"\n\n"


class Usage:
    """Token counts of one answer, in the upstream's terms."""

    __slots__ = ("cached", "input", "output", "reasoning")

    def __init__(self, input: int, output: int, cached: int = 0, reasoning: int = 0) -> None:
        self.input = input
        self.output = output
        self.cached = cached  # of ``input``, read from a prompt cache
        self.reasoning = reasoning  # of ``output``

    @classmethod
    def of(cls, obj: Any) -> Usage | None:
        usage = obj.get("usage") if isinstance(obj, dict) else None
        if not isinstance(usage, dict):
            return None
        details = usage.get("prompt_tokens_details")
        out_details = usage.get("completion_tokens_details")
        return cls(
            _int(usage.get("prompt_tokens")),
            _int(usage.get("completion_tokens")),
            _int(details.get("cached_tokens")) if isinstance(details, dict) else 0,
            _int(out_details.get("reasoning_tokens")) if isinstance(out_details, dict) else 0,
        )


def _int(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


class ToolCall:
    __slots__ = ("arguments", "id", "name")

    def __init__(self, id: str, name: str, arguments: str) -> None:
        self.id = id
        self.name = name
        self.arguments = arguments


class Completion:
    """Choice 0 of a ``chat.completion`` body; UpstreamProtocolError if it has none."""

    __slots__ = ("finish_reason", "refusal", "text", "tool_calls", "usage")

    def __init__(self, body: bytes) -> None:
        try:
            obj = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError("the upstream model sent malformed JSON") from None
        choices = obj.get("choices") if isinstance(obj, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise UpstreamProtocolError("the upstream model's answer has no choices")
        choice = choices[0]
        message = choice.get("message")
        if not isinstance(message, dict):
            raise UpstreamProtocolError("the upstream model's answer has no message")
        content = message.get("content")
        self.text: str = content if isinstance(content, str) else ""
        refusal = message.get("refusal")
        self.refusal: str = refusal if isinstance(refusal, str) else ""
        reason = choice.get("finish_reason")
        self.finish_reason: str | None = reason if isinstance(reason, str) else None
        self.tool_calls: list[ToolCall] = []
        for call in message.get("tool_calls") or ():
            fn = call.get("function") if isinstance(call, dict) else None
            if not isinstance(fn, dict):
                raise UpstreamProtocolError("the upstream model sent a malformed tool call")
            args = fn.get("arguments")
            self.tool_calls.append(
                ToolCall(
                    str(call.get("id") or ""),
                    str(fn.get("name") or ""),
                    args if isinstance(args, str) else orjson.dumps(args or {}).decode(),
                )
            )
        self.usage = Usage.of(obj)


class ChatStreamReader:
    """OpenAI chat SSE bytes -> deltas of choice 0; ``finish_reason`` and ``usage`` as seen."""

    __slots__ = ("_buf", "_tools", "done", "finish_reason", "pieces", "usage")

    def __init__(self) -> None:
        self._buf = SSEParser(comments=True)
        self._tools: set[int] = set()
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.pieces = 0  # content deltas seen: the output count if no usage ever comes
        self.done = False

    def read(self, data: bytes) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for event in self._buf.feed(data):
            if self.done:
                break
            payload = event.data
            if payload is None:
                if event.comment is not None:
                    out.append((PING,))
                continue
            if payload == _DONE:
                self.done = True
                out.append((DONE,))
                continue
            try:
                obj = orjson.loads(payload)
            except orjson.JSONDecodeError:
                out.append((ERROR, "the upstream model sent a malformed event"))
                self.done = True
                continue
            if not isinstance(obj, dict):
                continue
            if "error" in obj:
                err = obj["error"]
                message = err.get("message") if isinstance(err, dict) else err
                out.append((ERROR, str(message or "the upstream model failed")))
                self.done = True
                continue
            usage = Usage.of(obj)
            if usage is not None:
                self.usage = usage
            for choice in obj.get("choices") or ():
                if isinstance(choice, dict) and choice.get("index", 0) == 0:
                    self._choice(choice, out)
                    break
        return out

    def _choice(self, choice: dict[str, Any], out: list[tuple[Any, ...]]) -> None:
        delta = choice.get("delta")
        if isinstance(delta, dict):
            text = delta.get("content")
            if text and isinstance(text, str):
                self.pieces += 1
                out.append((TEXT, text))
            refusal = delta.get("refusal")
            if refusal and isinstance(refusal, str):
                self.pieces += 1
                out.append((REFUSAL, refusal))
            for position, call in enumerate(delta.get("tool_calls") or ()):
                if not isinstance(call, dict):
                    continue
                index = call.get("index", position)
                fn = call.get("function")
                if not isinstance(fn, dict):
                    fn = {}
                if index not in self._tools:
                    self._tools.add(index)
                    out.append((TOOL, index, str(call.get("id") or ""), str(fn.get("name") or "")))
                args = fn.get("arguments")
                if args and isinstance(args, str):
                    self.pieces += 1
                    out.append((ARGS, index, args))
        reason = choice.get("finish_reason")
        if reason and isinstance(reason, str):
            self.finish_reason = reason
