"""State fixtures: every backend behind one face, for the contract suite."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import pytest
import redis
from tests.state.helpers import FakeClock, ensure_shared_redis, open_client

from aire.state.base import Store
from aire.state.host_server import HostStoreServer
from aire.state.memory import MemoryState, MemoryStore

BACKENDS = ["memory", "redis", "host"]


@pytest.fixture(scope="session")
def shared_redis_url() -> str:
    url = ensure_shared_redis()
    if url is None:
        pytest.skip("no Redis on 127.0.0.1:6379 and no redis-server to start one")
    return url


@dataclass
class Backend:
    """One shared backend; ``client()`` opens another independent client of it."""

    kind: str
    address: str  # the Redis URL or the host store's socket ("" for memory)
    prefix: str
    clock: FakeClock | None  # None: the backend's own clock (Redis uses its TIME)
    _open: Callable[[], Store]
    clients: list[Store] = field(default_factory=list)

    def client(self) -> Store:
        store = self._open()
        self.clients.append(store)
        return store

    async def wait(self, seconds: float) -> None:
        """Let ``seconds`` pass for the backend (by hand where it has an injected clock)."""
        if self.clock is not None:
            self.clock.advance(seconds)
        else:
            await asyncio.sleep(seconds)


@pytest.fixture
def redis_cleanup(shared_redis_url: str) -> Iterator[str]:
    """A random key prefix on the shared Redis; its keys are deleted afterwards."""
    prefix = f"aire-test:{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(shared_redis_url)
    try:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    kind = request.param
    server: HostStoreServer | None = None
    if kind == "memory":
        clock = FakeClock()
        state = MemoryState(clock)
        made = Backend(kind, "", "", clock, lambda: MemoryStore(state))
    elif kind == "host":
        clock = FakeClock()
        server = HostStoreServer(MemoryState(clock)).start()
        made = Backend(kind, server.path, "", clock, lambda: open_client("host", server.path, ""))
    else:
        url = request.getfixturevalue("shared_redis_url")
        prefix = request.getfixturevalue("redis_cleanup")
        made = Backend(kind, url, prefix, None, lambda: open_client("redis", url, prefix))
    try:
        yield made
    finally:
        for store in made.clients:
            await store.aclose()
        if server is not None:
            server.stop()
