from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aire.gate.checks.capacity import run


def test_capacity_against_the_expected_peak(make: Any, start_sim: Callable[..., Any]) -> None:
    # 2 slots and a 60 ms first token: at 8 concurrent users requests queue past 150 ms
    url, _ = start_sim(max_num_seqs=2, ttft_ms=60.0, itl_ms=1.0, output_tokens=4)
    sla = {"ttft_p95_ms": 150, "max_error_rate": 0.05}
    profile, ctx = make(target={"url": url}, sla=sla, probe={"output_tokens": 4},
                        capacity={"expected_peak_concurrency": 8, "stop": 8,
                                  "requests_per_step": 16})  # fmt: skip
    r = run(profile, ctx)
    assert r.status == "FAIL"
    assert r.metrics["capacity_concurrency"] < 8
    assert "below the expected peak 8" in r.summary
    assert r.details["curve"][0]["passed"]  # one user at a time is within the SLA
    profile, ctx = make(target={"url": url}, sla=sla, probe={"output_tokens": 4},
                        capacity={"expected_peak_concurrency": 1, "stop": 2,
                                  "requests_per_step": 8})  # fmt: skip
    assert run(profile, ctx).status in ("PASS", "WARN")
