"""The audit store and the key store share one SQLite file by default and open it at the
same moment when a gateway starts: neither may fail with "database is locked"."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from aire.audit.sqlite import SqliteStore
from aire.gateway.auth.keystore import SqliteKeyStore
from aire.sqlitewal import enable_wal


async def test_the_audit_and_key_stores_open_one_new_file_together(tmp_path: Path) -> None:
    # before the fix, ~1 in 7 of these failed (the CI run of 2026-12-05 did)
    for i in range(60):
        db = tmp_path / f"{i}.db"
        audit = SqliteStore(f"sqlite:///{db}")
        keys = SqliteKeyStore(db)
        try:
            await asyncio.gather(audit.open(), keys.open())
        finally:
            await audit.aclose()
        conn = sqlite3.connect(db)
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        tables = {r[0] for r in conn.execute("select name from sqlite_master")}
        conn.close()
        assert mode == "wal"
        assert {"aire_keys", "aire_revoked_tokens", "aire_audit_records"} <= tables


def test_enable_wal_waits_for_a_connection_that_holds_the_file(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    release = threading.Timer(0.2, lambda: holder.execute("COMMIT"))
    release.start()
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        enable_wal(conn, timeout_s=10)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        release.join()
        conn.close()
        holder.close()


def test_enable_wal_gives_up_after_its_timeout(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            enable_wal(conn, timeout_s=0.05)
    finally:
        conn.close()
        holder.execute("ROLLBACK")
        holder.close()
