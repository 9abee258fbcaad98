"""The redis store's own promises: scripts sent by SHA and loaded once (again after
NOSCRIPT), keys that expire with their window or their last lease, errors mapped."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator

import pytest
import redis
from tests.state.helpers import PrivateRedis, free_port

from aire.config.state import StateConfig
from aire.errors import StateError, StateUnavailable
from aire.state.redis_store import RedisStore


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server")
    server = PrivateRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def admin(private_redis: PrivateRedis) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(private_redis.url)
    yield client
    client.close()


@pytest.fixture
async def store(private_redis: PrivateRedis) -> AsyncIterator[RedisStore]:
    made = RedisStore(private_redis.url, key_prefix="p:", connect_timeout_s=2, op_timeout_s=2)
    yield made
    await made.aclose()


def calls(admin: redis.Redis, command: str) -> int:
    stats = admin.info("commandstats")
    return int(stats.get(f"cmdstat_{command}", {}).get("calls", 0))


async def test_updates_are_scripts_sent_by_sha_and_loaded_once(
    store: RedisStore, admin: redis.Redis
) -> None:
    for _ in range(10):
        await store.take("k", 1, 100, 60)
    assert calls(admin, "script|load") == 1  # after the first NOSCRIPT
    assert calls(admin, "evalsha") >= 10
    assert calls(admin, "eval") == 0  # never the script's text per call
    admin.script_flush()  # as a restarted Redis: the cache is empty
    assert (await store.take("k", 1, 100, 60)).used == 11
    assert calls(admin, "script|load") == 2


async def test_keys_expire_with_their_window_and_leases(
    store: RedisStore, admin: redis.Redis
) -> None:
    taken = await store.take("k", 1, 100, 60)
    ttl_ms = admin.pttl("p:w:60:k")
    assert 0 < ttl_ms <= taken.reset_s * 1000 + 2
    lease = await store.acquire("c", 2, 30)
    assert lease is not None
    assert 0 < admin.pttl("p:c:c") <= 30_000
    assert await store.held("c") == 1
    await store.set("v", b"x", ttl_s=5)
    assert 0 < admin.pttl("p:v:v") <= 5000
    await store.set("v", b"y")
    assert admin.pttl("p:v:v") == -1  # no expiry


async def test_every_key_has_the_prefix(store: RedisStore, admin: redis.Redis) -> None:
    await store.take("a", 1, 1, 60)
    await store.acquire("b", 1, 60)
    await store.set("c", b"1")
    assert sorted(admin.keys("*")) == [b"p:c:b", b"p:v:c", b"p:w:60:a"]


async def test_nothing_listening_is_state_unavailable() -> None:
    store = RedisStore(f"redis://127.0.0.1:{free_port()}/0")
    try:
        with pytest.raises(StateUnavailable, match="redis unreachable"):
            await store.take("k", 1, 1, 60)
        with pytest.raises(StateUnavailable):
            await store.ping()
    finally:
        await store.aclose()


async def test_a_bad_call_is_a_state_error(store: RedisStore) -> None:
    with pytest.raises(StateError, match="window_s"):
        await store.take("k", 1, 1, 0)
    await store.set("text", b"abc")
    with pytest.raises(StateError) as caught:
        await store.incr("text")
    assert not isinstance(caught.value, StateUnavailable)


def test_from_config() -> None:
    config = StateConfig(
        backend="redis",
        url="redis://127.0.0.1:6390/2",
        key_prefix="x:",
        op_timeout_ms=75,
        connect_timeout_ms=50,
        pool_size=7,
    )
    store = RedisStore.from_config(config)
    kwargs = store._pool.connection_kwargs
    assert (kwargs["port"], kwargs["db"]) == (6390, 2)
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (0.075, 0.05)
    assert store._pool.max_connections == 7
    assert store.prefix == "x:"
