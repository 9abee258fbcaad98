"""Anthropic Messages (``POST /v1/messages``) in front of any upstream.

Request: ``system`` (string or text blocks) becomes a system message; user blocks map to
chat content parts (``text``; ``image`` base64 or URL -> ``image_url``; ``document``
base64 PDF -> ``file``, plain-text source -> text), ``tool_result`` blocks become ``tool``
messages placed before the rest of their user turn (``is_error`` prefixes the content with
``[tool error]``, as the chat format has no flag); assistant ``text`` + ``tool_use`` blocks
become one assistant message with ``tool_calls``. ``tools`` -> function tools (``strict``
kept), ``tool_choice`` auto/any/tool/none -> auto/required/function/none and
``disable_parallel_tool_use`` -> ``parallel_tool_calls: false``; ``stop_sequences`` ->
``stop``; ``temperature``, ``top_p``, ``max_tokens`` as they are; ``metadata.user_id`` ->
``user``; ``output_config.format`` (json_schema) -> a strict ``json_schema``
``response_format``.

Ignored hints: ``top_k`` (no chat equivalent), ``thinking`` (no thinking blocks come
back), ``output_config.effort``, ``service_tier``, ``speed``, ``inference_geo``,
``diagnostics``, ``cache_control`` anywhere, ``citations`` and ``context``/``title`` of
documents; ``thinking``/``redacted_thinking`` blocks of earlier assistant turns are
dropped. Anything else (server tools such as web search, ``mcp_servers``, ``container``,
image/document sources from the Files API, unknown fields or block types) is a 400 naming
the field. Answers: ``stop_sequence`` is always null, since the chat format does not say
which stop sequence matched. A final assistant message (Anthropic's prefill) is passed
as a trailing assistant message: whether the model continues it depends on the upstream.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from aire.errors import UpstreamProtocolError
from aire.gateway.inbound.anthropic_stream import AnthropicStream, stop_reason, usage_fields
from aire.gateway.inbound.base import Dialect
from aire.gateway.inbound.chat import Completion, invalid
from aire.protocol.anthropic import MessagesRequest, error_type_for_status
from aire.protocol.openai import validate_object

__all__ = ["DIALECT", "AnthropicMessages"]

_TRANSLATED = frozenset(
    {
        "model",
        "max_tokens",
        "messages",
        "system",
        "stop_sequences",
        "stream",
        "temperature",
        "top_p",
        "metadata",
        "tools",
        "tool_choice",
        "output_config",
    }
)
_IGNORED = frozenset(
    {"top_k", "thinking", "service_tier", "speed", "inference_geo", "diagnostics", "cache_control"}
)
_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
_TOOL_CHOICES = {"auto": "auto", "any": "required", "none": "none"}


def _text_of(block: dict[str, Any], where: str) -> str:
    text = block.get("text")
    if not isinstance(text, str):
        raise invalid(f"{where}.text", "must be a string")
    return text


def _blocks(content: Any, where: str) -> list[dict[str, Any]]:
    """A content list whose items are objects with a string ``type``."""
    if not isinstance(content, list):
        raise invalid(where, "must be a string or a list of content blocks")
    for i, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise invalid(f"{where}.{i}", "must be a content block object with a type")
    return content


def _source(block: dict[str, Any], where: str) -> dict[str, Any]:
    source = block.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("type"), str):
        raise invalid(f"{where}.source", "must be an object with a type")
    return source


def _string(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise invalid(f"{where}.{key}", "must be a non-empty string")
    return value


def _image(block: dict[str, Any], where: str) -> dict[str, Any]:
    source = _source(block, where)
    kind = source["type"]
    if kind == "base64":
        media = _string(source, "media_type", f"{where}.source")
        if media not in _IMAGE_TYPES:
            raise invalid(f"{where}.source.media_type", f"unsupported image type {media!r}")
        url = f"data:{media};base64,{_string(source, 'data', f'{where}.source')}"
    elif kind == "url":
        url = _string(source, "url", f"{where}.source")
    else:
        raise invalid(f"{where}.source.type", f"image source {kind!r} cannot be translated")
    return {"type": "image_url", "image_url": {"url": url}}


def _document(block: dict[str, Any], where: str) -> dict[str, Any]:
    source = _source(block, where)
    kind = source["type"]
    if kind == "base64" and source.get("media_type") == "application/pdf":
        data = _string(source, "data", f"{where}.source")
        title = block.get("title")
        return {
            "type": "file",
            "file": {
                "file_data": f"data:application/pdf;base64,{data}",
                "filename": title if isinstance(title, str) and title else "document.pdf",
            },
        }
    if kind == "text":
        return {"type": "text", "text": _string(source, "data", f"{where}.source")}
    raise invalid(f"{where}.source.type", f"document source {kind!r} cannot be translated")


def _tool_result(block: dict[str, Any], where: str) -> dict[str, Any]:
    call_id = _string(block, "tool_use_id", where)
    content = block.get("content", "")
    if isinstance(content, str):
        text = content
    else:
        parts = []
        for i, item in enumerate(_blocks(content, f"{where}.content")):
            if item["type"] != "text":
                raise invalid(
                    f"{where}.content.{i}.type",
                    f"{item['type']!r} in a tool result cannot be translated (text only)",
                )
            parts.append(_text_of(item, f"{where}.content.{i}"))
        text = "\n".join(parts)
    if block.get("is_error") is True:
        text = f"[tool error] {text}"
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def _user(content: list[dict[str, Any]], where: str, out: list[dict[str, Any]]) -> None:
    parts: list[dict[str, Any]] = []
    for i, block in enumerate(content):
        kind, at = block["type"], f"{where}.{i}"
        if kind == "text":
            parts.append({"type": "text", "text": _text_of(block, at)})
        elif kind == "image":
            parts.append(_image(block, at))
        elif kind == "document":
            parts.append(_document(block, at))
        elif kind == "tool_result":
            out.append(_tool_result(block, at))  # tool messages must follow the tool calls
        elif kind in ("thinking", "redacted_thinking", "tool_use"):
            raise invalid(f"{at}.type", f"{kind!r} blocks belong in assistant messages")
        else:
            raise invalid(f"{at}.type", f"content block {kind!r} cannot be translated")
    if len(parts) == 1 and parts[0]["type"] == "text":
        out.append({"role": "user", "content": parts[0]["text"]})
    elif parts:
        out.append({"role": "user", "content": parts})


def _assistant(content: list[dict[str, Any]], where: str, out: list[dict[str, Any]]) -> None:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for i, block in enumerate(content):
        kind, at = block["type"], f"{where}.{i}"
        if kind == "text":
            texts.append(_text_of(block, at))
        elif kind == "tool_use":
            args = block.get("input")
            if not isinstance(args, dict):
                raise invalid(f"{at}.input", "must be an object")
            calls.append(
                {
                    "id": _string(block, "id", at),
                    "type": "function",
                    "function": {
                        "name": _string(block, "name", at),
                        "arguments": orjson.dumps(args).decode(),
                    },
                }
            )
        elif kind not in ("thinking", "redacted_thinking"):
            raise invalid(f"{at}.type", f"content block {kind!r} cannot be translated")
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if calls:
        message["tool_calls"] = calls
    elif message["content"] is None:
        message["content"] = ""
    out.append(message)


def _system(system: Any) -> str:
    if isinstance(system, str):
        return system
    texts = []
    for i, block in enumerate(_blocks(system, "system")):
        if block["type"] != "text":
            raise invalid(f"system.{i}.type", "system blocks must be text")
        texts.append(_text_of(block, f"system.{i}"))
    return "\n\n".join(t for t in texts if t)


def _tools(tools: list[Any]) -> list[dict[str, Any]]:
    out = []
    for i, tool in enumerate(tools):
        kind = tool.get("type")
        if kind not in (None, "custom"):
            raise invalid(f"tools.{i}.type", f"server tool {kind!r} cannot be translated")
        schema = tool.get("input_schema")
        if not isinstance(schema, dict):
            raise invalid(f"tools.{i}.input_schema", "must be a JSON schema object")
        fn: dict[str, Any] = {"name": tool["name"], "parameters": schema}
        if isinstance(tool.get("description"), str):
            fn["description"] = tool["description"]
        if isinstance(tool.get("strict"), bool):
            fn["strict"] = tool["strict"]
        out.append({"type": "function", "function": fn})
    return out


def _output_format(config: Any) -> dict[str, Any] | None:
    if not isinstance(config, dict):
        raise invalid("output_config", "must be an object")
    fmt = config.get("format")
    if fmt is None:
        return None
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema":
        raise invalid("output_config.format.type", "must be 'json_schema'")
    schema = fmt.get("schema")
    if not isinstance(schema, dict):
        raise invalid("output_config.format.schema", "must be a JSON schema object")
    return {
        "type": "json_schema",
        "json_schema": {"name": "output", "schema": schema, "strict": True},
    }


class AnthropicMessages:
    name = "anthropic_messages"
    request_id_header = b"request-id"

    def to_chat(self, body: dict[str, Any]) -> dict[str, Any]:
        for key in body:
            if key not in _TRANSLATED and key not in _IGNORED:
                raise invalid(key, "this parameter cannot be translated for the upstream")
        req = validate_object(MessagesRequest, body)
        messages: list[dict[str, Any]] = []
        if req.system is not None:
            system = _system(req.system)
            if system:
                messages.append({"role": "system", "content": system})
        last = len(req.messages) - 1
        for i, m in enumerate(req.messages):
            if not m.content and not (i == last and m.role == "assistant"):
                raise invalid(f"messages.{i}.content", "must not be empty")
            if isinstance(m.content, str):
                messages.append({"role": m.role, "content": m.content})
            elif m.role == "user":
                _user(
                    _blocks(m.content, f"messages.{i}.content"), f"messages.{i}.content", messages
                )
            else:
                _assistant(
                    _blocks(m.content, f"messages.{i}.content"), f"messages.{i}.content", messages
                )
        chat: dict[str, Any] = {
            "model": req.model,
            "messages": messages,
            "max_tokens": req.max_tokens,
        }
        if req.stream:
            chat["stream"] = True
            chat["stream_options"] = {"include_usage": True}
        if req.stop_sequences:
            chat["stop"] = list(req.stop_sequences)
        if req.temperature is not None:
            chat["temperature"] = req.temperature
        if req.top_p is not None:
            chat["top_p"] = req.top_p
        if req.metadata is not None and req.metadata.user_id:
            chat["user"] = req.metadata.user_id
        if req.tools:
            chat["tools"] = _tools(body["tools"])
        choice = req.tool_choice
        if choice is not None:
            if choice.type in ("any", "tool") and not req.tools:
                raise invalid("tool_choice", f"type {choice.type!r} needs tools")
            if choice.type == "tool":
                if not choice.name:
                    raise invalid("tool_choice.name", "required for type 'tool'")
                chat["tool_choice"] = {"type": "function", "function": {"name": choice.name}}
            elif req.tools:
                chat["tool_choice"] = _TOOL_CHOICES[choice.type]
            if choice.disable_parallel_tool_use and req.tools:
                chat["parallel_tool_calls"] = False
        if "output_config" in body:
            fmt = _output_format(body["output_config"])
            if fmt is not None:
                chat["response_format"] = fmt
        return chat

    def render(
        self,
        chat_body: bytes,
        *,
        model: str,
        request_id: str,
        request: Mapping[str, Any] | None = None,
    ) -> bytes:
        answer = Completion(chat_body)
        content: list[dict[str, Any]] = []
        text = answer.text or answer.refusal
        if text:
            content.append({"type": "text", "text": text})
        for n, call in enumerate(answer.tool_calls):
            try:
                args = orjson.loads(call.arguments or "{}")
            except orjson.JSONDecodeError:
                args = None
            if not isinstance(args, dict):
                raise UpstreamProtocolError(
                    "the upstream model's tool call arguments are not a JSON object"
                )
            content.append(
                {
                    "type": "tool_use",
                    "id": call.id or f"toolu_{request_id}_{n}",
                    "name": call.name,
                    "input": args,
                }
            )
        u = answer.usage
        body = {
            "id": f"msg_{request_id}",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": content,
            "stop_reason": stop_reason(
                answer.finish_reason, bool(answer.refusal and not answer.text)
            ),
            "stop_sequence": None,
            "usage": usage_fields(u.input, u.output, u.cached) if u else usage_fields(0, 0, 0),
        }
        return orjson.dumps(body)

    def stream(
        self,
        *,
        model: str,
        request_id: str,
        input_tokens_estimate: int,
        request: Mapping[str, Any] | None = None,
    ) -> AnthropicStream:
        return AnthropicStream(
            model=model, request_id=request_id, input_tokens_estimate=input_tokens_estimate
        )

    def error_body(self, status: int, code: str, message: str, param: str | None) -> bytes:
        error: dict[str, Any] = {"type": error_type_for_status(status), "message": message}
        error["code"] = code  # aire's stable code, beside Anthropic's own fields
        if param is not None:
            error["param"] = param
        return orjson.dumps({"type": "error", "error": error})


DIALECT: Dialect = AnthropicMessages()
