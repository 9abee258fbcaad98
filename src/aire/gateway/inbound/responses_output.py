"""The objects of an OpenAI Responses answer, shared by the body and the stream renderers."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from aire.gateway.inbound.chat import Usage

__all__ = [
    "function_call_item",
    "message_item",
    "response_object",
    "status_of",
    "text_part",
    "usage_object",
]

#: fields of the request a Response repeats, and their values when the request had none
_ECHOED: dict[str, Any] = {
    "instructions": None,
    "max_output_tokens": None,
    "metadata": {},
    "parallel_tool_calls": True,
    "reasoning": {"effort": None, "summary": None},
    "service_tier": "default",
    "temperature": None,
    "text": {"format": {"type": "text"}},
    "tool_choice": "auto",
    "tools": [],
    "top_p": None,
    "truncation": "disabled",
    "user": None,
    "safety_identifier": None,
}
_INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def status_of(finish_reason: str | None) -> tuple[str, dict[str, str] | None]:
    """(status, incomplete_details) for an OpenAI chat finish reason."""
    reason = _INCOMPLETE.get(finish_reason or "")
    return ("incomplete", {"reason": reason}) if reason else ("completed", None)


def response_object(
    response_id: str,
    model: str,
    request: Mapping[str, Any] | None,
    *,
    created_at: int | None = None,
    status: str = "in_progress",
    output: list[dict[str, Any]] | None = None,
    usage: dict[str, Any] | None = None,
    incomplete_details: dict[str, str] | None = None,
    error: dict[str, str] | None = None,
) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "id": response_id,
        "object": "response",
        "created_at": created_at if created_at is not None else int(time.time()),
        "status": status,
        "background": False,
        "error": error,
        "incomplete_details": incomplete_details,
        "model": model,
        "output": output if output is not None else [],
        "previous_response_id": None,
        "store": False,
        "usage": usage,
    }
    for key, default in _ECHOED.items():
        value = request.get(key) if request is not None else None
        obj[key] = value if value is not None else default
    if status == "completed":
        obj["completed_at"] = int(time.time())
    return obj


def usage_object(usage: Usage | None, fallback: tuple[int, int] = (0, 0)) -> dict[str, Any]:
    if usage is None:
        usage = Usage(*fallback)
    return {
        "input_tokens": usage.input,
        "input_tokens_details": {"cached_tokens": usage.cached, "cache_write_tokens": 0},
        "output_tokens": usage.output,
        "output_tokens_details": {"reasoning_tokens": usage.reasoning},
        "total_tokens": usage.input + usage.output,
    }


def text_part(kind: str, text: str) -> dict[str, Any]:
    """An ``output_text`` or ``refusal`` content part."""
    if kind == "refusal":
        return {"type": "refusal", "refusal": text}
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def message_item(item_id: str, status: str, parts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": parts,
    }


def function_call_item(
    item_id: str, call_id: str, name: str, arguments: str, status: str
) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "function_call",
        "status": status,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
    }
