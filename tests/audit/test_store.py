"""The store contract, on SQLite and PostgreSQL: schema on first use with a version row,
idempotent batches, reads by chain and by time; an unreadable log is a clear error."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.audit.helpers import KEY, Db

from aire.audit.chain import Chain
from aire.audit.sqlite import SqliteStore, sqlite_path
from aire.audit.store import SCHEMA_VERSION, open_store
from aire.errors import AuditUnavailable, ConfigError


async def test_schema_is_created_on_first_use_with_a_version_row(db: Db) -> None:
    store = db.store()
    with pytest.raises(AuditUnavailable, match=r"no audit (log|database)"):
        await store.open(create=False)
    await store.open()
    await store.aclose()
    assert await db.sql("SELECT name, value FROM {p}meta") == [
        ("schema_version", str(SCHEMA_VERSION))
    ]
    again = db.store()
    await again.open()  # a second writer (or a restart): nothing changes
    await again.aclose()
    assert len(await db.sql("SELECT * FROM {p}meta")) == 1


async def test_a_newer_schema_is_refused(db: Db) -> None:
    store = db.store()
    await store.open()
    await store.aclose()
    await db.sql(f"UPDATE {{p}}meta SET value = '{SCHEMA_VERSION + 1}'")
    reader = db.store()
    with pytest.raises(AuditUnavailable, match="newer than this aire"):
        await reader.open(create=False)
    await reader.aclose()


async def test_append_is_idempotent(db: Db) -> None:
    chain = Chain(KEY, "w1")
    records = [chain.seal({"ts": float(i), "request_id": f"r{i}"}) for i in range(1, 6)]
    cp = chain.checkpoint(10.0)
    store = db.store()
    await store.open()
    await store.append(records[:3], [])
    await store.append(records, [cp])  # replayed from a spool: the first three are there
    assert await store.records("w1", 0, 100) == records
    assert await store.records("w1", 2, 2) == records[2:4]
    assert await store.checkpoints("w1") == [cp]
    await store.aclose()


async def test_writers_and_latest_merge_chains_by_time(db: Db) -> None:
    a, b = Chain(KEY, "a"), Chain(KEY, "b")
    a_rows = [a.seal({"ts": t}) for t in (1.0, 3.0, 5.0)]
    b_rows = [b.seal({"ts": t}) for t in (0.5, 2.0, 4.0)]
    store = db.store()
    await store.open()
    await store.append(a_rows, [])
    await store.append(b_rows, [])
    assert await store.writers() == ["b", "a"]  # by first record
    latest = await store.latest(4)
    assert [r.ts for r in latest] == [2.0, 3.0, 4.0, 5.0]
    assert [r.ts for r in await store.latest(10, "a")] == [1.0, 3.0, 5.0]
    after = await store.latest(2, after=(2.0, "b", 2))
    assert [r.ts for r in after] == [3.0, 4.0]
    await store.aclose()


def test_sqlite_paths(tmp_path: Path) -> None:
    assert sqlite_path("sqlite:///rel/a.db") == Path("rel/a.db")
    assert sqlite_path("sqlite:////abs/a.db") == Path("/abs/a.db")


async def test_sqlite_uses_wal_and_a_missing_file_is_unavailable(tmp_path: Path) -> None:
    missing = SqliteStore(f"sqlite:///{tmp_path}/none.db")
    with pytest.raises(AuditUnavailable, match="no audit database at"):
        await missing.open(create=False)
    await missing.aclose()
    assert not (tmp_path / "none.db").exists()  # reading never creates it
    store = SqliteStore(f"sqlite:///{tmp_path}/a.db")
    await store.open()
    await store.aclose()
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


async def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"not sqlite at all" * 100)
    store = SqliteStore(f"sqlite:///{tmp_path}/x.db")
    with pytest.raises(AuditUnavailable, match="cannot read"):
        await store.open(create=False)
    await store.aclose()


async def test_postgres_unreachable_is_unavailable_and_hides_the_password() -> None:
    store = open_store("postgresql://me:s3cret@127.0.0.1:1/nowhere")
    with pytest.raises(AuditUnavailable) as info:
        await store.open(create=False)
    assert "s3cret" not in info.value.message
    assert "me:***@127.0.0.1:1" in info.value.message
    await store.aclose()


def test_an_unknown_scheme_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no audit store"):
        open_store("mysql://x:pw@h/db")


WRITE_SCRIPT = """
import asyncio, sys, time
from pathlib import Path
from aire.audit.store import open_store
from aire.audit.writer import AuditWriter

async def main() -> None:
    writer = AuditWriter(open_store(sys.argv[1]), b"k" * 32, spool_dir=Path(sys.argv[2]),
                         batch_size=50, flush_ms=5)
    for i in range(600):
        writer.submit({"ts": time.time(), "request_id": f"{sys.argv[3]}-{i}"})
        if i % 20 == 19:
            await asyncio.sleep(0.001)
    await writer.aclose()
    # two writers contend for one file: a batch that found it locked is spooled and
    # replayed, so each record is written once either way
    assert writer.stats.written + writer.stats.replayed == 600, writer.stats
    assert writer.stats.dropped == 0, writer.stats

asyncio.run(main())
"""


def test_two_processes_write_one_sqlite_file_each_its_own_chain(tmp_path: Path) -> None:
    dsn = f"sqlite:///{tmp_path}/shared.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITE_SCRIPT, dsn, str(tmp_path / "spool"), name],
            stderr=subprocess.PIPE,
        )
        for name in ("a", "b")
    ]
    try:
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
    finally:
        for proc in procs:  # a failure above must not leave a writer or its pipe behind
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    db = Db("sqlite", dsn, "aire_audit_")
    report = asyncio.run(db.verify(strict=True))
    assert report.intact
    assert [c.records for c in report.chains] == [600, 600]
    assert len({c.writer.rsplit(":", 2)[1] for c in report.chains}) == 2  # two pids

    async def merged() -> list[str]:
        store = db.store()
        await store.open(create=False)
        try:
            return [r.request_id or "" for r in await store.latest(1200)]
        finally:
            await store.aclose()

    names = asyncio.run(merged())
    assert len(names) == 1200
    assert {n[0] for n in names} == {"a", "b"}
