"""OpenTelemetry traces of the gateway: one trace per request (extra ``otel``).

``TracingObserver`` is a gateway observer. Per request: a SERVER span (``chat <model>``,
OpenInference ``CHAIN``) that joins the client's trace when a W3C ``traceparent`` came
with the request; a CLIENT span per upstream attempt (``chat <upstream model>``, GenAI and
OpenInference ``LLM`` attributes, ``aire.attempt.kind`` first/retry/fallback and the
reason), whose context goes upstream as ``traceparent`` (so the engine's spans join the
same trace); a ``guard input`` / ``guard output`` span (OpenInference ``GUARDRAIL``) from
the guard stage's timings. The trace id goes into the access log line (``trace_id``).

Spans are batched and exported over OTLP/HTTP (protobuf) by the SDK's
``BatchSpanProcessor`` on its own thread; the event loop only creates and ends spans.
Sampling: parent-based, new traces kept at ``sample_ratio``. Content (prompts and
answers) is captured only with ``capture_content: true``, and then after the guard's
redaction (the request body the upstream saw, the answer the client got; whole answers).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from aire.config.tracing import TracingConfig
from aire.gateway.observer import GatewayObserver
from aire.telemetry import genai
from aire.telemetry.answer_text import from_body

if TYPE_CHECKING:
    from aire.gateway.context import Attempt, RequestContext

__all__ = ["TracingObserver", "build_provider"]

log = logging.getLogger("aire.telemetry.tracing")


def build_provider(config: TracingConfig) -> Any:
    """A TracerProvider exporting to ``config.endpoint`` over OTLP/HTTP (batched)."""
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
        from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased
    except ImportError as exc:
        from aire.errors import ConfigError

        raise ConfigError(
            "gateway.tracing needs the OpenTelemetry SDK: pip install 'aire[otel]'",
            path="gateway.tracing",
        ) from exc
    from aire import __version__

    resource = Resource.create(
        {"service.name": config.service_name, "service.version": __version__}
    )
    provider = TracerProvider(
        resource=resource, sampler=ParentBased(TraceIdRatioBased(config.sample_ratio))
    )
    base = (config.endpoint or "http://localhost:4318").rstrip("/")
    endpoint = base if base.endswith("/v1/traces") else base + "/v1/traces"
    provider.add_span_processor(
        BatchSpanProcessor(
            OTLPSpanExporter(endpoint=endpoint),
            max_queue_size=config.max_queue,
            schedule_delay_millis=config.export_interval_ms,
        )
    )
    return provider


class TracingObserver(GatewayObserver):
    def __init__(self, config: TracingConfig, provider: Any | None = None) -> None:
        from opentelemetry.trace import SpanKind, Status, StatusCode, set_span_in_context
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        self.config = config
        self.provider = provider if provider is not None else build_provider(config)
        self.tracer = self.provider.get_tracer("aire.gateway")
        self._kind = SpanKind
        self._status = Status
        self._code = StatusCode
        self._in_context = set_span_in_context
        self._propagator = TraceContextTextMapPropagator()
        self._spans: dict[int, Any] = {}
        self._attempts: dict[int, Any] = {}
        self._answered: dict[int, tuple[Any, int]] = {}
        #: per deployment: (the deployment, span name, attributes that never change)
        self._static: dict[int, tuple[Any, str, dict[str, Any]]] = {}

    # -- request -----------------------------------------------------------------------

    def on_request(self, ctx: RequestContext) -> None:
        carrier = {}
        for key, value in ctx.headers:
            if key in (b"traceparent", b"tracestate"):
                carrier[key.decode()] = value.decode("latin-1")
        parent = self._propagator.extract(carrier) if carrier else None
        span = self.tracer.start_span(
            f"{genai.OPERATIONS.get(ctx.endpoint, ctx.endpoint)}",
            context=parent,
            kind=self._kind.SERVER,
            attributes={"aire.request_id": ctx.request_id, "aire.api": ctx.api},
        )
        self._spans[id(ctx)] = span
        sc = span.get_span_context()
        if sc.is_valid:
            ctx.trace_id = format(sc.trace_id, "032x")

    def on_attempt(self, ctx: RequestContext, attempt: Attempt) -> None:
        root = self._spans.get(id(ctx))
        if root is None:
            return
        if not root.is_recording():  # not sampled: pass the trace on, record nothing
            sc = root.get_span_context()
            attempt.propagate["traceparent"] = f"00-{sc.trace_id:032x}-{sc.span_id:016x}-00"
            return
        dep = attempt.deployment
        static = self._static.get(id(dep))
        if static is None or static[0] is not dep:
            cfg = dep.config
            static = self._static[id(dep)] = (
                dep,
                f"{genai.OPERATIONS.get(ctx.endpoint, ctx.endpoint)} {cfg.model}",
                genai.deployment_attributes(cfg.model, str(cfg.url), cfg.provider, dep.name),
            )
        attributes = {
            **static[2],
            **genai.attempt_attributes(
                ctx.endpoint, ctx.body, number=attempt.number, kind=attempt.kind,
                reason=attempt.reason,
            ),
        }  # fmt: skip
        span = self.tracer.start_span(
            static[1], context=self._in_context(root), kind=self._kind.CLIENT, attributes=attributes
        )
        if attempt.panic:
            span.set_attribute("aire.panic", True)
        self._attempts[id(attempt)] = span
        sc = span.get_span_context()
        attempt.propagate["traceparent"] = f"00-{sc.trace_id:032x}-{sc.span_id:016x}-01"

    def on_attempt_end(self, ctx: RequestContext, attempt: Attempt) -> None:
        span = self._attempts.pop(id(attempt), None)
        if span is None:
            return
        err = attempt.error
        if err is not None:
            code = getattr(err, "code", type(err).__name__)
            span.set_attribute("error.type", code)
            span.set_status(self._status(self._code.ERROR, code))
            span.end()
        else:  # usage is known when the request settles: end it then, at this time
            self._answered[id(ctx)] = (span, time.time_ns())

    def on_settle(self, ctx: RequestContext) -> None:
        answered = self._answered.pop(id(ctx), None)
        if answered is not None:
            attempt_span, end_ns = answered
            if ctx.prompt_tokens or ctx.completion_tokens:
                attempt_span.set_attributes(
                    genai.usage_attributes(ctx.prompt_tokens, ctx.completion_tokens)
                )
            attempt_span.end(end_time=end_ns)
        span = self._spans.pop(id(ctx), None)
        if span is None or not span.is_recording():
            return
        model = ctx.requested_model or ctx.alias
        span.update_name(f"{genai.OPERATIONS.get(ctx.endpoint, ctx.endpoint)} {model}".strip())
        # one call, few attributes: the SDK validates each one (about 3 us apiece)
        span.set_attributes(
            {
                **genai.request_attributes(
                    ctx.endpoint, model, ctx.body, capture_content=self.config.capture_content
                ),
                "http.response.status_code": ctx.status,
                "aire.alias": ctx.alias,
                "aire.deployment": ctx.deployment,
                "aire.attempts": ctx.attempts,
                "aire.retries": ctx.retries,
                "aire.fallbacks": ctx.fallbacks,
            }
        )
        if self.config.capture_content and not ctx.stream and ctx.answer_body:
            span.set_attribute("output.value", from_body(ctx.answer_body).text[:8192])
        self._guard_spans(ctx, span)
        if ctx.status >= 500 or ctx.error_code:
            span.set_attribute("error.type", ctx.error_code or str(ctx.status))
            if ctx.status >= 500:
                span.set_status(self._status(self._code.ERROR, ctx.error_code or ""))
        span.end()

    def _guard_spans(self, ctx: RequestContext, root: Any) -> None:
        guarded = ctx.guarded
        if guarded is None:
            return
        for phase, start_ns, end_ns in guarded.timings:
            span = self.tracer.start_span(
                f"guard {phase}",
                context=self._in_context(root),
                start_time=start_ns,
                attributes={
                    "openinference.span.kind": "GUARDRAIL",
                    "aire.guard.policy": guarded.guard.name,
                    "aire.guard.phase": phase,
                },
            )
            if phase == "input" and ctx.error_code in ("guard_blocked",):
                span.set_attribute("aire.guard.blocked", True)
            span.end(end_time=end_ns)

    def shutdown(self) -> None:
        """Export what is queued and stop the exporter (called off the event loop)."""
        try:
            self.provider.shutdown()
        except Exception:
            log.exception("trace exporter shutdown failed")
