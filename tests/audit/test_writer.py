"""The writer: batches, checkpoints, flush on shutdown, spooling while the store is down
and replay in order when it is back (its own spool and those of writers that died)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

import orjson
import pytest
from tests.audit.helpers import KEY, Db, record

from aire.audit.chain import Checkpoint, SealedRecord
from aire.audit.store import AuditStore
from aire.audit.writer import AuditWriter


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


class Flaky:
    """A real store that can be switched off, as a database that goes away would be."""

    def __init__(self, store: AuditStore) -> None:
        self.inner = store
        self.where = store.where
        self.down = False
        self.appends = 0

    def _check(self) -> None:
        if self.down:
            raise ConnectionRefusedError("database down")

    async def open(self, *, create: bool = True) -> None:
        self._check()
        await self.inner.open(create=create)

    async def append(
        self, records: Sequence[SealedRecord], checkpoints: Sequence[Checkpoint]
    ) -> None:
        self._check()
        self.appends += 1
        await self.inner.append(records, checkpoints)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def stored(db: Db, writer: str) -> list[SealedRecord]:
    store = db.store()
    await store.open(create=False)
    try:
        return await store.records(writer, 0, 1_000_000)
    finally:
        await store.aclose()


async def checkpoints(db: Db, writer: str) -> list[Checkpoint]:
    store = db.store()
    await store.open(create=False)
    try:
        return await store.checkpoints(writer)
    finally:
        await store.aclose()


def flaky_writer(
    db: Db, tmp_path: Path, clock: Clock, **options: object
) -> tuple[AuditWriter, Flaky]:
    store = Flaky(db.store())
    writer = AuditWriter(store, KEY, spool_dir=tmp_path / "spool", clock=clock,  # type: ignore[arg-type]
                         retry_s=1.0, **options)  # fmt: skip
    return writer, store


async def test_records_are_written_in_batches_and_in_order(db: Db, tmp_path: Path) -> None:
    writer, store = flaky_writer(db, tmp_path, Clock(), batch_size=100)
    await writer.start()
    for i in range(1, 251):
        writer.submit(record(i))
    await writer.flush()
    assert store.appends == 3  # 100 + 100 + 50: batches, not one write per record
    rows = await stored(db, writer.writer)
    assert [r.seq for r in rows] == list(range(1, 251))
    assert [r.request_id for r in rows] == [f"req-{i}" for i in range(1, 251)]
    await writer.aclose()
    assert (await db.verify(strict=True)).intact


async def test_aclose_flushes_everything_and_closes_the_chain(db: Db, tmp_path: Path) -> None:
    writer = db.writer(tmp_path / "spool", flush_ms=60_000)  # no timed flush would come
    await writer.start()
    for i in range(1, 1001):
        writer.submit(record(i))
    await writer.aclose()
    rows = await stored(db, writer.writer)
    assert len(rows) == 1000
    cps = await checkpoints(db, writer.writer)
    assert cps[-1].final
    assert cps[-1].seq == 1000
    assert (await db.verify(strict=True)).intact


async def test_aclose_without_start_still_writes_what_was_submitted(db: Db, tmp_path: Path) -> None:
    writer = db.writer(tmp_path / "spool")
    writer._task = None  # as if submit had been called outside a running loop
    writer._pending.extend(record(i) for i in range(1, 4))
    await writer.aclose()
    assert len(await stored(db, writer.writer)) == 3


async def test_a_record_after_close_is_dropped_not_appended_after_the_final_checkpoint(
    db: Db, tmp_path: Path
) -> None:
    writer = db.writer(tmp_path / "spool")
    writer.submit(record(1))
    await writer.aclose()
    writer.submit(record(2))
    assert writer.stats.dropped == 1
    assert (await db.verify(strict=True)).intact


async def test_checkpoints_every_n_records_and_after_t_seconds(db: Db, tmp_path: Path) -> None:
    clock = Clock()
    writer, _ = flaky_writer(db, tmp_path, clock, batch_size=10, checkpoint_records=20,
                             checkpoint_s=5.0)  # fmt: skip
    await writer.start()
    for i in range(1, 46):
        writer.submit(record(i))
    await writer.flush()
    assert [c.seq for c in await checkpoints(db, writer.writer)] == [20, 40]
    await writer.flush()  # nothing new, not yet T seconds: no checkpoint
    assert len(await checkpoints(db, writer.writer)) == 2
    clock.now += 5.0
    await writer.flush()  # T seconds later the 5 unvouched records get one
    assert [c.seq for c in await checkpoints(db, writer.writer)] == [20, 40, 45]
    clock.now += 50.0
    await writer.flush()  # and an idle writer writes none
    assert len(await checkpoints(db, writer.writer)) == 3
    await writer.aclose()
    assert (await db.verify(strict=True)).intact


async def test_spooled_while_down_then_replayed_in_order(db: Db, tmp_path: Path) -> None:
    clock = Clock()
    writer, store = flaky_writer(db, tmp_path, clock, batch_size=7, checkpoint_records=10)
    await writer.start()
    for i in range(1, 21):
        writer.submit(record(i))
    await writer.flush()
    store.down = True
    for i in range(21, 61):
        writer.submit(record(i))
    await writer.flush()
    assert writer.stats.spooled == 40
    assert [r.seq for r in await stored(db, writer.writer)] == list(range(1, 21))
    spooled = writer.spool.path.read_bytes().splitlines()
    assert [orjson.loads(line)["r"][1] for line in spooled if b'"r"' in line[:5]] == list(
        range(21, 61)
    )
    clock.now += 1.0
    await writer.flush()  # a retry while still down changes nothing
    assert writer.stats.replayed == 0
    for i in range(61, 71):
        writer.submit(record(i))  # still down: these join the spool behind the others
    store.down = False
    clock.now += 1.0
    await writer.flush()
    assert writer.stats.replayed == 50
    assert writer.spool.size() == 0
    for i in range(71, 81):
        writer.submit(record(i))  # back to direct writes
    await writer.aclose()
    rows = await stored(db, writer.writer)
    assert [r.seq for r in rows] == list(range(1, 81))
    assert [r.request_id for r in rows] == [f"req-{i}" for i in range(1, 81)]
    assert (writer.stats.written, writer.stats.spooled, writer.stats.dropped) == (30, 50, 0)
    assert (await db.verify(strict=True)).intact


async def test_down_at_start_and_at_shutdown_loses_nothing(db: Db, tmp_path: Path) -> None:
    """Never reachable in this writer's life: everything stays in the spool (with the
    final checkpoint), and the next writer replays it."""
    writer, store = flaky_writer(db, tmp_path, Clock())
    store.down = True
    await writer.start()
    for i in range(1, 31):
        writer.submit(record(i))
    await writer.aclose()
    assert writer.stats.spooled == 30
    assert writer.spool.path.exists()
    successor = db.writer(tmp_path / "spool")
    await successor.start()
    await successor.flush()  # replays the orphan on its first round
    await successor.aclose()
    assert not writer.spool.path.exists()
    assert [r.seq for r in await stored(db, writer.writer)] == list(range(1, 31))
    report = await db.verify(strict=True)
    assert report.intact
    assert {c.writer: c.records for c in report.chains} == {writer.writer: 30}


async def test_the_spool_of_a_crashed_writer_is_replayed_by_the_next(
    db: Db, tmp_path: Path
) -> None:
    writer, store = flaky_writer(db, tmp_path, Clock(), batch_size=5, checkpoint_records=5)
    await writer.start()
    for i in range(1, 11):
        writer.submit(record(i))
    await writer.flush()
    store.down = True
    for i in range(11, 24):
        writer.submit(record(i))
    await writer.flush()
    # the process dies: its task ends, its file (and lock) is let go without a goodbye
    assert writer._task is not None
    writer._task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await writer._task
    writer.spool.close()
    await store.aclose()

    alive, alive_store = flaky_writer(db, tmp_path, Clock())
    alive_store.down = True  # the database is still down when the next writer starts
    await alive.start()
    alive.submit(record(100))
    await alive.flush()
    assert writer.spool.path.exists()
    alive_store.down = False
    alive.clock.now += 1.0  # type: ignore[attr-defined]
    await alive.flush()
    assert not writer.spool.path.exists()
    await alive.aclose()
    assert [r.seq for r in await stored(db, writer.writer)] == list(range(1, 24))
    report = await db.verify()
    assert report.intact
    crashed = next(c for c in report.chains if c.writer == writer.writer)
    assert not crashed.closed  # no final checkpoint: it died
    assert not (await db.verify(strict=True)).intact


async def test_a_live_writers_spool_is_not_taken_over(db: Db, tmp_path: Path) -> None:
    one, one_store = flaky_writer(db, tmp_path, Clock())
    one_store.down = True
    await one.start()
    one.submit(record(1))
    await one.flush()
    assert one.spool.path.exists()
    other = db.writer(tmp_path / "spool")
    await other.start()
    await other.flush()
    await other.aclose()
    assert one.spool.path.exists()  # locked by its owner: not an orphan
    one_store.down = False
    await one.aclose()  # its own replay at shutdown
    assert one.spool.size() == 0
    assert len(await stored(db, one.writer)) == 1


async def test_when_neither_store_nor_spool_works_records_wait_in_memory(
    db: Db, tmp_path: Path
) -> None:
    clock = Clock()
    blocker = tmp_path / "spool"
    blocker.write_text("a file where the spool directory should be")
    store = Flaky(db.store())
    writer = AuditWriter(store, KEY, spool_dir=blocker, clock=clock, retry_s=1.0)  # type: ignore[arg-type]
    store.down = True
    await writer.start()
    for i in range(1, 6):
        writer.submit(record(i))
    await writer.flush()
    assert writer.stats.spooled == 0
    assert len(writer._unsaved) == 1
    store.down = False
    clock.now += 1.0
    await writer.flush()  # the store is back: the kept batch goes first
    await writer.aclose()
    assert [r.seq for r in await stored(db, writer.writer)] == [1, 2, 3, 4, 5]
    assert writer.stats.dropped == 0


async def test_beyond_max_pending_records_are_dropped_and_counted(
    db: Db, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    writer = db.writer(tmp_path / "spool", max_pending=10)
    writer._task = asyncio.get_running_loop().create_future()  # type: ignore[assignment]
    with caplog.at_level(logging.ERROR, logger="aire.audit"):
        for i in range(15):
            writer.submit(record(i))
    assert (writer.stats.submitted, writer.stats.dropped) == (10, 5)
    assert len([r for r in caplog.records if "dropped" in r.message]) == 1  # once, not 5 times
    writer._task.cancel()
    writer._task = None
    await writer.aclose()
