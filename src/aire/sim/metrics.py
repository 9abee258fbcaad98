"""Prometheus metrics under vLLM's names, so vLLM dashboards and diagnosis work on the sim.

The simulator observes a histogram per streamed token; prometheus_client takes a lock and
scans the buckets on every observation, which costs more than the token itself. These
metrics are plain counters touched only from the event loop's thread, exported through a
collector in the text format of prometheus_client.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)

if TYPE_CHECKING:
    from aire.sim.engine import Engine

__all__ = ["Histogram", "ModelMetrics", "SimMetrics"]

_TTFT_BUCKETS = (
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5,
    10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0,
)  # fmt: skip
_ITL_BUCKETS = (
    0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2,
    0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0,
)  # fmt: skip
_E2E_BUCKETS = (
    0.01, 0.05, 0.1, 0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0,
    50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0,
)  # fmt: skip
_TOKEN_BUCKETS = (
    1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0,
    20000.0, 50000.0,
)  # fmt: skip


class Histogram:
    """Bucket counts and a sum; ``le`` buckets as Prometheus defines them."""

    __slots__ = ("bounds", "counts", "sum")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)  # the last one is +Inf
        self.sum = 0.0

    def observe(self, value: float) -> None:
        self.counts[bisect_left(self.bounds, value)] += 1
        self.sum += value

    def observe_n(self, value: float, n: int) -> None:
        """``n`` observations of the same value at the cost of one."""
        if n > 0:
            self.counts[bisect_left(self.bounds, value)] += n
            self.sum += value * n

    @property
    def count(self) -> int:
        return sum(self.counts)

    def buckets(self) -> list[tuple[str, float]]:
        out: list[tuple[str, float]] = []
        total = 0
        for bound, count in zip((*self.bounds, float("inf")), self.counts, strict=True):
            total += count
            out.append(("+Inf" if bound == float("inf") else repr(float(bound)), float(total)))
        return out


_BATCH = 256


class ModelMetrics:
    """The per-model series (label ``model_name``).

    A finished request is appended to ``pending`` in one step and folded into the
    histograms in batches (at a scrape, or every ``_BATCH`` requests): a tight loop over a
    batch costs less than six method calls on the hot path of every request.
    """

    __slots__ = (
        "aborted",
        "e2e",
        "generation_tokens",
        "itl",
        "pending",
        "prompt_tokens",
        "queue",
        "req_gen",
        "req_prompt",
        "success",
        "tpot",
        "ttft",
    )

    def __init__(self) -> None:
        self.ttft = Histogram(_TTFT_BUCKETS)
        self.itl = Histogram(_ITL_BUCKETS)
        self.tpot = Histogram(_ITL_BUCKETS)
        self.e2e = Histogram(_E2E_BUCKETS)
        self.queue = Histogram(_E2E_BUCKETS)
        self.req_prompt = Histogram(_TOKEN_BUCKETS)
        self.req_gen = Histogram(_TOKEN_BUCKETS)
        self.prompt_tokens = 0
        self.generation_tokens = 0
        self.aborted = 0
        self.success: dict[str, int] = {}
        #: finished requests not yet folded: (e2e_s, queue_s, tpot_s or -1, prompt,
        #: generated, ttft_s or -1 if observed already, inter-token gaps of zero)
        self.pending: list[tuple[float, float, float, int, int, float, int]] = []

    def settle(
        self,
        e2e_s: float,
        queue_s: float,
        tpot_s: float,
        prompt: int,
        generated: int,
        reason: str,
        ttft_s: float = -1.0,
        zero_gaps: int = 0,
    ) -> None:
        """Record a finished request (``tpot_s`` < 0: fewer than two tokens, none)."""
        pending = self.pending
        pending.append((e2e_s, queue_s, tpot_s, prompt, generated, ttft_s, zero_gaps))
        self.success[reason] = self.success.get(reason, 0) + 1
        if len(pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Fold pending requests into the histograms and counters."""
        pending, self.pending = self.pending, []
        e2e, queue, tpot = self.e2e.observe, self.queue.observe, self.tpot.observe
        req_prompt, req_gen = self.req_prompt.observe, self.req_gen.observe
        ttft = self.ttft.observe
        prompt_total = generated_total = zero_total = 0
        for e2e_s, queue_s, tpot_s, prompt, generated, ttft_s, zero_gaps in pending:
            e2e(e2e_s)
            queue(queue_s)
            if tpot_s >= 0:
                tpot(tpot_s)
            if ttft_s >= 0:
                ttft(ttft_s)
            req_prompt(prompt)
            req_gen(generated)
            prompt_total += prompt
            generated_total += generated
            zero_total += zero_gaps
        self.itl.observe_n(0.0, zero_total)
        self.prompt_tokens += prompt_total
        self.generation_tokens += generated_total


_HISTOGRAMS = (
    ("ttft", "vllm:time_to_first_token_seconds", "Time to first token."),
    ("itl", "vllm:inter_token_latency_seconds", "Inter-token latency."),
    ("tpot", "vllm:time_per_output_token_seconds", "Mean time per output token of a request."),
    ("e2e", "vllm:e2e_request_latency_seconds", "End-to-end request latency."),
    ("queue", "vllm:request_queue_time_seconds", "Time requests spent waiting for a slot."),
    ("req_prompt", "vllm:request_prompt_tokens", "Prompt tokens per request."),
    ("req_gen", "vllm:request_generation_tokens", "Generated tokens per request."),
)


class SimMetrics:
    """All series of one simulator; ``registry`` is what ``/metrics`` exposes."""

    def __init__(self, engine: Engine, model_name: str) -> None:
        self.engine = engine
        self.model_name = model_name
        self.models: dict[str, ModelMetrics] = {}
        self.faults: dict[str, int] = {}
        self.degradations: dict[str, int] = {}
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(_Collector(self.collect))
        self.model(model_name)  # series exist from the start, as in vLLM

    def model(self, name: str) -> ModelMetrics:
        found = self.models.get(name)
        if found is None:
            found = self.models[name] = ModelMetrics()
        return found

    def fault(self, kind: str) -> None:
        self.faults[kind] = self.faults.get(kind, 0) + 1

    def degraded(self, kind: str) -> None:
        self.degradations[kind] = self.degradations.get(kind, 0) + 1

    def collect(self) -> Iterator[Metric]:
        models = sorted(self.models.items())
        for _, m in models:
            m.flush()
        for attr, name, doc in _HISTOGRAMS:
            family = HistogramMetricFamily(name, doc, labels=["model_name"])
            for model, m in models:
                hist: Histogram = getattr(m, attr)
                family.add_metric([model], hist.buckets(), hist.sum)
            yield family
        counters = (
            ("vllm:prompt_tokens", "Prompt tokens processed.", "prompt_tokens"),
            ("vllm:generation_tokens", "Tokens generated.", "generation_tokens"),
            ("aire_sim_requests_aborted", "Requests whose client left early.", "aborted"),
        )
        for name, doc, attr in counters:
            counter = CounterMetricFamily(name, doc, labels=["model_name"])
            for model, m in models:
                counter.add_metric([model], float(getattr(m, attr)))
            yield counter
        success = CounterMetricFamily(
            "vllm:request_success", "Finished requests.", labels=["model_name", "finished_reason"]
        )
        for model, m in models:
            for reason, count in sorted(m.success.items()):
                success.add_metric([model, reason], float(count))
        yield success
        for name, doc, table in (
            ("aire_sim_faults_injected", "Injected faults.", self.faults),
            ("aire_sim_degradations_injected", "Injected quality degradations.", self.degradations),
        ):
            counter = CounterMetricFamily(name, doc, labels=["kind"])
            for kind, count in sorted(table.items()):
                counter.add_metric([kind], float(count))
            yield counter
        engine = self.engine
        for name, doc, value in (
            ("vllm:num_requests_running", "Requests being decoded.", float(engine.running)),
            ("vllm:num_requests_waiting", "Requests waiting for a slot.", float(engine.waiting)),
            ("vllm:kv_cache_usage_perc", "KV-cache usage (1 = full).", engine.kv_usage()),
        ):
            gauge = GaugeMetricFamily(name, doc, labels=["model_name"])
            gauge.add_metric([self.model_name], value)
            yield gauge


class _Collector:
    def __init__(self, collect: Callable[[], Iterator[Metric]]) -> None:
        self.collect = collect
