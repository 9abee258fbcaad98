"""Traces reach a real OTLP/HTTP receiver (decoded with opentelemetry-proto): the
gateway's spans join the load generator's trace, with GenAI and OpenInference attributes,
retries visible, traceparent passed upstream, content off by default, trace id logged."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from tests.conftest import FAST
from tests.gateway.helpers import deployment
from tests.telemetry.otlp_receiver import Receiver, otlp_receiver

from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.config.sim import SimConfig
from aire.config.tracing import TracingConfig, resolve_tracing
from aire.gateway.app import GatewayApp
from aire.load.client import Client
from aire.load.prompts import Prompt
from aire.load.record import RequestRecord
from aire.server import serve_in_thread
from aire.sim.app import SimApp
from aire.telemetry.asgi_tracing import TracedApp
from aire.telemetry.tracing import build_provider


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with otlp_receiver() as r:
        yield r


def _gateway(
    stack: ExitStack, models: dict[str, Any], receiver: Receiver, **tracing: Any
) -> tuple[str, GatewayApp]:
    config = GatewayConfig.model_validate(
        {
            "models": models,
            "health": {"enabled": False},
            "log_requests": True,
            "guard_policy": "default",
            "retries": {"max_attempts": 3},
            "tracing": {
                "enabled": True,
                "endpoint": receiver.url,
                "export_interval_ms": 50,
                **tracing,
            },
        }
    )
    app = GatewayApp(config, GuardConfig())
    return stack.enter_context(serve_in_thread(app)), app


async def _load_request(url: str, body: bytes) -> RequestRecord:
    rec = RequestRecord(0, 0.0)
    async with Client(f"{url}/v1/chat/completions", stream=False) as client:
        await client.send(Prompt(body=body, input_tokens=5, max_tokens=8), rec)
    return rec


def test_spans_join_the_load_generators_trace(
    start_sim: Callable[..., Any], receiver: Receiver
) -> None:
    failing, _ = start_sim(faults=[{"kind": "unavailable", "retry_after_s": 0}])
    healthy, _ = start_sim()
    models = {
        "chat": {
            "deployments": [
                deployment(failing, "down", priority=0),
                deployment(healthy, "up", priority=1),
            ]
        }
    }
    with ExitStack() as stack:
        url, app = _gateway(stack, models, receiver)
        lines: list[dict[str, Any]] = []
        app.access.emit = lines.append  # type: ignore[method-assign]
        body = (
            b'{"model":"chat","messages":[{"role":"user","content":"a secret: hello"}],'
            b'"max_tokens":8}'
        )
        rec = asyncio.run(_load_request(url, body))
        assert rec.ok, rec.error_detail
        assert rec.trace_id
        spans = receiver.wait_for(rec.trace_id, 4)
    by_kind: dict[str, list[Any]] = {}
    for s in spans:
        by_kind.setdefault(s.kind, []).append(s)
    (server,) = by_kind["SERVER"]
    assert server.name == "chat chat"
    assert server.parent_span_id  # the load generator's span: a child, not a new trace
    assert server.attributes["openinference.span.kind"] == "CHAIN"
    assert server.attributes["gen_ai.request.model"] == "chat"
    assert server.attributes["aire.attempts"] == 2
    assert server.resource["service.name"] == "aire-gateway"
    attempts = sorted(by_kind["CLIENT"], key=lambda s: s.attributes["aire.attempt.number"])
    assert [a.attributes["aire.deployment"] for a in attempts] == ["down", "up"]
    assert [a.attributes["aire.attempt.kind"] for a in attempts] == ["first", "retry"]
    assert attempts[0].attributes["error.type"]
    assert attempts[0].status_code == 2  # ERROR
    ok = attempts[1]
    assert ok.name == "chat aire-sim"
    assert ok.parent_span_id == server.span_id
    assert ok.attributes["gen_ai.operation.name"] == "chat"
    assert ok.attributes["gen_ai.system"] == "openai"
    assert ok.attributes["openinference.span.kind"] == "LLM"
    assert ok.attributes["llm.model_name"] == "aire-sim"
    assert ok.attributes["gen_ai.usage.output_tokens"] > 0
    assert ok.attributes["server.address"] == "127.0.0.1"
    guard = [s for s in spans if s.name == "guard input"]
    assert guard
    assert guard[0].attributes["openinference.span.kind"] == "GUARDRAIL"
    # the access log line names the trace
    assert [line["trace_id"] for line in lines] == [rec.trace_id]
    # content capture is off by default: no prompt on any span
    assert not any("hello" in str(s.attributes) for s in spans)


def test_the_engine_joins_the_trace(receiver: Receiver) -> None:
    """The simulator, traced (as ``aire sim`` is under OTEL_* variables), gets the
    gateway's traceparent: its span is a child of the gateway's upstream attempt."""
    sim = TracedApp(
        SimApp(SimConfig.model_validate(FAST)),
        build_provider(
            TracingConfig(
                enabled=True, endpoint=receiver.url, service_name="aire-sim", export_interval_ms=50
            )
        ),
    )
    with ExitStack() as stack:
        sim_url = stack.enter_context(serve_in_thread(sim))
        stack.callback(sim.provider.shutdown)
        url, _ = _gateway(stack, {"chat": {"deployments": [deployment(sim_url, "s")]}}, receiver)
        body = b'{"model":"chat","messages":[{"role":"user","content":"hi"}],"max_tokens":4}'
        rec = asyncio.run(_load_request(url, body))
        spans = receiver.wait_for(
            rec.trace_id or "",
            3,
            until=lambda got: any(s.resource["service.name"] == "aire-sim" for s in got),
        )
    client = next(s for s in spans if s.kind == "CLIENT")
    engine = next(s for s in spans if s.resource["service.name"] == "aire-sim")
    assert engine.name == "POST /v1/chat/completions"
    assert engine.parent_span_id == client.span_id
    assert engine.attributes["http.response.status_code"] == 200


def test_env_turns_tracing_on_and_off() -> None:
    base = TracingConfig()
    assert resolve_tracing(base, {}) is None
    on = resolve_tracing(base, {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SERVICE_NAME": "gw"})
    assert on is not None
    assert on.service_name == "gw"
    ep = resolve_tracing(
        base, {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318", "OTEL_TRACES_SAMPLER_ARG": "0.01"}
    )
    assert ep is not None
    assert ep.endpoint == "http://c:4318"
    assert ep.sample_ratio == 0.01
    assert resolve_tracing(TracingConfig(enabled=True), {"OTEL_SDK_DISABLED": "true"}) is None
