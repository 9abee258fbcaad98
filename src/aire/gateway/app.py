"""The gateway's ASGI app: routes, request parsing, client-facing errors, settling.

The app is thin: it parses just what routing needs (``model``, ``stream``), hands the
request to the pipeline, and turns any failure into an OpenAI-shaped error with a stable
``code``. Upstream details (URLs, raw upstream messages of server errors) go to the log,
not to the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from aire.asgi import (
    DisconnectWatch,
    Receive,
    Scope,
    Send,
    check_media_type,
    read_body,
    send_bytes,
    send_json,
)
from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.errors import (
    AireError,
    InvalidRequest,
    MethodNotAllowed,
    ModelNotFound,
    NotFound,
    UpstreamError,
    UpstreamStatusError,
)
from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.guarding import GuardedRequest
from aire.gateway.health import HealthChecker
from aire.gateway.logs import AccessLog
from aire.gateway.metrics import CONTENT_TYPE_LATEST, GatewayMetrics
from aire.gateway.pipeline import Pipeline
from aire.gateway.state import GatewayState
from aire.gateway.transport import Transport

__all__ = ["GatewayApp"]

log = logging.getLogger("aire.gateway")

Handler = Callable[[Scope, Receive, Send], Awaitable[None]]
_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:-]{1,128}")
# Most answers from a fast upstream are sent before this: they need no disconnect watcher
# task. A client that leaves sooner frees its upstream this much later at most.
_WATCH_AFTER_S = 0.02
_ENDPOINTS = {
    "/v1/chat/completions": "chat",
    "/v1/completions": "completions",
    "/v1/embeddings": "embeddings",
}


_MODEL_PREFIX = "/v1/models/"


class GatewayApp:
    """ASGI app of ``aire serve``; ``reload(config)`` swaps routes without dropping requests."""

    def __init__(self, config: GatewayConfig, guard: GuardConfig | None = None) -> None:
        self.metrics = GatewayMetrics()
        self.transport = Transport()
        self.state = GatewayState(config, self.transport, self.metrics, guard=guard)
        self.pipeline = Pipeline(self.metrics)
        self.health: HealthChecker | None = None
        self.access = AccessLog()
        self.started_at = time.time()
        self._id_prefix = os.urandom(4).hex()
        self._ids = 0
        self._info: dict[str, Handler] = {
            "/v1/models": self._models,
            "/health": self._health,
            "/ready": self._ready,
            "/metrics": self._metrics,
        }

    # -- lifecycle ---------------------------------------------------------------------

    async def startup(self) -> None:
        # Objects built at start-up live for the whole process: keep them out of every
        # garbage collection (fewer and shorter GC pauses under load).
        gc.collect()
        gc.freeze()
        if self.state.config.log_requests:
            self.access.start()
        self._start_health()

    async def shutdown(self) -> None:
        if self.health is not None:
            await self.health.stop()
        await self.transport.aclose()
        self.access.close()

    def _start_health(self) -> None:
        metrics = self.metrics

        def on_change(dep: Deployment, healthy: bool) -> None:
            metrics.child(metrics.healthy, dep.name).set(1 if healthy else 0)

        self.health = HealthChecker(
            self.state.config.health, self.state.deployments, self.transport, on_change
        )
        self.health.start()

    async def reload(self, config: GatewayConfig, guard: GuardConfig | None = None) -> None:
        """Swap in a new configuration; requests in flight finish on the old one."""
        new_state = GatewayState(
            config, self.transport, self.metrics, previous=self.state, guard=guard
        )
        old_health = self.health
        self.state = new_state
        if old_health is not None:
            await old_health.stop()
        self._start_health()
        log.warning("configuration reloaded", extra={"aliases": sorted(config.models)})

    # -- ASGI ------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            endpoint = _ENDPOINTS.get(path)
            if endpoint is not None and scope["method"] == "POST":
                await self._generation(scope, receive, send, endpoint)
                return
            await self._other(scope, receive, send, path, endpoint)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _other(
        self, scope: Scope, receive: Receive, send: Send, path: str, endpoint: str | None
    ) -> None:
        handler = self._info.get(path)
        if handler is None and path.startswith(_MODEL_PREFIX) and path != _MODEL_PREFIX:
            handler = self._model
        method = scope["method"]
        try:
            if endpoint is not None:
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["POST"])
            if handler is None:
                raise NotFound(f"no route {path!r}")
            if method not in ("GET", "HEAD"):  # the server sends no body to a HEAD
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["GET", "HEAD"])
            await handler(scope, receive, send)
        except AireError as exc:
            headers = [(b"content-type", b"application/json")]
            if isinstance(exc, MethodNotAllowed):
                headers.append((b"allow", ", ".join(exc.allow).encode()))
            await send_bytes(send, exc.status(), orjson.dumps(exc.to_body()), headers)

    def _request_id(self, scope: Scope) -> tuple[str, bytes | None]:
        """The request id (the client's x-request-id if it is sane) and the content-type."""
        given = ctype = None
        for key, value in scope["headers"]:
            if key == b"x-request-id":
                given = given or value
            elif key == b"content-type":
                ctype = value
        if given and _REQUEST_ID.fullmatch(given):
            return given.decode(), ctype
        self._ids += 1
        return f"{self._id_prefix}{self._ids:010x}", ctype

    async def _generation(self, scope: Scope, receive: Receive, send: Send, endpoint: str) -> None:
        state = self.state  # one config for the whole request, even across a reload
        request_id, ctype = self._request_id(scope)
        ctx = RequestContext(request_id, scope["headers"], endpoint)
        watch: DisconnectWatch | None = None
        try:
            if ctype is not None and not ctype.startswith(b"application/json"):
                check_media_type(ctype)
            raw = await read_body(receive, state.config.max_body_bytes)
            self._parse(ctx, raw)
            route = state.routes.get(ctx.alias)
            if route is None:
                name = ctx.alias if len(ctx.alias) <= 256 else ctx.alias[:256] + "..."
                raise ModelNotFound(f"The model `{name}` does not exist.", param="model")
            guarded = None
            guard = state.guards.get(route.name)
            if guard is not None:
                guarded = GuardedRequest(guard, ctx.endpoint, ctx.request_id)
                guarded.check_input(ctx.body)
            watch = DisconnectWatch(receive, _WATCH_AFTER_S)
            if ctx.stream:
                await self.pipeline.stream(ctx, state, route, send, guarded)
            else:
                await self.pipeline.complete(ctx, state, route, send, guarded)
        except AireError as exc:
            await self._send_error(send, ctx, exc)
        except asyncio.CancelledError:
            if watch is None or not watch.absorb():
                raise
            ctx.status, ctx.error_code = 499, "client_disconnected"
        except Exception as exc:
            log.exception("gateway error", extra={"request_id": ctx.request_id})
            await self._send_error(
                send, ctx, AireError(f"internal gateway error ({type(exc).__name__})")
            )
        finally:
            if watch is not None:
                watch.stop()
            self._settle(ctx)

    def _parse(self, ctx: RequestContext, raw: bytes) -> None:
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"request body is not valid JSON: {exc}") from None
        if not isinstance(body, dict):
            raise InvalidRequest("request body must be a JSON object")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise InvalidRequest("model: a model name is required", param="model")
        ctx.alias = model
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
                ctx.stream = True
            elif stream is not None and stream is not False:
                raise InvalidRequest("stream: must be true or false", param="stream")
            options = body.get("stream_options")
            if options is not None:
                ctx.include_usage = _include_usage(options) and ctx.stream

    async def _send_error(self, send: Send, ctx: RequestContext, exc: AireError) -> None:
        status, payload, extra = _client_error(exc, ctx)
        ctx.status, ctx.error_code = status, str(payload["error"]["code"])
        if isinstance(exc, UpstreamError):
            log.warning(
                "upstream failure: %s",
                exc.message,
                extra={
                    "request_id": ctx.request_id,
                    "alias": ctx.alias,
                    "code": exc.code,
                    "attempts": ctx.attempts,
                },
            )
        headers = [
            (b"content-type", b"application/json"),
            (b"x-aire-request-id", ctx.request_id.encode()),
            *extra,
        ]
        if ctx.attempts:  # an upstream was tried: which one (the last), how many times
            headers.append((b"x-aire-deployment", ctx.deployment.encode()))
            headers.append((b"x-aire-attempts", str(ctx.attempts).encode()))
        with contextlib.suppress(RuntimeError):  # the response had already started
            await send_bytes(send, status, orjson.dumps(payload), headers)

    def _settle(self, ctx: RequestContext) -> None:
        m = self.metrics
        duration = time.perf_counter() - ctx.t0
        alias = ctx.alias if ctx.alias in self.state.routes else "unknown"
        status = str(ctx.status or 500)
        m.child(m.requests, alias, ctx.deployment, status).inc()
        m.child(m.duration, alias).observe(duration)
        if ctx.attempts:
            m.overhead.observe(max(0.0, duration - ctx.upstream_s))
        if ctx.prompt_tokens or ctx.completion_tokens:
            m.child(m.tokens, alias, ctx.deployment, "in").inc(ctx.prompt_tokens)
            m.child(m.tokens, alias, ctx.deployment, "out").inc(ctx.completion_tokens)
        if self.state.config.log_requests:
            self.access.emit(
                {
                    "msg": "request",
                    "request_id": ctx.request_id,
                    "endpoint": ctx.endpoint,
                    "alias": ctx.alias,
                    "deployment": ctx.deployment,
                    "stream": ctx.stream,
                    "status": ctx.status,
                    "code": ctx.error_code,
                    "attempts": ctx.attempts,
                    "retries": ctx.retries,
                    "fallbacks": ctx.fallbacks,
                    "duration_ms": round(duration * 1000, 3),
                    "ttft_ms": round(ctx.ttft_s * 1000, 3) if ctx.ttft_s is not None else None,
                    "overhead_ms": round(max(0.0, duration - ctx.upstream_s) * 1000, 3),
                    "prompt_tokens": ctx.prompt_tokens,
                    "completion_tokens": ctx.completion_tokens,
                }
            )

    # -- info endpoints --------------------------------------------------------------------

    def _model_object(self, alias: str) -> dict[str, Any]:
        return {"id": alias, "object": "model", "created": int(self.started_at), "owned_by": "aire"}

    async def _models(self, scope: Scope, receive: Receive, send: Send) -> None:
        data = [self._model_object(alias) for alias in self.state.routes]
        await send_json(send, 200, {"object": "list", "data": data})

    async def _model(self, scope: Scope, receive: Receive, send: Send) -> None:
        """``GET /v1/models/{id}``: one alias (an id may hold slashes: ``org/model``)."""
        alias = scope["path"][len(_MODEL_PREFIX) :]
        if alias not in self.state.routes:
            shown = alias if len(alias) <= 256 else alias[:256] + "..."
            raise ModelNotFound(f"The model `{shown}` does not exist.", param="model")
        await send_json(send, 200, self._model_object(alias))

    async def _health(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send_json(send, 200, {"status": "ok"})

    async def _ready(self, scope: Scope, receive: Receive, send: Send) -> None:
        now = time.monotonic()
        aliases = {
            name: any(d.available(now) for d in route.deployments)
            for name, route in self.state.routes.items()
        }
        ready = bool(aliases) and any(aliases.values())
        await send_json(send, 200 if ready else 503, {"ready": ready, "models": aliases})

    async def _metrics(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send_bytes(
            send, 200, self.metrics.exposition(), [(b"content-type", CONTENT_TYPE_LATEST.encode())]
        )


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


def _client_error(
    exc: AireError, ctx: RequestContext
) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]]]:
    extra: list[tuple[bytes, bytes]] = []
    if (
        isinstance(exc, UpstreamStatusError)
        and 400 <= exc.upstream_status < 500
        and not exc.deployment_fault
    ):
        status = exc.upstream_status
        kind = "rate_limit_error" if status == 429 else "invalid_request_error"
        if exc.retry_after_s is not None:
            extra.append((b"retry-after", str(max(1, round(exc.retry_after_s))).encode()))
        # status_error() gives the upstream's own message, or a neutral one without its URL
        message = exc.detail.get("client_message", exc.message)
        err = exc.body.get("error") if exc.body else None
        param = err.get("param") if isinstance(err, dict) else None
        return (
            status,
            {
                "error": {
                    "message": message,
                    "type": kind,
                    "param": param if isinstance(param, str) else None,
                    "code": exc.upstream_code or exc.code,
                }
            },
            extra,
        )
    if isinstance(exc, UpstreamError):
        attempts = f"{ctx.attempts} attempt{'s' if ctx.attempts != 1 else ''}"
        message = {
            "upstream_timeout": "the upstream model did not answer in time",
            "upstream_connect_error": "the upstream model could not be reached",
            "upstream_protocol_error": "the upstream model sent an invalid response",
            "upstream_http_error": "the upstream model failed",
            "no_healthy_upstream": "no upstream is available for this model",
        }.get(exc.code, "the upstream model failed")
        if isinstance(exc, UpstreamStatusError) and exc.deployment_fault:
            # not the client's fault: say so without the upstream's own words (its model
            # name, its account)
            check = "api_key" if exc.upstream_status in (401, 403) else "url and model"
            message = (
                f"the upstream model refused the gateway's request with HTTP "
                f"{exc.upstream_status} (check the deployment's {check})"
            )
        return (
            exc.status(),
            {
                "error": {
                    "message": f"{message} ({attempts})",
                    "type": "upstream_error",
                    "param": None,
                    "code": exc.code,
                }
            },
            extra,
        )
    return exc.status(), exc.to_body(), extra
