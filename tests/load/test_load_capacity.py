"""The capacity search finds the knee that the simulator's running slots create."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from aire.config.load import CapacityConfig, LoadConfig
from aire.load import open_target, run, search
from aire.load.capacity import check_limits
from aire.load.runner import RunResult
from aire.sim.app import SimApp

pytestmark = pytest.mark.slow


async def test_search_finds_the_max_num_seqs_knee(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    # 4 slots; a request holds one for 50 + 9 * 10 ms. A 5th user waits for a slot, and
    # its TTFT jumps from 50 ms to about 190 ms (the slots stay in step).
    url, _ = start_sim(ttft_ms=50.0, itl_ms=10.0, itl_jitter=0.0, load_factor=0.0, max_num_seqs=4)
    base = LoadConfig(url=url, duration_s=0.8, output_tokens=10, ignore_eos=True, input_tokens=16)
    cap = CapacityConfig(start=1, stop=32, slo_ttft_p95_ms=80.0)
    async with open_target(base) as target:

        async def step(cfg: LoadConfig) -> tuple[RunResult, dict[str, object]]:
            return await run(cfg, target)

        result = await search(base, cap, step)
    assert result.capacity == 4
    tried = [s.value for s in result.steps]
    assert tried == [1, 2, 4, 8, 6, 5]
    curve = {s.value: s for s in result.curve()}
    assert [v for v, s in curve.items() if s.passed] == [1, 2, 4]
    # throughput grows with users up to the slots, then flattens
    rps = {v: s.summary["throughput"]["requests_per_s"] for v, s in curve.items()}
    # (ratios, not absolute rates: on a busy machine every step is slower, but no step can
    # beat the slots: 4 requests per 140 ms)
    assert rps[4] <= 4 / 0.14 * 1.1
    assert rps[4] > rps[1] * 2.5
    assert rps[8] == pytest.approx(rps[4], rel=0.25)
    assert rps[2] < rps[4] * 0.7
    assert result.to_json()["capacity"] == 4


def test_limits_name_what_they_break() -> None:
    summary = {
        "latency_ms": {
            "ttft": {"p95": 120.0},
            "itl": {"p95": 9.0},
            "e2e": {"p95": None},
        },
        "error_rate": 0.05,
        "requests": {"ok": 3},
        "stopped_early": None,
    }
    limits = {"ttft_p95_ms": 100.0, "itl_p95_ms": 10.0, "e2e_p95_ms": 5.0, "error_rate": 0.01}
    assert check_limits(summary, limits) == ["p95 ttft 120.0 ms > 100 ms", "error rate 5.0% > 1.0%"]


async def test_rate_search_bisects_to_the_resolution(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    url, _ = start_sim(ttft_ms=20.0, itl_ms=0.0, load_factor=0.0, max_num_seqs=2)
    # 2 slots x 20 ms: about 100 req/s; past it the queue grows and TTFT with it
    base = LoadConfig(url=url, duration_s=0.6, output_tokens=1, arrival="constant")
    cap = CapacityConfig(by="rate", start=25, stop=400, slo_ttft_p95_ms=60.0, resolution=0.1)
    async with open_target(base) as target:

        async def step(cfg: LoadConfig) -> tuple[RunResult, dict[str, object]]:
            return await run(cfg, target)

        result = await search(base, cap, step)
    assert result.capacity is not None
    assert 60 <= result.capacity <= 110
    failing = min(s.value for s in result.steps if not s.passed)
    assert (failing - result.capacity) / failing <= 0.1
