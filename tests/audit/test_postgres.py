"""PostgreSQL killed in the middle of a run: zero records lost, every chain in order.

The server on 127.0.0.1:5432 is stopped (``pg_ctlcluster ... stop -m fast``) while a
producer keeps submitting records, and started again; the test always restarts it and
waits for ``pg_isready``, whatever happens."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.audit.helpers import KEY, PG_DSN, Db, record

from aire.audit.store import open_store
from aire.audit.writer import AuditWriter

ETC = Path("/etc/postgresql")


def _cluster() -> list[str]:
    versions = sorted(p.name for p in ETC.iterdir()) if ETC.is_dir() else []
    if not versions or shutil.which("pg_ctlcluster") is None:
        pytest.skip("no local PostgreSQL cluster to stop and start (pg_ctlcluster)")
    return ["pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main"]


def _ready() -> bool:
    probe = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
    return subprocess.run(probe, check=False).returncode == 0


def _start(cluster: list[str]) -> None:
    if not _ready():
        subprocess.run([*cluster, "start"], check=False, capture_output=True)
    deadline = time.monotonic() + 120
    while not _ready():
        if time.monotonic() > deadline:
            raise RuntimeError("PostgreSQL did not come back within 120 s")
        time.sleep(0.2)


async def _until(condition: Callable[[], bool], what: str, limit_s: float = 120) -> None:
    """Wait for ``condition`` (a guard against a hang, not a timing assertion)."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for: {what}")
        await asyncio.sleep(0.02)


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_postgres_killed_mid_run_loses_no_record(pg_prefix: str, tmp_path: Path) -> None:
    cluster = _cluster()
    db = Db("postgres", PG_DSN, pg_prefix)
    writer = AuditWriter(
        open_store(PG_DSN, pg_prefix),
        KEY,
        spool_dir=tmp_path / "spool",
        batch_size=50,
        flush_ms=20,
        retry_s=0.2,
        checkpoint_records=100,
    )
    submitted = 0
    stop = asyncio.Event()

    async def produce() -> None:
        nonlocal submitted
        while not stop.is_set():
            for _ in range(10):
                submitted += 1
                writer.submit(record(submitted))
            await asyncio.sleep(0.005)

    stats = writer.stats
    await writer.start()
    producer = asyncio.create_task(produce())
    try:
        await _until(lambda: stats.written >= 300, "300 records written")
        await asyncio.to_thread(subprocess.run, [*cluster, "stop", "-m", "fast"],
                                check=True, capture_output=True)  # fmt: skip
        await _until(lambda: stats.spooled >= 300, "300 records spooled while down")
        written_before = stats.written
        await asyncio.to_thread(_start, cluster)
        await _until(lambda: stats.replayed > 0 and not writer._spooling, "the spool replayed")
        await _until(lambda: stats.written >= written_before + 300, "300 more written")
        stop.set()
        await producer
        await writer.aclose()
    finally:
        stop.set()
        await asyncio.to_thread(_start, cluster)

    assert stats.outages == 1
    assert stats.dropped == 0
    assert stats.replayed >= stats.spooled >= 300
    assert stats.submitted == submitted
    rows = await db.sql(f"SELECT seq, request_id FROM {{p}}records WHERE writer = '{writer.writer}'"
                        " ORDER BY seq")  # fmt: skip
    assert [seq for seq, _ in rows] == list(range(1, submitted + 1))
    assert [rid for _, rid in rows] == [f"req-{i}" for i in range(1, submitted + 1)]
    report = await db.verify(strict=True)
    assert report.intact, report.breaks
    assert report.records == submitted
    assert writer.spool.size() == 0
