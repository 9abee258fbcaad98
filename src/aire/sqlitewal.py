"""Putting a SQLite file in WAL mode when other connections may have it open.

``PRAGMA journal_mode = WAL`` needs the file to itself for a moment, and SQLite does not
call the busy handler for it: when another connection (the audit writer and the key store
share one file by default) is creating its tables at that instant, the pragma fails at once
with "database is locked" whatever ``busy_timeout`` says. The switch is persistent and
idempotent, so it is retried here for up to ``timeout_s``.
"""

from __future__ import annotations

import sqlite3
import time

__all__ = ["enable_wal"]


def enable_wal(conn: sqlite3.Connection, timeout_s: float = 10.0) -> None:
    """Put ``conn``'s database in WAL mode, retrying while another connection holds it."""
    deadline = time.monotonic() + timeout_s
    delay = 0.002
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
