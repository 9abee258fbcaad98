"""The request's edge: body, JSON, the client's API, shape, alias, stream flags.

A client's malformed request is refused here with a 400 naming the field, so that it
never reaches an upstream, fails there, and counts against a deployment that other
clients need. A client of another API than OpenAI chat (``ctx.api`` names its dialect:
Anthropic Messages, OpenAI Responses) has its request translated to chat here, and the
answer translated back on its way out (``aire.gateway.inbound``), so every stage in
between sees chat.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.asgi import DisconnectWatch, check_media_type, read_body
from aire.errors import InvalidRequest, ModelNotFound
from aire.gateway.context import Answer, RequestContext
from aire.gateway.inbound import DIALECTS, Dialect
from aire.gateway.inbound.answer import render_answer
from aire.gateway.services import Services
from aire.gateway.stages import Next
from aire.gateway.validate import validate_request

__all__ = ["Parse"]

# Most answers from a fast upstream are sent before this: they need no disconnect watcher
# task. A client that leaves sooner frees its upstream this much later at most.
_WATCH_AFTER_S = 0.02


class Parse:
    def __init__(self, services: Services) -> None:
        self.dialects: dict[str, Dialect] = {name: DIALECTS.get(name) for name in DIALECTS}

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        assert ctx.state is not None
        assert ctx.receive is not None
        ctype = ctx.header(b"content-type")
        if ctype is not None and not ctype.startswith(b"application/json"):
            check_media_type(ctype)
        ctx.raw = await read_body(ctx.receive, ctx.state.config.max_body_bytes)
        body = _json_object(ctx.raw)
        dialect = self.dialects.get(ctx.api)
        if dialect is not None:
            ctx.client_body = body
            body = dialect.to_chat(body)
        self._parse(ctx, body)
        route = ctx.state.routes.get(ctx.alias)
        if route is None:
            name = ctx.alias if len(ctx.alias) <= 256 else ctx.alias[:256] + "..."
            raise ModelNotFound(f"The model `{name}` does not exist.", param="model")
        ctx.route = route
        validate_request(ctx.endpoint, body, openai_limits=route.openai_limits)
        ctx.watch = DisconnectWatch(ctx.receive, _WATCH_AFTER_S)
        answer = await call_next(ctx)
        return render_answer(dialect, ctx, answer) if dialect is not None else answer

    def _parse(self, ctx: RequestContext, body: dict[str, Any]) -> None:
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise InvalidRequest("model: a model name is required", param="model")
        ctx.alias = ctx.requested_model = model
        ctx.body = body
        if ctx.endpoint == "chat":
            messages = body.get("messages")
            if (
                not isinstance(messages, list)
                or not messages
                or not all(isinstance(m, dict) for m in messages)
            ):
                raise InvalidRequest(
                    "messages: a non-empty list of message objects is required", param="messages"
                )
        if ctx.endpoint != "embeddings":
            stream = body.get("stream")
            if stream is True:
                ctx.stream = ctx.user_stream = True
            elif stream is not None and stream is not False:
                raise InvalidRequest("stream: must be true or false", param="stream")
            options = body.get("stream_options")
            if options is not None:
                ctx.include_usage = _include_usage(options) and ctx.stream


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise InvalidRequest("request body must be a JSON object")
    return body


def _include_usage(options: Any) -> bool:
    """``stream_options.include_usage``; InvalidRequest if ``stream_options`` is malformed
    (the gateway rewrites it for the upstream, so it must make sense here)."""
    if not isinstance(options, dict):
        raise InvalidRequest("stream_options: must be an object", param="stream_options")
    include = options.get("include_usage", False)
    if not isinstance(include, bool):
        raise InvalidRequest(
            "stream_options.include_usage: must be true or false",
            param="stream_options.include_usage",
        )
    return include
