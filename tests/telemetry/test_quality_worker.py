"""The quality worker process: measures batches in another process, reports results on its
receiver thread, survives its process being killed (the jobs it held count as lost)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from aire.telemetry.features import AnswerFeatures
from aire.telemetry.quality_measure import Job
from aire.telemetry.quality_worker import QualityWorker


def _job(text: str) -> Job:
    body = b'{"choices":[{"message":{"content":"%s"},"finish_reason":"stop"}]}' % text.encode()
    return Job(
        alias="a", deployment="d", status=200, error_code=None, stream=False, latency_s=0.1,
        ttft_s=None, prompt_tokens=1, completion_tokens=2, blocks=[body], prompt="hello",
        response_format=None, guard_findings=0,
    )  # fmt: skip


class Got:
    def __init__(self) -> None:
        self.features: list[AnswerFeatures | None] = []
        self.threads: set[str] = set()
        self.lost = 0

    def deliver(self, batch: list[AnswerFeatures | None]) -> None:
        self.threads.add(threading.current_thread().name)
        self.features.extend(batch)

    def on_lost(self, n: int) -> None:
        self.lost += n


def _wait(cond: object, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pytest.fixture
def worker() -> Iterator[QualityWorker]:
    w = QualityWorker(nice=0)
    yield w
    w.close()


def test_batches_are_measured_in_another_process(worker: QualityWorker) -> None:
    got = Got()
    key = worker.register(got.deliver, got.on_lost)
    assert worker.submit(key, [_job("Sure: 42."), _job("I'm sorry, but I can't help with that.")])
    _wait(lambda: worker.outstanding(key) == 0)
    assert [f.refused for f in got.features if f] == [False, True]
    assert got.threads == {"aire-quality"}
    assert worker._proc is not None
    assert worker._proc.pid != os.getpid()


def test_a_killed_worker_loses_its_jobs_and_is_replaced(worker: QualityWorker) -> None:
    got = Got()
    key = worker.register(got.deliver, got.on_lost)
    assert worker.submit(key, [_job("warm up")])
    _wait(lambda: worker.outstanding(key) == 0)
    first = worker._proc
    assert first is not None
    os.kill(first.pid, signal.SIGSTOP)  # hold it, so the next batch is surely in its hands
    assert worker.submit(key, [_job("one"), _job("two"), _job("three")])
    os.kill(first.pid, signal.SIGKILL)
    _wait(lambda: got.lost == 3)
    assert worker.outstanding(key) == 0
    assert worker.outstanding_bytes(key) == 0
    _wait(lambda: worker._proc is not None and worker._proc is not first)
    assert worker.submit(key, [_job("after the restart")])
    _wait(lambda: len(got.features) == 2)
    assert not worker.broken


def test_bytes_in_flight_are_counted_per_batch_until_measured(worker: QualityWorker) -> None:
    got = Got()
    key = worker.register(got.deliver, got.on_lost)
    assert worker.submit(key, [_job("warm up")], 10)
    _wait(lambda: worker.outstanding(key) == 0)
    assert worker.outstanding_bytes(key) == 0
    proc = worker._proc
    assert proc is not None
    os.kill(proc.pid, signal.SIGSTOP)  # nothing is measured meanwhile
    try:
        assert worker.submit(key, [_job("a"), _job("b")], 300)
        assert worker.submit(key, [_job("c")], 50)
        assert worker.outstanding_bytes(key) == 350
    finally:
        os.kill(proc.pid, signal.SIGCONT)
    _wait(lambda: worker.outstanding(key) == 0)
    assert worker.outstanding_bytes(key) == 0
    assert len(got.features) == 4


def test_an_unregistered_observer_cannot_submit(worker: QualityWorker) -> None:
    got = Got()
    key = worker.register(got.deliver, got.on_lost)
    worker.unregister(key)
    assert not worker.submit(key, [_job("late")])
