"""Stage tests: a real GatewayState from a config, fake providers, a recording observer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from aire.asgi import Message
from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.breaker import BreakerState
from aire.gateway.context import Answer, Attempt, RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, Usage
from aire.gateway.state import GatewayState
from aire.gateway.transport import Transport

OK_BODY = orjson.dumps(
    {
        "id": "x",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1},
    }
)


class Recorder(GatewayObserver):
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def on_request(self, ctx: RequestContext) -> None:
        self.events.append(("request",))

    def on_attempt(self, ctx: RequestContext, attempt: Attempt) -> None:
        self.events.append(("attempt", attempt.deployment.name, attempt.kind, attempt.panic))

    def on_attempt_end(self, ctx: RequestContext, attempt: Attempt) -> None:
        code = getattr(attempt.error, "code", None)
        self.events.append(("attempt_end", attempt.deployment.name, code))

    def on_first_chunk(self, ctx: RequestContext) -> None:
        self.events.append(("first_chunk",))

    def on_chunk(self, ctx: RequestContext, chunk: bytes, gap_s: float) -> None:
        self.events.append(("chunk", chunk))

    def on_settle(self, ctx: RequestContext) -> None:
        self.events.append(("settle", ctx.status, ctx.error_code))

    def on_breaker(self, deployment: Deployment, state: BreakerState) -> None:
        self.events.append(("breaker", deployment.name, state.name))

    def on_panic(self, alias: str, active: bool) -> None:
        self.events.append(("panic", alias, active))

    def kinds(self) -> list[str]:
        return [e[0] for e in self.events]


class FakeStream:
    def __init__(self, chunks: list[bytes | Exception]) -> None:
        self.chunks = chunks
        self.usage: Usage | None = None
        self.closed = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._events()

    async def _events(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk
        self.usage = Usage(3, len(self.chunks))

    async def aclose(self) -> None:
        self.closed = True


class FakeProvider:
    """Answers from a script: each call takes the next item (an exception is raised,
    bytes are a whole answer, a list is a stream)."""

    name = "fake"

    def __init__(self, *script: Any) -> None:
        self.script = list(script)
        self.calls: list[UpstreamRequest] = []
        self.streams: list[FakeStream] = []

    def supports(self, endpoint: str) -> bool:
        return True

    def _next(self, req: UpstreamRequest) -> Any:
        self.calls.append(req)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        return item

    async def complete(self, req: UpstreamRequest) -> UpstreamResponse:
        return UpstreamResponse(self._next(req), Usage(3, 1))

    async def open_stream(self, req: UpstreamRequest) -> FakeStream:
        stream = FakeStream(list(self._next(req)))
        self.streams.append(stream)
        return stream


def make_state(
    models: dict[str, Any],
    *,
    observer: GatewayObserver | None = None,
    guard: GuardConfig | None = None,
    **gateway: Any,
) -> GatewayState:
    for alias in models.values():
        alias["deployments"] = [
            {"url": "http://upstream.invalid/v1", "model": "m", **d} for d in alias["deployments"]
        ]
    config = GatewayConfig.model_validate({"models": models, **gateway})
    return GatewayState(config, Transport(), observer or GatewayObserver(), guard=guard)


def deployment(state: GatewayState, name: str) -> Deployment:
    return next(d for d in state.deployments if d.name == name)


def make_ctx(
    state: GatewayState,
    body: dict[str, Any] | bytes | None = None,
    *,
    endpoint: str = "chat",
    headers: list[tuple[bytes, bytes]] | None = None,
) -> tuple[RequestContext, list[Message]]:
    sent: list[Message] = []
    raw = body if isinstance(body, bytes) else orjson.dumps(body or {})
    messages = [{"type": "http.request", "body": raw, "more_body": False}]

    async def receive() -> Message:
        if messages:
            return messages.pop(0)
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    ctx = RequestContext("req-1", headers or [], endpoint, state=state, receive=receive, send=send)
    return ctx, sent


def routed(ctx: RequestContext, body: dict[str, Any]) -> RequestContext:
    """A context as the parse stage leaves it."""
    assert ctx.state is not None
    ctx.body = body
    ctx.alias = body["model"]
    ctx.route = ctx.state.routes[ctx.alias]
    ctx.stream = bool(body.get("stream"))
    return ctx


async def no_next(ctx: RequestContext) -> Answer:
    raise AssertionError("the stage must not call the next one")


def guard_config(**policies: Any) -> GuardConfig:
    return GuardConfig.model_validate(
        {"default_policy": next(iter(policies)), "policies": policies}
    )
