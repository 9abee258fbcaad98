"""Anthropic Messages API request models (``POST /v1/messages``)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

__all__ = [
    "AnthropicMessage",
    "AnthropicTool",
    "MessagesRequest",
    "blocks_text",
    "error_body",
    "error_type_for_status",
]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class AnthropicMessage(_Open):
    role: Literal["user", "assistant"]
    content: str | list[dict[str, Any]]


class AnthropicTool(_Open):
    name: str = Field(min_length=1)
    description: str | None = None
    input_schema: dict[str, Any] = Field(default_factory=dict)


class ToolChoice(_Open):
    type: Literal["auto", "any", "tool", "none"]
    name: str | None = None
    disable_parallel_tool_use: StrictBool | None = None


class Metadata(_Open):
    user_id: str | None = None


class MessagesRequest(_Open):
    model: str = Field(min_length=1)
    max_tokens: int = Field(ge=1)
    messages: list[AnthropicMessage] = Field(min_length=1)
    system: str | list[dict[str, Any]] | None = None
    stop_sequences: list[str] | None = None
    stream: StrictBool = False
    temperature: float | None = Field(None, ge=0.0, le=1.0)
    top_p: float | None = Field(None, ge=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0)
    metadata: Metadata | None = None
    tools: list[AnthropicTool] | None = None
    tool_choice: ToolChoice | None = None


def blocks_text(content: str | list[dict[str, Any]] | None) -> str:
    """Text of a content string or list of blocks (text blocks and tool results)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    out: list[str] = []
    for block in content:
        kind = block.get("type")
        if kind == "text":
            out.append(str(block.get("text", "")))
        elif kind == "tool_result":
            out.append(blocks_text(block.get("content")))
    return "".join(out)


_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "overloaded_error",
    504: "api_error",
    529: "overloaded_error",
}


def error_type_for_status(status: int) -> str:
    """Anthropic's error ``type`` for an HTTP status."""
    return _ERROR_TYPES.get(status, "invalid_request_error" if status < 500 else "api_error")


def error_body(status: int, message: str) -> dict[str, Any]:
    """``{"type": "error", "error": {"type", "message"}}``."""
    return {"type": "error", "error": {"type": error_type_for_status(status), "message": message}}
