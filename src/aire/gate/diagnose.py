"""``aire diagnose``: why a target is slow or failing, from a probe run and what the
server says about the same minutes.

A live run sends ``requests`` streamed requests at ``concurrency`` through ``aire.load``
while the engine's ``/metrics`` (vLLM names) is sampled every ``sample_interval_s``;
scrapes before and after give the server's own TTFT over exactly that run. With
``prometheus`` the same signals come from PromQL over the run's window instead. Findings:

| finding | signal | problem when |
|---|---|---|
| network overhead | client mean TTFT - server mean TTFT | > 100 ms |
| queue pressure | ``vllm:num_requests_waiting`` (max while probing) | > 5 |
| KV-cache pressure | ``vllm:kv_cache_usage_perc`` (max) | > 0.8 |
| preemptions | ``vllm:num_preemptions_total`` (increase) | > 0 |
| errors | the probes' error classes | error rate > 1% |
| gateway overhead | aire's ``x-aire-overhead-ms`` answer header | p95 > 50 ms |

Each finding names its runbook; any problem makes the verdict ``PROBLEMS`` (exit 1).
"""

from __future__ import annotations

import asyncio
import statistics
import threading
from dataclasses import dataclass, field
from typing import Any

from aire.config.load import LoadConfig
from aire.gate.checks import runbook
from aire.gate.scrape import Snapshot, prometheus_query, scrape
from aire.stats import percentile

__all__ = ["Diagnosis", "Finding", "Limits", "diagnose"]


@dataclass(frozen=True, slots=True)
class Limits:
    network_gap_ms: float = 100.0
    queue_waiting: float = 5.0
    kv_usage: float = 0.8
    error_rate: float = 0.01
    gateway_overhead_p95_ms: float = 50.0


@dataclass(slots=True)
class Finding:
    name: str
    problem: bool
    summary: str
    runbook: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "problem": self.problem, "summary": self.summary,
                "runbook": self.runbook, "evidence": self.evidence}  # fmt: skip


@dataclass(slots=True)
class Diagnosis:
    findings: list[Finding]
    client: dict[str, Any]
    server: dict[str, Any]

    @property
    def verdict(self) -> str:
        return "PROBLEMS" if any(f.problem for f in self.findings) else "HEALTHY"

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings],
                "client": self.client, "server": self.server}  # fmt: skip


class _Sampler:
    """Scrapes ``/metrics`` in a thread while the probes run: the peaks of the gauges."""

    def __init__(self, url: str, interval_s: float) -> None:
        self.url, self.interval_s = url, interval_s
        self.peaks: dict[str, float] = {}
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aire-diagnose-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                snap = scrape(self.url, timeout_s=2.0)
            except (OSError, ValueError):
                snap = None
            if snap is not None:
                self.samples += 1
                for name, v in snap.gauges.items():
                    self.peaks[name] = max(v, self.peaks.get(name, v))
            self._stop.wait(self.interval_s)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


async def _probe(config: LoadConfig) -> tuple[list[dict[str, Any]], dict[str, Any], str]:
    from aire.load import open_target, run

    async with open_target(config) as target:
        result, summary = await run(config, target)
    return [r.to_json(result.t_start) for r in result.records], summary, target.endpoint


async def _gateway_overhead(endpoint: str, model: str | None, n: int) -> list[float]:
    """``x-aire-overhead-ms`` of ``n`` small requests (empty when the target is no aire)."""
    import aiohttp

    out: list[float] = []
    body = {"model": model or "aire-sim", "max_tokens": 4,
            "messages": [{"role": "user", "content": "ping"}]}  # fmt: skip
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for _ in range(n):
            try:
                async with session.post(endpoint, json=body) as resp:
                    await resp.read()
                    value = resp.headers.get("x-aire-overhead-ms")
            except (aiohttp.ClientError, OSError, TimeoutError):
                return out
            if value is None:
                return out
            try:
                out.append(float(value))
            except ValueError:
                return out
    return out


def diagnose(
    target: str,
    *,
    metrics_url: str | None = None,
    prometheus: str | None = None,
    requests: int = 64,
    concurrency: int = 8,
    model: str | None = None,
    sample_interval_s: float = 0.2,
    limits: Limits | None = None,
) -> Diagnosis:
    """Probe ``target`` and read its server-side metrics (TargetUnreachable: exit 3)."""
    limits = limits or Limits()
    config = LoadConfig(url=target, model=model, requests=requests, concurrency=concurrency,
                        input_tokens=64, output_tokens=32, stream=True, timeout_s=60)  # fmt: skip
    if metrics_url is None and prometheus is None:
        metrics_url = target.rstrip("/").removesuffix("/v1") + "/metrics"
    before: Snapshot | None = None
    if metrics_url is not None:
        try:
            before = scrape(metrics_url)
        except (OSError, ValueError):
            before = None  # the target may not expose metrics: client-side findings only
    sampler = (
        _Sampler(metrics_url, sample_interval_s) if before is not None and metrics_url else None
    )
    if sampler is not None:
        with sampler:
            records, summary, endpoint = asyncio.run(_probe(config))
    else:
        records, summary, endpoint = asyncio.run(_probe(config))
    overhead = asyncio.run(_gateway_overhead(endpoint, summary["target"]["model"], 8))
    client = _client(records, summary, overhead)
    server: dict[str, Any] = {"source": None}
    if before is not None and metrics_url is not None and sampler is not None:
        server = _server_from_scrapes(before, scrape(metrics_url), sampler, metrics_url)
    elif prometheus is not None:
        server = _server_from_prometheus(prometheus, summary["duration_s"] or 1.0)
    return Diagnosis(_findings(client, server, limits), client, server)


def _client(records: list[dict[str, Any]], summary: dict[str, Any],
            overhead: list[float]) -> dict[str, Any]:  # fmt: skip
    ttfts = [r["ttft_ms"] for r in records if r["error"] is None and r["ttft_ms"] is not None]
    return {
        "requests": len(records),
        "ttft_ms_mean": statistics.fmean(ttfts) if ttfts else None,
        "ttft_ms_p50": percentile(ttfts, 50) if ttfts else None,
        "ttft_ms_p95": percentile(ttfts, 95) if ttfts else None,
        "error_rate": summary["error_rate"],
        "errors": summary["errors"],
        "error_examples": summary["error_examples"],
        "gateway_overhead_ms": overhead,
    }


def _server_from_scrapes(before: Snapshot, after: Snapshot, sampler: _Sampler,
                         url: str) -> dict[str, Any]:  # fmt: skip
    out: dict[str, Any] = {"source": url, "samples": sampler.samples}
    ttft = after.histograms.get("vllm:time_to_first_token_seconds")
    if ttft is not None:
        d = ttft.minus(before.histograms.get("vllm:time_to_first_token_seconds", ttft.minus(ttft)))
        mean, p95 = d.mean, d.quantile(0.95)
        out["ttft_ms_mean"] = None if mean is None else mean * 1000.0
        out["ttft_ms_p95"] = None if p95 is None else p95 * 1000.0
    queue = after.histograms.get("vllm:request_queue_time_seconds")
    if queue is not None:
        d = queue.minus(
            before.histograms.get("vllm:request_queue_time_seconds", queue.minus(queue))
        )
        out["queue_time_ms_mean"] = None if d.mean is None else d.mean * 1000.0
    out["waiting_max"] = sampler.peaks.get("vllm:num_requests_waiting")
    out["running_max"] = sampler.peaks.get("vllm:num_requests_running")
    out["kv_usage_max"] = sampler.peaks.get("vllm:kv_cache_usage_perc")
    name = "vllm:num_preemptions"
    if name in after.counters:
        out["preemptions"] = after.counters[name] - before.counters.get(name, 0.0)
    return out


_TTFT = "vllm:time_to_first_token_seconds"


def _server_from_prometheus(base: str, window_s: float) -> dict[str, Any]:
    w = f"{max(60, int(window_s) + 30)}s"  # the run and a scrape interval around it
    queries = {
        "ttft_ms_p95": f"histogram_quantile(0.95, sum(rate({_TTFT}_bucket[{w}])) by (le)) * 1000",
        "ttft_ms_mean": f"sum(rate({_TTFT}_sum[{w}])) / sum(rate({_TTFT}_count[{w}])) * 1000",
        "waiting_max": f"max(max_over_time(vllm:num_requests_waiting[{w}]))",
        "running_max": f"max(max_over_time(vllm:num_requests_running[{w}]))",
        "kv_usage_max": f"max(max_over_time(vllm:kv_cache_usage_perc[{w}]))",
        "preemptions": f"sum(increase(vllm:num_preemptions_total[{w}]))",
    }  # fmt: skip
    out: dict[str, Any] = {"source": base, "window": w}
    for key, expr in queries.items():
        try:
            out[key] = prometheus_query(base, expr)
        except (OSError, ValueError) as exc:
            out.setdefault("query_errors", {})[key] = str(exc)
    return out


def _findings(client: dict[str, Any], server: dict[str, Any], lim: Limits) -> list[Finding]:
    out: list[Finding] = []
    c_mean, s_mean = client.get("ttft_ms_mean"), server.get("ttft_ms_mean")
    if c_mean is not None and s_mean is not None:
        gap = c_mean - s_mean
        bad = gap > lim.network_gap_ms
        out.append(Finding(
            "network_overhead", bad,
            (f"client TTFT exceeds the server's by {gap:.0f} ms on average (> "
             f"{lim.network_gap_ms:g} ms): time is lost between client and engine (proxy, "
             "TLS, load balancer, DNS)") if bad else
            f"client and server TTFT agree (gap {gap:.0f} ms)",
            runbook("network-overhead"),
            {"client_ttft_ms_mean": c_mean, "server_ttft_ms_mean": s_mean, "gap_ms": gap},
        ))  # fmt: skip
    waiting = server.get("waiting_max")
    if waiting is not None:
        bad = waiting > lim.queue_waiting
        out.append(Finding(
            "queue_pressure", bad,
            (f"up to {waiting:.0f} requests waited for a slot (> {lim.queue_waiting:g}; "
             f"{server.get('running_max') or 0:.0f} running): the engine is at its batch limit"
             ) if bad else f"queue depth at most {waiting:.0f}",
            runbook("queue-pressure"),
            {"waiting_max": waiting, "running_max": server.get("running_max"),
             "queue_time_ms_mean": server.get("queue_time_ms_mean")},
        ))  # fmt: skip
    kv = server.get("kv_usage_max")
    if kv is not None:
        bad = kv > lim.kv_usage
        out.append(Finding(
            "kv_cache_pressure", bad,
            f"KV cache peaked at {kv:.0%} (> {lim.kv_usage:.0%})" if bad
            else f"KV cache peaked at {kv:.0%}",
            runbook("kv-cache-pressure"), {"kv_usage_max": kv},
        ))  # fmt: skip
    pre = server.get("preemptions")
    if pre is not None:
        out.append(Finding(
            "preemptions", pre > 0,
            f"{pre:.0f} sequences preempted during the run (KV cache full)" if pre > 0
            else "no preemption", runbook("kv-cache-pressure"), {"preemptions": pre},
        ))  # fmt: skip
    rate = client.get("error_rate")
    if rate is not None:
        bad = rate > lim.error_rate
        classes = ", ".join(f"{k} {v}" for k, v in client["errors"].items())
        out.append(Finding(
            "errors", bad,
            f"error rate {rate:.1%} ({classes})" if bad else f"error rate {rate:.1%}",
            runbook("error-spikes"),
            {"error_rate": rate, "by_class": client["errors"],
             "examples": client["error_examples"]},
        ))  # fmt: skip
    overhead = client.get("gateway_overhead_ms") or []
    if overhead:
        p95 = percentile(overhead, 95)
        bad = p95 > lim.gateway_overhead_p95_ms
        out.append(Finding(
            "gateway_overhead", bad,
            f"aire gateway overhead p95 {p95:.1f} ms (> {lim.gateway_overhead_p95_ms:g} ms)"
            if bad else f"aire gateway overhead p95 {p95:.1f} ms; the rest is upstream time",
            runbook("high-ttft"), {"overhead_ms_p95": p95, "samples": len(overhead)},
        ))  # fmt: skip
    return out
