"""Quality SLIs: what each answer looked like, measured off the event loop.

``QualityObserver`` is a gateway observer. On the event loop it only keeps the bytes the
client received (the whole body, or the streamed blocks, up to ``max_bytes``) and, when
the request settles, puts one job on a bounded queue (a full queue drops the job and
counts it in ``aire_quality_dropped_total``: the gateway never waits for quality). A
worker thread (niced, and resting so that it takes at most ``max_cpu_share`` of a core,
10% by default: about 0.2-0.4 ms per answer here, so some 300 answers/s are measured in
full and beyond that a random share) turns each job into
``aire.telemetry.features.AnswerFeatures``: refusal (``aire.guard``'s refusal
detector), empty answer, truncation (``finish_reason: length``), JSON/schema validity
when ``response_format`` asked for it, guard findings and blocks, answer length, the
answer's and the prompt's language (``aire.telemetry.language``) and a language switch between them.

Prometheus counters, per alias and deployment, whose ratios are the quality SLIs that
``aire slo`` specs name (``sli: {kind: quality, signal: refusal}``)::

    aire_quality_answers_total{alias, deployment}            answers measured
    aire_quality_signals_total{alias, deployment, signal}    refusal | empty | truncated |
        schema_requested | schema_invalid | language_switch | guard_blocked | guard_finding
    aire_quality_answer_chars{alias}                         histogram of answer length
    aire_quality_dropped_total                               jobs dropped (queue full)

Registration point for consumers (drift detectors, canary comparison)::

    app = GatewayApp(config)          # app.quality is this observer (None when turned off)
    app.quality.add_sink(my_sink)     # my_sink.on_features(features) for every answer

A sink is called on the worker thread, in registration order, never on the event loop;
it must be thread-safe and quick (queue anything slow). A failing sink is logged once
and keeps being called. ``remove_sink`` takes one out.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from prometheus_client import Counter, Histogram

from aire.gateway.observer import GatewayObserver
from aire.guard.detect.refusal import refusal_score
from aire.telemetry.answer_text import AnswerText, from_body, from_stream
from aire.telemetry.features import AnswerFeatures, FeatureSink
from aire.telemetry.language import LanguageIdentifier

if TYPE_CHECKING:
    from aire.gateway.context import RequestContext
    from aire.gateway.metrics import GatewayMetrics

__all__ = ["SIGNALS", "QualityObserver"]

log = logging.getLogger("aire.telemetry.quality")

SIGNALS = (
    "refusal",
    "empty",
    "truncated",
    "schema_requested",
    "schema_invalid",
    "language_switch",
    "guard_blocked",
    "guard_finding",
)
REFUSAL_THRESHOLD = 0.5
_CHARS = (0, 16, 64, 256, 1024, 4096, 16384, 65536)
_TEXT_CAP = 4096  # the text kept in AnswerFeatures.text
_PROMPT_CAP = 2000
_BLOCKED = ("guard_blocked", "tool_call_blocked")


@dataclass(slots=True)
class _Job:
    alias: str
    deployment: str | None
    status: int
    error_code: str | None
    stream: bool
    latency_s: float
    ttft_s: float | None
    prompt_tokens: int
    completion_tokens: int
    blocks: list[bytes]
    prompt: str
    response_format: Any
    guard_findings: int


class _Metrics:
    def __init__(self, metrics: GatewayMetrics | None) -> None:
        from prometheus_client import CollectorRegistry

        registry: CollectorRegistry | None
        if metrics is None:
            registry = CollectorRegistry()
        else:
            registry = None if metrics.multiprocess else metrics.registry
        self.registry = registry  # None: prometheus_client's multiprocess files
        self.answers = Counter(
            "aire_quality_answers",
            "Answers measured by the quality SLIs.",
            ["alias", "deployment"],
            registry=registry,
        )
        self.signals = Counter(
            "aire_quality_signals",
            "Answers showing a quality signal (refusal, empty, truncated, ...).",
            ["alias", "deployment", "signal"],
            registry=registry,
        )
        self.chars = Histogram(
            "aire_quality_answer_chars",
            "Answer length in characters.",
            ["alias"],
            buckets=_CHARS,
            registry=registry,
        )
        self.dropped = Counter(
            "aire_quality_dropped", "Answers not measured: the queue was full.", registry=registry
        )


class QualityObserver(GatewayObserver):
    """See the module docstring. ``start()`` runs the worker; ``close()`` drains it."""

    def __init__(
        self,
        metrics: GatewayMetrics | None = None,
        *,
        queue_size: int = 1024,
        max_bytes: int = 256 * 1024,
        sinks: list[FeatureSink] | None = None,
        language: LanguageIdentifier | None = None,
        max_cpu_share: float = 0.1,
    ) -> None:
        self.m = _Metrics(metrics)
        self.max_bytes = max_bytes
        self.sinks: list[FeatureSink] = list(sinks or [])
        self.language = language or LanguageIdentifier()
        self.queue: queue.Queue[_Job | None] = queue.Queue(queue_size)
        self._blocks: dict[int, list[bytes]] = {}
        self._sizes: dict[int, int] = {}
        self._thread: threading.Thread | None = None
        self._broken_sinks: set[int] = set()
        self.dropped = 0
        self.measured = 0
        #: the worker rests after each answer so that it takes at most this share of a
        #: core (and of the GIL): under saturation the queue fills and answers are dropped
        #: (counted) instead of the gateway slowing down
        self.max_cpu_share = max_cpu_share

    # -- registration -------------------------------------------------------------------

    def add_sink(self, sink: FeatureSink) -> None:
        self.sinks = [*self.sinks, sink]  # copy on write: the worker iterates a snapshot

    def remove_sink(self, sink: FeatureSink) -> None:
        self.sinks = [s for s in self.sinks if s is not sink]

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="aire-quality", daemon=True)
            self._thread.start()

    def close(self, timeout_s: float = 5.0) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        with contextlib.suppress(queue.Full):
            self.queue.put(None, timeout=timeout_s)
        thread.join(timeout_s)

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until every queued answer is measured (tests, shutdown); False on timeout."""
        deadline = time.monotonic() + timeout_s
        while self.queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    # -- observer events (event loop: keep bytes, queue a job) ----------------------------

    def _keep(self, ctx: RequestContext, block: bytes) -> None:
        key = id(ctx)
        size = self._sizes.get(key, 0)
        if size >= self.max_bytes:
            return
        self._blocks.setdefault(key, []).append(block[: self.max_bytes - size])
        self._sizes[key] = size + len(block)

    def on_first_chunk(self, ctx: RequestContext) -> None:
        if ctx.answer_body:
            self._keep(ctx, ctx.answer_body)

    def on_chunk(self, ctx: RequestContext, chunk: bytes, gap_s: float) -> None:
        self._keep(ctx, chunk)

    def on_settle(self, ctx: RequestContext) -> None:
        key = id(ctx)
        blocks = self._blocks.pop(key, [])
        self._sizes.pop(key, None)
        if ctx.route is None or ctx.endpoint == "embeddings":
            return  # not a generation of a known alias
        if not ctx.stream and ctx.answer_body:
            blocks = [ctx.answer_body[: self.max_bytes]]
        job = _Job(
            alias=ctx.alias,
            deployment=ctx.deployment or None,
            status=ctx.status,
            error_code=ctx.error_code,
            stream=ctx.stream,
            latency_s=ctx.elapsed_s(),
            ttft_s=ctx.ttft_s,
            prompt_tokens=ctx.prompt_tokens,
            completion_tokens=ctx.completion_tokens,
            blocks=blocks,
            prompt=_last_user(ctx.body),
            response_format=ctx.body.get("response_format"),
            guard_findings=_findings(ctx),
        )
        try:
            self.queue.put_nowait(job)
        except queue.Full:
            self.dropped += 1
            self.m.dropped.inc()

    # -- the worker ----------------------------------------------------------------------

    def _run(self) -> None:
        with contextlib.suppress(OSError, AttributeError):  # Linux: a thread has its own nice
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        self.language.available  # noqa: B018 (load the model here, not on the first answer)
        rest = (1 - self.max_cpu_share) / self.max_cpu_share if self.max_cpu_share < 1 else 0.0
        while True:
            job = self.queue.get()
            t0 = time.thread_time()
            try:
                if job is None:
                    return
                self._measure(job)
            except Exception:
                log.exception("quality measurement failed")
            finally:
                self.queue.task_done()
            if rest:
                time.sleep((time.thread_time() - t0) * rest)

    def _measure(self, job: _Job) -> None:
        features = measure(job, self.language)
        self.measured += 1
        if features.status < 300 or features.guard_blocked:
            self._count(features)
        for sink in self.sinks:
            try:
                sink.on_features(features)
            except Exception:
                if id(sink) not in self._broken_sinks:
                    self._broken_sinks.add(id(sink))
                    log.exception("feature sink %r failed", sink)

    def _count(self, f: AnswerFeatures) -> None:
        m = self.m
        dep = f.deployment or "none"
        m.answers.labels(f.alias, dep).inc()
        m.chars.labels(f.alias).observe(f.answer_chars)
        signals = {
            "refusal": f.refused,
            "empty": f.empty,
            "truncated": f.finish_reason == "length",
            "schema_requested": f.schema_requested,
            "schema_invalid": f.schema_valid is False,
            "language_switch": (
                f.language is not None
                and f.prompt_language is not None
                and f.language != f.prompt_language
            ),
            "guard_blocked": f.guard_blocked,
            "guard_finding": f.guard_findings > 0,
        }
        for signal, on in signals.items():
            if on:
                m.signals.labels(f.alias, dep, signal).inc()


def measure(job: _Job, language: LanguageIdentifier) -> AnswerFeatures:
    """One job's features (pure; the worker's thread)."""
    answer = (
        from_stream(job.blocks)
        if job.stream
        else (from_body(job.blocks[0]) if job.blocks else AnswerText())
    )
    ok = 200 <= job.status < 300
    text = answer.text
    score = refusal_score(text) if ok and text else None
    requested, valid = _schema(job.response_format, text, ok)
    answer_language = language.identify(text) if ok else None
    return AnswerFeatures(
        alias=job.alias,
        deployment=job.deployment,
        status=job.status,
        error_code=job.error_code,
        stream=job.stream,
        latency_s=job.latency_s,
        ttft_s=job.ttft_s,
        prompt_tokens=answer.prompt_tokens or job.prompt_tokens,
        completion_tokens=answer.completion_tokens or job.completion_tokens,
        answer_chars=len(text),
        finish_reason=answer.finish_reason,
        empty=ok and not text.strip() and not answer.tool_call,
        refusal_score=score,
        refused=score is not None and score >= REFUSAL_THRESHOLD,
        language=answer_language,
        # the prompt's language only matters next to the answer's (and prompts repeat)
        prompt_language=language.identify_cached(job.prompt[:400]) if answer_language else None,
        schema_requested=requested,
        schema_valid=valid,
        guard_findings=job.guard_findings,
        guard_blocked=job.error_code in _BLOCKED,
        text=text[:_TEXT_CAP],
    )


def _schema(response_format: Any, text: str, ok: bool) -> tuple[bool, bool | None]:
    if not isinstance(response_format, dict):
        return False, None
    kind = response_format.get("type")
    if kind not in ("json_object", "json_schema"):
        return False, None
    if not ok:
        return True, None
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return True, False
    if kind == "json_object":
        return True, isinstance(doc, dict)
    schema = (response_format.get("json_schema") or {}).get("schema")
    if not isinstance(schema, dict):
        return True, True
    import jsonschema

    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError:
        return True, False
    except jsonschema.SchemaError:
        return True, None
    return True, True


def _last_user(body: dict[str, Any]) -> str:
    messages = body.get("messages")
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                content = message.get("content")
                if isinstance(content, str):
                    return content[:_PROMPT_CAP]
                if isinstance(content, list):
                    texts = [str(p.get("text", "")) for p in content if isinstance(p, dict)]
                    return " ".join(texts)[:_PROMPT_CAP]
    prompt = body.get("prompt")
    return prompt[:_PROMPT_CAP] if isinstance(prompt, str) else ""


def _findings(ctx: RequestContext) -> int:
    return ctx.guarded.findings if ctx.guarded is not None else 0
