"""Helpers of the inbound tests: chat SSE to feed, dialect SSE to read back."""

from __future__ import annotations

from typing import Any

import orjson


def chunk(
    delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    """A ``chat.completion.chunk`` of choice 0."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "upstream-model",
        "choices": [{"index": 0, "delta": delta or {}, "logprobs": None, "finish_reason": finish}],
        **extra,
    }


def usage_chunk(prompt: int, completion: int, cached: int = 0) -> dict[str, Any]:
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    if cached:
        usage["prompt_tokens_details"] = {"cached_tokens": cached}
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [], "usage": usage}


def sse(*objs: dict[str, Any], done: bool = True) -> bytes:
    out = b"".join(b"data: " + orjson.dumps(o) + b"\n\n" for o in objs)
    return out + (b"data: [DONE]\n\n" if done else b"")


def text_stream(*pieces: str, finish: str = "stop", prompt: int = 7) -> bytes:
    """A whole chat stream: role chunk, one chunk per piece, finish, usage, [DONE]."""
    return sse(
        chunk({"role": "assistant", "content": ""}),
        *(chunk({"content": p}) for p in pieces),
        chunk({}, finish),
        usage_chunk(prompt, len(pieces)),
    )


def events(raw: bytes) -> list[tuple[str | None, Any]]:
    """(event name, decoded data) of every SSE event with data, in order."""
    out: list[tuple[str | None, Any]] = []
    for block in raw.split(b"\n\n"):
        name, data = None, []
        for line in block.split(b"\n"):
            if line.startswith(b"event: "):
                name = line[7:].decode()
            elif line.startswith(b"data: "):
                data.append(line[6:])
        if data:
            out.append((name, orjson.loads(b"\n".join(data))))
    return out


def completion(
    message: dict[str, Any], finish: str | None = "stop", usage: dict[str, Any] | None = None
) -> bytes:
    """A ``chat.completion`` body."""
    return orjson.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "upstream-model",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": usage
            if usage is not None
            else {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16},
        }
    )
