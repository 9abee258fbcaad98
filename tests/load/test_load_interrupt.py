"""A run, a sweep and a capacity search cut short by their stop event (Ctrl-C in the CLI):
what finished is kept, what was in flight is cancelled and counted apart."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aire.config.load import CapacityConfig, LoadConfig
from aire.load import open_target, run, search, sweep
from aire.load.runner import RunResult
from aire.load.target import Target
from aire.sim.app import SimApp

StartSim = Callable[..., tuple[str, SimApp]]


async def _wait_for(predicate: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Poll a counter of the simulator (it runs in another thread: no event to wait on)."""
    async with asyncio.timeout(timeout_s):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_stop_keeps_what_finished_and_cancels_what_is_in_flight(
    start_sim: StartSim,
) -> None:
    url, app = start_sim(ttft_ms=20.0, itl_ms=5.0)
    config = LoadConfig(url=url, concurrency=3, duration_s=60.0, output_tokens=4)
    stop = asyncio.Event()
    async with open_target(config) as target:
        task = asyncio.create_task(run(config, target, stop=stop))
        await _wait_for(lambda: app.requests >= 9)  # closed loop: 6 have finished
        stop.set()
        result, summary = await asyncio.wait_for(task, 20.0)
    assert result.interrupted
    assert summary["interrupted"] is True
    req = summary["requests"]
    assert req["total"] >= 6
    assert req["failed"] == 0  # the cancelled ones are not errors
    assert 1 <= req["cancelled"] <= 3
    assert all(r.ok and r.end > 0 for r in result.records)
    assert summary["latency_ms"]["e2e"]["count"] == req["total"]
    assert app.requests == req["total"] + req["cancelled"]  # nothing sent after the stop


async def test_a_run_stopped_before_it_starts_sends_nothing(sim: str) -> None:
    config = LoadConfig(url=sim, concurrency=2, requests=50)
    stop = asyncio.Event()
    stop.set()
    async with open_target(config) as target:
        result, summary = await run(config, target, stop=stop)
    assert result.interrupted
    assert summary["requests"]["total"] == 0
    assert summary["requests"]["cancelled"] == 0


async def test_an_uninterrupted_run_says_so(sim: str) -> None:
    config = LoadConfig(url=sim, requests=3, output_tokens=2)
    async with open_target(config) as target:
        result, summary = await run(config, target, stop=asyncio.Event())
    assert not result.interrupted
    assert summary["interrupted"] is False
    assert summary["requests"]["cancelled"] == 0


def _fake_steps(
    interrupt_at: int, p95: Callable[[float], float]
) -> tuple[Callable[[LoadConfig], Any], list[float]]:
    """A run_step that measures p95 TTFT ``p95(value)`` and is interrupted at step N."""
    tried: list[float] = []
    target = Target(url="http://x", endpoint="http://x/v1/chat/completions", model="m")

    async def step(cfg: LoadConfig) -> tuple[RunResult, dict[str, Any]]:
        value = float(cfg.concurrency if cfg.rate_rps is None else cfg.rate_rps)
        tried.append(value)
        interrupted = len(tried) == interrupt_at
        result = RunResult(cfg, target, [], 0, 0.0, 0.0, 1.0, interrupted=interrupted)
        stat = {"p95": p95(value), "median": None}
        summary = {
            "latency_ms": {"ttft": stat, "itl": {"p95": None}, "e2e": {"p95": None}},
            "error_rate": 0.0,
            "requests": {"ok": 10},
            "stopped_early": None,
        }
        return result, summary

    return step, tried


async def test_an_interrupted_search_keeps_its_steps_and_a_lower_bound() -> None:
    step, tried = _fake_steps(interrupt_at=4, p95=lambda v: 10.0 * v)
    cap = CapacityConfig(start=1, stop=64, slo_ttft_p95_ms=100.0)
    result = await search(LoadConfig(), cap, step)
    assert tried == [1, 2, 4, 8]  # the 4th (8) was cut short
    assert result.interrupted
    assert [s.value for s in result.steps] == [1, 2, 4]
    assert result.capacity == 4  # the highest value that passed: a lower bound
    assert result.to_json()["interrupted"] is True

    step, _ = _fake_steps(interrupt_at=0, p95=lambda v: 10.0 * v)
    result = await search(LoadConfig(), cap, step)
    assert not result.interrupted
    assert result.capacity == 10


async def test_an_interrupted_sweep_stops_and_leaves_the_cut_step_out() -> None:
    step, tried = _fake_steps(interrupt_at=2, p95=lambda v: v)
    steps = await sweep(LoadConfig(), "concurrency", [1, 2, 3], step)
    assert tried == [1, 2]
    assert [s.value for s in steps] == [1]
