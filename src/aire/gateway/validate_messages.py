"""Shapes of chat ``messages``: roles, content parts, tool calls (for ``aire.gateway.validate``).

Reference: the ``openai`` SDK's ``types/chat/chat_completion_*_message_param.py`` and
``chat_completion_content_part_*_param.py``. Always checked: what every OpenAI-compatible
server needs to read a message (a known role, content a string or a list of part objects,
the required fields of known part types, tool calls with a function name and string
arguments, a tool message's ``tool_call_id``). Only with ``openai_limits``: OpenAI's own
narrower rules (which part types each role may use, unknown part types, tool call ids).
Unknown keys pass through.
"""

from __future__ import annotations

from typing import Any, NoReturn

from aire.errors import InvalidRequest

__all__ = ["check_messages", "fail", "type_name", "wrong_type"]

ROLES = ("system", "developer", "user", "assistant", "tool", "function")
_ROLE_SET = frozenset(ROLES)
#: part types each role may send (OpenAI); other servers take any known type anywhere
_OPENAI_PARTS: dict[str, frozenset[str]] = {
    "system": frozenset({"text"}),
    "developer": frozenset({"text"}),
    "tool": frozenset({"text"}),
    "user": frozenset({"text", "image_url", "input_audio", "file"}),
    "assistant": frozenset({"text", "refusal"}),
}
_MISSING: Any = object()


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    kind = type(value)
    if kind is bool:
        return "a boolean"
    if kind is int:
        return "an integer"
    if kind is float:
        return "a decimal"
    if kind is str:
        return "a string"
    if kind is list:
        return "an array"
    return "an object"


def fail(message: str, param: str) -> NoReturn:
    raise InvalidRequest(message, param=param)


def wrong_type(param: str, expected: str, value: Any) -> NoReturn:
    fail(
        f"Invalid type for '{param}': expected {expected}, but got {type_name(value)} instead.",
        param,
    )


def _missing(param: str) -> NoReturn:
    fail(f"Missing required parameter: '{param}'.", param)


def _string(obj: dict[str, Any], key: str, param: str, *, required: bool) -> None:
    value = obj.get(key, _MISSING)
    if value is _MISSING or (value is None and required):
        if required:
            _missing(f"{param}.{key}")
        return
    if value is not None and type(value) is not str:
        wrong_type(f"{param}.{key}", "a string", value)


def _object(obj: dict[str, Any], key: str, param: str) -> dict[str, Any]:
    value = obj.get(key, _MISSING)
    if value is _MISSING or value is None:
        _missing(f"{param}.{key}")
    if type(value) is not dict:
        wrong_type(f"{param}.{key}", "an object", value)
    return value


def _part(part: Any, param: str, role: str, openai_limits: bool) -> None:
    if type(part) is not dict:
        wrong_type(param, "an object", part)
    kind = part.get("type", _MISSING)
    if kind is _MISSING:
        _missing(f"{param}.type")
    if type(kind) is not str:
        wrong_type(f"{param}.type", "a string", kind)
    if kind == "text":
        _string(part, "text", param, required=True)
    elif kind == "image_url":
        _string(_object(part, "image_url", param), "url", f"{param}.image_url", required=True)
    elif kind == "input_audio":
        audio = _object(part, "input_audio", param)
        _string(audio, "data", f"{param}.input_audio", required=True)
        _string(audio, "format", f"{param}.input_audio", required=True)
    elif kind == "file":
        _object(part, "file", param)
    elif kind == "refusal":
        _string(part, "refusal", param, required=True)
    elif openai_limits:  # vLLM takes more (video_url, audio_url, image_embeds...)
        fail(
            f"Invalid value: '{kind}'. Supported values are: 'text', 'image_url',"
            " 'input_audio', 'refusal', and 'file'.",
            f"{param}.type",
        )
    if openai_limits and kind not in _OPENAI_PARTS.get(role, frozenset((kind,))):
        allowed = ", ".join(f"'{k}'" for k in sorted(_OPENAI_PARTS[role]))
        fail(
            f"Invalid value: '{kind}'. Supported values for a '{role}' message are: {allowed}.",
            f"{param}.type",
        )


def _tool_calls(calls: Any, param: str, openai_limits: bool) -> None:
    if type(calls) is not list:
        wrong_type(param, "an array", calls)
    for j, call in enumerate(calls):
        where = f"{param}[{j}]"
        if type(call) is not dict:
            wrong_type(where, "an object", call)
        _string(call, "id", where, required=openai_limits)
        kind = call.get("type", "function")
        if kind == "function":
            function = _object(call, "function", where)
            _string(function, "name", f"{where}.function", required=True)
            _string(function, "arguments", f"{where}.function", required=True)
        elif kind == "custom":
            custom = _object(call, "custom", where)
            _string(custom, "name", f"{where}.custom", required=True)
            _string(custom, "input", f"{where}.custom", required=True)
        elif type(kind) is not str:
            wrong_type(f"{where}.type", "a string", kind)
        elif openai_limits:
            fail(
                f"Invalid value: '{kind}'. Supported values are: 'function' and 'custom'.",
                f"{where}.type",
            )


def _extras(message: dict[str, Any], role: str, param: str, openai_limits: bool) -> None:
    """Fields besides role and content: name, tool calls, tool_call_id, refusal."""
    _string(message, "name", param, required=role == "function")
    if role == "tool":
        _string(message, "tool_call_id", param, required=True)
    if role == "assistant":
        calls = message.get("tool_calls")
        if calls is not None:
            _tool_calls(calls, f"{param}.tool_calls", openai_limits)
        _string(message, "refusal", param, required=False)
        call = message.get("function_call")
        if call is not None:
            if type(call) is not dict:
                wrong_type(f"{param}.function_call", "an object", call)
            _string(call, "name", f"{param}.function_call", required=True)
            _string(call, "arguments", f"{param}.function_call", required=True)


def check_messages(messages: Any, openai_limits: bool) -> None:
    """InvalidRequest (param ``messages[i]...``) for the first malformed message."""
    if type(messages) is not list:
        if messages is None:
            _missing("messages")
        wrong_type("messages", "an array", messages)
    if not messages:
        fail(
            "Invalid 'messages': empty array. Expected an array with minimum length 1,"
            " but got an empty array instead.",
            "messages",
        )
    for i, message in enumerate(messages):
        if type(message) is not dict:
            wrong_type(f"messages[{i}]", "an object", message)
        role = message.get("role", _MISSING)
        if type(role) is not str or role not in _ROLE_SET:
            if role is _MISSING:
                _missing(f"messages[{i}].role")
            if type(role) is not str:
                wrong_type(f"messages[{i}].role", "a string", role)
            fail(
                f"Invalid value: '{role[:64]}'. Supported values are: 'system', 'assistant',"
                " 'user', 'function', 'tool', and 'developer'.",
                f"messages[{i}].role",
            )
        content = message.get("content", _MISSING)
        if type(content) is not str:  # the common case is a string: nothing more to see
            if content is _MISSING or content is None:
                # an assistant's tool calls, a function's result may come without content
                if role != "assistant" and role != "function":
                    _missing(f"messages[{i}].content")
            elif type(content) is list:
                for k, part in enumerate(content):
                    _part(part, f"messages[{i}].content[{k}]", role, openai_limits)
            else:
                wrong_type(f"messages[{i}].content", "a string or an array of parts", content)
        # more keys than role and content (or a role with required extras): look at them
        if len(message) > 1 + ("content" in message) or role == "tool" or role == "function":
            _extras(message, role, f"messages[{i}]", openai_limits)
