"""Request shapes checked at the edge, so that a client's malformed request never reaches
(and never fails) an upstream, nor counts against a deployment.

``validate_request(endpoint, body, openai_limits=...)`` raises ``InvalidRequest`` with an
OpenAI-style message and ``param`` path (``messages[2].role``) for the first problem:

- always: types of the known fields (numbers, integers, booleans, ``stop``, ``tools``,
  ``tool_choice``, ``response_format``, ``logit_bias``, ``user``...), message shapes
  (``aire.gateway.validate_messages``), ``prompt``/``input`` shapes, and the combinations
  OpenAI and vLLM both answer 400: ``stream_options`` without ``stream: true``,
  ``tool_choice`` ``"required"`` or a named tool without ``tools`` (or naming a tool that
  is not there), ``top_logprobs`` without ``logprobs: true``, and a ``response_format``
  or tool ``parameters`` that is not a valid JSON Schema;
- only with ``openai_limits`` (an upstream at api.openai.com): OpenAI's numeric limits
  (at most 4 ``stop`` strings, ``n`` <= 128, ``temperature`` <= 2, ``top_logprobs`` <= 20,
  128 tools, the function-name pattern, ...), which vLLM and Ollama do not share.

Unknown fields always pass through. The reference for shapes is the ``openai`` SDK's
``types/chat/completion_create_params.py``, ``types/completion_create_params.py`` and
``types/embedding_create_params.py``. Hand-written rather than pydantic models: see
benchmarks/gateway/validate_bench.py (a typical 3-message chat in a few microseconds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aire.gateway.schema_check import schema_problem
from aire.gateway.validate_messages import check_messages, fail, type_name, wrong_type

__all__ = ["validate_request"]

_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")


def _number(param: str, value: Any, low: float, high: float, limits: bool) -> None:
    kind = type(value)
    if kind is not float and kind is not int:
        if value is None:
            return
        wrong_type(param, "a decimal", value)
    if limits and not low <= value <= high:
        side, bound = "below minimum", f">= {low:g}"
        if value > high:
            side, bound = "above maximum", f"<= {high:g}"
        fail(
            f"Invalid '{param}': decimal {side} value. Expected a value {bound},"
            f" but got {value} instead.",
            param,
        )


def _integer(param: str, value: Any, low: int | None, high: int | None, limits: bool) -> None:
    if type(value) is not int:
        if value is None:
            return
        wrong_type(param, "an integer", value)
    if limits and ((low is not None and value < low) or (high is not None and value > high)):
        side, bound = "above maximum", f"<= {high}"
        if low is not None and value < low:
            side, bound = "below minimum", f">= {low}"
        fail(
            f"Invalid '{param}': integer {side} value. Expected a value {bound},"
            f" but got {value} instead.",
            param,
        )


def _boolean(param: str, value: Any) -> None:
    if value is not None and type(value) is not bool:
        wrong_type(param, "a boolean", value)


def _object(param: str, value: Any) -> None:
    if value is not None and type(value) is not dict:
        wrong_type(param, "an object", value)


def _string(param: str, value: Any) -> None:
    if value is not None and type(value) is not str:
        wrong_type(param, "a string", value)


def _stop(value: Any, limits: bool) -> None:
    if value is None or type(value) is str:
        return
    if type(value) is not list:
        wrong_type("stop", "a string or an array of strings", value)
    for i, item in enumerate(value):
        if type(item) is not str:
            wrong_type(f"stop[{i}]", "a string", item)
    if limits and len(value) > 4:
        fail(
            "Invalid 'stop': array too long. Expected an array with maximum length 4,"
            f" but got an array with length {len(value)} instead.",
            "stop",
        )


def _logit_bias(value: Any, limits: bool) -> None:
    if value is None:
        return
    if type(value) is not dict:
        wrong_type("logit_bias", "an object", value)
    for token, bias in value.items():
        kind = type(bias)
        if kind is not int and kind is not float:
            wrong_type(f"logit_bias.{token}", "a number", bias)
        if limits and (not token.isdigit() or not -100 <= bias <= 100):
            fail(
                f"Invalid 'logit_bias': token '{token[:32]}' needs a token id as key and a"
                " bias from -100 to 100.",
                "logit_bias",
            )


def _tools(value: Any, limits: bool) -> None:
    if value is None:
        return
    if type(value) is not list:
        wrong_type("tools", "an array", value)
    if limits and len(value) > 128:
        fail(
            "Invalid 'tools': array too long. Expected an array with maximum length 128,"
            f" but got an array with length {len(value)} instead.",
            "tools",
        )
    for i, tool in enumerate(value):
        param = f"tools[{i}]"
        if type(tool) is not dict:
            wrong_type(param, "an object", tool)
        kind = tool.get("type", "function")
        if kind == "custom":
            custom = tool.get("custom")
            if type(custom) is not dict or type(custom.get("name")) is not str:
                fail(f"Missing required parameter: '{param}.custom.name'.", f"{param}.custom.name")
            continue
        if kind != "function":
            if type(kind) is not str or limits:
                fail(f"Invalid value for '{param}.type': {str(kind)[:32]!r}.", f"{param}.type")
            continue
        function = tool.get("function")
        if type(function) is not dict:
            if function is None:
                fail(f"Missing required parameter: '{param}.function'.", f"{param}.function")
            wrong_type(f"{param}.function", "an object", function)
        name = function.get("name")
        if type(name) is not str or not name:
            if name is None:
                fail(
                    f"Missing required parameter: '{param}.function.name'.",
                    f"{param}.function.name",
                )
            wrong_type(f"{param}.function.name", "a non-empty string", name)
        if limits and _NAME.fullmatch(name) is None:
            fail(
                f"Invalid '{param}.function.name': string does not match pattern. Expected a"
                " string that matches the pattern '^[a-zA-Z0-9_-]{1,64}$'.",
                f"{param}.function.name",
            )
        _string(f"{param}.function.description", function.get("description"))
        _boolean(f"{param}.function.strict", function.get("strict"))
        parameters = function.get("parameters")
        if parameters is not None:
            if type(parameters) is not dict:
                wrong_type(f"{param}.function.parameters", "an object", parameters)
            problem = schema_problem(parameters)
            if problem is not None:
                fail(
                    f"Invalid schema for function '{name}': {problem}.",
                    f"{param}.function.parameters",
                )


def _tool_names(tools: Any) -> set[str]:
    return {
        t["function"].get("name")
        for t in tools
        if type(t) is dict
        and t.get("type", "function") == "function"
        and type(t.get("function")) is dict
    }


def _tool_choice(value: Any, body: dict[str, Any]) -> None:
    if value is None or value == "none" or value == "auto":
        return
    tools = body.get("tools")
    if value == "required" or type(value) is dict:
        if not tools:
            fail(
                "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools'"
                " are specified.",
                "tool_choice",
            )
        if type(value) is dict and value.get("type", "function") == "function":
            function = value.get("function")
            name = function.get("name") if type(function) is dict else None
            if type(name) is not str:
                fail("Missing required parameter: 'tool_choice.function.name'.",
                     "tool_choice.function.name")  # fmt: skip
            if name not in _tool_names(tools):
                fail(
                    f"Invalid value for 'tool_choice': no function named '{name[:64]}' is"
                    " specified in 'tools'.",
                    "tool_choice.function.name",
                )
        return
    if type(value) is not str:
        wrong_type("tool_choice", "a string or an object", value)
    fail(
        f"Invalid value: '{value[:32]}'. Supported values are: 'none', 'auto', and 'required'.",
        "tool_choice",
    )


def _response_format(value: Any, limits: bool) -> None:
    if value is None:
        return
    if type(value) is not dict:
        wrong_type("response_format", "an object", value)
    kind = value.get("type")
    if kind == "text" or kind == "json_object":
        return
    if kind == "json_schema":
        spec = value.get("json_schema")
        if type(spec) is not dict:
            if spec is None:
                fail("Missing required parameter: 'response_format.json_schema'.",
                     "response_format.json_schema")  # fmt: skip
            wrong_type("response_format.json_schema", "an object", spec)
        name = spec.get("name")
        if type(name) is not str:
            if name is None:
                fail("Missing required parameter: 'response_format.json_schema.name'.",
                     "response_format.json_schema.name")  # fmt: skip
            wrong_type("response_format.json_schema.name", "a string", name)
        if limits and _NAME.fullmatch(name) is None:
            fail(
                "Invalid 'response_format.json_schema.name': string does not match pattern."
                " Expected a string that matches the pattern '^[a-zA-Z0-9_-]{1,64}$'.",
                "response_format.json_schema.name",
            )
        _boolean("response_format.json_schema.strict", spec.get("strict"))
        schema = spec.get("schema")
        if schema is not None:
            problem = schema_problem(schema)
            if problem is not None:
                fail(
                    f"Invalid schema for response_format '{name[:64]}': {problem}.",
                    "response_format.json_schema.schema",
                )
        return
    if type(kind) is not str:
        if kind is None:
            fail("Missing required parameter: 'response_format.type'.", "response_format.type")
        wrong_type("response_format.type", "a string", kind)
    if limits:  # vLLM has more ("structural_tag")
        fail(
            f"Invalid value: '{kind[:32]}'. Supported values are: 'text', 'json_object',"
            " and 'json_schema'.",
            "response_format.type",
        )


def _tokens(param: str, value: Any, *, required: bool, limits: bool) -> None:
    """``prompt`` / ``input``: a string, strings, token ids, or lists of token ids."""
    if type(value) is str:
        if limits and not value and param == "input":
            fail("Invalid 'input': empty string.", param)
        return
    if value is None:
        if required:
            fail(f"Missing required parameter: '{param}'.", param)
        return
    if type(value) is not list:
        wrong_type(param, "a string or an array", value)
    if limits and param == "input" and not 0 < len(value) <= 2048:
        fail(f"Invalid 'input': expected an array of 1 to 2048 items, got {len(value)}.", param)
    if not value:
        return
    first = type(value[0])
    for i, item in enumerate(value):
        kind = type(item)
        if kind is not first or kind not in (str, int, list):
            fail(
                f"Invalid '{param}': expected a string, an array of strings, of token ids"
                f" (integers) or of arrays of token ids; item {i} is {type_name(item)}.",
                f"{param}[{i}]",
            )
        if kind is int and item < 0:
            fail(f"Invalid '{param}[{i}]': a token id is not negative.", f"{param}[{i}]")
        if kind is list and not all(type(t) is int and t >= 0 for t in item):
            fail(f"Invalid '{param}[{i}]': expected an array of token ids.", f"{param}[{i}]")


Check = Callable[[Any, bool], None]


def _num(low: float, high: float, name: str) -> Check:
    return lambda value, limits: _number(name, value, low, high, limits)


def _int(low: int | None, high: int | None, name: str) -> Check:
    return lambda value, limits: _integer(name, value, low, high, limits)


_SAMPLING: dict[str, Check] = {
    "model": lambda v, _: _string("model", v),
    "temperature": _num(0, 2, "temperature"),
    "top_p": _num(0, 1, "top_p"),
    "frequency_penalty": _num(-2, 2, "frequency_penalty"),
    "presence_penalty": _num(-2, 2, "presence_penalty"),
    "n": _int(1, 128, "n"),
    "max_tokens": _int(1, None, "max_tokens"),
    "seed": _int(-(2**63), 2**63 - 1, "seed"),
    "stop": _stop,
    "stream": lambda v, _: _boolean("stream", v),
    "stream_options": lambda v, _: _object("stream_options", v),
    "logit_bias": _logit_bias,
    "user": lambda v, _: _string("user", v),
}
_CHAT: dict[str, Check] = {
    **_SAMPLING,
    "max_completion_tokens": _int(1, None, "max_completion_tokens"),
    "logprobs": lambda v, _: _boolean("logprobs", v),
    "top_logprobs": _int(0, 20, "top_logprobs"),
    "parallel_tool_calls": lambda v, _: _boolean("parallel_tool_calls", v),
    "tools": _tools,
    "response_format": _response_format,
}
_COMPLETIONS: dict[str, Check] = {
    **_SAMPLING,
    "echo": lambda v, _: _boolean("echo", v),
    "best_of": _int(1, 20, "best_of"),
    "logprobs": _int(0, 5, "logprobs"),
    "suffix": lambda v, _: _string("suffix", v),
}
_EMBEDDINGS: dict[str, Check] = {
    "model": lambda v, _: _string("model", v),
    "dimensions": _int(1, None, "dimensions"),
    "user": lambda v, _: _string("user", v),
}


def _checked(body: dict[str, Any], checks: dict[str, Check], limits: bool) -> None:
    for key, value in body.items():
        check = checks.get(key)
        if check is not None:
            check(value, limits)


def _streaming(body: dict[str, Any]) -> None:
    if body.get("stream_options") is not None and body.get("stream") is not True:
        fail(
            "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
            "stream_options",
        )


def validate_request(endpoint: str, body: dict[str, Any], *, openai_limits: bool) -> None:
    """Raise ``InvalidRequest`` (with ``param``) for the first malformed part of ``body``,
    a parsed JSON object sent to ``endpoint`` (``chat``, ``completions``, ``embeddings``;
    other endpoints are not checked)."""
    if endpoint == "chat":
        check_messages(body.get("messages"), openai_limits)
        _checked(body, _CHAT, openai_limits)
        _streaming(body)
        _tool_choice(body.get("tool_choice"), body)
        if body.get("top_logprobs") is not None and body.get("logprobs") is not True:
            fail("Invalid value for 'top_logprobs': 'logprobs' must be set to true.",
                 "top_logprobs")  # fmt: skip
    elif endpoint == "completions":
        _tokens("prompt", body.get("prompt"), required=False, limits=openai_limits)
        _checked(body, _COMPLETIONS, openai_limits)
        _streaming(body)
    elif endpoint == "embeddings":
        _tokens("input", body.get("input"), required=True, limits=openai_limits)
        _checked(body, _EMBEDDINGS, openai_limits)
        encoding = body.get("encoding_format")
        if encoding is not None:
            _string("encoding_format", encoding)
            if openai_limits and encoding not in ("float", "base64"):
                fail(
                    f"Invalid value: '{encoding[:32]}'. Supported values are: 'float' and"
                    " 'base64'.",
                    "encoding_format",
                )
