"""OpenAI chat SSE -> OpenAI Responses SSE, with the event sequence the API sends.

``response.created``, ``response.in_progress``; per output item ``response.output_item.added``
then, for a message, ``response.content_part.added``, ``response.output_text.delta`` (or
``response.refusal.delta``) ..., ``response.output_text.done``, ``response.content_part.done``,
and for a function call ``response.function_call_arguments.delta`` ...,
``response.function_call_arguments.done``; then ``response.output_item.done``; at the end
``response.completed`` (``response.incomplete`` when the answer was cut by the token limit
or a content filter, as the API does). Every event carries ``sequence_number`` from 0.

A failure after the start is ``response.failed`` (status ``failed`` and its ``error``) and
then an ``error`` event. The ``error`` event has the documented flat fields (``code``,
``message``, ``param``) and the same fields nested under ``error``, as the live API sends
them: the official Python SDK raises ``APIError`` on the nested shape.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
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
from aire.gateway.inbound.responses_output import (
    function_call_item,
    message_item,
    response_object,
    status_of,
    text_part,
    usage_object,
)

__all__ = ["ResponsesStream", "error_type"]

_TEXT_DELTA = (
    b'event: response.output_text.delta\ndata: {"type":"response.output_text.delta",'
    b'"sequence_number":%d,"item_id":%s,"output_index":%d,"content_index":%d,'
    b'"delta":%s,"logprobs":[]}\n\n'
)
_ARGS_DELTA = (
    b"event: response.function_call_arguments.delta\ndata: "
    b'{"type":"response.function_call_arguments.delta","sequence_number":%d,'
    b'"item_id":%s,"output_index":%d,"delta":%s}\n\n'
)
_PING = b": ping\n\n"
_ERROR_TYPES = {
    "guard_blocked": "invalid_request_error",
    "tool_call_blocked": "invalid_request_error",
    "rate_limited": "rate_limit_error",
}


def error_type(code: str) -> str:
    """The OpenAI error ``type`` of a stream failure with an aire error ``code``."""
    return _ERROR_TYPES.get(code, "server_error")


class _Item:
    """One output item while it streams."""

    __slots__ = ("call_id", "chunks", "id", "id_json", "kind", "name", "part_kind", "parts")

    def __init__(self, kind: str, item_id: str, call_id: str = "", name: str = "") -> None:
        self.kind = kind  # "message" | "function_call"
        self.id = item_id
        self.id_json = orjson.dumps(item_id)
        self.call_id = call_id
        self.name = name
        self.parts: list[dict[str, Any]] = []  # finished content parts of a message
        self.part_kind: str | None = None  # the open part: "output_text" | "refusal"
        self.chunks: list[str] = []  # text of the open part, or a call's arguments

    def done(self, status: str) -> dict[str, Any]:
        if self.kind == "message":
            return message_item(self.id, status, self.parts)
        return function_call_item(self.id, self.call_id, self.name, "".join(self.chunks), status)


class ResponsesStream:
    """One streamed answer; see the module docstring for the event sequence."""

    def __init__(
        self,
        *,
        model: str,
        request_id: str,
        input_tokens_estimate: int,
        request: Mapping[str, Any] | None = None,
    ) -> None:
        self._reader = ChatStreamReader()
        self._model = model
        self._rid = request_id
        self._id = f"resp_{request_id}"
        self._request = request
        self._estimate = max(0, input_tokens_estimate)
        self._created = int(time.time())
        self._seq = 0
        self._started = False
        self._finished = False
        self._items: list[_Item] = []
        self._done: dict[int, dict[str, Any]] = {}  # output index -> finished item
        self._open: int | None = None  # output index of the item being streamed
        self._calls: dict[Any, int] = {}  # OpenAI tool-call index -> output index

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
            response = self._response("in_progress")
            out.append(self._event("response.created", response=response))
            out.append(self._event("response.in_progress", response=response))
        for delta in self._reader.read(events):
            kind = delta[0]
            if kind in (TEXT, REFUSAL):
                self._text(out, "output_text" if kind == TEXT else "refusal", delta[1])
            elif kind == TOOL:
                self._open_call(out, delta[1], delta[2], delta[3])
            elif kind == ARGS:
                index = self._calls.get(delta[1])
                if index is None:  # arguments of a call that was never opened
                    index = self._open_call(out, delta[1], "", "")
                item = self._items[index]
                item.chunks.append(delta[2])
                if index in self._done:  # a late piece of a call already closed
                    self._done[index]["arguments"] = "".join(item.chunks)
                out.append(
                    _ARGS_DELTA % (self._next(), item.id_json, index, orjson.dumps(delta[2]))
                )
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
        failed = self._response(
            "failed",
            output=[self._done[i] for i in sorted(self._done)],
            error={"code": code, "message": message},
        )
        nested = {"type": error_type(code), "code": code, "message": message, "param": None}
        return self._event("response.failed", response=failed) + self._event(
            "error", code=code, message=message, param=None, error=nested
        )

    # -- events ---------------------------------------------------------------------------

    def _next(self) -> int:
        seq = self._seq
        self._seq += 1
        return seq

    def _event(self, kind: str, **fields: Any) -> bytes:
        return sse_event(kind, {"type": kind, "sequence_number": self._next(), **fields})

    def _response(self, status: str, **fields: Any) -> dict[str, Any]:
        return response_object(
            self._id, self._model, self._request, created_at=self._created, status=status, **fields
        )

    def _add(self, out: list[bytes], item: _Item) -> int:
        self._close(out, "completed")
        index = self._open = len(self._items)
        self._items.append(item)
        out.append(
            self._event(
                "response.output_item.added", output_index=index, item=item.done("in_progress")
            )
        )
        return index

    def _text(self, out: list[bytes], part_kind: str, text: str) -> None:
        if self._open is None or self._items[self._open].kind != "message":
            self._add(out, _Item("message", f"msg_{self._rid}_{len(self._items)}"))
        index = self._open
        assert index is not None
        item = self._items[index]
        if item.part_kind != part_kind:
            self._close_part(out, index, item)
            item.part_kind = part_kind
            out.append(
                self._event(
                    "response.content_part.added",
                    item_id=item.id,
                    output_index=index,
                    content_index=len(item.parts),
                    part=text_part(part_kind, ""),
                )
            )
        item.chunks.append(text)
        if part_kind == "output_text":
            body = (self._next(), item.id_json, index, len(item.parts), orjson.dumps(text))
            out.append(_TEXT_DELTA % body)
        else:
            out.append(
                self._event(
                    "response.refusal.delta",
                    item_id=item.id,
                    output_index=index,
                    content_index=len(item.parts),
                    delta=text,
                )
            )

    def _open_call(self, out: list[bytes], call_index: Any, call_id: str, name: str) -> int:
        n = len(self._items)
        item = _Item(
            "function_call", f"fc_{self._rid}_{n}", call_id or f"call_{self._rid}_{n}", name
        )
        index = self._add(out, item)
        self._calls[call_index] = index
        return index

    def _close_part(self, out: list[bytes], index: int, item: _Item) -> None:
        if item.part_kind is None:
            return
        text = "".join(item.chunks)
        part = text_part(item.part_kind, text)
        where = {"item_id": item.id, "output_index": index, "content_index": len(item.parts)}
        if item.part_kind == "output_text":
            out.append(self._event("response.output_text.done", **where, text=text, logprobs=[]))
        else:
            out.append(self._event("response.refusal.done", **where, refusal=text))
        out.append(self._event("response.content_part.done", **where, part=part))
        item.parts.append(part)
        item.part_kind = None
        item.chunks = []

    def _close(self, out: list[bytes], status: str) -> None:
        index = self._open
        if index is None:
            return
        self._open = None
        item = self._items[index]
        if item.kind == "message":
            self._close_part(out, index, item)
        else:
            out.append(
                self._event(
                    "response.function_call_arguments.done",
                    item_id=item.id,
                    output_index=index,
                    name=item.name,
                    arguments="".join(item.chunks),
                )
            )
        done = self._done[index] = item.done(status)
        out.append(self._event("response.output_item.done", output_index=index, item=done))

    def _finish(self) -> bytes:
        self._finished = True
        out: list[bytes] = []
        status, details = status_of(self._reader.finish_reason)
        self._close(out, "incomplete" if details else "completed")
        fallback = (self._estimate, self._reader.pieces)
        final = self._response(
            status,
            output=[self._done[i] for i in sorted(self._done)],
            usage=usage_object(self._reader.usage, fallback),
            incomplete_details=details,
        )
        out.append(self._event(f"response.{status}", response=final))
        return b"".join(out)
