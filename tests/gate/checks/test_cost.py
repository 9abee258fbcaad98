from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aire.gate.checks.cost import run, scan_call_sites
from aire.gate.probes import Probe, ProbeRun

SOURCE = """
MODEL = "gpt-4o-mini"

def ask(client, q):
    return client.chat.completions.create(
        model=MODEL, max_tokens=256,
        messages=[{"role": "user", "content": "Answer briefly: " + q}],
    )

def other(client):
    client.files.create(file=b"x")  # not an LLM call
"""


def test_scan_finds_and_prices_call_sites(make: Any, tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "llm.py").write_text(SOURCE)
    sites = scan_call_sites(tmp_path / "app")
    assert len(sites) == 1
    assert (sites[0].model, sites[0].output_tokens, sites[0].line) == ("gpt-4o-mini", 256, 5)
    profile, ctx = make(cost={"scan_paths": ["app"], "calls_per_month": 50000,
                              "max_monthly_cost_usd": 5.0})  # fmt: skip
    r = run(profile, ctx)
    # 256 output tokens at $0.60/M is $0.00015 a call: $7.7 a month, over the $5 budget
    assert r.status == "FAIL"
    assert 7.5 < r.metrics["monthly_cost_usd"] < 8.0


def test_no_call_site_warns(make: Any, tmp_path: Path) -> None:
    (tmp_path / "empty.py").write_text("x = 1\n")
    profile, ctx = make(cost={"scan_paths": ["empty.py"]})
    assert run(profile, ctx).status == "WARN"


def test_measured_usage_with_an_interval(make: Any) -> None:
    profile, ctx = make(cost={"model": "gpt-4o", "calls_per_month": 1000,
                              "max_cost_per_request_usd": 0.01},
                        sla={}, target={"url": "http://127.0.0.1:9"})  # fmt: skip
    probes = [Probe("healthy", 10, 100, 5, None, 1000, 500) for _ in range(30)]
    ctx._probes = ProbeRun(probes, "recorded", model="gpt-4o")
    r = run(profile, ctx)
    # 1000 in at $2.50/M + 500 out at $10/M = $0.0075 a request
    assert r.metrics["cost_per_request_usd"] == pytest.approx(0.0075)
    assert r.status == "PASS"
    assert r.intervals["cost_per_request_usd"].high == pytest.approx(0.0075)
    profile, ctx = make(cost={"model": "no-such-model"}, sla={},
                        target={"url": "http://127.0.0.1:9"})  # fmt: skip
    ctx._probes = ProbeRun(probes, "recorded")
    assert run(profile, ctx).status == "WARN"
