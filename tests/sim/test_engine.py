"""The serving-engine model: slots, FIFO queue, KV cache, latency formulas."""

from __future__ import annotations

import asyncio
import random
import statistics
from typing import Any

import pytest

from aire.config.sim import SimConfig
from aire.sim.engine import Engine, EngineOverloaded


def engine(**fields: Any) -> Engine:
    return Engine(SimConfig.model_validate(fields))


async def test_slots_then_fifo_queue() -> None:
    e = engine(max_num_seqs=2)
    assert e.try_admit(10) is None
    assert e.try_admit(10) is None
    third = e.try_admit(10)
    fourth = e.try_admit(10)
    assert third is not None
    assert fourth is not None
    assert (e.running, e.waiting, e.kv_used) == (2, 2, 20)
    e.release(10)
    assert third.done()
    assert not fourth.done()
    assert (e.running, e.waiting) == (2, 1)
    e.release(10)
    assert fourth.done()
    e.release(10)
    e.release(10)
    assert (e.running, e.waiting, e.kv_used) == (0, 0, 0)


async def test_kv_cache_blocks_and_head_of_line() -> None:
    e = engine(kv_cache_tokens=100, max_num_seqs=8)
    assert e.try_admit(60) is None
    big = e.try_admit(60)  # 120 > 100: waits although a slot is free
    small = e.try_admit(10)  # fits, but the head of the queue goes first
    assert big is not None
    assert small is not None
    assert e.kv_usage() == pytest.approx(0.6)
    e.release(60)
    assert big.done()
    assert small.done()
    assert e.kv_used == 70


async def test_a_request_larger_than_the_cache_runs_alone() -> None:
    e = engine(kv_cache_tokens=100)
    assert e.try_admit(500) is None
    assert e.kv_usage() == 1.0
    assert e.try_admit(1) is not None


async def test_cancel_while_queued_leaves_no_trace() -> None:
    e = engine(max_num_seqs=1)
    await e.admit(5)
    waiter = asyncio.create_task(e.admit(5))
    behind = asyncio.create_task(e.admit(7))
    await asyncio.sleep(0)
    assert e.waiting == 2
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert e.waiting == 1
    e.release(5)
    await behind
    assert (e.running, e.kv_used, e.waiting) == (1, 7, 0)


async def test_cancel_in_the_instant_of_admission_releases_the_slot() -> None:
    e = engine(max_num_seqs=1)
    await e.admit(5)
    waiter = asyncio.create_task(e.admit(5))
    await asyncio.sleep(0)
    e.release(5)  # admits the waiter: its future is resolved...
    waiter.cancel()  # ...and it is cancelled before it runs
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert (e.running, e.kv_used, e.waiting) == (0, 0, 0)


async def test_abandon_a_queued_request() -> None:
    e = engine(max_num_seqs=1)
    assert e.try_admit(1) is None
    queued = e.try_admit(2)
    assert queued is not None
    e.abandon(queued, 2)
    assert e.waiting == 0
    e.release(1)
    assert (e.running, e.kv_used) == (0, 0)


async def test_max_waiting() -> None:
    e = engine(max_num_seqs=1, max_waiting=1)
    assert e.try_admit(1) is None
    assert e.try_admit(1) is not None
    with pytest.raises(EngineOverloaded) as info:
        e.try_admit(1)
    assert info.value.http_status == 503
    zero = engine(max_num_seqs=1, max_waiting=0)
    assert zero.try_admit(1) is None  # no wait needed: admitted
    with pytest.raises(EngineOverloaded):
        zero.try_admit(1)


async def test_reconfigure_admits_waiting_requests() -> None:
    e = engine(max_num_seqs=1)
    assert e.try_admit(1) is None
    queued = e.try_admit(1)
    assert queued is not None
    e.reconfigure(SimConfig(max_num_seqs=2))
    assert queued.done()
    assert e.running == 2


def test_stretch_and_ttft() -> None:
    e = engine(max_num_seqs=4, load_factor=2.0, ttft_ms=10.0, prefill_ms_per_token=0.5)
    assert e.stretch() == 1.0
    assert e.ttft_s(100) == pytest.approx(0.060)
    e.running = 3
    assert e.stretch() == pytest.approx(1 + 2.0 * 2 / 4)
    assert e.ttft_s(100) == pytest.approx(0.060 * 2.0)


def test_itl_mean_and_spread() -> None:
    e = engine(itl_ms=10.0, itl_jitter=0.2)
    rng = random.Random(1)
    gaps = [e.itl_s(rng) for _ in range(5000)]
    assert statistics.mean(gaps) == pytest.approx(0.010, rel=0.02)
    assert statistics.stdev(gaps) == pytest.approx(0.002, rel=0.1)
    assert min(gaps) >= 0
    assert engine(itl_ms=0.0).itl_s(rng) == 0.0
    assert engine(itl_ms=5.0, itl_jitter=0.0).itl_s(rng) == 0.005
