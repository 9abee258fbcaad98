"""The simulator's metrics: histogram arithmetic and the Prometheus exposition."""

from __future__ import annotations

from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from aire.config.sim import SimConfig
from aire.sim.engine import Engine
from aire.sim.metrics import Histogram, SimMetrics


def test_histogram_buckets_are_cumulative_and_inclusive() -> None:
    h = Histogram((0.1, 1.0))
    for value in (0.05, 0.1, 0.5, 2.0):
        h.observe(value)
    h.observe_n(0.0, 3)
    h.observe_n(5.0, 0)
    assert h.buckets() == [("0.1", 5.0), ("1.0", 6.0), ("+Inf", 7.0)]
    assert h.count == 7
    assert h.sum == 0.05 + 0.1 + 0.5 + 2.0


def test_exposition_parses_with_vllm_names() -> None:
    engine = Engine(SimConfig())
    m = SimMetrics(engine, "aire-sim")
    mm = m.model("aire-sim")
    mm.ttft.observe(0.05)
    mm.success["stop"] = 2
    mm.prompt_tokens += 7
    m.fault("drop")
    m.degraded("refusal")
    engine.running = 3
    text = generate_latest(m.registry).decode()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    assert families["vllm:time_to_first_token_seconds"].type == "histogram"
    assert families["vllm:prompt_tokens"].type == "counter"
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in families.values()
        for s in f.samples
    }
    assert samples[("vllm:num_requests_running", (("model_name", "aire-sim"),))] == 3
    assert samples[("vllm:prompt_tokens_total", (("model_name", "aire-sim"),))] == 7
    reason = (("finished_reason", "stop"), ("model_name", "aire-sim"))
    assert samples[("vllm:request_success_total", reason)] == 2
    assert samples[("aire_sim_faults_injected_total", (("kind", "drop"),))] == 1
    assert samples[("aire_sim_degradations_injected_total", (("kind", "refusal"),))] == 1
    assert samples[("vllm:time_to_first_token_seconds_count", (("model_name", "aire-sim"),))] == 1
    assert "_created" not in text


def test_served_model_series_exist_before_any_request() -> None:
    m = SimMetrics(Engine(SimConfig()), "aire-sim")
    text = generate_latest(m.registry).decode()
    assert 'vllm:e2e_request_latency_seconds_count{model_name="aire-sim"} 0.0' in text
