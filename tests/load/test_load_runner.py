"""Load shapes and bounds: closed loop, open-loop arrivals, warm-up, duration, early stop."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Callable
from typing import Any

import pytest

from aire.config.load import LoadConfig
from aire.load.runner import arrival_gaps
from aire.sim.app import SimApp

RunLoad = Callable[..., Any]  # the run_load fixture of conftest.py


@pytest.mark.parametrize(
    ("arrival", "burstiness", "cv"),
    [("constant", 1.0, 0.0), ("poisson", 1.0, 1.0), ("gamma", 0.25, 2.0), ("gamma", 4.0, 0.5)],
)
def test_arrival_gaps_have_the_rate_and_the_spread(
    arrival: str, burstiness: float, cv: float
) -> None:
    config = LoadConfig(rate_rps=20.0, arrival=arrival, burstiness=burstiness, seed=5)  # type: ignore[arg-type]
    gap = arrival_gaps(config)
    gaps = [gap() for _ in range(20_000)]
    mean = statistics.fmean(gaps)
    assert mean == pytest.approx(1 / 20, rel=0.03)
    assert statistics.pstdev(gaps) / mean == pytest.approx(cv, abs=0.06)
    again = arrival_gaps(config)
    assert [again() for _ in range(5)] == gaps[:5]  # seeded


async def test_closed_loop_keeps_the_concurrency(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(ttft_ms=100.0, itl_ms=0.0)
    result, s = await run_load(url, concurrency=5, requests=15, output_tokens=2)
    assert s["requests"]["total"] == 15
    starts = sorted(r.start for r in result.records)
    # five users start at once; each next request waits for the user's previous one
    assert starts[4] - starts[0] < 0.05
    assert starts[5] - starts[0] > 0.09


async def test_open_loop_sends_at_the_rate(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(ttft_ms=20.0)
    result, s = await run_load(
        url, rate_rps=40.0, arrival="constant", duration_s=1.5, output_tokens=2
    )
    assert s["load"]["mode"] == "open"
    assert 55 <= s["requests"]["total"] <= 62
    starts = sorted(r.start for r in result.records)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert statistics.median(gaps) == pytest.approx(0.025, rel=0.1)


async def test_open_loop_max_concurrency_caps_requests_in_flight(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(ttft_ms=100.0)
    result, _ = await run_load(
        url, rate_rps=1000.0, arrival="constant", max_concurrency=3, requests=9, output_tokens=1
    )
    events = sorted([(r.start, 1) for r in result.records] + [(r.end, -1) for r in result.records])
    in_flight = peak = 0
    for _, step in events:
        in_flight += step
        peak = max(peak, in_flight)
    assert peak == 3


async def test_warmup_is_excluded_and_duration_bounds_the_run(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(ttft_ms=10.0)
    result, s = await run_load(
        url, concurrency=2, warmup_requests=6, duration_s=0.5, output_tokens=1
    )
    assert s["requests"]["warmup"] == 6
    assert all(not r.warmup and r.index >= 6 for r in result.records)
    assert 0.45 <= s["duration_s"] <= 0.7
    assert s["requests"]["total"] == pytest.approx(2 * 0.5 / 0.011, rel=0.4)

    result, s = await run_load(url, concurrency=2, warmup_s=0.2, requests=4, output_tokens=1)
    assert s["requests"]["total"] == 4
    assert s["requests"]["warmup"] >= 10


async def test_stops_early_when_the_error_rate_passes_the_limit(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(faults=[{"kind": "server_error", "rate": 0.5}], seed=3)
    _, s = await run_load(
        url, concurrency=4, requests=2000, max_error_rate=0.2, error_rate_min_requests=40
    )
    assert s["stopped_early"]
    assert "error rate" in s["stopped_early"]
    assert 40 <= s["requests"]["total"] < 60
    _, s = await run_load(url, concurrency=4, requests=60, max_error_rate=0.9)
    assert s["stopped_early"] is None
    assert s["requests"]["total"] == 60
