"""The latency model, measured from the client against a simulator in its own process.

Tolerances are statistical (medians, ratios), never tight wall-clock bounds: the machine
may be busy, and the event loop's timer has about 1 ms granularity.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time
from typing import Any

import aiohttp
import pytest
from tests.sim.helpers import chat_body, metric, post, stream

pytestmark = pytest.mark.slow

CHAT = "/v1/chat/completions"
BASE: dict[str, Any] = {
    "ttft_ms": 0.0,
    "prefill_ms_per_token": 0.0,
    "itl_ms": 0.0,
    "itl_jitter": 0.0,
    "load_factor": 0.0,
    "max_num_seqs": 64,
    "kv_cache_tokens": 262_144,
    "max_waiting": None,
    "faults": [],
}


async def configure(url: str, **fields: Any) -> None:
    status, _, body = await post(f"{url}/admin/config", {**BASE, **fields})
    assert status == 200, body


async def timed_stream(
    session: aiohttp.ClientSession, url: str, body: dict[str, Any]
) -> tuple[float, list[float], float]:
    """(TTFT, inter-token gaps, end-to-end) of one streamed chat, in seconds."""
    started = time.perf_counter()
    arrivals: list[float] = []
    async with session.post(f"{url}{CHAT}", json=body) as resp:
        assert resp.status == 200
        async for line in resp.content:
            # Tokens only: the opening role chunk carries an empty content.
            if (
                line.startswith(b"data: {")
                and b'"content":"' in line
                and b'"content":""' not in line
            ):
                arrivals.append(time.perf_counter())
    end = time.perf_counter()
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    return arrivals[0] - started, gaps, end - started


async def run_streams(
    url: str, n: int, concurrency: int, body: dict[str, Any]
) -> list[tuple[float, list[float], float]]:
    out: list[tuple[float, list[float], float]] = []
    async with aiohttp.ClientSession() as session:
        await timed_stream(session, url, {**body, "max_tokens": 2})  # connect and warm up
        for start in range(0, n, concurrency):
            batch = [timed_stream(session, url, body) for _ in range(min(concurrency, n - start))]
            out.extend(await asyncio.gather(*batch))
    return out


async def transport_overhead(url: str) -> float:
    """Median TTFT with every latency at zero: what HTTP and the client add on this machine."""
    await configure(url, itl_ms=1.0)
    body = chat_body(max_tokens=2, stream=True)
    return statistics.median(r[0] for r in await run_streams(url, n=9, concurrency=1, body=body))


async def test_ttft_and_itl_medians_at_low_load(sim_process: str) -> None:
    overhead = await transport_overhead(sim_process)
    await configure(sim_process, ttft_ms=50.0, itl_ms=15.0)
    body = chat_body(max_tokens=12, ignore_eos=True, stream=True)
    results = await run_streams(sim_process, n=12, concurrency=1, body=body)
    ttft = statistics.median(r[0] for r in results) - overhead
    # Per-stream mean gap: a chunk pair read in one go (busy client) leaves the mean alone.
    itl = statistics.median(sum(r[1]) / len(r[1]) for r in results)
    assert 0.045 <= ttft <= 0.055, (ttft, overhead)
    assert 0.0135 <= itl <= 0.0165, itl


async def test_itl_jitter_spreads_gaps_around_the_mean(sim_process: str) -> None:
    """Judged on each stream's span, not on single gaps.

    A busy client reads two chunks in one go now and then (a ~0 gap next to a doubled one),
    which moves the median of single gaps but not the span from first to last token. With
    24 Gaussian gaps of sd 3.6 ms a span has sd 3.6 * sqrt(24) = 17.6 ms; without jitter the
    spans agree to within the client's scheduling noise.
    """
    await configure(sim_process, ttft_ms=5.0, itl_ms=12.0, itl_jitter=0.3)
    body = chat_body(max_tokens=25, ignore_eos=True, stream=True)
    results = await run_streams(sim_process, n=12, concurrency=3, body=body)
    spans = [sum(r[1]) for r in results]
    mean_gaps = [sum(r[1]) / len(r[1]) for r in results]
    assert all(len(r[1]) == 24 for r in results), [len(r[1]) for r in results]
    assert 0.0108 <= statistics.median(mean_gaps) <= 0.0132, mean_gaps
    # P(sample sd < 6 ms | sd 17.6 ms, 11 degrees of freedom) is about 2e-4.
    assert statistics.stdev(spans) > 0.006, spans


async def test_prefill_cost_adds_to_ttft(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=20.0, prefill_ms_per_token=0.5, itl_ms=1.0)
    prompt = "word " * 200
    _, _, usage = await post(f"{sim_process}{CHAT}", chat_body(prompt, max_tokens=1))
    prompt_tokens = usage["usage"]["prompt_tokens"]
    expected = 0.020 + 0.0005 * prompt_tokens
    overhead = await transport_overhead(sim_process)
    await configure(sim_process, ttft_ms=20.0, prefill_ms_per_token=0.5, itl_ms=1.0)
    results = await run_streams(
        sim_process, n=6, concurrency=1, body=chat_body(prompt, max_tokens=2, stream=True)
    )
    ttft = statistics.median(r[0] for r in results) - overhead
    assert expected * 0.9 <= ttft <= expected * 1.1, (ttft, expected)


async def test_non_streaming_takes_as_long_as_streaming(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=30.0, itl_ms=10.0)
    body = chat_body(max_tokens=11, ignore_eos=True)
    async with aiohttp.ClientSession() as session:
        durations = []
        for _ in range(5):
            started = time.perf_counter()
            async with session.post(f"{sim_process}{CHAT}", json=body) as resp:
                await resp.read()
            durations.append(time.perf_counter() - started)
    expected = 0.030 + 10 * 0.010
    assert expected * 0.9 <= statistics.median(durations) <= expected * 1.15


async def test_queue_time_grows_past_max_num_seqs(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=20.0, itl_ms=10.0, max_num_seqs=2)
    body = chat_body(max_tokens=10, ignore_eos=True, stream=True)
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(timed_stream(session, sim_process, body)) for _ in range(6)]
        await asyncio.sleep(0.06)
        waiting = await metric(sim_process, "vllm:num_requests_waiting", model_name="aire-sim")
        running = await metric(sim_process, "vllm:num_requests_running", model_name="aire-sim")
        results = await asyncio.gather(*tasks)
    assert running == 2
    assert waiting >= 2
    ttfts = sorted(r[0] for r in results)
    one_request = 0.020 + 9 * 0.010
    assert ttfts[1] < 0.5 * one_request  # the first two start at once
    assert ttfts[-1] > 1.7 * one_request  # the last two waited for two requests each
    assert ttfts[2] > 0.8 * one_request


async def test_kv_cache_capacity_makes_requests_wait(sim_process: str) -> None:
    # one request needs ~7 prompt + 40 output tokens: two do not fit in 60
    await configure(sim_process, ttft_ms=10.0, itl_ms=5.0, kv_cache_tokens=60)
    body = chat_body(max_tokens=40, ignore_eos=True, stream=True)
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(timed_stream(session, sim_process, body)) for _ in range(3)]
        await asyncio.sleep(0.08)
        usage = await metric(sim_process, "vllm:kv_cache_usage_perc", model_name="aire-sim")
        waiting = await metric(sim_process, "vllm:num_requests_waiting", model_name="aire-sim")
        results = await asyncio.gather(*tasks)
    assert usage > 0.5
    assert waiting >= 1
    one_request = 0.010 + 39 * 0.005
    ttfts = sorted(r[0] for r in results)
    assert ttfts[0] < 0.5 * one_request
    assert ttfts[-1] > 1.6 * one_request


async def test_load_factor_stretches_latency(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=10.0, itl_ms=8.0, max_num_seqs=4, load_factor=3.0)
    body = chat_body(max_tokens=10, ignore_eos=True, stream=True)
    solo = await run_streams(sim_process, n=3, concurrency=1, body=body)
    full = await run_streams(sim_process, n=4, concurrency=4, body=body)
    solo_itl = statistics.median(g for r in solo for g in r[1])
    full_itl = statistics.median(g for r in full for g in r[1])
    # 4 running of 4 slots: x(1 + 3 * 3/4) = x3.25 on every duration
    assert 2.5 <= full_itl / solo_itl <= 4.0, (solo_itl, full_itl)


async def test_disconnect_frees_the_slot(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=5.0, itl_ms=20.0)
    before = await metric(sim_process, "aire_sim_requests_aborted_total", model_name="aire-sim")
    s = await stream(
        f"{sim_process}{CHAT}",
        chat_body(max_tokens=200, ignore_eos=True, stream=True),
        max_events=3,
    )
    assert len(s.events) == 3
    running = 1.0
    for _ in range(100):
        running = await metric(sim_process, "vllm:num_requests_running", model_name="aire-sim")
        if running == 0:
            break
        await asyncio.sleep(0.02)
    assert running == 0
    after = await metric(sim_process, "aire_sim_requests_aborted_total", model_name="aire-sim")
    assert after == before + 1
    assert await metric(sim_process, "vllm:kv_cache_usage_perc", model_name="aire-sim") == 0


async def test_disconnect_while_queued_leaves_the_queue(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=5.0, itl_ms=20.0, max_num_seqs=1)
    long = chat_body(max_tokens=200, ignore_eos=True, stream=True)
    first = asyncio.create_task(stream(f"{sim_process}{CHAT}", long, max_events=40))
    await asyncio.sleep(0.1)
    queued = await stream(f"{sim_process}{CHAT}", long, timeout_s=0.3)
    assert isinstance(queued.error, TimeoutError)
    assert queued.events == []
    waiting = 1.0
    for _ in range(50):
        waiting = await metric(sim_process, "vllm:num_requests_waiting", model_name="aire-sim")
        if waiting == 0:
            break
        await asyncio.sleep(0.02)
    assert waiting == 0
    assert await metric(sim_process, "vllm:num_requests_running", model_name="aire-sim") == 1
    await first
    for _ in range(100):
        if await metric(sim_process, "vllm:num_requests_running", model_name="aire-sim") == 0:
            break
        await asyncio.sleep(0.02)
    # the slot is free again: a new request starts at once
    await configure(sim_process, ttft_ms=5.0, itl_ms=1.0, max_num_seqs=1)
    status, _, _ = await post(f"{sim_process}{CHAT}", chat_body(max_tokens=2))
    assert status == 200


async def test_max_waiting_rejects_with_503(sim_process: str) -> None:
    await configure(sim_process, ttft_ms=5.0, itl_ms=10.0, max_num_seqs=1, max_waiting=1)
    body = chat_body(max_tokens=20, ignore_eos=True, stream=True)
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(timed_stream(session, sim_process, body)) for _ in range(2)]
        await asyncio.sleep(0.05)
        status, _, data = await post(f"{sim_process}{CHAT}", body)
        await asyncio.gather(*tasks)
    assert status == 503
    assert data["error"]["code"] == "overloaded"
