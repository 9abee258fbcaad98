"""The cache stage between the real relay (and guard) and a fake upstream stage: what is
stored, when, in which form it is replayed, and what is never stored."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncGenerator, Callable
from typing import Any

import orjson
import pytest
from tests.state.helpers import FakeClock

from aire.config.guard import GuardConfig
from aire.config.state import StateConfig
from aire.errors import UpstreamConnectError
from aire.gateway.cache_metrics import CacheMetrics
from aire.gateway.context import Answer, RequestContext
from aire.gateway.observer import GatewayObserver
from aire.gateway.response_cache import cache_key
from aire.gateway.services import Services
from aire.gateway.stages import Next, build_chain
from aire.gateway.stages.cache import Cache
from aire.gateway.stages.guard import GuardStage
from aire.gateway.stages.relay import Relay
from aire.gateway.state import GatewayState
from aire.state import open_store
from aire.state.base import Store
from aire.state.memory import MemoryState, MemoryStore

from .conftest import guard_config, make_ctx, make_state, routed

EMAIL = "jane.doe@example.com"
SECRET = "AKIA4J7QX2M9PLR3ZT6W"


def chunk(choice: dict[str, Any] | None = None, **extra: Any) -> bytes:
    event = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", **extra}
    event["choices"] = [choice] if choice is not None else []
    return b"data: " + orjson.dumps(event) + b"\n\n"


def text_stream(*pieces: str, done: bool = True) -> list[bytes | Exception]:
    out: list[bytes | Exception] = [
        chunk({"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None})
    ]
    out += [chunk({"index": 0, "delta": {"content": p}, "finish_reason": None}) for p in pieces]
    out.append(chunk({"index": 0, "delta": {}, "finish_reason": "stop"}))
    if done:
        out.append(b"data: [DONE]\n\n")
    return out


def whole(text: str, prompt: int = 7, completion: int = 2) -> bytes:
    return orjson.dumps(
        {
            "id": "c1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
    )


Script = bytes | list[bytes | Exception] | Exception | Callable[[RequestContext], Answer]


class Upstream:
    """The stage after the cache, faked: answers from a script, counts its calls and keeps
    the bodies it was sent (as the upstream would see them)."""

    def __init__(self, *script: Script) -> None:
        self.script = list(script)
        self.seen: list[dict[str, Any]] = []

    @property
    def calls(self) -> int:
        return len(self.seen)

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        self.seen.append(orjson.loads(orjson.dumps(ctx.body)))
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        ctx.alias, ctx.deployment, ctx.attempts = ctx.route.name if ctx.route else "", "a", 1
        if isinstance(item, Exception):
            raise item
        if isinstance(item, bytes):
            ctx.prompt_tokens, ctx.completion_tokens = 7, 2
            return Answer(body=item)
        if isinstance(item, list):
            return Answer(stream=_stream(ctx, item))
        return item(ctx)


async def _stream(
    ctx: RequestContext, items: list[bytes | Exception]
) -> AsyncGenerator[bytes, None]:
    for item in items:
        if isinstance(item, Exception):
            raise item
        yield item
    ctx.prompt_tokens, ctx.completion_tokens = 7, len(items)  # as attempts does at the end


GUARD = guard_config(
    strict={
        "input": [{"scanner": "pii", "action": "redact", "redact": "reversible"}],
        "output": [{"scanner": "secrets", "action": "block"}],
    }
)


class Gateway:
    """relay -> [guard] -> cache -> the fake upstream, on one config and one store."""

    def __init__(
        self,
        *script: Script,
        store: Store | None = None,
        guard: GuardConfig | None = None,
        **cache: Any,
    ) -> None:
        self.store = store if store is not None else MemoryStore()
        self.metrics = CacheMetrics()
        cache.setdefault("enabled", True)
        models: dict[str, Any] = {
            "chat": {"deployments": [{"name": "a"}]},
            "backup": {"deployments": [{"name": "b"}]},
        }
        if guard is not None:
            models["chat"]["guard"] = "strict"
        self.state: GatewayState = make_state(models, guard=guard, cache=cache)
        services = Services(
            observer=GatewayObserver(), store=self.store, cache_metrics=self.metrics
        )
        self.upstream = Upstream(*script)
        stages: list[Any] = [Relay(services)]
        if guard is not None:
            stages.append(GuardStage(services))
        stages += [Cache(services), self.upstream]
        self.chain = build_chain(stages)

    def context(
        self, body: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
    ) -> tuple[RequestContext, list[Any]]:
        ctx, sent = make_ctx(self.state, body, headers=headers)
        ctx.raw = orjson.dumps(body)
        routed(ctx, body)
        ctx.requested_model = body["model"]
        ctx.include_usage = ctx.stream and bool(
            (body.get("stream_options") or {}).get("include_usage")
        )
        return ctx, sent

    async def ask(self, headers: list[tuple[bytes, bytes]] | None = None, **body: Any) -> Reply:
        full = {
            "model": "chat",
            "messages": [{"role": "user", "content": "hi"}],
            "temperature": 0,
            **body,
        }
        ctx, sent = self.context(full, headers)
        await self.chain(ctx)
        return Reply(ctx, sent)

    def counted(self, name: str, **labels: str) -> float:
        assert self.metrics.registry is not None
        return self.metrics.registry.get_sample_value(name, {"alias": "chat", **labels}) or 0.0


class Reply:
    def __init__(self, ctx: RequestContext, sent: list[Any]) -> None:
        self.ctx = ctx
        start = sent[0]
        self.status: int = start["status"]
        self.headers = dict(start["headers"])
        self.raw = b"".join(m.get("body", b"") for m in sent[1:])

    @property
    def cache(self) -> str | None:
        value = self.headers.get(b"x-aire-cache")
        return value.decode() if value is not None else None

    def json(self) -> Any:
        return orjson.loads(self.raw)

    def events(self) -> list[Any]:
        out = []
        for event in self.raw.split(b"\n\n"):
            if event.startswith(b"data: ") and event != b"data: [DONE]":
                out.append(orjson.loads(event[6:]))
        return out

    def text(self) -> str:
        if self.headers[b"content-type"].startswith(b"text/event-stream"):
            return "".join(
                c["choices"][0]["delta"].get("content") or ""
                for c in self.events()
                if c.get("choices")
            )
        return str(self.json()["choices"][0]["message"]["content"])


# -- stored and replayed ----------------------------------------------------------------------


async def test_a_whole_answer_is_replayed_whole_and_streamed_without_the_upstream() -> None:
    gw = Gateway(whole("hello there"))
    first = await gw.ask()
    assert (first.cache, first.ctx.cache, first.text()) == ("miss", "miss", "hello there")
    assert "prompt_tokens_details" not in first.json()["usage"]  # the miss is the upstream's own
    again = await gw.ask()
    assert (again.cache, again.ctx.cache, again.text()) == ("hit", "hit", "hello there")
    assert again.headers[b"x-aire-cache-age"] == b"0"
    assert again.json()["usage"]["prompt_tokens_details"] == {"cached_tokens": 7}
    assert (again.ctx.prompt_tokens, again.ctx.completion_tokens) == (7, 2)
    assert (again.ctx.deployment, again.ctx.attempts) == ("", 0)
    streamed = await gw.ask(stream=True, stream_options={"include_usage": True})
    assert (streamed.cache, streamed.text()) == ("hit", "hello there")
    assert streamed.raw.endswith(b"data: [DONE]\n\n")
    assert streamed.events()[-1]["usage"]["prompt_tokens_details"] == {"cached_tokens": 7}
    assert gw.upstream.calls == 1


async def test_a_streamed_answer_is_assembled_and_replayed_in_either_form() -> None:
    gw = Gateway(text_stream("Hel", "lo"))
    first = await gw.ask(stream=True)
    assert (first.cache, first.text()) == ("miss", "Hello")
    hit = await gw.ask()  # a whole answer for a streamed miss
    assert (hit.cache, hit.text()) == ("hit", "Hello")
    usage = hit.json()["usage"]  # the stream had no usage chunk: the gateway's count
    assert usage["prompt_tokens"] == 7
    assert usage["prompt_tokens_details"]["cached_tokens"] == 7
    streamed = await gw.ask(stream=True)
    assert (streamed.cache, streamed.text()) == ("hit", "Hello")
    assert all("usage" not in e for e in streamed.events())  # not asked for
    assert gw.upstream.calls == 1


async def test_tool_calls_survive_the_round_trip() -> None:
    first_call = {"index": 0, "id": "call_9", "type": "function",
                  "function": {"name": "transfer", "arguments": '{"amo'}}  # fmt: skip
    rest = {"index": 0, "function": {"arguments": 'unt": 5}'}}
    calls = [
        chunk({"index": 0, "delta": {"role": "assistant", "tool_calls": [first_call]}}),
        chunk({"index": 0, "delta": {"tool_calls": [rest]}, "finish_reason": None}),
        chunk({"index": 0, "delta": {}, "finish_reason": "tool_calls"}),
        chunk(usage={"prompt_tokens": 11, "completion_tokens": 4, "total_tokens": 15}),
        b"data: [DONE]\n\n",
    ]
    gw = Gateway(calls)
    await gw.ask(stream=True, stream_options={"include_usage": True})
    hit = await gw.ask()
    message = hit.json()["choices"][0]["message"]
    assert message["tool_calls"] == [
        {
            "id": "call_9",
            "type": "function",
            "function": {"name": "transfer", "arguments": '{"amount": 5}'},
        }
    ]
    assert hit.json()["choices"][0]["finish_reason"] == "tool_calls"
    assert (hit.ctx.prompt_tokens, hit.ctx.completion_tokens) == (11, 4)  # the stream's usage
    assert gw.upstream.calls == 1


async def test_embeddings_are_cached() -> None:
    vectors = orjson.dumps({"object": "list", "data": [{"embedding": [0.5, 0.25], "index": 0}]})
    gw = Gateway(vectors)
    body = {"model": "chat", "input": "hello"}
    for expected in ("miss", "hit"):
        ctx, sent = gw.context(body)
        ctx.endpoint = "embeddings"
        await gw.chain(ctx)
        reply = Reply(ctx, sent)
        assert (reply.cache, reply.raw) == (expected, vectors)
    assert gw.upstream.calls == 1


# -- when the cache is not used ---------------------------------------------------------------


async def test_sampled_requests_go_upstream_every_time() -> None:
    gw = Gateway(whole("a"))
    for body in ({}, {"temperature": 0.7}, {"temperature": 1, "top_p": 0.01}):
        for _ in range(2):
            reply = await gw.ask(**body) if body else await gw.ask(temperature=None)
            assert reply.cache is None
            assert reply.ctx.cache is None
    assert gw.upstream.calls == 6
    assert gw.counted("aire_cache_lookups_total", result="bypass") == 6


async def test_a_seed_or_the_force_header_or_sampled_true_caches_sampled_requests() -> None:
    gw = Gateway(whole("a"))
    assert [(await gw.ask(temperature=0.8, seed=3)).cache for _ in range(2)] == ["miss", "hit"]
    force = [(b"x-aire-cache", b"force")]
    assert [(await gw.ask(force, temperature=0.8)).cache for _ in range(2)] == ["miss", "hit"]
    assert gw.upstream.calls == 2
    configured = Gateway(whole("a"), sampled=True)
    assert [(await configured.ask(temperature=0.8)).cache for _ in range(2)] == ["miss", "hit"]


async def test_bypass_neither_reads_nor_writes() -> None:
    gw = Gateway(whole("a"))
    await gw.ask()
    bypass = [(b"x-aire-cache", b"bypass")]
    reply = await gw.ask(bypass)
    assert reply.cache is None
    assert gw.upstream.calls == 2  # not read
    other = await gw.ask(bypass, max_tokens=3)
    assert other.cache is None
    assert (await gw.ask(max_tokens=3)).cache == "miss"  # not written either


async def test_an_unknown_header_value_is_a_400_before_the_upstream() -> None:
    gw = Gateway(whole("a"))
    reply = await gw.ask([(b"x-aire-cache", b"maybe")])
    assert reply.status == 400
    assert reply.json()["error"]["code"] == "invalid_request"
    assert gw.upstream.calls == 0


async def test_a_disabled_cache_passes_everything_through() -> None:
    gw = Gateway(whole("a"), enabled=False)
    replies = [await gw.ask(), await gw.ask([(b"x-aire-cache", b"whatever")])]
    assert [r.cache for r in replies] == [None, None]
    assert gw.upstream.calls == 2


async def test_an_entry_expires_after_its_ttl() -> None:
    clock = FakeClock()
    gw = Gateway(whole("a"), store=MemoryStore(MemoryState(clock)), ttl_s=30)
    await gw.ask()
    clock.advance(29.9)
    assert (await gw.ask()).cache == "hit"
    clock.advance(0.2)
    assert (await gw.ask()).cache == "miss"
    assert gw.upstream.calls == 2


# -- what is never stored ---------------------------------------------------------------------


async def test_a_stream_that_fails_midway_is_not_stored() -> None:
    broken = text_stream("Hel", "lo")
    broken[2] = UpstreamConnectError("reset")
    gw = Gateway(broken, text_stream("Hello"))
    failed = await gw.ask(stream=True)
    assert failed.cache == "miss"
    assert b"upstream_stream_interrupted" in failed.raw
    assert (await gw.ask(stream=True)).cache == "miss"
    assert gw.upstream.calls == 2
    assert gw.counted("aire_cache_not_stored_total", reason="incomplete") == 1


async def test_a_stream_without_done_or_finish_reason_is_not_stored() -> None:
    no_finish = text_stream("x")
    del no_finish[-2]
    gw = Gateway(no_finish, text_stream("x", done=False), whole("y"))
    await gw.ask(stream=True)
    await gw.ask(stream=True)
    assert (await gw.ask(stream=True)).cache == "miss"
    assert gw.counted("aire_cache_not_stored_total", reason="incomplete") == 2


async def test_a_stream_the_client_left_is_not_stored() -> None:
    gw = Gateway(text_stream("a", "b", "c"))
    cache = Cache(Services(observer=GatewayObserver(), store=gw.store, cache_metrics=gw.metrics))
    ctx, _ = gw.context({"model": "chat", "messages": [{"role": "user", "content": "hi"}],
                         "temperature": 0, "stream": True})  # fmt: skip
    answer = await cache(ctx, lambda c: gw.upstream(c, call_next=None))  # type: ignore[arg-type]
    assert answer.stream is not None
    await anext(answer.stream)
    await answer.stream.aclose()  # what the relay does when the client goes away
    assert (await gw.ask(stream=True)).cache == "miss"


async def test_an_upstream_error_is_not_stored() -> None:
    gw = Gateway(UpstreamConnectError("refused"), whole("a"))
    assert (await gw.ask()).status == 502
    assert (await gw.ask()).cache == "miss"


async def test_an_answer_from_a_fallback_alias_is_not_stored() -> None:
    def from_backup(ctx: RequestContext) -> Answer:
        ctx.alias = "backup"  # as attempts sets it when a fallback serves
        return Answer(body=whole("degraded"))

    gw = Gateway(from_backup, whole("a"))
    assert (await gw.ask()).text() == "degraded"
    assert (await gw.ask()).cache == "miss"
    assert gw.counted("aire_cache_not_stored_total", reason="fallback") == 1


@pytest.mark.parametrize("stream", [False, True])
async def test_an_answer_over_max_entry_bytes_is_not_stored(stream: bool) -> None:
    text = "x" * 5000
    pieces = [text[i : i + 100] for i in range(0, 5000, 100)]
    gw = Gateway(text_stream(*pieces) if stream else whole(text), max_entry_bytes=4096)
    assert (await gw.ask(stream=stream)).text() == text
    assert (await gw.ask(stream=stream)).cache == "miss"
    assert gw.counted("aire_cache_not_stored_total", reason="too_large") == 2


@pytest.mark.parametrize("form", ["whole", "stream", "stream ending in one block"])
async def test_an_answer_the_guard_blocks_is_not_stored(form: str) -> None:
    leak = f"the key is {SECRET}"
    stream = form != "whole"
    events = text_stream(leak)
    if form == "stream ending in one block":  # the guard sees the end after this stage did
        events[-2:] = [b"".join(e for e in events[-2:] if isinstance(e, bytes))]
    gw = Gateway(events if stream else whole(leak), guard=GUARD)
    blocked = await gw.ask(stream=stream)
    assert SECRET.encode() not in blocked.raw
    assert b"guard_blocked" in blocked.raw
    assert (await gw.ask(stream=stream)).ctx.cache == "miss"  # blocked again, from upstream
    assert gw.upstream.calls == 2
    assert len(gw.store.state) == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("stream", [False, True])
async def test_redacted_values_are_never_stored_and_a_hit_restores_the_callers_own(
    stream: bool,
) -> None:
    def echo(ctx: RequestContext) -> Answer:
        said = ctx.body["messages"][0]["content"]  # what the upstream saw: placeholders
        ctx.prompt_tokens, ctx.completion_tokens = 7, 2
        if stream:
            return Answer(stream=_stream(ctx, text_stream(f"I will write to {said}")))
        return Answer(body=whole(f"I will write to {said}"))

    gw = Gateway(echo, guard=GUARD)
    first = await gw.ask(stream=stream, messages=[{"role": "user", "content": EMAIL}])
    assert first.text() == f"I will write to {EMAIL}"
    stored = await gw.store.get(cache_key(first.ctx, "team"))
    assert stored is not None
    assert EMAIL.encode() not in stored
    assert b"[EMAIL" in stored
    other = "john.roe@example.org"
    second = await gw.ask(stream=stream, messages=[{"role": "user", "content": other}])
    assert second.cache == "hit"  # the upstream would have seen the same request
    assert second.text() == f"I will write to {other}"
    assert EMAIL not in second.text()
    assert gw.upstream.calls == 1


async def test_an_unreachable_store_makes_every_request_a_miss() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = open_store(
        StateConfig(backend="redis", url=f"redis://127.0.0.1:{port}/0", retry_interval_ms=60_000)
    )
    try:
        gw = Gateway(whole("a"), store=store)
        replies = [await gw.ask(), await gw.ask()]
        assert [(r.status, r.cache, r.text()) for r in replies] == [(200, "miss", "a")] * 2
        assert gw.counted("aire_cache_lookups_total", result="error") == 2
        assert gw.counted("aire_cache_not_stored_total", reason="store_error") == 2
    finally:
        with contextlib.suppress(Exception):
            await store.aclose()


async def test_the_counters() -> None:
    gw = Gateway(whole("hello"))
    await gw.ask()
    await gw.ask()
    await gw.ask(stream=True)
    assert gw.counted("aire_cache_lookups_total", result="miss") == 1
    assert gw.counted("aire_cache_lookups_total", result="hit") == 2
    assert gw.counted("aire_cache_stores_total") == 1
    stored = gw.counted("aire_cache_bytes_total", direction="stored")
    assert stored == len((await gw.ask()).raw)
    assert gw.counted("aire_cache_saved_tokens_total", direction="in") == 7 * 3
    assert gw.counted("aire_cache_saved_tokens_total", direction="out") == 2 * 3
