"""The gateway's other endpoints: models, health, readiness, metrics, status.

Every answer, errors included, carries ``x-aire-request-id``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import orjson

from aire.asgi import Receive, Scope, Send, send_bytes
from aire.errors import AireError, MethodNotAllowed, ModelNotFound, NotFound
from aire.gateway.metrics import CONTENT_TYPE_LATEST

if TYPE_CHECKING:
    from aire.gateway.app import GatewayApp

__all__ = ["InfoEndpoints"]

Handler = Callable[[Scope, str], Awaitable[tuple[int, bytes, bytes]]]
_JSON = b"application/json"
_MODEL_PREFIX = "/v1/models/"


class InfoEndpoints:
    def __init__(self, app: GatewayApp) -> None:
        self.app = app
        self._routes: dict[str, Handler] = {
            "/v1/models": self._models,
            "/health": self._health,
            "/ready": self._ready,
            "/metrics": self._metrics,
            "/status": self._status,
        }

    async def __call__(
        self, scope: Scope, receive: Receive, send: Send, *, generation: bool
    ) -> None:
        path: str = scope["path"]
        method: str = scope["method"]
        request_id = self.app.request_id(scope)
        headers = [(b"x-aire-request-id", request_id.encode())]
        try:
            if generation:
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["POST"])
            handler = self._routes.get(path)
            if handler is None and path.startswith(_MODEL_PREFIX) and path != _MODEL_PREFIX:
                handler = self._model
            if handler is None:
                raise NotFound(f"no route {path!r}")
            if method not in ("GET", "HEAD"):  # the server sends no body to a HEAD
                raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["GET", "HEAD"])
            status, ctype, body = await handler(scope, path)
        except AireError as exc:
            status, ctype, body = exc.status(), _JSON, orjson.dumps(exc.to_body())
            if isinstance(exc, MethodNotAllowed):
                headers.append((b"allow", ", ".join(exc.allow).encode()))
        await send_bytes(send, status, body, [(b"content-type", ctype), *headers])

    def _model_object(self, alias: str) -> dict[str, Any]:
        created = int(self.app.started_at)
        return {"id": alias, "object": "model", "created": created, "owned_by": "aire"}

    async def _models(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        data = [self._model_object(alias) for alias in self.app.state.routes]
        return 200, _JSON, orjson.dumps({"object": "list", "data": data})

    async def _model(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        """``GET /v1/models/{id}``: one alias (an id may hold slashes: ``org/model``)."""
        alias = path[len(_MODEL_PREFIX) :]
        if alias not in self.app.state.routes:
            shown = alias if len(alias) <= 256 else alias[:256] + "..."
            raise ModelNotFound(f"The model `{shown}` does not exist.", param="model")
        return 200, _JSON, orjson.dumps(self._model_object(alias))

    async def _health(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        return 200, _JSON, b'{"status":"ok"}'

    async def _ready(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        """Ready while the gateway serves (not draining). Upstream health is reported per
        alias (a deployment in service) but does not make the gateway unready: a load
        balancer would take every replica out when one upstream flaps, the opposite of
        degrading with it."""
        aliases = {
            name: any(d.in_service() for d in route.deployments)
            for name, route in self.app.state.routes.items()
        }
        ready = bool(aliases) and not self.app.draining
        body = orjson.dumps({"ready": ready, "models": aliases})
        return (200 if ready else 503), _JSON, body

    async def _metrics(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        return 200, CONTENT_TYPE_LATEST.encode(), self.app.metrics.exposition()

    async def _status(self, scope: Scope, path: str) -> tuple[int, bytes, bytes]:
        from aire.gateway.status import gateway_status

        status = gateway_status(self.app)
        accept = next((v for k, v in scope["headers"] if k == b"accept"), b"")
        if b"text/html" in accept or b"format=html" in scope.get("query_string", b""):
            from aire.gateway.status_page import render_status

            return 200, b"text/html; charset=utf-8", render_status(status)
        return 200, _JSON, orjson.dumps(status, option=orjson.OPT_INDENT_2)
