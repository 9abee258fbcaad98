"""The simulator's ASGI app: routes, admin API, health, metrics and fault entry points."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from aire.asgi import (
    JSON_HEADERS,
    Receive,
    Scope,
    Send,
    check_content_type,
    header,
    read_body,
    send_bytes,
    send_json,
)
from aire.config.loader import validate_config
from aire.config.sim import FaultSpec, SimConfig
from aire.errors import (
    AireError,
    ConfigError,
    ContextLengthExceeded,
    InvalidRequest,
    InvalidSetting,
    MethodNotAllowed,
    ModelNotFound,
    NotFound,
    RateLimited,
    SimServerError,
    SimUnavailable,
)
from aire.protocol import anthropic
from aire.protocol.anthropic import MessagesRequest
from aire.protocol.openai import (
    ChatCompletionRequest,
    CompletionRequest,
    EmbeddingRequest,
    parse_request,
)
from aire.sim.endpoints import (
    chat_request,
    completion_requests,
    embed,
    messages_request,
    simple_chat,
    simple_chat_request,
)
from aire.sim.engine import Engine
from aire.sim.faults import abort_connection, parse_fault, pick_degradation, pick_fault
from aire.sim.framing import (
    AnthropicFramer,
    ChatFramer,
    CompletionFramer,
    EmbeddingFramer,
    Framer,
)
from aire.sim.generate import Choice, Generator, GenRequest
from aire.sim.metrics import SimMetrics
from aire.sim.runner import Playback, Runner
from aire.sim.script import Script, load_script

__all__ = ["SimApp"]

log = logging.getLogger("aire.sim")

Handler = Callable[[Scope, Receive, Send], Awaitable[None]]


_MODEL_PREFIX = "/v1/models/"


class SimApp:
    """ASGI app of ``aire sim``. ``config`` can be replaced at run time (``/admin/config``)."""

    def __init__(self, config: SimConfig | None = None) -> None:
        config = config or SimConfig()
        self.config = config
        self.created = int(time.time())
        self.started_at = time.monotonic()
        #: degradation clocks (after_s, after_requests) run from the last change of the list
        self.configured_at = self.started_at
        self.requests = 0
        self.rng = random.Random(config.seed)
        self.engine = Engine(config)
        self.metrics = SimMetrics(self.engine, config.models[0])
        self.script: Script | None = load_script(config.script) if config.script else None
        self.generator = Generator(config, self.script)
        self.runner = Runner(self.engine, self.metrics, self._request_rng)
        self._id_prefix = os.urandom(4).hex()
        self._ids = 0
        self.routes: dict[str, dict[str, Handler]] = {
            "/v1/chat/completions": {"POST": self._chat},
            "/v1/completions": {"POST": self._completions},
            "/v1/embeddings": {"POST": self._embeddings},
            "/v1/messages": {"POST": self._messages},
            "/v1/models": {"GET": self._models},
            "/health": {"GET": self._health},
            "/ready": {"GET": self._ready},
            "/metrics": {"GET": self._metrics},
            "/admin/config": {"GET": self._get_config, "POST": self._set_config},
        }
        self._model_routes: dict[str, Handler] = {"GET": self._model, "HEAD": self._model}
        for methods in self.routes.values():  # HEAD: the GET answer without its body
            if "GET" in methods:
                methods["HEAD"] = methods["GET"]

    # -- plumbing ---------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await _lifespan(receive, send)
            return
        path: str = scope["path"]
        try:
            methods = self.routes.get(path) or self.routes.get(path.rstrip("/") or "/")
            if methods is None and path.startswith(_MODEL_PREFIX) and path != _MODEL_PREFIX:
                methods = self._model_routes
            if methods is None:
                raise NotFound(f"no route {path!r}")
            handler = methods.get(scope["method"])
            if handler is None:
                raise MethodNotAllowed(
                    f"{scope['method']} is not allowed on {path}", allow=sorted(methods)
                )
            if scope["method"] == "POST":
                check_content_type(scope)
            await handler(scope, receive, send)
        except AireError as exc:
            await self._send_error(send, exc, anthropic_style=path.startswith("/v1/messages"))
        except Exception:
            log.exception("simulator error on %s", path)
            await self._send_error(
                send,
                SimServerError("internal simulator error"),
                anthropic_style=path.startswith("/v1/messages"),
            )

    async def _send_error(self, send: Send, exc: AireError, *, anthropic_style: bool) -> None:
        status = exc.status()
        headers = list(JSON_HEADERS)
        if isinstance(exc, MethodNotAllowed):
            headers.append((b"allow", ", ".join(exc.allow).encode()))
        retry_after = getattr(exc, "retry_after_s", None)
        if retry_after is not None:
            headers.append((b"retry-after", str(max(0, round(retry_after))).encode()))
            headers.append((b"retry-after-ms", str(round(retry_after * 1000)).encode()))
        body = anthropic.error_body(status, exc.message) if anthropic_style else exc.to_body()
        # RuntimeError: the response had already started; the stream is cut instead
        with contextlib.suppress(RuntimeError):
            await send_bytes(send, status, orjson.dumps(body), headers)

    def _request_rng(self) -> random.Random:
        return self.rng

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._id_prefix}{self._ids:08x}"

    def _check_model(self, model: str) -> None:
        served = self.config.models
        if "*" not in served and model not in served:
            shown = model if len(model) <= 256 else model[:256] + "..."  # no echo of 1 MB
            raise ModelNotFound(f"The model `{shown}` does not exist.", param="model")

    # -- configuration --------------------------------------------------------------

    def apply_config(self, config: SimConfig) -> None:
        """Swap the whole configuration; engine limits apply to waiting requests at once."""
        script = self.script
        if config.script != self.config.script:
            script = load_script(config.script) if config.script else None
        if config.seed != self.config.seed:
            self.rng = random.Random(config.seed)
        if config.degradations != self.config.degradations:
            self.configured_at = time.monotonic()
            self.requests = 0
        self.config = config
        self.script = script
        self.generator = Generator(config, script)
        self.engine.reconfigure(config)

    async def _get_config(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send_json(send, 200, self.config.model_dump(mode="json"))

    async def _set_config(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            patch = orjson.loads(await read_body(receive))
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"body is not valid JSON: {exc}") from None
        if not isinstance(patch, dict):
            raise InvalidRequest("body must be a JSON object of fields to change")
        current = self.config.model_dump(mode="json")
        for fixed in ("host", "port", "header_timeout_s", "max_connections"):
            if fixed in patch and patch[fixed] != current[fixed]:
                raise InvalidRequest(f"{fixed}: cannot change at run time", param=fixed)
        merged = _merge(current, patch)
        try:
            config = validate_config(SimConfig, merged, source="POST /admin/config")
            self.apply_config(config)
        except ConfigError as exc:
            raise _request_error(exc) from None
        await send_json(send, 200, config.model_dump(mode="json"))

    # -- info endpoints ---------------------------------------------------------------

    def _model_object(self, name: str) -> dict[str, Any]:
        return {
            "id": name,
            "object": "model",
            "created": self.created,
            "owned_by": "aire-sim",
            "max_model_len": self.config.max_model_len,
        }

    async def _models(self, scope: Scope, receive: Receive, send: Send) -> None:
        data = [self._model_object(name) for name in self.config.models if name != "*"]
        await send_json(send, 200, {"object": "list", "data": data})

    async def _model(self, scope: Scope, receive: Receive, send: Send) -> None:
        """``GET /v1/models/{id}`` (the id may hold slashes: ``org/model``)."""
        name = scope["path"][len(_MODEL_PREFIX) :]
        self._check_model(name)
        await send_json(send, 200, self._model_object(name))

    async def _health(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send_json(send, 200, {"status": "ok"})

    async def _ready(self, scope: Scope, receive: Receive, send: Send) -> None:
        ready = self.config.ready
        await send_json(send, 200 if ready else 503, {"ready": ready})

    async def _metrics(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = generate_latest(self.metrics.registry)
        await send_bytes(send, 200, body, [(b"content-type", CONTENT_TYPE_LATEST.encode())])

    # -- model endpoints --------------------------------------------------------------

    async def _chat(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive)
        simple = simple_chat(body)
        if simple is not None:
            data = simple.data
            self._check_model(data["model"])
            gen = simple_chat_request(simple, self.config.max_model_len)
            options = data.get("stream_options")
            include_usage = bool(options and options.get("include_usage"))
            stream = bool(data.get("stream", False))
        else:
            req = parse_request(ChatCompletionRequest, body)
            self._check_model(req.model)
            gen = chat_request(req, self.config.max_model_len)
            include_usage, stream = req.include_usage(), req.stream
        framer = ChatFramer(self._next_id("chatcmpl-"), gen.model, include_usage)
        await self._generate(scope, receive, send, [gen], stream, framer)

    async def _completions(self, scope: Scope, receive: Receive, send: Send) -> None:
        req = parse_request(CompletionRequest, await read_body(receive))
        self._check_model(req.model)
        gens = completion_requests(req, self.config.max_model_len)
        # choices come prompt by prompt, n of each: each one echoes its own prompt
        echo = [g.last_user for g in gens for _ in range(g.n)] if req.echo else ""
        framer = CompletionFramer(self._next_id("cmpl-"), req.model, req.include_usage(), echo)
        await self._generate(scope, receive, send, gens, req.stream, framer)

    async def _messages(self, scope: Scope, receive: Receive, send: Send) -> None:
        req = parse_request(MessagesRequest, await read_body(receive))
        self._check_model(req.model)
        gen = messages_request(req, self.config.max_model_len)
        framer = AnthropicFramer(self._next_id("msg_"), req.model)
        await self._generate(scope, receive, send, [gen], req.stream, framer)

    async def _embeddings(self, scope: Scope, receive: Receive, send: Send) -> None:
        req = parse_request(EmbeddingRequest, await read_body(receive))
        self._check_model(req.model)
        vectors, tokens = embed(req, self.config.embedding_dim)
        if tokens > self.config.max_model_len:
            raise ContextLengthExceeded(
                f"input is {tokens} tokens, more than the maximum of {self.config.max_model_len}",
                param="input",
            )
        fault = self._pick_fault(scope, req.model)
        if fault is not None:
            if await self._early_fault(fault, receive, send):
                return
            if fault.kind == "hang":
                fault = None
        if fault is not None and fault.kind == "empty":
            vectors = []
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
        body = orjson.dumps(
            {
                "object": "list",
                "data": data,
                "model": req.model,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )
        play = Playback(
            choices=[],
            prompt_tokens=tokens,
            stream=False,
            framer=EmbeddingFramer(body),
            model=req.model,
            fault=fault,
        )
        await self.runner.run(play, receive, send)

    def _pick_fault(self, scope: Scope, model: str) -> FaultSpec | None:
        if self.config.fault_header:
            forced = header(scope, b"x-aire-sim-fault")
            if forced:
                try:
                    return parse_fault(forced.decode("latin-1"), source="x-aire-sim-fault header")
                except ConfigError as exc:
                    raise _request_error(exc, "x-aire-sim-fault header: ") from None
        if not self.config.faults:
            return None
        return pick_fault(self.config, model, self.rng)

    async def _early_fault(self, fault: FaultSpec, receive: Receive, send: Send) -> bool:
        """Faults that strike before any response byte. True when the request is over."""
        self.metrics.fault(fault.kind)
        kind = fault.kind
        if kind == "rate_limit":
            raise RateLimited("Rate limit reached for requests", retry_after_s=fault.retry_after_s)
        if kind == "server_error":
            raise SimServerError("The server had an error while processing your request.")
        if kind == "unavailable":
            raise SimUnavailable(
                "The server is overloaded or not ready yet.", retry_after_s=fault.retry_after_s
            )
        if kind == "context_length":
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.config.max_model_len} tokens.",
                param="messages",
            )
        if kind == "reset":
            if abort_connection(send):
                # uvicorn logs an error if the app returns before it has seen the reset
                await _wait_disconnect(receive, 1.0)
            return True
        if kind == "hang":
            # a bounded hang (stall_s) ends in a normal answer, if the client is still there
            return await _wait_disconnect(receive, fault.stall_s)
        return False

    async def _generate(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        gens: list[GenRequest],
        stream: bool,
        framer: Framer,
    ) -> None:
        self.requests += 1
        config = self.config
        model = gens[0].model
        fault = self._pick_fault(scope, model)
        if fault is not None:
            if await self._early_fault(fault, receive, send):
                return
            if fault.kind == "hang":
                fault = None
        degradation = None
        if config.degradations:
            age = time.monotonic() - self.configured_at
            degradation = pick_degradation(config, self.rng, age, self.requests)
            if degradation is not None:
                self.metrics.degraded(degradation.kind)
        if len(gens) == 1:
            choices = self.generator.plan(gens[0], self.rng, degradation)
        else:
            choices = []
            for gen in gens:
                choices.extend(self.generator.plan(gen, self.rng, degradation))
        if fault is not None and fault.kind == "empty":
            choices = [Choice([], "stop") for _ in choices]
        play = Playback(
            choices=choices,
            prompt_tokens=sum(g.prompt_tokens for g in gens),
            stream=stream,
            framer=framer,
            model=model,
            fault=fault,
        )
        await self.runner.run(play, receive, send)


async def _wait_disconnect(receive: Receive, limit_s: float | None) -> bool:
    """Wait until the client leaves (True) or ``limit_s`` passes (False)."""

    async def wait() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(wait(), limit_s)
    except TimeoutError:
        return False
    return True


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _request_error(exc: ConfigError, source: str = "") -> InvalidSetting:
    """A config mistake in a request (admin change, fault header): 400 naming the field."""
    where = f"{exc.file}:{exc.line}: " if exc.file and exc.line else source
    message = f"{where}{exc.path}: {exc.message}" if exc.path else f"{where}{exc.message}"
    return InvalidSetting(message, param=exc.path)


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out
