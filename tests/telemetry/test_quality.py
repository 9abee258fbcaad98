"""Quality SLIs through a real gateway in front of a degraded simulator: counters per
alias and deployment, feature sinks, whole and streamed answers, and a full queue."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

import aiohttp
from prometheus_client import generate_latest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import deployment

from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.app import GatewayApp
from aire.server import serve_in_thread
from aire.telemetry.features import AnswerFeatures
from aire.telemetry.language import LanguageIdentifier
from aire.telemetry.quality import QualityObserver, _Job, measure


class Collect:
    def __init__(self) -> None:
        self.items: list[AnswerFeatures] = []
        self.threads: set[str] = set()

    def on_features(self, features: AnswerFeatures) -> None:
        self.items.append(features)
        self.threads.add(threading.current_thread().name)


async def _post(url: str, body: dict[str, Any], n: int) -> None:
    async with aiohttp.ClientSession() as s:
        for _ in range(n):
            async with s.post(f"{url}/v1/chat/completions", json=body) as r:
                assert r.status == 200
                await r.read()


def _value(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def _gateway(
    start_sim: Callable[..., Any], start_gateway: StartGateway, **sim: Any
) -> tuple[str, Any]:
    healthy, _ = start_sim()
    degraded, _ = start_sim(**sim)
    return start_gateway(
        models={
            "good": {"deployments": [deployment(healthy, "good-1")]},
            "bad": {"deployments": [deployment(degraded, "bad-1")]},
        }
    )


PROMPT = "Please explain in two sentences why error budgets matter for a service."


async def test_refusals_counted_per_alias_and_sinks_called(
    start_sim: Callable[..., Any], start_gateway: StartGateway
) -> None:
    url, app = _gateway(start_sim, start_gateway, degradations=[{"kind": "refusal"}])
    sink = Collect()
    app.quality.add_sink(sink)
    msgs = [{"role": "user", "content": PROMPT}]
    await _post(url, {"model": "good", "messages": msgs, "max_tokens": 40}, 10)
    await _post(url, {"model": "bad", "messages": msgs, "max_tokens": 40}, 20)
    await _post(url, {"model": "bad", "messages": msgs, "max_tokens": 40, "stream": True}, 10)
    assert app.quality.flush()
    text = app.metrics.exposition().decode()
    assert _value(text, "aire_quality_answers_total", alias="good", deployment="good-1") == 10
    assert _value(text, "aire_quality_answers_total", alias="bad", deployment="bad-1") == 30
    assert _value(text, "aire_quality_signals_total", alias="good", signal="refusal") == 0
    # the GenAI client metrics, with the semantic conventions' buckets
    assert 'gen_ai_client_operation_duration_seconds_bucket{error_type="",' in text
    assert _value(text, "gen_ai_client_token_usage_count", gen_ai_token_type="output",
                  gen_ai_request_model="bad") == 30  # fmt: skip
    refused = _value(text, "aire_quality_signals_total", alias="bad", signal="refusal")
    # paraphrased refusals: the guard's detector finds most, not all (a fixed list would be 30)
    assert 0.6 * 30 <= refused <= 30
    assert len(sink.items) == 40
    assert sink.threads == {"aire-quality"}  # never the event loop's thread
    streamed = [f for f in sink.items if f.stream]
    assert len(streamed) == 10
    assert all(f.answer_chars > 0 and f.finish_reason == "stop" for f in streamed)
    assert sum(f.refused for f in streamed) >= 5


async def test_a_sample_of_requests_is_measured_and_the_rest_counted(
    start_sim: Callable[..., Any], start_gateway: StartGateway
) -> None:
    healthy, _ = start_sim()
    url, app = start_gateway(
        models={"good": {"deployments": [deployment(healthy, "good-1")]}}, quality_sample=0.3
    )
    assert app.quality is not None
    sink = Collect()
    app.quality.add_sink(sink)
    msgs = [{"role": "user", "content": PROMPT}]
    await _post(url, {"model": "good", "messages": msgs, "max_tokens": 20}, 100)
    await _post(url, {"model": "good", "messages": msgs, "max_tokens": 20, "stream": True}, 100)
    assert app.quality.flush()
    text = app.metrics.exposition().decode()
    measured = _value(text, "aire_quality_answers_total", alias="good", deployment="good-1")
    skipped = float(text.split("\naire_quality_sampled_out_total ")[1].split()[0])
    assert measured + skipped == 200  # every answer either measured or counted as not
    assert 30 <= measured <= 95  # 0.3 x 200 = 60 expected; binomial sd 6.5: 30-95 is > 4 sd
    assert len(sink.items) == measured
    assert not app.quality._blocks  # no bytes kept for the unsampled streamed answers
    assert not app.quality._skip


def test_sampling_decides_at_the_start_and_keeps_no_bytes_for_the_unsampled() -> None:
    obs = QualityObserver(queue_size=10_000, sample=0.25)  # not started: nothing handed over
    obs._rng.seed(7)
    for _ in range(4000):
        ctx = _Ctx(b"")
        ctx.stream = True
        obs.on_request(ctx)  # type: ignore[arg-type]
        obs.on_chunk(ctx, b"data: {}\n\n", 0.0)  # type: ignore[arg-type]
        obs.on_settle(ctx)  # type: ignore[arg-type]
    assert obs.in_flight + obs.sampled_out == 4000
    assert 850 <= obs.in_flight <= 1150  # 1,000 expected, sd 27
    assert not obs._blocks
    assert not obs._skip


async def test_language_switch_truncation_and_schema(
    start_sim: Callable[..., Any], start_gateway: StartGateway
) -> None:
    url, app = _gateway(
        start_sim, start_gateway, degradations=[{"kind": "language", "language": "fr"}]
    )
    msgs = [{"role": "user", "content": PROMPT}]
    await _post(url, {"model": "bad", "messages": msgs, "max_tokens": 60}, 5)
    await _post(url, {"model": "good", "messages": msgs, "max_tokens": 3}, 4)
    await _post(
        url,
        {"model": "good", "messages": msgs, "max_tokens": 200,
         "response_format": {"type": "json_object"}},
        3,
    )  # fmt: skip
    assert app.quality.flush()
    text = app.metrics.exposition().decode()
    if LanguageIdentifier().available:
        assert (
            _value(text, "aire_quality_signals_total", alias="bad", signal="language_switch") == 5
        )
        assert (
            _value(text, "aire_quality_signals_total", alias="good", signal="language_switch") == 0
        )
    assert _value(text, "aire_quality_signals_total", alias="good", signal="truncated") == 4
    assert _value(text, "aire_quality_signals_total", alias="good", signal="schema_requested") == 3
    assert _value(text, "aire_quality_signals_total", alias="good", signal="schema_invalid") == 0


async def test_guard_findings_are_counted(start_sim: Callable[..., Any]) -> None:
    sim, _ = start_sim()
    config = GatewayConfig.model_validate(
        {
            "models": {"chat": {"deployments": [deployment(sim, "s")]}},
            "guard_policy": "default",
            "health": {"enabled": False},
            "log_requests": False,
        }
    )
    app = GatewayApp(config, GuardConfig())
    with serve_in_thread(app) as url:
        pii = [{"role": "user", "content": "Mail bob@example.com the summary, please."}]
        clean = [{"role": "user", "content": PROMPT}]
        await _post(url, {"model": "chat", "messages": pii, "max_tokens": 10}, 3)
        await _post(url, {"model": "chat", "messages": clean, "max_tokens": 10}, 2)
        assert app.quality is not None
        assert app.quality.flush()
        text = app.metrics.exposition().decode()
    assert _value(text, "aire_quality_signals_total", signal="guard_finding") == 3
    assert _value(text, "aire_quality_answers_total", alias="chat") == 5


def _job(**over: Any) -> _Job:
    base: dict[str, Any] = {
        "alias": "a", "deployment": "d", "status": 200, "error_code": None, "stream": False,
        "latency_s": 0.1, "ttft_s": None, "prompt_tokens": 3, "completion_tokens": 4,
        "blocks": [b'{"choices":[{"message":{"content":"Sure: 42."},"finish_reason":"stop"}]}'],
        "prompt": "", "response_format": None, "guard_findings": 0,
    }  # fmt: skip
    return _Job(**{**base, **over})


def test_measure_empty_invalid_schema_and_blocked() -> None:
    lang = LanguageIdentifier()
    empty = measure(_job(blocks=[b'{"choices":[{"message":{"content":""}}]}']), lang)
    assert empty.empty
    schema = {
        "type": "json_schema",
        "json_schema": {"schema": {"type": "object", "required": ["x"]}},
    }
    bad = measure(
        _job(
            response_format=schema, blocks=[b'{"choices":[{"message":{"content":"{\\"y\\":1}"}}]}']
        ),
        lang,
    )
    assert bad.schema_requested
    assert bad.schema_valid is False
    good = measure(
        _job(
            response_format=schema, blocks=[b'{"choices":[{"message":{"content":"{\\"x\\":1}"}}]}']
        ),
        lang,
    )
    assert good.schema_valid is True
    blocked = measure(_job(status=400, error_code="guard_blocked", blocks=[]), lang)
    assert blocked.guard_blocked
    assert not blocked.empty
    assert blocked.refusal_score is None


class _Ctx:
    route = object()
    endpoint = "chat"
    alias = "a"
    deployment = "d"
    status = 200
    error_code = None
    stream = False
    ttft_s = None
    prompt_tokens = completion_tokens = 0
    body: ClassVar[dict[str, Any]] = {"messages": [{"role": "user", "content": "hi"}]}
    guarded = None

    def __init__(self, answer: bytes) -> None:
        self.answer_body = answer

    def elapsed_s(self) -> float:
        return 0.0


def test_answers_past_the_byte_budget_are_dropped_whatever_their_count_or_size() -> None:
    obs = QualityObserver(queue_size=1024, max_in_flight_bytes=10_000)  # not started
    for _ in range(5):
        obs.on_settle(_Ctx(b"x" * 3_000))  # type: ignore[arg-type]
    assert obs.in_flight == 4  # 3 x 3,002 bytes held < 10,000: the fourth still goes in
    assert obs.in_flight_bytes == 4 * 3_002
    assert obs.dropped == 1
    obs.on_settle(_Ctx(b"x" * 10))  # type: ignore[arg-type]  # small, but the budget is spent
    assert obs.dropped == 2


def test_a_full_queue_drops_and_counts_never_blocks() -> None:
    obs = QualityObserver(queue_size=2)  # not started: nothing is handed over
    for _ in range(5):
        obs.on_settle(_Ctx(b"{}"))  # type: ignore[arg-type]
    assert obs.dropped == 3
    assert obs.in_flight == 2
    assert obs.m.registry is not None
    assert b"aire_quality_dropped_total 3.0" in generate_latest(obs.m.registry)
