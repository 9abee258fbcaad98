"""Action guardrails end to end: a real gateway in front of ``aire sim`` (script mode
forces the model's tool calls), the official OpenAI and Anthropic SDKs as clients,
streamed and not; blocks are errors the SDKs raise, allowed calls arrive whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anthropic
import jsonschema
import openai
import orjson
import pytest
import yaml
from tests.gateway.helpers import deployment
from tests.gateway.test_pipeline import metric

from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.app import GatewayApp
from aire.gateway.context import Answer, RequestContext
from aire.gateway.observer import GatewayObserver
from aire.gateway.stages import Next, build_chain, load_stages
from aire.gateway.stages.auth import Authenticate
from aire.server import serve_in_thread

SECRET = "AKIA4J7QX2M9PLR3ZT6W"
RULE = "guard.policies.payments.tools.rules[0]"

WEATHER: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "minLength": 1},
                "unit": {"type": "string", "enum": ["C", "F"]},
            },
            "required": ["city", "unit"],
        },
    },
}
PAY: Any = {
    "type": "function",
    "function": {
        "name": "pay",
        "parameters": {
            "type": "object",
            "properties": {"amount": {"type": "number"}, "memo": {"type": "string"}},
            "required": ["amount"],
        },
    },
}
DELETE: Any = {"type": "function", "function": {"name": "delete_account", "parameters": {}}}
TOOLS: Any = [WEATHER, PAY, DELETE]

SCRIPT = [
    {
        "match": "pay big",
        "tool_call": {"name": "pay", "arguments": {"amount": 150, "memo": SECRET}},
    },
    {"match": "pay small", "tool_call": {"name": "pay", "arguments": {"amount": 50, "memo": "x"}}},
    {"match": "close my account", "tool_call": {"name": "delete_account"}},
]


class Calls(GatewayObserver):
    """What an audit observer sees at settle: the verdicts on the request's tool calls."""

    def __init__(self) -> None:
        self.settled: list[list[dict[str, str | None]]] = []

    def on_settle(self, ctx: RequestContext) -> None:
        self.settled.append(list(ctx.tool_calls))


#: what virtual keys will carry (the auth stage sets ctx.principal); here by test header
KEYS: dict[bytes, Any] = {
    b"weather-only": SimpleNamespace(tools={"allowed": ["get_*"]}),
    b"small-payments": SimpleNamespace(
        tools={"rules": [{"tool": "pay", "arg": "amount", "max": 10}]}
    ),
}


class KeyFromHeader:
    """Stands in for the auth stage: the principal named by ``x-test-key``."""

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        ctx.principal = KEYS.get(ctx.header(b"x-test-key") or b"")
        return await call_next(ctx)


@pytest.fixture
def gateway(start_sim: Any, tmp_path: Path) -> Iterator[tuple[str, Calls]]:
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(SCRIPT))
    sim, _ = start_sim(mode="script", script=str(rules), itl_ms=0, ttft_ms=0)
    config = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "health": {"enabled": False},
            "models": {
                "chat": {"guard": "payments", "deployments": [deployment(sim, "s")]},
                "open": {"deployments": [deployment(sim, "o")]},
            },
        }
    )
    guard = GuardConfig.model_validate(
        {
            "default_policy": "payments",
            "policies": {
                "payments": {
                    "input": [],
                    "output": [{"scanner": "secrets", "action": "redact"}],
                    "tools": {
                        "allowed": ["get_*", "pay"],
                        "rules": [{"tool": "pay", "arg": "amount", "max": 100}],
                    },
                }
            },
        }
    )
    calls = Calls()
    app = GatewayApp(config, guard, observers=[calls])
    stages = load_stages(app.services)
    app.chain = build_chain([KeyFromHeader() if isinstance(s, Authenticate) else s for s in stages])
    with serve_in_thread(app) as url:
        yield url, calls


@pytest.fixture
def gpt(gateway: tuple[str, Calls]) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=f"{gateway[0]}/v1", api_key="k", max_retries=0) as client:
        yield client


@pytest.fixture
def claude(gateway: tuple[str, Calls]) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(base_url=gateway[0], api_key="k", max_retries=0) as client:
        yield client


def ask(content: str) -> Any:
    return [{"role": "user", "content": content}]


def assert_blocked(err: Any, tool: str, rule: str) -> None:
    assert err.code == "tool_call_blocked"
    assert err.body["tool"] == tool
    assert err.body["rule"] == rule
    text = str(err.body) + str(err)
    assert SECRET not in text
    assert "150" not in text


# -- OpenAI chat completions -------------------------------------------------------------


def test_an_allowed_call_arrives_with_schema_valid_arguments(
    gpt: openai.OpenAI, gateway: tuple[str, Calls]
) -> None:
    resp = gpt.chat.completions.create(
        model="chat", messages=ask("what is the weather in Paris"), tools=TOOLS
    )
    (call,) = resp.choices[0].message.tool_calls or []
    assert call.type == "function"
    assert call.function.name == "get_weather"
    jsonschema.validate(orjson.loads(call.function.arguments), WEATHER["function"]["parameters"])
    assert resp.choices[0].finish_reason == "tool_calls"
    assert gateway[1].settled[-1] == [{"name": "get_weather", "verdict": "allowed", "rule": None}]


def test_a_call_over_the_limit_is_a_bad_request_naming_tool_and_rule(
    gpt: openai.OpenAI, gateway: tuple[str, Calls]
) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        gpt.chat.completions.create(model="chat", messages=ask("pay big please"), tools=TOOLS)
    assert_blocked(info.value, "pay", RULE)
    assert "above the maximum 100" in info.value.message
    assert gateway[1].settled[-1] == [{"name": "pay", "verdict": "blocked", "rule": RULE}]
    allowed = gpt.chat.completions.create(
        model="chat", messages=ask("pay small please"), tools=TOOLS
    )
    (call,) = allowed.choices[0].message.tool_calls or []
    assert orjson.loads(call.function.arguments) == {"amount": 50, "memo": "x"}


def test_a_tool_outside_the_allowed_list_is_blocked(gpt: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        gpt.chat.completions.create(model="chat", messages=ask("close my account"), tools=TOOLS)
    assert_blocked(info.value, "delete_account", "guard.policies.payments.tools.allowed")


def test_an_alias_without_a_policy_passes_every_call(gpt: openai.OpenAI) -> None:
    resp = gpt.chat.completions.create(model="open", messages=ask("pay big please"), tools=TOOLS)
    (call,) = resp.choices[0].message.tool_calls or []
    assert orjson.loads(call.function.arguments)["amount"] == 150


def test_a_streamed_allowed_call_is_accumulated_whole(gpt: openai.OpenAI) -> None:
    stream = gpt.chat.completions.create(
        model="chat",
        messages=ask("pay small please"),
        tools=TOOLS,
        stream=True,
        stream_options={"include_usage": True},
    )
    deltas = []
    finish = None
    usage = None
    for chunk in stream:
        usage = chunk.usage or usage
        for choice in chunk.choices:
            deltas.extend(choice.delta.tool_calls or [])
            finish = choice.finish_reason or finish
    assert len(deltas) == 1  # held, checked, then sent as one delta
    assert deltas[0].function is not None
    assert deltas[0].function.name == "pay"
    assert orjson.loads(deltas[0].function.arguments or "") == {"amount": 50, "memo": "x"}
    assert deltas[0].id
    assert finish == "tool_calls"
    assert usage is not None
    assert usage.completion_tokens > 0


def test_a_streamed_blocked_call_ends_the_stream_with_an_error(
    gpt: openai.OpenAI, gateway: tuple[str, Calls]
) -> None:
    stream = gpt.chat.completions.create(
        model="chat", messages=ask("pay big please"), tools=TOOLS, stream=True
    )
    seen: list[Any] = []
    with pytest.raises(openai.APIError) as info:
        seen.extend(stream)
    assert_blocked(info.value, "pay", RULE)
    assert not any(c.choices and c.choices[0].delta.tool_calls for c in seen)
    assert gateway[1].settled[-1] == [{"name": "pay", "verdict": "blocked", "rule": RULE}]


def test_the_openai_stream_helper_sees_the_whole_call(gpt: openai.OpenAI) -> None:
    with gpt.chat.completions.stream(
        model="chat", messages=ask("what is the weather in Oslo"), tools=TOOLS
    ) as stream:
        final = stream.get_final_completion()
    (call,) = final.choices[0].message.tool_calls or []
    assert call.function.name == "get_weather"
    jsonschema.validate(orjson.loads(call.function.arguments), WEATHER["function"]["parameters"])


async def test_verdicts_are_counted_in_metrics(
    gpt: openai.OpenAI, gateway: tuple[str, Calls]
) -> None:
    gpt.chat.completions.create(model="chat", messages=ask("pay small please"), tools=TOOLS)
    with pytest.raises(openai.BadRequestError):
        gpt.chat.completions.create(model="chat", messages=ask("pay big please"), tools=TOOLS)
    name = "aire_guard_tool_calls_total"
    url = gateway[0]
    assert await metric(url, name, alias="chat", verdict="allowed") == 1
    assert await metric(url, name, alias="chat", verdict="blocked", rule=RULE) == 1
    assert await metric(url, "aire_gateway_requests_total", alias="chat", status="400") == 1


# -- the caller's own policy -------------------------------------------------------------


def test_a_keys_policy_applies_without_a_guard_policy(gpt: openai.OpenAI) -> None:
    key = {"x-test-key": "weather-only"}
    resp = gpt.chat.completions.create(
        model="open", messages=ask("weather in Rome"), tools=TOOLS, extra_headers=key
    )
    assert (resp.choices[0].message.tool_calls or [])[0].function.name == "get_weather"
    with pytest.raises(openai.BadRequestError) as info:
        gpt.chat.completions.create(
            model="open", messages=ask("pay small please"), tools=TOOLS, extra_headers=key
        )
    assert info.value.code == "tool_call_blocked"
    assert info.value.body["rule"] == "principal.tools.allowed"


def test_the_key_and_the_policy_must_both_allow(gpt: openai.OpenAI) -> None:
    key = {"x-test-key": "small-payments"}
    # 50 is within the policy's max 100 but over the key's max 10: blocked, streamed too
    stream = gpt.chat.completions.create(
        model="chat", messages=ask("pay small please"), tools=TOOLS, stream=True, extra_headers=key
    )
    with pytest.raises(openai.APIError) as info:
        list(stream)
    assert_blocked(info.value, "pay", "principal.tools.rules[0]")
    with pytest.raises(openai.BadRequestError) as policy:  # 150: the policy says no first
        gpt.chat.completions.create(
            model="chat", messages=ask("pay big please"), tools=TOOLS, extra_headers=key
        )
    assert policy.value.body["rule"] == RULE


# -- other client APIs -------------------------------------------------------------------


ANTHROPIC_TOOLS: Any = [
    {"name": fn["name"], "input_schema": fn["parameters"] or {"type": "object"}}
    for fn in (t["function"] for t in TOOLS)
]


def test_anthropic_messages_get_allowed_tool_use_and_blocked_errors(
    claude: anthropic.Anthropic,
) -> None:
    ok = claude.messages.create(
        model="chat", max_tokens=64, tools=ANTHROPIC_TOOLS, messages=ask("pay small please")
    )
    (use,) = [b for b in ok.content if b.type == "tool_use"]
    assert (use.name, use.input) == ("pay", {"amount": 50, "memo": "x"})
    assert ok.stop_reason == "tool_use"
    with pytest.raises(anthropic.BadRequestError) as info:
        claude.messages.create(
            model="chat", max_tokens=64, tools=ANTHROPIC_TOOLS, messages=ask("pay big please")
        )
    body: Any = info.value.body
    assert body["error"]["code"] == "tool_call_blocked"
    assert "'pay'" in body["error"]["message"]
    assert RULE in body["error"]["message"]
    assert SECRET not in str(body)


def test_anthropic_streams_too(claude: anthropic.Anthropic) -> None:
    with claude.messages.stream(
        model="chat", max_tokens=64, tools=ANTHROPIC_TOOLS, messages=ask("pay small please")
    ) as stream:
        final = stream.get_final_message()
    (use,) = [b for b in final.content if b.type == "tool_use"]
    assert use.input == {"amount": 50, "memo": "x"}
    with (
        pytest.raises(anthropic.APIStatusError) as info,
        claude.messages.stream(
            model="chat", max_tokens=64, tools=ANTHROPIC_TOOLS, messages=ask("pay big please")
        ) as blocked,
    ):
        for _ in blocked:
            pass
    error: Any = info.value.body
    assert error["error"]["code"] == "tool_call_blocked"
    assert error["error"]["type"] == "invalid_request_error"
    assert RULE in error["error"]["message"]
    assert SECRET not in str(info.value)


def test_responses_function_calls_are_guarded(gpt: openai.OpenAI) -> None:
    tools: Any = [
        {"type": "function", "name": fn["name"], "parameters": fn["parameters"]}
        for fn in (WEATHER["function"], PAY["function"])
    ]
    ok = gpt.responses.create(model="chat", input="pay small please", tools=tools)
    (call,) = [item for item in ok.output if item.type == "function_call"]
    assert orjson.loads(call.arguments) == {"amount": 50, "memo": "x"}
    with pytest.raises(openai.BadRequestError) as info:
        gpt.responses.create(model="chat", input="pay big please", tools=tools)
    assert info.value.code == "tool_call_blocked"
    assert SECRET not in str(info.value.body)
