"""Per-request CPU of the observability observers, measured in-process (no network noise).

For each variant, the observer events of one request (on_request, on_attempt,
on_attempt_end, on_first_chunk, 8 x on_chunk, on_settle) are run on a real
RequestContext and Deployment, N times; the time per request is what the event loop
pays. Tracing exports (batched, its own thread) to an in-process OTLP/HTTP sink; the
quality observer's worker thread runs as in the gateway, and its own per-answer cost
(``measure``: refusal detector, language id, schema) is timed separately: that is CPU
taken from the gateway's core, though not from the event loop.

    .venv/bin/python benchmarks/gateway/observer_cost.py [--requests 20000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from procs import machine

from aire.config.gateway import BreakerConfig, DeploymentConfig, TimeoutsConfig
from aire.config.tracing import TracingConfig
from aire.gateway.context import Attempt, RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver, Observers
from aire.telemetry.language import LanguageIdentifier
from aire.telemetry.quality import QualityObserver, _Job, measure
from aire.telemetry.tracing import TracingObserver

HERE = Path(__file__).resolve().parent
ANSWER = (
    "Error budgets turn a reliability target into a number a team can spend: when it is "
    "nearly gone, releases slow down and the work goes into reliability instead."
)
CHUNKS = [
    b'data: {"choices":[{"index":0,"delta":{"content":"' + w.encode() + b' "}}]}\n\n'
    for w in ANSWER.split()[:8]
]


class _Provider:
    name = "openai"

    def supports(self, endpoint: str) -> bool:
        return True


def _sink() -> str:
    class H(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *a: Any) -> None:
            pass

    s = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=s.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{s.server_address[1]}"


def _dep() -> Deployment:
    cfg = DeploymentConfig.model_validate(
        {"url": "http://127.0.0.1:9/v1", "model": "m", "name": "d"}
    )
    return Deployment(cfg, name="d", breaker=BreakerConfig(), timeouts=TimeoutsConfig(),
                      provider=_Provider())  # type: ignore[arg-type]  # fmt: skip


class _Route:
    name = "chat"

    def __init__(self) -> None:
        self.deployments: list[Deployment] = []


def _one(obs: GatewayObserver, dep: Deployment, route: Any, i: int) -> None:
    ctx = RequestContext(f"r{i}", [], "chat")
    ctx.route = route
    ctx.alias = ctx.requested_model = "chat"
    ctx.body = {"model": "chat", "messages": [{"role": "user", "content": "Why error budgets?"}],
                "max_tokens": 64, "stream": True}  # fmt: skip
    ctx.stream = True
    obs.on_request(ctx)
    attempt = Attempt("chat", dep, 1, "first", None, False)
    obs.on_attempt(ctx, attempt)
    ctx.deployment = "d"
    ctx.answer_body = CHUNKS[0]
    ctx.ttft_s = 0.01
    obs.on_first_chunk(ctx)
    for c in CHUNKS[1:]:
        obs.on_chunk(ctx, c, 0.001)
    ctx.prompt_tokens, ctx.completion_tokens, ctx.status = 12, 8, 200
    obs.on_attempt_end(ctx, attempt)
    obs.on_settle(ctx)


def _time(obs: GatewayObserver, n: int) -> float:
    dep = _dep()
    route = _Route()
    route.deployments = [dep]
    for i in range(500):  # warm-up
        _one(obs, dep, route, i)
    t0 = time.perf_counter()
    for i in range(n):
        _one(obs, dep, route, i)
    return (time.perf_counter() - t0) / n


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--requests", type=int, default=20000)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--out", type=Path, default=HERE / "results" / "observer_cost.json")
    args = p.parse_args()
    sink = _sink()
    variants: dict[str, Any] = {
        "none": lambda: Observers([]),
        "tracing_100": lambda: TracingObserver(TracingConfig(enabled=True, endpoint=sink)),
        "tracing_1": lambda: TracingObserver(
            TracingConfig(enabled=True, endpoint=sink, sample_ratio=0.01)
        ),
        "quality": lambda: QualityObserver(queue_size=1 << 20),
    }  # fmt: skip
    results: dict[str, Any] = {}
    for name, make in variants.items():
        times = []
        for _ in range(args.repeats):
            obs = make()
            if isinstance(obs, QualityObserver):
                obs.start()
            times.append(_time(obs, args.requests) * 1e6)
            if isinstance(obs, QualityObserver):
                obs.flush(60)
                obs.close()
            if isinstance(obs, TracingObserver):
                obs.shutdown()
        results[name] = {"us_per_request": round(statistics.median(times), 2),
                         "runs_us": [round(t, 2) for t in times]}  # fmt: skip
        print(name, results[name], flush=True)
    lang = LanguageIdentifier()
    lang.available  # noqa: B018 (load the model first)
    body = (
        b'{"choices":[{"message":{"content":"' + ANSWER.encode() + b'"},"finish_reason":"stop"}]}'
    )
    job = _Job(
        "chat", "d", 200, None, False, 0.1, None, 12, 8, [body], "Why error budgets?", None, 0
    )
    for _ in range(200):
        measure(job, lang)
    t0 = time.perf_counter()
    for _ in range(5000):
        measure(job, lang)
    worker_us = (time.perf_counter() - t0) / 5000 * 1e6
    base = results["none"]["us_per_request"]
    report = {
        "event_loop_us_per_request": results,
        "added_on_event_loop_us": {
            n: round(r["us_per_request"] - base, 2) for n, r in results.items() if n != "none"
        },
        "quality_worker_us_per_answer": round(worker_us, 1),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(
        json.dumps(
            {k: report[k] for k in ("added_on_event_loop_us", "quality_worker_us_per_answer")}
        )
    )


if __name__ == "__main__":
    main()
