"""Against a simulator of known latency, the figures match what it was told to do.

The simulator sleeps on a timer of about 1 ms granularity, so latencies are set well
above it (TTFT 60 ms, ITL 20 ms) and checked to 5% at low load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from aire.sim.app import SimApp

RunLoad = Callable[..., Any]  # the run_load fixture of conftest.py

pytestmark = pytest.mark.slow

TIMED = {"ttft_ms": 60.0, "itl_ms": 20.0, "itl_jitter": 0.0, "load_factor": 0.0}


@pytest.mark.parametrize("api", ["chat", "completions"])
async def test_median_ttft_and_itl_match_the_simulator(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad, api: str
) -> None:
    # What HTTP and the client add on this machine right now (a busy machine adds ms to
    # every TTFT): the same shape of run against a simulator with no latency at all.
    zero_url, _ = start_sim(ttft_ms=0.0, itl_ms=0.0, load_factor=0.0)
    _, zero = await run_load(
        zero_url, api=api, concurrency=2, requests=12, output_tokens=2, ignore_eos=True,
        input_tokens=32,
    )  # fmt: skip
    overhead = zero["latency_ms"]["ttft"]["median"]
    url, _ = start_sim(**TIMED)
    result, s = await run_load(
        url, api=api, concurrency=2, requests=12, output_tokens=12, ignore_eos=True,
        input_tokens=32,
    )  # fmt: skip
    assert s["requests"] == {"total": 12, "ok": 12, "failed": 0, "warmup": 0, "cancelled": 0}
    lat = s["latency_ms"]
    assert lat["ttft"]["median"] - overhead == pytest.approx(60.0, rel=0.05), overhead
    assert lat["itl"]["median"] == pytest.approx(20.0, rel=0.05)
    assert lat["tpot"]["median"] == pytest.approx(20.0, rel=0.05)
    assert lat["e2e"]["median"] - overhead == pytest.approx(60.0 + 11 * 20.0, rel=0.05)
    assert lat["itl"]["count"] == 12 * 11  # every gap of every request
    assert s["tokens"]["output"] == 12 * 12  # from the usage chunk
    assert s["tokens"]["input_mean"] == pytest.approx(32, abs=8)  # chat template tokens
    # two users, each ~280 ms a request
    assert s["throughput"]["requests_per_s"] == pytest.approx(2 / 0.28, rel=0.15)
    assert all(len(r.itl_s) == 11 for r in result.records)


async def test_non_streaming_measures_end_to_end_only(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(**TIMED)
    _, s = await run_load(
        url, stream=False, concurrency=2, requests=6, output_tokens=6, ignore_eos=True
    )
    lat = s["latency_ms"]
    assert lat["ttft"]["count"] == 0
    assert lat["itl"]["count"] == 0
    assert lat["e2e"]["median"] == pytest.approx(60.0 + 5 * 20.0, rel=0.05)
    assert s["tokens"]["output"] == 36


async def test_goodput_counts_requests_within_the_slo(
    start_sim: Callable[..., tuple[str, SimApp]], run_load: RunLoad
) -> None:
    url, _ = start_sim(**TIMED)
    common: dict[str, Any] = {
        "concurrency": 2,
        "requests": 6,
        "output_tokens": 4,
        "ignore_eos": True,
    }
    _, within = await run_load(url, slo_ttft_ms=200, slo_itl_ms=40, **common)
    assert within["goodput"]["ratio"] == 1.0
    assert within["goodput"]["requests_per_s"] == within["throughput"]["requests_per_s"]
    _, outside = await run_load(url, slo_ttft_ms=30, **common)
    assert outside["goodput"]["ratio"] == 0.0
    assert outside["goodput"]["requests"] == 0
