"""Read OpenAI answers after the fact: SSE chunks (with their arrival times) or a body.

The client only timestamps reads; parsing happens here once the request has ended, so
the read loop stays short and the timestamps are those of the bytes, not of the parser.
Events are split by ``aire.sse`` (CRLF, CR or LF line ends, multi-line data); an event
gets the time of the read that completed it.
A chunk is an output token when it carries text (content, reasoning or tool-call
arguments); chunks that arrive in one read share that read's time.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.load.record import RequestRecord
from aire.sse import SSEParser
from aire.tokenizer import count_tokens

__all__ = ["parse_body", "parse_stream"]

Chunk = tuple[float, bytes]


def parse_stream(chunks: list[Chunk], rec: RequestRecord, *, complete: bool) -> None:
    """Fill ``rec`` from SSE ``chunks``. ``complete``: the transport ended cleanly."""
    pieces: list[str] = []
    usage: dict[str, Any] | None = None
    done = finished = False
    malformed: str | None = None
    stream_error: str | None = None
    last = 0.0
    parser = SSEParser(comments=True)
    events = False  # any event or comment at all: the body is an event stream
    for t, data in chunks:
        for sse_event in parser.feed(data):
            events = True
            payload = sse_event.data
            if payload is None:
                continue  # a comment
            if payload == b"[DONE]":
                done = True
                continue
            try:
                event = orjson.loads(payload)
            except orjson.JSONDecodeError:
                malformed = malformed or f"invalid JSON in SSE chunk: {_snippet(payload)}"
                continue
            if not isinstance(event, dict):
                malformed = malformed or f"SSE chunk is not an object: {_snippet(payload)}"
                continue
            if event.get("error"):
                stream_error = _error_text(event)
                continue
            if event.get("usage"):
                usage = event["usage"]
            for choice in event.get("choices") or ():
                text = _delta_text(choice)
                if text:
                    if rec.first_token is None:
                        rec.first_token = t
                    else:
                        rec.itl_s.append(t - last)
                    last = t
                    pieces.append(text)
                if choice.get("finish_reason"):
                    finished = True
    _set_tokens(rec, usage, pieces)
    if rec.error is not None:
        return
    if stream_error is not None:
        rec.error, rec.error_detail = "drop", f"error event in the stream: {stream_error}"
    elif complete and not events and (body := b"".join(d for _, d in chunks).strip()):
        # an answer, but not an event stream (an HTML page, a plain JSON body)
        rec.error, rec.error_detail = "malformed", f"not an SSE stream: {_snippet(body)}"
    elif not complete or not (done or finished):
        rec.error, rec.error_detail = "drop", "the stream ended before [DONE]"
    elif malformed is not None:
        rec.error, rec.error_detail = "malformed", malformed
    elif not pieces:
        rec.error, rec.error_detail = "empty", "the stream carried no output"


def parse_body(body: bytes, rec: RequestRecord) -> None:
    """Fill ``rec`` from a non-streamed answer."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        rec.error, rec.error_detail = "malformed", f"invalid JSON body: {_snippet(body)}"
        return
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        rec.error, rec.error_detail = "malformed", f"no choices in the body: {_snippet(body)}"
        return
    pieces = [text for c in data["choices"] if isinstance(c, dict) and (text := _message_text(c))]
    _set_tokens(rec, data.get("usage"), pieces)
    if not pieces:
        rec.error, rec.error_detail = "empty", "the answer has no output"


def _set_tokens(rec: RequestRecord, usage: Any, pieces: list[str]) -> None:
    if isinstance(usage, dict):
        if isinstance(usage.get("prompt_tokens"), int):
            rec.input_tokens = usage["prompt_tokens"]
        if isinstance(usage.get("completion_tokens"), int):
            rec.output_tokens = usage["completion_tokens"]
            return
    rec.output_tokens = count_tokens("".join(pieces))


def _delta_text(choice: Any) -> str:
    if not isinstance(choice, dict):
        return ""
    text = choice.get("text")  # completions
    if isinstance(text, str):
        return text
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        return ""
    for key in ("content", "reasoning_content", "reasoning"):
        value = delta.get(key)
        if isinstance(value, str) and value:
            return value
    return _tool_text(delta.get("tool_calls"))


def _message_text(choice: dict[str, Any]) -> str:
    text = choice.get("text")
    if isinstance(text, str):
        return text
    message = choice.get("message")
    if not isinstance(message, dict):
        return ""
    content = message.get("content")
    if isinstance(content, str) and content:
        return content
    return _tool_text(message.get("tool_calls"))


def _tool_text(calls: Any) -> str:
    if not isinstance(calls, list):
        return ""
    out = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            out.append(str(function.get("name") or "") + str(function.get("arguments") or ""))
    return "".join(out)


def _error_text(event: dict[str, Any]) -> str:
    err = event["error"]
    if isinstance(err, dict):
        return str(err.get("message") or err.get("code") or err)
    return str(err)


def _snippet(data: bytes, limit: int = 80) -> str:
    text = data[:limit].decode("utf-8", "replace")
    return text + ("..." if len(data) > limit else "")
