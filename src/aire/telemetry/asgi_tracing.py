"""A SERVER span per HTTP request of any ASGI app (the simulator's, so that one trace
shows the client, the gateway and the engine).

``TracedApp(app, provider)`` joins the caller's trace from its W3C ``traceparent`` and
names the span ``<METHOD> <path>`` with HTTP attributes and, for generation paths,
OpenInference ``LLM``; the span ends when the response's last body message is sent.
``aire sim`` wraps its app in it when the standard OTEL_* variables turn tracing on.
"""

from __future__ import annotations

from typing import Any

from aire.asgi import Receive, Scope, Send

__all__ = ["TracedApp"]

_GENERATION = ("/v1/chat/completions", "/v1/completions", "/v1/messages", "/v1/responses")


class TracedApp:
    def __init__(self, app: Any, provider: Any, name: str = "aire.sim") -> None:
        from opentelemetry.trace import SpanKind
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        self.app = app
        self.tracer = provider.get_tracer(name)
        self.provider = provider
        self._server = SpanKind.SERVER
        self._propagator = TraceContextTextMapPropagator()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        carrier = {
            k.decode(): v.decode("latin-1")
            for k, v in scope["headers"]
            if k in (b"traceparent", b"tracestate")
        }
        parent = self._propagator.extract(carrier) if carrier else None
        path = scope["path"]
        attributes: dict[str, Any] = {"http.request.method": scope["method"], "url.path": path}
        if path in _GENERATION:
            attributes["openinference.span.kind"] = "LLM"
        span = self.tracer.start_span(
            f"{scope['method']} {path}", context=parent, kind=self._server, attributes=attributes
        )
        ended = False

        async def traced_send(message: Any) -> None:
            nonlocal ended
            if message["type"] == "http.response.start":
                span.set_attribute("http.response.status_code", message["status"])
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                ended = True
                span.end()

        try:
            await self.app(scope, receive, traced_send)
        finally:
            if not ended:
                span.end()
