"""Backends by name, and ``open_store``: the configured backend behind on_failure."""

from __future__ import annotations

import pytest

from aire.config.state import StateConfig
from aire.errors import ConfigError
from aire.state import STORES, FailoverStore, StateMetrics, open_store
from aire.state.memory import MemoryStore
from aire.state.redis_store import RedisStore
from aire.state.wire import HOST_STORE_ENV


def plug_in(config: StateConfig) -> MemoryStore:
    """A backend from outside aire, named ``module:attr`` in ``state.backend``."""
    store = MemoryStore()
    store.state.set("made-by", config.key_prefix.encode())
    return store


def test_the_shipped_backends() -> None:
    assert STORES.names() == ["memory", "redis"]


async def test_open_store_wraps_the_configured_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOST_STORE_ENV, raising=False)
    store = open_store(StateConfig(on_failure="closed", retry_interval_ms=250))
    assert isinstance(store, FailoverStore)
    assert isinstance(store.store, MemoryStore)
    assert (store.on_failure, store.retry_interval_s, store.backend) == ("closed", 0.25, "memory")
    assert (await store.take("k", 1, 1, 60)).ok
    await store.aclose()

    redis_backed = open_store(StateConfig(backend="redis"), metrics=StateMetrics())
    assert isinstance(redis_backed.store, RedisStore)
    await redis_backed.aclose()


async def test_a_plug_in_by_import_string() -> None:
    store = open_store(StateConfig(backend=f"{__name__}:plug_in", key_prefix="mine:"))
    assert await store.get("made-by") == b"mine:"
    await store.aclose()


def test_a_plug_in_that_cannot_be_imported() -> None:
    with pytest.raises(ConfigError, match="could not import module"):
        open_store(StateConfig(backend="no_such_module_anywhere:open"))


def test_metrics_show_the_store_as_available_from_the_start() -> None:
    metrics = StateMetrics()
    FailoverStore(MemoryStore(), backend="memory", metrics=metrics)
    assert metrics.registry is not None
    assert metrics.registry.get_sample_value("aire_state_available", {"backend": "memory"}) == 1
