"""on_failure: a store that cannot be reached (Redis shut down mid-run, hung, never
there; the host store's server gone) answers as configured, says so once in the log and
in metrics, and is used again, with the outage's admissions counted, once it is back."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.state.helpers import PrivateRedis, free_port

from aire.errors import StateUnavailable
from aire.gateway.logs import JsonFormatter
from aire.state.base import Store, window_of
from aire.state.failover import FailoverStore
from aire.state.host_client import HostStore
from aire.state.host_server import HostStoreServer
from aire.state.memory import MemoryState
from aire.state.metrics import StateMetrics
from aire.state.redis_store import RedisStore


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def at(self, level: int) -> list[logging.LogRecord]:
        return [r for r in self.records if r.levelno == level]


@pytest.fixture
def state_log() -> Iterator[Records]:
    logger = logging.getLogger("aire.state")
    handler, level = Records(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    import shutil

    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server")
    server = PrivateRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def sample(metrics: StateMetrics, name: str, backend: str) -> float | None:
    assert metrics.registry is not None
    value = metrics.registry.get_sample_value(name, {"backend": backend})
    return None if value is None else float(value)


def a_long_window() -> int:
    """A window with minutes left, so none ends while a test runs."""
    for window_s in (3600, 7200, 86_400):
        if window_of(time.time(), window_s)[1] > 300:
            return window_s
    raise AssertionError("unreachable: the three windows cannot all end within 5 minutes")


async def eventually(check: object, timeout_s: float = 20.0) -> None:
    """Await ``check()`` (a coroutine function) until true; the bound is generous."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached in time")


def redis_at(url: str, op_timeout_s: float = 2.0) -> RedisStore:
    # generous: a busy machine must not look like an outage
    return RedisStore(url, key_prefix="t:", connect_timeout_s=2.0, op_timeout_s=op_timeout_s)


def guarded(store: Store, on_failure: str, metrics: StateMetrics, **kw: float) -> FailoverStore:
    return FailoverStore(
        store,
        on_failure=on_failure,  # type: ignore[arg-type]
        backend="redis" if isinstance(store, RedisStore) else "memory",
        retry_interval_s=kw.get("retry_interval_s", 0.05),
        metrics=metrics,
    )


async def test_redis_shut_down_mid_run_fails_open_and_catches_up(
    private_redis: PrivateRedis, state_log: Records
) -> None:
    metrics = StateMetrics()
    store = guarded(redis_at(private_redis.url), "open", metrics)
    window_s = a_long_window()
    try:
        assert (await store.take("rpm", 4, 10, window_s)).ok
        assert sample(metrics, "aire_state_available", "redis") == 1
        private_redis.shutdown()
        during = [await store.take("rpm", 1, 10, window_s) for _ in range(3)]
        assert all(t.ok for t in during)  # open: admitted
        lease = await store.acquire("conc", 1, 60)
        assert lease is not None
        await store.release("conc", lease)
        with pytest.raises(StateUnavailable):
            await store.get("value")
        assert not store.available
        assert sample(metrics, "aire_state_available", "redis") == 0
        assert (sample(metrics, "aire_state_errors_total", "redis") or 0) >= 1
        [warning] = state_log.at(logging.WARNING)  # one line for the outage, not per call
        line = json.loads(JsonFormatter().format(warning))
        assert line["logger"] == "aire.state"
        assert line["backend"] == "redis"
        assert line["on_failure"] == "open"
        assert "admit" in line["msg"]

        private_redis.start()  # empty: it was shut down without saving

        async def back() -> bool:
            return store.available and (await store.take("rpm", 0, 10, window_s)).used == 3

        await eventually(back)  # the 3 admitted during the outage were added on return
        assert sample(metrics, "aire_state_available", "redis") == 1
        assert len(state_log.at(logging.INFO)) == 1  # and one line when it is back
        assert len(state_log.at(logging.WARNING)) == 1
        after = await asyncio.gather(*(store.take("rpm", 1, 10, window_s) for _ in range(20)))
        assert sum(t.ok for t in after) == 7  # the limit is exact again
    finally:
        await store.aclose()


async def test_redis_shut_down_mid_run_fails_closed(
    private_redis: PrivateRedis, state_log: Records
) -> None:
    metrics = StateMetrics()
    store = guarded(redis_at(private_redis.url), "closed", metrics)
    try:
        assert (await store.take("rpm", 1, 10, 60)).ok
        assert await store.acquire("conc", 5, 60) is not None
        private_redis.shutdown()
        refused = await store.take("rpm", 1, 10, 60)
        assert not refused.ok
        assert 0 < refused.reset_s <= 60  # a Retry-After to send
        assert await store.acquire("conc", 5, 60) is None
        assert sample(metrics, "aire_state_available", "redis") == 0
        [warning] = state_log.at(logging.WARNING)
        assert warning.on_failure == "closed"  # type: ignore[attr-defined]
        assert "refuse" in warning.getMessage()
        private_redis.start()

        async def admitted() -> bool:
            return (await store.take("rpm", 1, 10, 60)).ok

        await eventually(admitted)
        assert store.available
        assert sample(metrics, "aire_state_available", "redis") == 1
        assert await store.acquire("conc", 5, 60) is not None
    finally:
        await store.aclose()


async def test_a_hung_redis_costs_one_timeout(private_redis: PrivateRedis) -> None:
    # SIGSTOP: the socket stays open and nothing answers. Without the op timeout this
    # take would wait for the test's own timeout.
    assert private_redis.proc is not None
    metrics = StateMetrics()
    backend = redis_at(private_redis.url, op_timeout_s=0.5)
    store = guarded(backend, "closed", metrics)
    try:
        assert (await store.take("k", 1, 5, 60)).ok
        os.kill(private_redis.proc.pid, signal.SIGSTOP)
        try:
            assert not (await store.take("k", 1, 5, 60)).ok
            assert not store.available
        finally:
            os.kill(private_redis.proc.pid, signal.SIGCONT)

        async def counted_on() -> bool:
            taken = await store.take("k", 1, 5, 60)
            # 2 or 3: the take that timed out may still have run once Redis woke up
            return store.available and taken.ok and taken.used >= 2

        await eventually(counted_on)  # the count before the hang is still there
    finally:
        await store.aclose()


async def test_while_down_no_call_waits_on_the_store(state_log: Records) -> None:
    metrics = StateMetrics()
    nothing_there = redis_at(f"redis://127.0.0.1:{free_port()}/0")
    store = guarded(nothing_there, "open", metrics, retry_interval_s=3600)  # no probe soon
    try:
        results = [await store.take("k", 1, 1, 60) for _ in range(100)]
        assert all(t.ok for t in results)
        assert sum(t.used for t in results) == sum(range(1, 101))  # counted locally
        # only the first call reached for the store; the other 99 answered at once
        assert sample(metrics, "aire_state_errors_total", "redis") == 1
        assert len(state_log.at(logging.WARNING)) == 1
        await store.give("k", -100, 60)
        with pytest.raises(StateUnavailable):
            await store.set("v", b"x")
        with pytest.raises(StateUnavailable):
            await store.incr("v")
        with pytest.raises(StateUnavailable):
            await store.delete("v")
    finally:
        await store.aclose()


async def test_the_host_store_gone_and_back(tmp_path: Path, state_log: Records) -> None:
    directory = tmp_path / "s"
    directory.mkdir()
    server = HostStoreServer(MemoryState(), directory=str(directory)).start()
    metrics = StateMetrics()
    store = guarded(HostStore(server.path, op_timeout_s=2), "closed", metrics)
    try:
        assert (await store.take("k", 1, 1, 60)).ok
        server.stop()
        assert not (await store.take("k", 1, 1, 60)).ok
        assert sample(metrics, "aire_state_available", "memory") == 0
        server = HostStoreServer(MemoryState(), directory=str(directory)).start()

        async def admitted() -> bool:
            return (await store.take("k", 1, 1, 60)).ok

        await eventually(admitted)
        assert sample(metrics, "aire_state_available", "memory") == 1
        assert len(state_log.at(logging.WARNING)) == 1
    finally:
        await store.aclose()
        server.stop()


def test_metrics_are_multiprocess_safe(tmp_path: Path) -> None:
    """With PROMETHEUS_MULTIPROC_DIR (``aire serve --workers N``) the gauge and counter
    go to the per-process files and /metrics aggregates them."""
    script = textwrap.dedent(
        """
        import asyncio
        from prometheus_client import CollectorRegistry, generate_latest, multiprocess
        from aire.state.failover import FailoverStore
        from aire.state.host_client import HostStore
        from aire.state.metrics import StateMetrics

        async def main():
            store = FailoverStore(
                HostStore("/nonexistent/aire.sock"), backend="memory", metrics=StateMetrics()
            )
            assert (await store.take("k", 1, 1, 60)).ok
            await store.aclose()

        asyncio.run(main())
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        print(generate_latest(registry).decode())
        """
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    env.pop("AIRE_STATE_SOCKET", None)
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert 'aire_state_available{backend="memory"} 0.0' in out.stdout
    assert 'aire_state_errors_total{backend="memory"} 1.0' in out.stdout
