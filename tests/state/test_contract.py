"""One contract for every ``Store``: memory, redis (the machine's Redis) and host (the
supervisor's memory store over its Unix socket). Each test runs against all three."""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing

import pytest
from tests.state.conftest import Backend
from tests.state.helpers import take_in_child

from aire.errors import StateError
from aire.state.base import Store, Taken


async def take_concurrently(store: Store, key: str, n: int, limit: int) -> list[Taken]:
    return list(await asyncio.gather(*(store.take(key, 1, limit, 3600) for _ in range(n))))


def test_every_backend_is_a_store(backend: Backend) -> None:
    assert isinstance(backend.client(), Store)


# -- take: atomic check-and-count ------------------------------------------------------


async def test_200_concurrent_takes_against_100_admit_exactly_100(backend: Backend) -> None:
    results = await take_concurrently(backend.client(), "rpm", 200, 100)
    admitted = [r for r in results if r.ok]
    assert len(admitted) == 100
    assert sorted(r.used for r in admitted) == list(range(1, 101))  # each saw its own count
    assert all(r.used == 100 and r.limit == 100 for r in results if not r.ok)


async def test_two_clients_of_one_backend_share_the_limit(backend: Backend) -> None:
    first, second = backend.client(), backend.client()
    both = await asyncio.gather(
        take_concurrently(first, "shared", 120, 100), take_concurrently(second, "shared", 120, 100)
    )
    assert sum(r.ok for results in both for r in results) == 100
    assert (await backend.client().take("shared", 0, 100, 3600)).used == 100


async def test_processes_sharing_one_backend_admit_exactly_the_limit(backend: Backend) -> None:
    if backend.kind == "memory":
        pytest.skip("the memory store is one process's by definition (host shares it)")
    spawn = multiprocessing.get_context("spawn")
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=spawn) as pool:
        children = [
            loop.run_in_executor(
                pool, take_in_child, backend.kind, backend.address, backend.prefix, "p", 150, 200
            )
            for _ in range(2)
        ]
        here = await take_concurrently(backend.client(), "p", 150, 200)
        admitted = sum(await asyncio.gather(*children)) + sum(r.ok for r in here)
    assert admitted == 200
    assert (await backend.client().take("p", 0, 200, 3600)).used == 200


async def test_a_refused_take_changes_nothing(backend: Backend) -> None:
    store = backend.client()
    assert (await store.take("tpm", 60, 100, 3600)).ok
    refused = await store.take("tpm", 50, 100, 3600)
    assert (refused.ok, refused.used, refused.limit) == (False, 60, 100)
    fits = await store.take("tpm", 40, 100, 3600)
    assert (fits.ok, fits.used) == (True, 100)
    peek = await store.take("tpm", 0, 100, 3600)
    assert (peek.ok, peek.used) == (True, 100)


async def test_a_batch_is_all_or_nothing(backend: Backend) -> None:
    store = backend.client()
    assert (await store.take("b-tpm", 90, 100, 3600)).ok
    got = await store.take_all([("b-rpm", 1, 10, 60), ("b-tpm", 20, 100, 3600)])
    assert [t.ok for t in got] == [True, False]  # the tpm does not fit: nothing is counted
    assert (await store.take("b-rpm", 0, 10, 60)).used == 0
    got = await store.take_all([("b-rpm", 1, 10, 60), ("b-tpm", 10, 100, 3600)])
    assert [t.ok for t in got] == [True, True]
    assert [t.used for t in got] == [1, 100]
    await store.give_all([("b-tpm", -30, 3600), ("b-rpm", -1, 60)])
    assert (await store.take("b-tpm", 0, 100, 3600)).used == 70
    assert (await store.take("b-rpm", 0, 10, 60)).used == 0
    assert await store.take_all([]) == []


async def test_200_concurrent_batches_admit_exactly_the_tighter_limit(backend: Backend) -> None:
    store = backend.client()
    batch = [("c-rpm", 1, 100, 3600), ("c-tpm", 10, 1500, 3600)]  # tpm allows 150, rpm 100
    results = await asyncio.gather(*(store.take_all(batch) for _ in range(200)))
    admitted = sum(all(t.ok for t in got) for got in results)
    assert admitted == 100
    assert (await store.take("c-tpm", 0, 1500, 3600)).used == 1000


async def test_a_batch_with_slots_is_all_or_nothing(backend: Backend) -> None:
    store = backend.client()
    held = await store.acquire("s-conc", 1, 60)
    assert held is not None
    got = await store.take_batch([("s-rpm", 1, 10, 60)], [("s-conc", 1, 60)])
    assert not got.ok
    assert got.leases == [None]
    assert (await store.take("s-rpm", 0, 10, 60)).used == 0  # the slot was full: no count
    await store.release("s-conc", held)
    got = await store.take_batch([("s-rpm", 1, 10, 60)], [("s-conc", 1, 60)])
    assert got.ok
    lease = got.leases[0]
    assert lease is not None
    assert await store.acquire("s-conc", 1, 60) is None  # the batch holds the slot
    await store.give_batch([("s-rpm", -1, 60)], [("s-conc", lease)])
    assert (await store.take("s-rpm", 0, 10, 60)).used == 0
    assert await store.acquire("s-conc", 1, 60) is not None


async def test_concurrent_batches_never_exceed_their_slots(backend: Backend) -> None:
    store = backend.client()
    batches = await asyncio.gather(
        *(store.take_batch([("cs-rpm", 1, 1000, 60)], [("cs-conc", 7, 60)]) for _ in range(40))
    )
    assert sum(b.ok for b in batches) == 7
    assert (await store.take("cs-rpm", 0, 1000, 60)).used == 7


async def test_large_amounts_count_exactly(backend: Backend) -> None:
    # money in micro-dollars: a monthly budget of $5,000,000,000 is 5e15 micro-dollars
    store = backend.client()
    limit = 5_000_000_000_000_000
    assert (await store.take("usd", limit - 3, limit, 3600)).used == limit - 3
    assert not (await store.take("usd", 4, limit, 3600)).ok
    assert (await store.take("usd", 3, limit, 3600)).used == limit


async def test_reset_is_the_time_left_in_the_window(backend: Backend) -> None:
    taken = await backend.client().take("k", 1, 10, 60)
    assert 0 < taken.reset_s <= 60


async def test_keys_and_window_lengths_are_independent(backend: Backend) -> None:
    store = backend.client()
    assert (await store.take("a", 5, 5, 60)).ok
    assert (await store.take("b", 5, 5, 60)).ok  # another key
    assert (await store.take("a", 5, 5, 3600)).ok  # same key, another window length
    assert not (await store.take("a", 1, 5, 60)).ok
    odd = "team:ü/ключ with spaces:{x}"
    assert (await store.take(odd, 1, 1, 60)).ok
    assert not (await store.take(odd, 1, 1, 60)).ok


async def test_a_new_window_starts_from_zero(backend: Backend) -> None:
    # windows are aligned on the epoch; Redis uses its own TIME, so a short real window
    window_s = 1
    store = backend.client()
    first = await store.take("w", 3, 3, window_s)
    assert first.ok
    assert not (await store.take("w", 1, 3, window_s)).ok
    await backend.wait(first.reset_s + 0.05)
    again = await store.take("w", 2, 3, window_s)
    assert (again.ok, again.used) == (True, 2)


# -- give: reconciliation --------------------------------------------------------------


async def test_give_refunds_and_charges_without_the_limit(backend: Backend) -> None:
    store = backend.client()
    assert (await store.take("r", 100, 100, 3600)).ok
    await store.give("r", -30, 3600)  # the answer used less than reserved
    assert (await store.take("r", 30, 100, 3600)).used == 100
    await store.give("r", 25, 3600)  # and more than reserved: counted whatever the limit
    over = await store.take("r", 0, 100, 3600)
    assert (over.ok, over.used) == (False, 125)
    await store.give("r", -1000, 3600)  # never below zero
    assert (await store.take("r", 0, 100, 3600)).used == 0


async def test_give_counts_in_the_current_window(backend: Backend) -> None:
    store = backend.client()
    await store.give("g", 7, 3600)
    assert (await store.take("g", 0, 10, 3600)).used == 7


# -- acquire / release: concurrency slots ----------------------------------------------


async def test_acquire_holds_at_most_limit_slots(backend: Backend) -> None:
    store = backend.client()
    leases = await asyncio.gather(*(store.acquire("conc", 10, 60) for _ in range(50)))
    held = [lease for lease in leases if lease is not None]
    assert len(held) == 10
    assert len(set(held)) == 10
    await store.release("conc", held[0])
    assert await store.acquire("conc", 10, 60) is not None
    assert await store.acquire("conc", 10, 60) is None


async def test_two_clients_share_the_slots(backend: Backend) -> None:
    first, second = backend.client(), backend.client()
    a = await asyncio.gather(*(first.acquire("c2", 3, 60) for _ in range(5)))
    b = await asyncio.gather(*(second.acquire("c2", 3, 60) for _ in range(5)))
    assert sum(lease is not None for lease in a + b) == 3


async def test_a_lease_expires_unless_released(backend: Backend) -> None:
    store = backend.client()
    first = await store.acquire("crash", 2, 0.2)
    second = await store.acquire("crash", 2, 0.2)
    assert first is not None
    assert second is not None
    assert await store.acquire("crash", 2, 0.2) is None
    await backend.wait(0.3)  # the holders crashed without releasing
    assert await store.acquire("crash", 2, 0.2) is not None


async def test_releasing_an_unknown_or_expired_lease_changes_nothing(backend: Backend) -> None:
    store = backend.client()
    lease = await store.acquire("x", 1, 60)
    assert lease is not None
    await store.release("x", "no-such-lease")
    await store.release("other-key", lease)
    assert await store.acquire("x", 1, 60) is None
    await store.release("x", lease)
    await store.release("x", lease)  # twice: still one free slot, not two
    assert await store.acquire("x", 1, 60) is not None
    assert await store.acquire("x", 1, 60) is None


# -- values ----------------------------------------------------------------------------


async def test_get_set_delete(backend: Backend) -> None:
    store = backend.client()
    assert await store.get("v") is None
    await store.set("v", b"\x00binary\xff")
    assert await store.get("v") == b"\x00binary\xff"
    await store.set("v", b"second")
    assert await backend.client().get("v") == b"second"  # another client sees it
    await store.delete("v")
    assert await store.get("v") is None
    await store.delete("v")  # deleting a missing key is fine
    await store.set("empty", b"")
    assert await store.get("empty") == b""


async def test_a_value_with_a_ttl_expires(backend: Backend) -> None:
    store = backend.client()
    await store.set("t", b"soon", ttl_s=0.2)
    await store.set("kept", b"stays")
    assert await store.get("t") == b"soon"
    await backend.wait(0.3)
    assert await store.get("t") is None
    assert await store.get("kept") == b"stays"


async def test_setting_again_without_a_ttl_keeps_the_value(backend: Backend) -> None:
    store = backend.client()
    await store.set("t", b"a", ttl_s=0.2)
    await store.set("t", b"b")
    await backend.wait(0.3)
    assert await store.get("t") == b"b"


async def test_incr(backend: Backend) -> None:
    store = backend.client()
    assert await store.incr("version") == 1
    assert await store.incr("version") == 2
    assert await store.incr("version", 10) == 12
    assert await store.incr("version", -20) == -8
    assert await store.get("version") == b"-8"
    await store.set("n", b"41")
    assert await store.incr("n") == 42
    results = await asyncio.gather(*(backend.client().incr("many") for _ in range(100)))
    assert sorted(results) == list(range(1, 101))


async def test_incr_keeps_the_ttl(backend: Backend) -> None:
    store = backend.client()
    await store.set("n", b"5", ttl_s=0.2)
    assert await store.incr("n") == 6
    await backend.wait(0.3)
    assert await store.get("n") is None


async def test_incr_of_a_non_integer_is_an_error(backend: Backend) -> None:
    store = backend.client()
    await store.set("text", b"hello")
    with pytest.raises(StateError):
        await store.incr("text")
    assert await store.get("text") == b"hello"


async def test_ping_and_close(backend: Backend) -> None:
    store = backend.client()
    await store.ping()
    await store.aclose()
