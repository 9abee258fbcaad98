"""OpenAI Responses (``POST /v1/responses``) in front of any upstream, without state.

Request: ``instructions`` becomes a leading system message; ``input`` is a string (one user
message) or a list of items: ``message`` items (roles user/assistant/system/developer;
parts ``input_text``, ``output_text``, ``refusal``, ``input_image`` by URL or data URL,
``input_file`` by ``file_data``), ``function_call`` items (merged into the assistant
message before them, as chat ``tool_calls``), ``function_call_output`` items (``tool``
messages); ``reasoning`` items sent back by stateless clients are dropped. Function
``tools`` -> chat function tools; ``tool_choice`` none/auto/required/{type: function};
``parallel_tool_calls``; ``max_output_tokens`` -> ``max_tokens``; ``temperature``,
``top_p``, ``service_tier`` as they are; ``text.format`` json_object/json_schema ->
``response_format``; ``reasoning.effort`` -> ``reasoning_effort``; ``user`` (or else
``safety_identifier``) -> ``user``. ``metadata`` is only repeated in the response.

Ignored hints: ``include``, ``prompt_cache_key``, ``prompt_cache_retention``,
``truncation``, ``stream_options``, ``text.verbosity``, ``reasoning.summary``, and
``store``/``background`` when false. Rejected with a 400 naming the field: conversation
state (``previous_response_id``, ``conversation``, ``prompt``, ``store: true``,
``background: true``, ``item_reference`` items), built-in tools (web search, file search,
code interpreter, MCP, ...), files by id or URL, and any other field. Responses are never
stored: ``store`` is false in every answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from aire.gateway.inbound.base import Dialect
from aire.gateway.inbound.chat import Completion, invalid
from aire.gateway.inbound.responses_output import (
    function_call_item,
    message_item,
    response_object,
    status_of,
    text_part,
    usage_object,
)
from aire.gateway.inbound.responses_stream import ResponsesStream
from aire.protocol.openai import validate_object
from aire.protocol.openai_responses import ResponsesRequest

__all__ = ["DIALECT", "OpenAIResponses"]

_TRANSLATED = frozenset(ResponsesRequest.model_fields)
_IGNORED = frozenset(
    {"include", "prompt_cache_key", "prompt_cache_retention", "stream_options", "background"}
)
_STATEFUL = ("previous_response_id", "conversation", "prompt")
_NO_STATE = "aire keeps no conversation state: send the whole conversation in `input`"
_ROLES = {"user": "user", "assistant": "assistant", "system": "system", "developer": "system"}
_ERROR_TYPES = {401: "authentication_error", 403: "permission_error", 429: "rate_limit_error"}


def _string(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise invalid(f"{where}.{key}", "must be a non-empty string")
    return value


def _parts(content: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(content, list):
        raise invalid(where, "must be a string or a list of content parts")
    for i, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise invalid(f"{where}.{i}", "must be a content part object with a type")
    return content


def _text(part: dict[str, Any], key: str, where: str) -> str:
    text = part.get(key)
    if not isinstance(text, str):
        raise invalid(f"{where}.{key}", "must be a string")
    return text


def _user_part(part: dict[str, Any], where: str) -> dict[str, Any]:
    kind = part["type"]
    if kind == "input_text":
        return {"type": "text", "text": _text(part, "text", where)}
    if kind == "input_image":
        if not isinstance(part.get("image_url"), str):
            raise invalid(f"{where}.image_url", "an image URL or data URL is required (no file_id)")
        image: dict[str, Any] = {"url": part["image_url"]}
        if part.get("detail") in ("low", "high", "auto"):
            image["detail"] = part["detail"]
        return {"type": "image_url", "image_url": image}
    if kind == "input_file":
        if not isinstance(part.get("file_data"), str):
            raise invalid(f"{where}.file_data", "file_data is required (no file_id or file_url)")
        file = {"file_data": part["file_data"]}
        if isinstance(part.get("filename"), str):
            file["filename"] = part["filename"]
        return {"type": "file", "file": file}
    raise invalid(f"{where}.type", f"content part {kind!r} cannot be translated here")


def _message(item: dict[str, Any], where: str, out: list[dict[str, Any]]) -> None:
    given = item.get("role")
    role = _ROLES.get(given) if isinstance(given, str) else None
    if role is None:
        raise invalid(f"{where}.role", "must be user, assistant, system or developer")
    content = item.get("content")
    if isinstance(content, str):
        out.append({"role": role, "content": content})
        return
    parts = _parts(content, f"{where}.content")
    if role == "user":
        chat_parts = [_user_part(p, f"{where}.content.{i}") for i, p in enumerate(parts)]
        if len(chat_parts) == 1 and chat_parts[0]["type"] == "text":
            out.append({"role": "user", "content": chat_parts[0]["text"]})
        else:
            out.append({"role": "user", "content": chat_parts})
        return
    allowed = ("output_text", "input_text", "refusal") if role == "assistant" else ("input_text",)
    texts = []
    for i, part in enumerate(parts):
        at = f"{where}.content.{i}"
        if part["type"] not in allowed:
            raise invalid(f"{at}.type", f"content part {part['type']!r} cannot be translated here")
        texts.append(_text(part, "refusal" if part["type"] == "refusal" else "text", at))
    out.append(
        {"role": role, "content": "".join(texts) if role == "assistant" else "\n".join(texts)}
    )


def _function_call(item: dict[str, Any], where: str, out: list[dict[str, Any]]) -> None:
    arguments = item.get("arguments")
    if not isinstance(arguments, str):
        raise invalid(f"{where}.arguments", "must be a JSON string")
    call = {
        "id": _string(item, "call_id", where),
        "type": "function",
        "function": {"name": _string(item, "name", where), "arguments": arguments},
    }
    last = out[-1] if out else None
    if last is not None and last["role"] == "assistant":  # one turn: its text and its calls
        last.setdefault("tool_calls", []).append(call)
    else:
        out.append({"role": "assistant", "content": None, "tool_calls": [call]})


def _function_output(item: dict[str, Any], where: str) -> dict[str, Any]:
    output = item.get("output")
    if not isinstance(output, str):
        texts = []
        for i, part in enumerate(_parts(output, f"{where}.output")):
            if part["type"] != "input_text":
                raise invalid(f"{where}.output.{i}.type", "only input_text parts can be translated")
            texts.append(_text(part, "text", f"{where}.output.{i}"))
        output = "\n".join(texts)
    return {"role": "tool", "tool_call_id": _string(item, "call_id", where), "content": output}


def _input(items: list[dict[str, Any]], out: list[dict[str, Any]]) -> None:
    for i, item in enumerate(items):
        where = f"input.{i}"
        kind = item.get("type", "message" if "role" in item else None)
        if kind == "message":
            _message(item, where, out)
        elif kind == "function_call":
            _function_call(item, where, out)
        elif kind == "function_call_output":
            out.append(_function_output(item, where))
        elif kind == "item_reference":
            raise invalid(f"{where}.type", _NO_STATE)
        elif kind != "reasoning":  # reasoning items of earlier turns: model-internal, dropped
            raise invalid(f"{where}.type", f"input item {kind!r} cannot be translated")


def _tools(tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for i, tool in enumerate(tools):
        kind = tool.get("type")
        if kind != "function":
            raise invalid(f"tools.{i}.type", f"built-in tool {kind!r} cannot be translated")
        fn: dict[str, Any] = {"name": _string(tool, "name", f"tools.{i}")}
        for key, kinds in (("description", str), ("parameters", dict), ("strict", bool)):
            value = tool.get(key)
            if value is not None:
                if not isinstance(value, kinds):
                    raise invalid(f"tools.{i}.{key}", f"must be a {kinds.__name__}")
                fn[key] = value
        out.append({"type": "function", "function": fn})
    return out


def _tool_choice(choice: str | dict[str, Any], has_tools: bool) -> str | dict[str, Any] | None:
    """The chat tool_choice; None when there is nothing to choose from (chat upstreams
    refuse a tool_choice without tools)."""
    if isinstance(choice, str):
        if choice == "required" and not has_tools:
            raise invalid("tool_choice", "'required' needs tools")
        return choice if has_tools else None
    if choice.get("type") != "function":
        raise invalid(
            "tool_choice.type", f"tool choice {choice.get('type')!r} cannot be translated"
        )
    if not has_tools:
        raise invalid("tool_choice", "a function choice needs tools")
    return {"type": "function", "function": {"name": _string(choice, "name", "tool_choice")}}


def _response_format(req: ResponsesRequest) -> dict[str, Any] | None:
    fmt = req.text.format if req.text is not None else None
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_object":
        return {"type": "json_object"}
    if fmt.name is None:
        raise invalid("text.format.name", "field required")
    if fmt.schema_ is None:
        raise invalid("text.format.schema", "field required")
    schema: dict[str, Any] = {"name": fmt.name, "schema": fmt.schema_}
    if fmt.strict is not None:
        schema["strict"] = fmt.strict
    if fmt.description is not None:
        schema["description"] = fmt.description
    return {"type": "json_schema", "json_schema": schema}


class OpenAIResponses:
    name = "openai_responses"
    request_id_header = b"x-request-id"

    def to_chat(self, body: dict[str, Any]) -> dict[str, Any]:
        for key in _STATEFUL:
            if body.get(key) is not None:
                raise invalid(key, _NO_STATE)
        for key in ("store", "background"):
            if body.get(key) is True:
                raise invalid(
                    key, _NO_STATE if key == "store" else "background responses need state"
                )
        for key in body:
            if key not in _TRANSLATED and key not in _IGNORED:
                raise invalid(key, "this parameter cannot be translated for the upstream")
        req = validate_object(ResponsesRequest, body)
        messages: list[dict[str, Any]] = []
        if req.instructions:
            messages.append({"role": "system", "content": req.instructions})
        if isinstance(req.input, str):
            messages.append({"role": "user", "content": req.input})
        else:
            _input(req.input, messages)
        if not messages:
            raise invalid("input", "must hold at least one message")
        chat: dict[str, Any] = {"model": req.model, "messages": messages}
        if req.stream:
            chat["stream"] = True
            chat["stream_options"] = {"include_usage": True}
        for key, value in (
            ("max_tokens", req.max_output_tokens),
            ("temperature", req.temperature),
            ("top_p", req.top_p),
            ("parallel_tool_calls", req.parallel_tool_calls if req.tools else None),
            ("service_tier", req.service_tier),
            ("user", req.user or req.safety_identifier),
            ("reasoning_effort", req.reasoning.effort if req.reasoning else None),
            ("response_format", _response_format(req)),
        ):
            if value is not None:
                chat[key] = value
        if req.tools:
            chat["tools"] = _tools(req.tools)
        if req.tool_choice is not None:
            choice = _tool_choice(req.tool_choice, bool(req.tools))
            if choice is not None:
                chat["tool_choice"] = choice
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
        status, details = status_of(answer.finish_reason)
        output: list[dict[str, Any]] = []
        if answer.text or answer.refusal:
            parts = [text_part("output_text", answer.text)] if answer.text else []
            if answer.refusal:
                parts.append(text_part("refusal", answer.refusal))
            output.append(message_item(f"msg_{request_id}_0", status, parts))
        for call in answer.tool_calls:
            n = len(output)
            call_id = call.id or f"call_{request_id}_{n}"
            output.append(
                function_call_item(
                    f"fc_{request_id}_{n}", call_id, call.name, call.arguments, status
                )
            )
        body = response_object(
            f"resp_{request_id}",
            model,
            request,
            status=status,
            output=output,
            usage=usage_object(answer.usage),
            incomplete_details=details,
        )
        return orjson.dumps(body)

    def stream(
        self,
        *,
        model: str,
        request_id: str,
        input_tokens_estimate: int,
        request: Mapping[str, Any] | None = None,
    ) -> ResponsesStream:
        return ResponsesStream(
            model=model,
            request_id=request_id,
            input_tokens_estimate=input_tokens_estimate,
            request=request,
        )

    def error_body(self, status: int, code: str, message: str, param: str | None) -> bytes:
        if status in _ERROR_TYPES:
            kind = _ERROR_TYPES[status]
        elif status >= 502:
            kind = "upstream_error"  # as the gateway's chat endpoints say it
        else:
            kind = "server_error" if status >= 500 else "invalid_request_error"
        return orjson.dumps(
            {"error": {"message": message, "type": kind, "param": param, "code": code}}
        )


DIALECT: Dialect = OpenAIResponses()
