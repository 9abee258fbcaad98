"""Helpers of the state tests: a clock to move by hand, a Redis of the test's own, and a
child process that takes from a shared store (spawned: importable by name)."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time

import redis

from aire.state.base import Store
from aire.state.host_client import HostStore
from aire.state.redis_store import RedisStore

SHARED_REDIS_URL = "redis://127.0.0.1:6379/0"
#: how the machine's shared Redis is started when it is down (no persistence)
START_SHARED_REDIS = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379",
    "--save", "", "--appendonly", "no",
]  # fmt: skip


class FakeClock:
    """Epoch seconds that move only when told to."""

    def __init__(self, now: float = 1_700_000_000.25) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def redis_answers(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


def wait_until(check: object, timeout_s: float = 15.0) -> bool:
    """Poll ``check()`` until it is true or the (generous) deadline passes."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def ensure_shared_redis() -> str | None:
    """The machine's Redis on 127.0.0.1:6379, started if it is down; None if there is none."""
    if redis_answers(SHARED_REDIS_URL):
        return SHARED_REDIS_URL
    if shutil.which("redis-server") is None:
        return None
    subprocess.run(START_SHARED_REDIS, check=False, capture_output=True, timeout=30)
    return SHARED_REDIS_URL if wait_until(lambda: redis_answers(SHARED_REDIS_URL)) else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateRedis:
    """A redis-server of one test on a free port, to stop and start at will without
    disturbing the tests of others that share the machine's Redis."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert wait_until(lambda: redis_answers(self.url)), "redis-server did not start"

    def shutdown(self) -> None:
        """As an operator would: ``redis-cli shutdown nosave``."""
        subprocess.run(
            ["redis-cli", "-p", str(self.port), "shutdown", "nosave"],
            check=False,
            capture_output=True,
            timeout=30,
        )
        if self.proc is not None:
            self.proc.wait(15)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(15)


def open_client(kind: str, address: str, prefix: str) -> Store:
    if kind == "redis":
        return RedisStore(address, key_prefix=prefix, connect_timeout_s=5, op_timeout_s=5)
    return HostStore(address, connect_timeout_s=5, op_timeout_s=5)


def take_in_child(kind: str, address: str, prefix: str, key: str, n: int, limit: int) -> int:
    """In a spawned process: ``n`` concurrent takes of 1 against ``limit``; how many
    were admitted."""

    async def main() -> int:
        store = open_client(kind, address, prefix)
        try:
            results = await asyncio.gather(*(store.take(key, 1, limit, 3600) for _ in range(n)))
        finally:
            await store.aclose()
        return sum(r.ok for r in results)

    return asyncio.run(main())
