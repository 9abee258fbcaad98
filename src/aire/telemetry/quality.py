"""Quality SLIs: what each answer looked like, measured off the event loop.

``QualityObserver`` is a gateway observer. On the event loop it only keeps the bytes the
client received (the whole body, or the streamed blocks, up to ``max_bytes``) and, when
the request settles, appends one job to a batch that is handed (every ``batch`` jobs or
``batch_s`` seconds) to the quality worker process (``aire.telemetry.quality_worker``:
niced, shared by the observers of one gateway process). At most ``queue_size`` answers,
and ``max_in_flight_bytes`` of them (4 MiB, overshot by one answer at most), are in
flight; past that an answer is dropped, whatever its size, and counted in
``aire_quality_dropped_total`` (the gateway never waits for quality: with spare CPU every
answer is measured, under saturation a share). The worker turns each job into
``aire.telemetry.features.AnswerFeatures`` (``aire.telemetry.quality_measure``): refusal
(``aire.guard``'s refusal detector), empty answer, truncation (``finish_reason:
length``), JSON/schema validity when ``response_format`` asked for it, guard findings and
blocks, answer length, the answer's and the prompt's language (``aire.telemetry.language``)
and a language switch between them.

Prometheus counters, per alias and deployment, whose ratios are the quality SLIs that
``aire slo`` specs name (``sli: {kind: quality, signal: refusal}``)::

    aire_quality_answers_total{alias, deployment}            answers measured
    aire_quality_signals_total{alias, deployment, signal}    refusal | empty | truncated |
        schema_requested | schema_invalid | language_switch | guard_blocked | guard_finding
    aire_quality_answer_chars{alias}                         histogram of answer length
    aire_quality_dropped_total                               jobs dropped (too many in flight)
    aire_quality_sampled_out_total                           not measured by choice
                                                             (``gateway.quality_sample``)

Registration point for consumers (drift detectors, canary comparison)::

    app = GatewayApp(config)          # app.quality is this observer (None when turned off)
    app.quality.add_sink(my_sink)     # my_sink.on_features(features) for every answer

A sink is called on the receiver thread (``aire-quality``), in registration order, never on
the event loop;
it must be thread-safe and quick (queue anything slow). A failing sink is logged once
and keeps being called. ``remove_sink`` takes one out.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter, Histogram

from aire.gateway.observer import GatewayObserver
from aire.telemetry.features import AnswerFeatures, FeatureSink
from aire.telemetry.quality_measure import REFUSAL_THRESHOLD, Job, measure
from aire.telemetry.quality_worker import QualityWorker, shared_worker

if TYPE_CHECKING:
    from aire.gateway.context import RequestContext
    from aire.gateway.metrics import GatewayMetrics

__all__ = ["REFUSAL_THRESHOLD", "SIGNALS", "QualityObserver", "measure"]

_Job = Job  # the name tests and benchmarks used

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
_CHARS = (0, 16, 64, 256, 1024, 4096, 16384, 65536)
_PROMPT_CAP = 400  # language identification reads the first 400 characters


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
        self.sampled_out = Counter(
            "aire_quality_sampled_out",
            "Answers not measured by choice (gateway.quality_sample < 1).",
            registry=registry,
        )


class QualityObserver(GatewayObserver):
    """See the module docstring. ``start()`` registers with the worker process; ``close()``
    waits (bounded) for what is in flight."""

    def __init__(
        self,
        metrics: GatewayMetrics | None = None,
        *,
        queue_size: int = 1024,
        max_in_flight_bytes: int = 4 * 1024 * 1024,
        max_bytes: int = 256 * 1024,
        sinks: list[FeatureSink] | None = None,
        worker: QualityWorker | None = None,
        batch: int = 32,
        batch_s: float = 0.02,
        sample: float = 1.0,
    ) -> None:
        self.m = _Metrics(metrics)
        self.max_bytes = max_bytes
        self.sinks: list[FeatureSink] = list(sinks or [])
        #: answers handed over but not measured yet, at most (beyond: dropped and counted)
        self.queue_size = queue_size
        #: and at most this many bytes of them (a streamed answer's SSE bytes are ~250 per
        #: token: 1,024 answers of 115 tokens held ~30 MB when the worker fell behind)
        self.max_in_flight_bytes = max_in_flight_bytes
        self._pending_bytes = 0
        #: share of requests measured, drawn per request at its start (1: all)
        self.sample = sample
        self._rng = random.Random()
        self._skip: set[int] = set()
        self.sampled_out = 0
        self.batch = batch
        self.batch_s = batch_s
        self._worker = worker
        self._key: int | None = None
        self._pending: list[Job] = []
        self._lock = threading.Lock()  # _pending: the loop appends, flush may hand over
        self._timer: asyncio.TimerHandle | None = None
        self._blocks: dict[int, list[bytes]] = {}
        self._sizes: dict[int, int] = {}
        self._broken_sinks: set[int] = set()
        self.dropped = 0
        self.measured = 0

    # -- registration -------------------------------------------------------------------

    def add_sink(self, sink: FeatureSink) -> None:
        self.sinks = [*self.sinks, sink]  # copy on write: the receiver iterates a snapshot

    def remove_sink(self, sink: FeatureSink) -> None:
        self.sinks = [s for s in self.sinks if s is not sink]

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Register with the worker process (spawned on first use, about a second)."""
        if self._key is None:
            if self._worker is None:
                self._worker = shared_worker()
            self._key = self._worker.register(self._deliver, self._lost)

    def close(self, timeout_s: float = 5.0) -> None:
        if self._key is None or self._worker is None:
            return
        self.flush(timeout_s)
        self._worker.unregister(self._key)
        self._key = None

    @property
    def in_flight(self) -> int:
        """Answers kept for measurement and not measured yet."""
        sent = self._worker.outstanding(self._key) if self._worker and self._key else 0
        return sent + len(self._pending)

    @property
    def in_flight_bytes(self) -> int:
        """Bytes of the answers kept for measurement and not measured yet."""
        sent = self._worker.outstanding_bytes(self._key) if self._worker and self._key else 0
        return sent + self._pending_bytes

    def flush(self, timeout_s: float = 30.0) -> bool:
        """Hand over what is pending and wait until every answer is measured (tests,
        shutdown); False on timeout."""
        self._handover()
        deadline = time.monotonic() + timeout_s
        while self.in_flight:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    # -- observer events (event loop: keep bytes, queue a job) ----------------------------

    def on_request(self, ctx: RequestContext) -> None:
        if self.sample < 1.0 and self._rng.random() >= self.sample:
            self._skip.add(id(ctx))

    def _keep(self, ctx: RequestContext, block: bytes) -> None:
        key = id(ctx)
        if key in self._skip:
            return
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
        skipped = key in self._skip
        if skipped:
            self._skip.discard(key)
        blocks = self._blocks.pop(key, [])
        self._sizes.pop(key, None)
        if ctx.route is None or ctx.endpoint == "embeddings":
            return  # not a generation of a known alias
        if skipped:
            self.sampled_out += 1
            self.m.sampled_out.inc()
            return
        if not ctx.stream and ctx.answer_body:
            blocks = [ctx.answer_body[: self.max_bytes]]
        prompt = _last_user(ctx.body)
        size = sum(len(b) for b in blocks) + len(prompt)
        # on what is held, not on this answer's size: a drop never depends on the answer
        if self.in_flight >= self.queue_size or self.in_flight_bytes >= self.max_in_flight_bytes:
            self.dropped += 1
            self.m.dropped.inc()
            return
        job = Job(
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
            prompt=prompt,
            response_format=ctx.body.get("response_format"),
            guard_findings=_findings(ctx),
        )
        with self._lock:
            self._pending.append(job)
            self._pending_bytes += size
            n = len(self._pending)
        if self._key is None:
            return  # not started: kept until start() (bounded by queue_size)
        if n >= self.batch:
            self._handover()
        elif self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no event loop (a benchmark, a test): full batches, or flush()
            self._timer = loop.call_later(self.batch_s, self._send)

    def _send(self) -> None:
        """The batch timer (event loop)."""
        self._timer = None
        self._handover()

    def _handover(self) -> None:
        """Hand the pending jobs to the worker (the event loop, or ``flush``'s thread)."""
        if self._key is None or self._worker is None:
            return
        with self._lock:
            batch, self._pending = self._pending, []
            nbytes, self._pending_bytes = self._pending_bytes, 0
        if batch and not self._worker.submit(self._key, batch, nbytes):
            self._lost(len(batch))

    # -- results (the receiver thread) ----------------------------------------------------

    def _lost(self, n: int) -> None:
        self.dropped += n
        self.m.dropped.inc(n)

    def _deliver(self, batch: list[AnswerFeatures | None]) -> None:
        for features in batch:
            if features is None:  # the measurement failed (logged by the worker)
                continue
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
