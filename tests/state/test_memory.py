"""The memory store's own promises: memory stays bounded as windows, leases and values
expire; and ``open_memory`` picks the supervisor's store in a worker."""

from __future__ import annotations

import pytest
from tests.state.helpers import FakeClock

from aire.config.state import StateConfig
from aire.errors import StateError
from aire.state.host_client import HostStore
from aire.state.memory import MemoryState, MemoryStore, open_memory
from aire.state.wire import HOST_STORE_ENV


def test_old_windows_are_dropped() -> None:
    clock = FakeClock()
    state = MemoryState(clock)
    for i in range(10_000):
        state.take(f"key{i}", 1, 10, 60)
    assert len(state) == 10_000
    clock.advance(61)
    state.take("one more", 1, 10, 60)  # any call sweeps what has expired
    assert len(state) == 1


def test_a_window_in_use_survives_the_sweep_of_its_predecessor() -> None:
    clock = FakeClock(6000.0)  # the start of a 60 s window
    state = MemoryState(clock)
    state.take("k", 1, 10, 60)
    clock.advance(60)  # the next window: the same entry, started again
    assert state.take("k", 3, 10, 60).used == 3
    clock.advance(59)
    state.take("other", 0, 10, 60)  # sweeps the first window's expiry
    assert state.take("k", 0, 10, 60).used == 3  # still this window: kept
    clock.advance(1)
    assert state.take("k", 0, 10, 60).used == 0


def test_expired_values_and_leases_are_dropped() -> None:
    clock = FakeClock()
    state = MemoryState(clock)
    for i in range(1000):
        state.set(f"v{i}", b"x", ttl_s=5)
        assert state.acquire(f"c{i}", 1, 5) is not None
    state.set("forever", b"x")
    assert len(state) == 2001
    clock.advance(6)
    state.set("tick", b"x")
    assert len(state) == 2  # "forever" and "tick"


def test_a_value_whose_ttl_was_extended_is_kept_until_its_new_expiry() -> None:
    clock = FakeClock()
    state = MemoryState(clock)
    state.set("v", b"1", ttl_s=5)
    clock.advance(4)
    state.set("v", b"2", ttl_s=5)  # now expires 9 s after the start
    clock.advance(2)
    state.take("sweep", 0, 1, 60)
    assert state.get("v") == b"2"
    clock.advance(4)
    assert state.get("v") is None


def test_leases_still_held_keep_their_key() -> None:
    clock = FakeClock()
    state = MemoryState(clock)
    short = state.acquire("c", 2, 1)
    long = state.acquire("c", 2, 10)
    assert short is not None
    assert long is not None
    clock.advance(2)
    state.take("sweep", 0, 1, 60)
    assert state.held("c") == 1
    assert state.acquire("c", 2, 1) is not None
    assert state.acquire("c", 2, 1) is None


def test_window_must_be_positive() -> None:
    with pytest.raises(StateError, match="window_s"):
        MemoryState().take("k", 1, 1, 0)


def test_open_memory_in_a_worker_uses_the_supervisors_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(HOST_STORE_ENV, raising=False)
    assert isinstance(open_memory(StateConfig()), MemoryStore)
    monkeypatch.setenv(HOST_STORE_ENV, "/run/aire/store.sock")
    config = StateConfig(op_timeout_ms=50, connect_timeout_ms=70)
    store = open_memory(config)
    assert isinstance(store, HostStore)
    assert (store.path, store.op_timeout_s, store.connect_timeout_s) == (
        "/run/aire/store.sock",
        0.05,
        0.07,
    )
