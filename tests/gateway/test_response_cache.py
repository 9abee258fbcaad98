"""The cache key (what makes two requests the same), sampling, and the entry format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from aire.errors import InvalidRequest
from aire.gateway.context import RequestContext
from aire.gateway.response_cache import (
    Entry,
    cache_key,
    cache_mode,
    chat_entry_body,
    is_sampled,
    replayable,
)
from aire.gateway.state import GatewayState

from .stages.conftest import make_ctx, make_state, routed

MODELS = {
    "chat": {"deployments": [{"name": "a", "model": "llama"}]},
    "other": {"deployments": [{"name": "b", "model": "llama"}]},
}


@pytest.fixture
def state() -> GatewayState:
    return make_state(
        {k: {"deployments": [dict(d) for d in v["deployments"]]} for k, v in MODELS.items()}
    )


def request(state: GatewayState, endpoint: str = "chat", **body: Any) -> RequestContext:
    full = {"model": "chat", "messages": [{"role": "user", "content": "hi"}], **body}
    ctx, _ = make_ctx(state, full, endpoint=endpoint)
    ctx = routed(ctx, full)
    ctx.requested_model = full["model"]
    return ctx


def key(state: GatewayState, scope: str = "team", **body: Any) -> str:
    return cache_key(request(state, **body), scope)


def test_the_key_ignores_key_order_and_fields_that_do_not_change_the_answer(
    state: GatewayState,
) -> None:
    base = key(state, temperature=0, max_tokens=5)
    assert base.startswith("cache:")
    same = [
        {"max_tokens": 5, "temperature": 0},  # order
        {"temperature": 0.0, "max_tokens": 5},  # 0 and 0.0
        {
            "temperature": 0,
            "max_tokens": 5,
            "stream": True,
            "stream_options": {"include_usage": True},
        },
        {"temperature": 0, "max_tokens": 5, "user": "u1", "metadata": {"a": "b"}, "store": False},
        {"temperature": 0, "max_tokens": 5, "safety_identifier": "s", "prompt_cache_key": "k"},
        {"temperature": 0, "max_tokens": 5, "n": 1, "top_p": 1, "presence_penalty": 0},
        {"temperature": 0, "max_tokens": 5, "frequency_penalty": 0.0, "logprobs": False},
    ]
    for body in same:
        assert key(state, **body) == base, body


def test_the_key_changes_with_whatever_changes_the_answer(state: GatewayState) -> None:
    base = key(state, temperature=0, max_tokens=5)
    different = [
        {"temperature": 0, "max_tokens": 6},
        {"temperature": 0.2, "max_tokens": 5},
        {"temperature": 0, "max_tokens": 5, "seed": 1},
        {"temperature": 0, "max_tokens": 5, "n": 2},
        {"temperature": 0, "max_tokens": 5, "logprobs": True},
        {"temperature": 0, "max_tokens": 5, "messages": [{"role": "user", "content": "hi!"}]},
        {
            "temperature": 0,
            "max_tokens": 5,
            "tools": [{"type": "function", "function": {"name": "f"}}],
        },
        {"temperature": 0, "max_tokens": 5, "model": "other"},  # another alias
    ]
    keys = {key(state, **body) for body in different}
    assert base not in keys
    assert len(keys) == len(different)


def test_the_key_holds_the_models_behind_the_alias() -> None:
    """A reload that points the alias at another model does not serve the old answers."""
    one = make_state({"chat": {"deployments": [{"name": "a", "model": "llama"}]}})
    two = make_state({"chat": {"deployments": [{"name": "a", "model": "qwen"}]}})
    moved = make_state(
        {"chat": {"deployments": [{"name": "z", "model": "llama", "url": "http://x.invalid/v1"}]}}
    )
    assert key(one) != key(two)
    assert key(one) == key(moved)  # a new address or name for the same model: same answers


def test_embeddings_and_chat_never_share_a_key(state: GatewayState) -> None:
    chat = request(state, input="hi")
    embed = request(state, endpoint="embeddings", input="hi")
    assert cache_key(chat, "team") != cache_key(embed, "team")


@dataclass
class Principal:
    key_id: str
    team: str | None


def test_the_scope_keeps_teams_or_keys_apart(state: GatewayState) -> None:
    def scoped(principal: Principal | None, scope: str) -> str:
        ctx = request(state, temperature=0)
        ctx.principal = principal
        return cache_key(ctx, scope)

    a1, a2 = Principal("k1", "a"), Principal("k2", "a")
    b, lone = Principal("k3", "b"), Principal("k4", None)
    assert scoped(a1, "team") == scoped(a2, "team")
    assert scoped(a1, "team") != scoped(b, "team")
    assert scoped(lone, "team") == scoped(lone, "key") != scoped(a1, "team")
    assert scoped(a1, "key") != scoped(a2, "key")
    assert scoped(a1, "global") == scoped(b, "global") == scoped(None, "team")


@pytest.mark.parametrize(
    ("body", "sampled"),
    [
        ({}, True),  # OpenAI's default temperature is 1
        ({"temperature": 0.7}, True),
        ({"temperature": 1, "top_p": 0.1}, True),  # top_p alone does not stop sampling
        ({"temperature": 0}, False),
        ({"temperature": 0.0, "top_p": 0.5}, False),
        ({"temperature": 0.9, "seed": 42}, False),  # a seed asks for a reproducible answer
        ({"seed": True}, True),  # not a seed
        ({"temperature": False}, True),  # not a temperature
    ],
)
def test_what_samples(state: GatewayState, body: dict[str, Any], sampled: bool) -> None:
    assert is_sampled(request(state, **body)) is sampled


def test_embeddings_never_sample_and_audio_is_not_replayable(state: GatewayState) -> None:
    assert not is_sampled(request(state, endpoint="embeddings", input="x"))
    assert replayable(request(state, endpoint="embeddings", input="x"))
    assert replayable(request(state, temperature=0))
    assert not replayable(request(state, modalities=["text", "audio"]))
    assert not replayable(request(state, audio={"voice": "alloy", "format": "wav"}))
    assert not replayable(request(state, endpoint="completions", prompt="x"))


@pytest.mark.parametrize(
    ("value", "mode"),
    [(None, None), (b"bypass", "bypass"), (b"FORCE", "force"), (b" force ", "force")],
)
def test_the_request_header(state: GatewayState, value: bytes | None, mode: str | None) -> None:
    ctx = request(state)
    if value is not None:
        ctx.headers = [(b"x-aire-cache", value)]
    assert cache_mode(ctx) == mode


def test_an_unknown_header_value_is_a_clear_400(state: GatewayState) -> None:
    ctx = request(state)
    ctx.headers = [(b"x-aire-cache", b"sometimes")]
    with pytest.raises(InvalidRequest) as caught:
        cache_mode(ctx)
    assert caught.value.http_status == 400
    assert "x-aire-cache" in caught.value.message


def test_a_stored_chat_body_reports_its_prompt_as_cached() -> None:
    body = {
        "choices": [{"index": 0, "message": {"content": "x"}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": 8,
            "completion_tokens": 2,
            "prompt_tokens_details": {"audio_tokens": 0},
        },
    }
    prepared = chat_entry_body(body, 0, 0)
    assert prepared is not None
    ready, prompt, completion = prepared
    assert (prompt, completion) == (8, 2)
    assert ready["usage"]["prompt_tokens_details"] == {"audio_tokens": 0, "cached_tokens": 8}


def test_a_body_without_usage_gets_the_gateways_count() -> None:
    body = {"choices": [{"index": 0, "message": {"content": "x"}, "finish_reason": "stop"}]}
    prepared = chat_entry_body(body, 5, 3)
    assert prepared is not None
    assert prepared[0]["usage"] == {
        "prompt_tokens": 5,
        "completion_tokens": 3,
        "total_tokens": 8,
        "prompt_tokens_details": {"cached_tokens": 5},
    }


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"choices": []},
        {"choices": [{"index": 0, "message": {"content": "x"}, "finish_reason": None}]},
        {"choices": [{"index": 0, "finish_reason": "stop"}]},
        {"choices": ["x"]},
    ],
)
def test_an_incomplete_answer_is_not_prepared(body: dict[str, Any]) -> None:
    assert chat_entry_body(body, 1, 1) is None


def test_an_entry_round_trips_and_other_bytes_are_no_entry() -> None:
    entry = Entry(b'{"a":1}', 12, 3, 1_700_000_000.5)
    assert Entry.decode(entry.encode()) == entry
    assert Entry.decode(b"") is None
    assert Entry.decode(b'{"a":1}') is None
    assert Entry.decode(entry.encode()[:20]) is None  # a header without a body
    huge = Entry(b"{}", 2**40, 1, 0.0)  # clamped, not an error
    decoded = Entry.decode(huge.encode())
    assert decoded is not None
    assert decoded.prompt_tokens == 2**32 - 1
