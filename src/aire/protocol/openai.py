"""OpenAI API request models (the fields aire acts on; other fields are kept, not checked)."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from aire.errors import InvalidRequest

__all__ = [
    "ChatCompletionRequest",
    "ChatMessage",
    "CompletionRequest",
    "EmbeddingRequest",
    "ResponseFormat",
    "Tool",
    "invalid_request",
    "message_text",
    "parse_request",
    "validate_object",
]

R = TypeVar("R", bound=BaseModel)


class _Open(BaseModel):
    # OpenAI adds parameters often; unknown ones are carried, like vLLM does.
    model_config = ConfigDict(extra="allow", frozen=True)


class FunctionCall(_Open):
    name: str
    arguments: str = ""


class ToolCall(_Open):
    id: str = ""
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None


class FunctionDef(_Open):
    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class Tool(_Open):
    type: Literal["function"] = "function"
    function: FunctionDef


class JsonSchemaFormat(_Open):
    name: str = "response"
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    strict: bool | None = None


class ResponseFormat(_Open):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaFormat | None = None


class StreamOptions(_Open):
    include_usage: bool = False


class _Sampling(_Open):
    model: str = Field(min_length=1)
    stream: StrictBool = False
    stream_options: StreamOptions | None = None
    stop: str | list[str] | None = None
    n: int = Field(1, ge=1, le=128)
    seed: int | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, ge=0.0, le=1.0)
    ignore_eos: bool = False  # vLLM extension: generate exactly max_tokens

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else [s for s in self.stop if s]

    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None

    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(_Sampling):
    prompt: str | list[str] | list[int] | list[list[int]]
    max_tokens: int | None = Field(16, ge=1)
    echo: bool = False

    def output_limit(self) -> int | None:
        return self.max_tokens


class EmbeddingRequest(_Open):
    model: str = Field(min_length=1)
    input: str | list[str] | list[int] | list[list[int]]
    dimensions: int | None = Field(None, ge=1)
    encoding_format: Literal["float", "base64"] = "float"


def message_text(content: str | list[dict[str, Any]] | None) -> str:
    """The text of a message content (string or a list of parts; non-text parts skipped)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(
        str(part.get("text", "")) for part in content if part.get("type") in ("text", "input_text")
    )


def parse_request(model: type[R], body: bytes) -> R:
    """Validate a JSON request body; InvalidRequest names the first bad parameter."""
    if not body:
        raise InvalidRequest("request body is empty; expected a JSON object")
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        raise invalid_request(exc) from None


def validate_object(model: type[R], obj: Any) -> R:
    """``parse_request`` for a body that is already decoded JSON."""
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        raise invalid_request(exc) from None


_SCALAR_TAGS = frozenset({"str", "int", "float", "bool", "bytes", "none"})


def _union_tag(part: int | str) -> bool:
    """Is this part of an error location the name of a union member, not a field?
    (``str``, ``list[dict[str, any]]``, ``ToolChoice``: request fields are snake_case.)"""
    return isinstance(part, str) and ("[" in part or part in _SCALAR_TAGS or part[:1].isupper())


def invalid_request(exc: ValidationError) -> InvalidRequest:
    """The InvalidRequest naming the first bad parameter of a pydantic ValidationError."""
    errors = exc.errors(include_url=False)
    err = errors[0]
    loc = [str(p) for p in err["loc"] if not _union_tag(p)]
    for other in errors[1:]:  # another member of the same union that got further in
        other_loc = [str(p) for p in other["loc"] if not _union_tag(p)]
        if len(other_loc) > len(loc) and other_loc[: len(loc)] == loc:
            err, loc = other, other_loc
    param = ".".join(loc) or None
    if err["type"] == "json_invalid":
        return InvalidRequest(f"request body is not valid JSON: {err['msg']}")
    if err["type"] == "model_type" and not loc:
        return InvalidRequest("request body must be a JSON object")
    msg = "field required" if err["type"] == "missing" else str(err["msg"])
    return InvalidRequest(f"{param}: {msg}" if param else msg, param=param)
