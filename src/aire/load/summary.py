"""Numbers of a run: latency percentiles, throughput, errors by class, goodput.

The summary is a plain JSON-able dict (``SCHEMA`` names its version) so that runs can be
stored, compared across versions and read by other tools. Latencies are in ms.
A run cut short (``interrupted``: Ctrl-C; ``stopped_early``: the error-rate limit)
summarises the requests that finished; those still in flight were cancelled and are left
out of every figure, counted only in ``requests.cancelled``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

import numpy as np

from aire.load.record import ERROR_CLASSES, RequestRecord
from aire.load.runner import RunResult

__all__ = ["SCHEMA", "latency_stats", "meets_slo", "summarize"]

SCHEMA = "aire.load.summary/1"
_PERCENTILES = (50, 90, 95, 99)


def latency_stats(values_s: list[float]) -> dict[str, float | int | None]:
    """count, mean, median, p90, p95, p99, min, max of seconds, in milliseconds."""
    if not values_s:
        return {"count": 0, "mean": None, "median": None, "p90": None, "p95": None,
                "p99": None, "min": None, "max": None}  # fmt: skip
    arr = np.asarray(values_s, dtype=np.float64) * 1000.0
    p50, p90, p95, p99 = np.percentile(arr, _PERCENTILES)
    return {
        "count": int(arr.size),
        "mean": _r(arr.mean()),
        "median": _r(p50),
        "p90": _r(p90),
        "p95": _r(p95),
        "p99": _r(p99),
        "min": _r(arr.min()),
        "max": _r(arr.max()),
    }


def meets_slo(
    rec: RequestRecord,
    ttft_ms: float | None,
    itl_ms: float | None,
    e2e_ms: float | None,
) -> bool:
    """A successful request within every given limit (a limit it cannot be judged on,
    such as TTFT of a non-streamed request, does not count against it)."""
    if rec.error is not None:
        return False
    if ttft_ms is not None and (t := rec.ttft_s) is not None and t * 1000.0 > ttft_ms:
        return False
    if itl_ms is not None and (g := rec.mean_itl_s) is not None and g * 1000.0 > itl_ms:
        return False
    return e2e_ms is None or rec.e2e_s * 1000.0 <= e2e_ms


def summarize(result: RunResult) -> dict[str, Any]:
    cfg, records = result.config, result.records
    ok = [r for r in records if r.error is None]
    window = result.duration_s
    per_s = (lambda n: _r(n / window)) if window > 0 else (lambda n: None)
    output_tokens = sum(r.output_tokens for r in ok)
    input_tokens = sum(r.input_tokens for r in ok)
    errors = Counter(r.error for r in records if r.error is not None)
    examples: dict[str, str] = {}
    for r in records:
        if r.error is not None and r.error not in examples:
            examples[r.error] = r.error_detail or r.error
    statuses = Counter(str(r.status) for r in records if r.status)
    goodput: dict[str, Any] | None = None
    slo = {"ttft_ms": cfg.slo_ttft_ms, "itl_ms": cfg.slo_itl_ms, "e2e_ms": cfg.slo_e2e_ms}
    if any(v is not None for v in slo.values()):
        good = sum(meets_slo(r, cfg.slo_ttft_ms, cfg.slo_itl_ms, cfg.slo_e2e_ms) for r in records)
        goodput = {
            "slo": slo,
            "requests": good,
            "requests_per_s": per_s(good),
            "ratio": _r(good / len(records)) if records else None,
        }
    return {
        "schema": SCHEMA,
        "started_at": datetime.fromtimestamp(result.started_at, UTC).isoformat(),
        "target": {
            "url": result.target.url,
            "endpoint": result.target.endpoint,
            "model": result.target.model,
            "api": cfg.api,
            "stream": cfg.stream,
            "embedded_sim": result.target.embedded,
        },
        "load": _load_shape(result),
        "duration_s": _r(window),
        "stopped_early": result.stopped_early,
        "interrupted": result.interrupted,
        "requests": {
            "total": len(records),
            "ok": len(ok),
            "failed": len(records) - len(ok),
            "warmup": result.warmup_requests,
            "cancelled": result.cancelled,
        },
        "error_rate": _r(1.0 - len(ok) / len(records)) if records else None,
        "errors": {k: errors[k] for k in ERROR_CLASSES if errors[k]},
        "error_rate_by_class": {
            k: _r(errors[k] / len(records)) for k in ERROR_CLASSES if errors[k]
        },
        "error_examples": {k: examples[k] for k in ERROR_CLASSES if errors[k]},
        "http_status": dict(sorted(statuses.items())),
        "throughput": {
            "requests_per_s": per_s(len(ok)),
            "output_tokens_per_s": per_s(output_tokens),
            "total_tokens_per_s": per_s(output_tokens + input_tokens),
        },
        "tokens": {
            "input": input_tokens,
            "output": output_tokens,
            "input_mean": _r(input_tokens / len(ok)) if ok else None,
            "output_mean": _r(output_tokens / len(ok)) if ok else None,
        },
        "latency_ms": {
            "ttft": latency_stats([t for r in ok if (t := r.ttft_s) is not None]),
            "itl": latency_stats([g for r in ok for g in r.itl_s]),
            "tpot": latency_stats([t for r in ok if (t := r.tpot_s) is not None]),
            "e2e": latency_stats([r.e2e_s for r in ok]),
        },
        "goodput": goodput,
    }


def _load_shape(result: RunResult) -> dict[str, Any]:
    cfg = result.config
    if cfg.rate_rps is None:
        return {"mode": "closed", "concurrency": cfg.concurrency}
    return {
        "mode": "open",
        "rate_rps": cfg.rate_rps,
        "arrival": cfg.arrival,
        "burstiness": cfg.burstiness,
        "max_concurrency": cfg.max_concurrency,
    }


def _r(value: float) -> float:
    return round(float(value), 4)
