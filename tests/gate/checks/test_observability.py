from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aire.gate.checks.observability import run


def test_real_metrics_are_scraped(make: Any, sim: str) -> None:
    profile, ctx = make(
        target={"url": sim},
        observability={
            "required_series": ["vllm:num_requests_waiting", "vllm:time_to_first_token_seconds"]
        },
    )
    assert run(profile, ctx).status == "PASS"
    profile, ctx = make(
        target={"url": sim},
        observability={
            "required_series": ["vllm:num_requests_waiting", "aire_gateway_requests_total"]
        },
    )
    r = run(profile, ctx)
    assert r.status == "FAIL"
    assert "aire_gateway_requests_total" in r.summary


def test_log_lines_need_every_field(make: Any, tmp_path: Path) -> None:
    lines = [{"request_id": str(i), "model": "m", "latency_ms": 3} for i in range(10)]
    lines[4].pop("model")
    (tmp_path / "app.log").write_text("starting\n" + "".join(json.dumps(x) + "\n" for x in lines))
    profile, ctx = make(observability={"logs": "app.log",
                                       "required_fields": ["request_id", "model"]})  # fmt: skip
    r = run(profile, ctx)
    assert r.status == "FAIL"
    assert "model (1/10 lines)" in r.summary
    assert r.metrics["log_lines_not_json"] == 1


def test_a_declared_contract_is_not_verified_evidence(make: Any, tmp_path: Path) -> None:
    (tmp_path / "obs.yml").write_text("fields: [request_id, model]\n")
    profile, ctx = make(observability={"config": "obs.yml", "required_fields": ["request_id"]})
    r = run(profile, ctx)
    assert r.status == "PASS"
    assert "declared only" in r.summary
    profile, ctx = make(observability={"config": "obs.yml", "required_fields": ["trace_id"]})
    assert run(profile, ctx).status == "WARN"  # aipreflight's rule for a declaration
    profile, ctx = make(observability={})
    assert run(profile, ctx).status == "FAIL"
