"""One load run: schedule requests (closed loop or open-loop arrivals), bound it by count
or duration, leave warm-up out, stop early when too many requests fail.

A run given a ``stop`` event ends as soon as it is set (Ctrl-C in the CLI): no new request
is sent, requests in flight are cancelled and left out of the records (counted in
``RunResult.cancelled``), and what finished is returned with ``interrupted`` set.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from aire.config.load import LoadConfig
from aire.load.client import Client
from aire.load.prompts import Prompt, build_prompts
from aire.load.record import RequestRecord
from aire.load.target import Target, request_headers

__all__ = ["Progress", "RunResult", "arrival_gaps", "run_load"]

_clock = time.perf_counter

#: bounds of a run given neither a count nor a duration (whichever comes first)
DEFAULT_REQUESTS = 100
DEFAULT_DURATION_S = 30.0


@dataclass(frozen=True, slots=True)
class Progress:
    """A snapshot for a progress display (measured requests only)."""

    finished: int
    errors: int
    elapsed_s: float
    total: int | None  # requests to send, when a count bounds the run
    duration_s: float | None
    warming_up: bool


@dataclass(slots=True)
class RunResult:
    config: LoadConfig
    target: Target
    records: list[RequestRecord]  # measured requests, in the order they finished
    warmup_requests: int
    started_at: float  # wall clock (epoch seconds) when the run began
    t_start: float  # perf_counter when the first measured request was sent
    t_end: float  # perf_counter when the last measured request ended
    stopped_early: str | None = None
    interrupted: bool = False  # the stop event ended the run
    cancelled: int = 0  # measured requests in flight when the run was cut short, not counted

    @property
    def duration_s(self) -> float:
        return max(0.0, self.t_end - self.t_start)


def arrival_gaps(config: LoadConfig) -> Callable[[], float]:
    """Seconds to the next arrival, drawn from a seeded generator."""
    rate = config.rate_rps
    assert rate is not None
    rng = random.Random(config.seed)
    if config.arrival == "constant":
        return lambda: 1.0 / rate
    if config.arrival == "poisson":
        return lambda: rng.expovariate(rate)
    shape = config.burstiness  # gamma with mean 1/rate; shape 1 is poisson
    return lambda: rng.gammavariate(shape, 1.0 / (rate * shape))


@dataclass(slots=True)
class _Controller:
    """Hands out requests until a bound is reached; collects what finished."""

    config: LoadConfig
    t_start: float = field(default_factory=_clock)
    issued: int = 0
    measured_issued: int = 0
    measure_start: float | None = None
    warmup_finished: int = 0
    finished: list[RequestRecord] = field(default_factory=list)
    errors: int = 0
    stopped_early: str | None = None
    abort: asyncio.Event = field(default_factory=asyncio.Event)
    stop: asyncio.Event | None = None

    def requests_bound(self) -> int | None:
        cfg = self.config
        if cfg.requests is None and cfg.duration_s is None:
            return DEFAULT_REQUESTS
        return cfg.requests

    def duration_bound(self) -> float | None:
        cfg = self.config
        if cfg.requests is None and cfg.duration_s is None:
            return DEFAULT_DURATION_S
        return cfg.duration_s

    def next(self) -> RequestRecord | None:
        if self.abort.is_set() or (self.stop is not None and self.stop.is_set()):
            return None
        cfg, now = self.config, _clock()
        index = self.issued
        if index < cfg.warmup_requests or now < self.t_start + cfg.warmup_s:
            self.issued += 1
            return RequestRecord(index, now, warmup=True)
        if self.measure_start is None:
            self.measure_start = now
        bound = self.requests_bound()
        if bound is not None and self.measured_issued >= bound:
            return None
        duration = self.duration_bound()
        if duration is not None and now >= self.measure_start + duration:
            return None
        self.issued += 1
        self.measured_issued += 1
        return RequestRecord(index, now)

    def done(self, rec: RequestRecord) -> None:
        if rec.warmup:
            self.warmup_finished += 1
            return
        self.finished.append(rec)
        if rec.error is None:
            return
        self.errors += 1
        cfg = self.config
        n = len(self.finished)
        limit = cfg.max_error_rate
        if limit is not None and n >= cfg.error_rate_min_requests and self.errors / n > limit:
            self.stopped_early = (
                f"error rate {self.errors / n:.1%} after {n} requests is above {limit:.1%}"
            )
            self.abort.set()

    def progress(self) -> Progress:
        start = self.measure_start
        return Progress(
            finished=len(self.finished),
            errors=self.errors,
            elapsed_s=0.0 if start is None else _clock() - start,
            total=self.requests_bound(),
            duration_s=self.duration_bound(),
            warming_up=start is None,
        )


async def run_load(
    config: LoadConfig,
    target: Target,
    *,
    on_progress: Callable[[Progress], None] | None = None,
    progress_interval_s: float = 0.25,
    stop: asyncio.Event | None = None,
) -> RunResult:
    """Run the load ``config`` describes against ``target`` and return every record.

    Setting ``stop`` ends the run early with what finished (``RunResult.interrupted``).
    """
    ctl = _Controller(config, stop=stop)
    bound = ctl.requests_bound()
    count = None if bound is None or config.warmup_s > 0 else bound + config.warmup_requests
    prompts = build_prompts(config, target.model, count)
    started_at = time.time()
    client = Client(
        target.endpoint,
        headers=request_headers(config),
        traceparent=config.traceparent,
        stream=config.stream,
        timeout_s=config.timeout_s,
        connect_timeout_s=config.connect_timeout_s,
    )
    async with client:
        ctl.t_start = _clock()
        if config.rate_rps is None:
            load = _closed_loop(ctl, client, prompts, config.concurrency)
        else:
            load = _open_loop(ctl, client, prompts, config)
        await _until_done_or_aborted(load, ctl, on_progress, progress_interval_s)
    records = ctl.finished
    t_start = ctl.measure_start if ctl.measure_start is not None else ctl.t_start
    t_end = max((r.end for r in records), default=t_start)
    return RunResult(
        config=config,
        target=target,
        records=records,
        warmup_requests=ctl.warmup_finished,
        started_at=started_at,
        t_start=t_start,
        t_end=t_end,
        stopped_early=ctl.stopped_early,
        interrupted=stop is not None and stop.is_set(),
        cancelled=ctl.measured_issued - len(records),
    )


async def _until_done_or_aborted(
    load: Coroutine[Any, Any, None],
    ctl: _Controller,
    on_progress: Callable[[Progress], None] | None,
    interval_s: float,
) -> None:
    main = asyncio.ensure_future(load)
    aborted = asyncio.ensure_future(ctl.abort.wait())
    stopped = asyncio.ensure_future(ctl.stop.wait()) if ctl.stop is not None else None
    ticker = asyncio.ensure_future(_tick(ctl, on_progress, interval_s)) if on_progress else None
    try:
        waited = {t for t in (main, aborted, stopped) if t is not None}
        await asyncio.wait(waited, return_when=asyncio.FIRST_COMPLETED)
    finally:
        pending = [t for t in (main, aborted, stopped, ticker) if t is not None and not t.done()]
        for task in pending:
            task.cancel()
        # gather, not a suppressed await: a cancellation of this task itself still propagates
        await asyncio.gather(*pending, return_exceptions=True)
    if main.done() and not main.cancelled() and (exc := main.exception()) is not None:
        raise exc
    if on_progress is not None:
        on_progress(ctl.progress())


async def _tick(
    ctl: _Controller, on_progress: Callable[[Progress], None], interval_s: float
) -> None:
    while True:
        on_progress(ctl.progress())
        await asyncio.sleep(interval_s)


async def _closed_loop(
    ctl: _Controller, client: Client, prompts: list[Prompt], concurrency: int
) -> None:
    n = len(prompts)

    async def user() -> None:
        while (rec := ctl.next()) is not None:
            await client.send(prompts[rec.index % n], rec)
            ctl.done(rec)

    workers = [asyncio.create_task(user()) for _ in range(concurrency)]
    try:
        await asyncio.gather(*workers)
    finally:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


async def _open_loop(
    ctl: _Controller, client: Client, prompts: list[Prompt], config: LoadConfig
) -> None:
    n = len(prompts)
    gap = arrival_gaps(config)
    slots = asyncio.Semaphore(config.max_concurrency) if config.max_concurrency else None
    in_flight: set[asyncio.Task[None]] = set()

    async def one(rec: RequestRecord) -> None:
        try:
            await client.send(prompts[rec.index % n], rec)
            ctl.done(rec)
        finally:
            if slots is not None:
                slots.release()

    next_at = _clock()
    try:
        while True:
            delay = next_at - _clock()
            if delay > 0:
                await asyncio.sleep(delay)
            if slots is not None:
                await slots.acquire()
            rec = ctl.next()
            if rec is None:
                if slots is not None:
                    slots.release()
                break
            task = asyncio.create_task(one(rec))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            next_at += gap()
        await asyncio.gather(*in_flight)
    finally:
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)
