"""Request shapes at the edge: malformed requests with the param they name, unusual but
valid ones (vLLM, Ollama extras) that must pass, OpenAI's limits only when asked."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from aire.errors import InvalidRequest
from aire.gateway.validate import validate_request

USER = {"role": "user", "content": "hi"}
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}
CALL = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}


def chat(*messages: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"model": "m", "messages": list(messages) or [USER], **fields}


def error_of(endpoint: str, body: dict[str, Any], *, openai_limits: bool = False) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as info:
        validate_request(endpoint, body, openai_limits=openai_limits)
    assert info.value.status() == 400
    assert info.value.code == "invalid_request"
    return info.value


# (endpoint, body, param, words in the message)
MALFORMED: dict[str, tuple[str, dict[str, Any], str, str]] = {
    "role is an object (issue 9)": ("chat", chat(USER, {"role": {}, "content": "x"}),
                                    "messages[1].role", "expected a string, but got an object"),
    "unknown role": ("chat", chat({"role": "robot", "content": "x"}), "messages[0].role",
                     "Invalid value: 'robot'"),
    "no role": ("chat", chat({"content": "x"}), "messages[0].role", "Missing required"),
    "messages missing": ("chat", {"model": "m"}, "messages", "Missing required"),
    "messages empty": ("chat", {"model": "m", "messages": []}, "messages", "empty array"),
    "messages an object": ("chat", {"model": "m", "messages": {"role": "user"}}, "messages",
                           "expected an array"),
    "message a string": ("chat", chat("hi"), "messages[0]", "expected an object"),  # type: ignore[arg-type]
    "user content null": ("chat", chat({"role": "user", "content": None}),
                          "messages[0].content", "Missing required"),
    "content a number": ("chat", chat({"role": "user", "content": 5}), "messages[0].content",
                         "expected a string or an array of parts, but got an integer"),
    "part not an object": ("chat", chat({"role": "user", "content": ["hi"]}),
                           "messages[0].content[0]", "expected an object"),
    "part without type": ("chat", chat({"role": "user", "content": [{"text": "a"}]}),
                          "messages[0].content[0].type", "Missing required"),
    "text part without text": ("chat", chat({"role": "user", "content": [{"type": "text"}]}),
                               "messages[0].content[0].text", "Missing required"),
    "text part with a list": ("chat", chat({"role": "user",
                                            "content": [{"type": "text", "text": ["a"]}]}),
                              "messages[0].content[0].text", "expected a string"),
    "image part without url": ("chat", chat({"role": "user", "content": [
        {"type": "image_url", "image_url": {"detail": "low"}}]}),
        "messages[0].content[0].image_url.url", "Missing required"),
    "image_url a string": ("chat", chat({"role": "user", "content": [
        {"type": "image_url", "image_url": "http://x/a.png"}]}),
        "messages[0].content[0].image_url", "expected an object"),
    "audio part without format": ("chat", chat({"role": "user", "content": [
        {"type": "input_audio", "input_audio": {"data": "AAA"}}]}),
        "messages[0].content[0].input_audio.format", "Missing required"),
    "file part without file": ("chat", chat({"role": "user", "content": [{"type": "file"}]}),
                               "messages[0].content[0].file", "Missing required"),
    "refusal part": ("chat", chat({"role": "assistant", "content": [{"type": "refusal"}]}),
                     "messages[0].content[0].refusal", "Missing required"),
    "tool message without tool_call_id": ("chat", chat(USER, {"role": "tool", "content": "42"}),
                                          "messages[1].tool_call_id", "Missing required"),
    "tool_call_id a number": ("chat", chat({"role": "tool", "content": "42", "tool_call_id": 1}),
                              "messages[0].tool_call_id", "expected a string"),
    "tool_calls an object": ("chat", chat(USER, {"role": "assistant", "tool_calls": CALL}),
                             "messages[1].tool_calls", "expected an array"),
    "tool call without function": ("chat", chat({"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function"}]}), "messages[0].tool_calls[0].function",
        "Missing required"),
    "tool call arguments an object": ("chat", chat({"role": "assistant", "tool_calls": [
        {**CALL, "function": {"name": "f", "arguments": {"a": 1}}}]}),
        "messages[0].tool_calls[0].function.arguments", "expected a string"),
    "tool call without name": ("chat", chat({"role": "assistant", "tool_calls": [
        {**CALL, "function": {"arguments": "{}"}}]}),
        "messages[0].tool_calls[0].function.name", "Missing required"),
    "name a number": ("chat", chat({"role": "user", "content": "x", "name": 3}),
                      "messages[0].name", "expected a string"),
    "function message without name": ("chat", chat({"role": "function", "content": "x"}),
                                      "messages[0].name", "Missing required"),
    "temperature a string": ("chat", chat(temperature="0.5"), "temperature",
                             "expected a decimal, but got a string"),
    "top_p a boolean": ("chat", chat(top_p=True), "top_p", "expected a decimal"),
    "presence_penalty": ("chat", chat(presence_penalty=[1]), "presence_penalty", "decimal"),
    "frequency_penalty": ("chat", chat(frequency_penalty={}), "frequency_penalty", "decimal"),
    "n a decimal": ("chat", chat(n=1.5), "n", "expected an integer, but got a decimal"),
    "max_tokens a string": ("chat", chat(max_tokens="10"), "max_tokens", "an integer"),
    "max_completion_tokens": ("chat", chat(max_completion_tokens=True),
                              "max_completion_tokens", "an integer"),
    "seed a decimal": ("chat", chat(seed=1.0), "seed", "an integer"),
    "top_logprobs a string": ("chat", chat(logprobs=True, top_logprobs="5"), "top_logprobs",
                              "an integer"),
    "logprobs a string": ("chat", chat(logprobs="yes"), "logprobs", "a boolean"),
    "stop a number": ("chat", chat(stop=5), "stop", "a string or an array of strings"),
    "stop list with a number": ("chat", chat(stop=["a", 5]), "stop[1]", "expected a string"),
    "stream a string": ("chat", chat(stream="true"), "stream", "a boolean"),
    "stream_options without stream": ("chat", chat(stream_options={"include_usage": True}),
                                      "stream_options", "only allowed when 'stream' is enabled"),
    "stream_options with stream false": ("chat", chat(stream=False,
                                                      stream_options={"include_usage": True}),
                                         "stream_options", "only allowed"),
    "tools an object": ("chat", chat(tools=TOOL), "tools", "expected an array"),
    "tool without function": ("chat", chat(tools=[{"type": "function"}]), "tools[0].function",
                              "Missing required"),
    "tool name empty": ("chat", chat(tools=[{"type": "function", "function": {"name": ""}}]),
                        "tools[0].function.name", "a non-empty string"),
    "tool parameters a list": ("chat", chat(tools=[{"type": "function", "function": {
        "name": "f", "parameters": ["a"]}}]), "tools[0].function.parameters", "an object"),
    "tool parameters not a schema": ("chat", chat(tools=[{"type": "function", "function": {
        "name": "f", "parameters": {"type": "objekt"}}}]), "tools[0].function.parameters",
        "Invalid schema for function 'f'"),
    "tool_choice required without tools": ("chat", chat(tool_choice="required"), "tool_choice",
                                           "only allowed when 'tools' are specified"),
    "named tool_choice without tools": ("chat", chat(tool_choice={
        "type": "function", "function": {"name": "f"}}), "tool_choice", "only allowed"),
    "named tool_choice not in tools": ("chat", chat(tools=[TOOL], tool_choice={
        "type": "function", "function": {"name": "nope"}}), "tool_choice.function.name",
        "no function named 'nope'"),
    "tool_choice unknown string": ("chat", chat(tools=[TOOL], tool_choice="always"),
                                   "tool_choice", "Invalid value: 'always'"),
    "tool_choice a number": ("chat", chat(tools=[TOOL], tool_choice=1), "tool_choice",
                             "a string or an object"),
    "response_format a string": ("chat", chat(response_format="json"), "response_format",
                                 "an object"),
    "response_format without type": ("chat", chat(response_format={}), "response_format.type",
                                      "Missing required"),
    "json_schema without json_schema": ("chat", chat(response_format={"type": "json_schema"}),
                                        "response_format.json_schema", "Missing required"),
    "json_schema without name": ("chat", chat(response_format={
        "type": "json_schema", "json_schema": {"schema": {}}}),
        "response_format.json_schema.name", "Missing required"),
    "json_schema invalid schema": ("chat", chat(response_format={
        "type": "json_schema", "json_schema": {"name": "r", "schema": {
            "type": "object", "properties": {"a": {"type": "strin"}}}}}),
        "response_format.json_schema.schema", "Invalid schema for response_format 'r'"),
    "json_schema required not a list": ("chat", chat(response_format={
        "type": "json_schema", "json_schema": {"name": "r", "schema": {"required": "a"}}}),
        "response_format.json_schema.schema", "is not of type 'array' (at $.required)"),
    "logit_bias a list": ("chat", chat(logit_bias=[1]), "logit_bias", "an object"),
    "logit_bias a string value": ("chat", chat(logit_bias={"50256": "-100"}),
                                  "logit_bias.50256", "a number"),
    "user a number": ("chat", chat(user=42), "user", "a string"),
    "model a number": ("chat", chat(model=5), "model", "a string"),
    "top_logprobs without logprobs": ("chat", chat(top_logprobs=3), "top_logprobs",
                                      "'logprobs' must be set to true"),
    "prompt a number": ("completions", {"model": "m", "prompt": 5}, "prompt",
                        "a string or an array"),
    "prompt mixed": ("completions", {"model": "m", "prompt": ["a", 1]}, "prompt[1]",
                     "item 1 is an integer"),
    "prompt negative token": ("completions", {"model": "m", "prompt": [1, -2]}, "prompt[1]",
                              "not negative"),
    "prompt list of bad lists": ("completions", {"model": "m", "prompt": [[1, "a"]]},
                                 "prompt[0]", "array of token ids"),
    "completions stream_options": ("completions", {"model": "m", "prompt": "a",
                                                   "stream_options": {"include_usage": True}},
                                   "stream_options", "only allowed"),
    "completions echo": ("completions", {"model": "m", "prompt": "a", "echo": 1}, "echo",
                         "a boolean"),
    "input missing": ("embeddings", {"model": "m"}, "input", "Missing required"),
    "input an object": ("embeddings", {"model": "m", "input": {"a": 1}}, "input",
                        "a string or an array"),
    "input of objects": ("embeddings", {"model": "m", "input": [{"a": 1}]}, "input[0]",
                         "item 0 is an object"),
    "dimensions a string": ("embeddings", {"model": "m", "input": "a", "dimensions": "8"},
                            "dimensions", "an integer"),
    "encoding_format a number": ("embeddings", {"model": "m", "input": "a",
                                                "encoding_format": 1}, "encoding_format",
                                 "a string"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_requests_name_the_param(case: str) -> None:
    endpoint, body, param, words = MALFORMED[case]
    for openai_limits in (False, True):  # shape errors are errors for every upstream
        error = error_of(endpoint, copy.deepcopy(body), openai_limits=openai_limits)
        assert error.param == param, error.message
        assert words in error.message


ASSISTANT_CALL = {"role": "assistant", "content": None, "tool_calls": [CALL]}
# Unusual but valid: these must pass for every upstream.
VALID: dict[str, tuple[str, dict[str, Any]]] = {
    "plain chat": ("chat", chat({"role": "system", "content": "be brief"}, USER)),
    "developer role": ("chat", chat({"role": "developer", "content": "x"}, USER)),
    "content parts": ("chat", chat({"role": "user", "content": [
        {"type": "text", "text": "what is this?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA", "detail": "low"}},
        {"type": "input_audio", "input_audio": {"data": "AAA", "format": "wav"}},
        {"type": "file", "file": {"file_id": "file-1"}}]})),
    "system content as text parts": ("chat", chat(
        {"role": "system", "content": [{"type": "text", "text": "x"}]}, USER)),
    "tool round trip with null content": ("chat", chat(
        USER, ASSISTANT_CALL, {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        tools=[TOOL])),
    "assistant without content or calls": ("chat", chat(USER, {"role": "assistant"})),
    "assistant refusal": ("chat", chat(USER, {"role": "assistant", "content": None,
                                              "refusal": "I can't"})),
    "legacy function message": ("chat", chat({"role": "function", "name": "f", "content": None})),
    "named tool_choice": ("chat", chat(tools=[TOOL], tool_choice={
        "type": "function", "function": {"name": "get_weather"}})),
    "tool_choice required, none, auto": ("chat", chat(tools=[TOOL], tool_choice="required")),
    "tool_choice none without tools": ("chat", chat(tool_choice="none")),
    "tool_choice auto without tools": ("chat", chat(tool_choice="auto")),
    "strict tool and a boolean schema": ("chat", chat(tools=[
        {"type": "function", "function": {"name": "f", "strict": True,
                                          "parameters": {"type": "object"}}},
        {"type": "function", "function": {"name": "g", "parameters": {}}}])),
    "json_schema": ("chat", chat(response_format={"type": "json_schema", "json_schema": {
        "name": "answer", "strict": True, "schema": {
            "type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"],
            "additionalProperties": False}}})),
    "json_object and text": ("chat", chat(response_format={"type": "json_object"})),
    "stream with usage": ("chat", chat(stream=True, stream_options={"include_usage": True})),
    "nulls for optional fields": ("chat", chat(temperature=None, top_p=None, n=None, stop=None,
                                               max_tokens=None, tools=None, tool_choice=None,
                                               response_format=None, seed=None, user=None,
                                               stream_options=None, logit_bias=None)),
    "ints where decimals go": ("chat", chat(temperature=1, top_p=1, presence_penalty=0)),
    "logprobs with top_logprobs": ("chat", chat(logprobs=True, top_logprobs=5)),
    "logit_bias": ("chat", chat(logit_bias={"50256": -100, "13": 2.5})),
    "unknown fields pass through": ("chat", chat(metadata={"a": "b"}, store=True,
                                                 reasoning_effort="low", foo={"bar": [1]})),
    "unknown message keys pass": ("chat", chat({"role": "user", "content": "x", "x-id": 7})),
    # vLLM extras: sampling, guided decoding, more part types, structural tags
    "vLLM sampling extras": ("chat", chat(top_k=40, min_p=0.05, repetition_penalty=1.1,
                                          ignore_eos=True, skip_special_tokens=False,
                                          min_tokens=4, best_of=2, use_beam_search=False)),
    "vLLM guided decoding": ("chat", chat(guided_json={"type": "object"}, guided_regex="a+",
                                          guided_choice=["a", "b"], guided_grammar="root ::= x")),
    "vLLM video and audio url parts": ("chat", chat({"role": "user", "content": [
        {"type": "video_url", "video_url": {"url": "http://x/v.mp4"}},
        {"type": "audio_url", "audio_url": {"url": "http://x/a.wav"}}]})),
    "vLLM structural_tag": ("chat", chat(response_format={"type": "structural_tag",
                                                          "structures": [], "triggers": []})),
    "vLLM chat_template_kwargs": ("chat", chat(chat_template_kwargs={"enable_thinking": False},
                                               add_generation_prompt=True)),
    # Ollama: options, keep_alive, format, think, images on a message
    "Ollama extras": ("chat", chat({"role": "user", "content": "x", "images": ["AAA"]},
                                   options={"num_ctx": 8192}, keep_alive="5m", format="json",
                                   think=False)),
    "more than 4 stop strings": ("chat", chat(stop=["a", "b", "c", "d", "e"])),
    "large n and temperature": ("chat", chat(n=200, temperature=3.5, top_logprobs=50,
                                             logprobs=True)),
    "tool name with dots": ("chat", chat(tools=[{"type": "function", "function": {
        "name": "weather.get/now", "parameters": {"type": "object"}}}])),
    "custom tool": ("chat", chat(tools=[{"type": "custom", "custom": {"name": "grep"}}])),
    "completions forms": ("completions", {"model": "m", "prompt": ["a", "b"], "echo": True,
                                          "logprobs": 2, "suffix": "x", "best_of": 2}),
    "completions token ids": ("completions", {"model": "m", "prompt": [1, 2, 3]}),
    "completions token id lists": ("completions", {"model": "m", "prompt": [[1, 2], [3]]}),
    "completions without prompt": ("completions", {"model": "m", "prompt": None}),
    "embeddings forms": ("embeddings", {"model": "m", "input": ["a", "b"],
                                        "encoding_format": "base64", "dimensions": 256}),
    "embeddings tokens": ("embeddings", {"model": "m", "input": [[1, 2], [3, 4]]}),
    "embeddings vLLM extras": ("embeddings", {"model": "m", "input": "a",
                                              "truncate_prompt_tokens": 8}),
    "an endpoint not checked": ("models", {"anything": ["goes"]}),
}  # fmt: skip

OPENAI_ONLY = {
    "more than 4 stop strings",
    "large n and temperature",
    "tool name with dots",
    "vLLM video and audio url parts",
    "vLLM structural_tag",
}


@pytest.mark.parametrize("case", list(VALID))
def test_unusual_but_valid_requests_pass(case: str) -> None:
    endpoint, body = VALID[case]
    before = copy.deepcopy(body)
    validate_request(endpoint, body, openai_limits=False)
    assert body == before  # nothing is changed
    if case not in OPENAI_ONLY:  # those are in the LIMITS table below
        validate_request(endpoint, body, openai_limits=True)


# OpenAI's limits: pass for vLLM/Ollama upstreams, a 400 naming the param for OpenAI.
LIMITS: dict[str, tuple[str, dict[str, Any], str, str]] = {
    "5 stop strings": ("chat", chat(stop=["a", "b", "c", "d", "e"]), "stop",
                       "maximum length 4, but got an array with length 5"),
    "n 129": ("chat", chat(n=129), "n", "Expected a value <= 128, but got 129"),
    "n 0": ("chat", chat(n=0), "n", "Expected a value >= 1"),
    "temperature 2.5": ("chat", chat(temperature=2.5), "temperature", "<= 2, but got 2.5"),
    "negative temperature": ("chat", chat(temperature=-0.1), "temperature", ">= 0"),
    "top_p 1.5": ("chat", chat(top_p=1.5), "top_p", "<= 1"),
    "presence_penalty 3": ("chat", chat(presence_penalty=3), "presence_penalty", "<= 2"),
    "top_logprobs 21": ("chat", chat(logprobs=True, top_logprobs=21), "top_logprobs", "<= 20"),
    "max_tokens 0": ("chat", chat(max_tokens=0), "max_tokens", ">= 1"),
    "129 tools": ("chat", chat(tools=[{"type": "function", "function": {"name": f"f{i}"}}
                                      for i in range(129)]), "tools", "maximum length 128"),
    "function name pattern": ("chat", chat(tools=[{"type": "function", "function": {
        "name": "get weather"}}]), "tools[0].function.name", "does not match pattern"),
    "function name too long": ("chat", chat(tools=[{"type": "function", "function": {
        "name": "f" * 65}}]), "tools[0].function.name", "does not match pattern"),
    "json_schema name pattern": ("chat", chat(response_format={"type": "json_schema",
                                                               "json_schema": {"name": "a b"}}),
                                 "response_format.json_schema.name", "does not match pattern"),
    "video part": ("chat", chat({"role": "user", "content": [
        {"type": "video_url", "video_url": {"url": "x"}}]}), "messages[0].content[0].type",
        "Invalid value: 'video_url'"),
    "image in a system message": ("chat", chat({"role": "system", "content": [
        {"type": "image_url", "image_url": {"url": "x"}}]}, USER),
        "messages[0].content[0].type", "for a 'system' message"),
    "tool call without id": ("chat", chat({"role": "assistant", "tool_calls": [
        {"type": "function", "function": {"name": "f", "arguments": "{}"}}]}),
        "messages[0].tool_calls[0].id", "Missing required"),
    "structural_tag": ("chat", chat(response_format={"type": "structural_tag"}),
                       "response_format.type", "Invalid value: 'structural_tag'"),
    "logit_bias over 100": ("chat", chat(logit_bias={"1": 150}), "logit_bias", "-100 to 100"),
    "logit_bias word key": ("chat", chat(logit_bias={"hello": 1}), "logit_bias", "token id"),
    "completions logprobs 6": ("completions", {"model": "m", "prompt": "a", "logprobs": 6},
                               "logprobs", "<= 5"),
    "embeddings empty input": ("embeddings", {"model": "m", "input": ""}, "input", "empty"),
    "embeddings 2049 inputs": ("embeddings", {"model": "m", "input": ["a"] * 2049}, "input",
                               "1 to 2048 items"),
    "embeddings dimensions 0": ("embeddings", {"model": "m", "input": "a", "dimensions": 0},
                                "dimensions", ">= 1"),
    "encoding binary": ("embeddings", {"model": "m", "input": "a", "encoding_format": "binary"},
                        "encoding_format", "'float' and 'base64'"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(LIMITS))
def test_openai_limits_apply_only_to_openai_upstreams(case: str) -> None:
    endpoint, body, param, words = LIMITS[case]
    validate_request(endpoint, body, openai_limits=False)
    error = error_of(endpoint, body, openai_limits=True)
    assert error.param == param, error.message
    assert words in error.message
