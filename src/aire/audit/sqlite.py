"""The SQLite audit store (the default): one file in WAL mode, stdlib ``sqlite3``.

Every call runs on one thread of the store's own (the connection lives there), so the
event loop never waits on the disk. A batch is one ``BEGIN IMMEDIATE ... COMMIT`` with
``synchronous=FULL``: one fsync per batch, and a committed batch survives a power cut.
Workers of one host may share the file: WAL lets them write in turn (``busy_timeout``).
aiosqlite was not needed: it is the same one-thread design.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from aire.audit.chain import Checkpoint, SealedRecord
from aire.audit.store import SCHEMA_VERSION
from aire.errors import AuditUnavailable
from aire.sqlitewal import enable_wal

__all__ = ["SqliteStore", "sqlite_path"]

T = TypeVar("T")
BUSY_TIMEOUT_MS = 10_000


def sqlite_path(dsn: str) -> Path:
    """``sqlite:///rel.db`` -> ``rel.db``; ``sqlite:////abs.db`` -> ``/abs.db``."""
    return Path(dsn.partition("://")[2][1:])


class SqliteStore:
    def __init__(self, dsn: str, table_prefix: str = "aire_audit_") -> None:
        self.path = sqlite_path(dsn)
        self.where = str(self.path)
        self.p = table_prefix
        self._conn: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="aire-audit-sqlite")

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn)

    # -- connection and schema -------------------------------------------------------------

    async def open(self, *, create: bool = True) -> None:
        await self._call(lambda: self._open(create))

    def _open(self, create: bool) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        else:
            if not self.path.is_file():
                raise AuditUnavailable(f"no audit database at {self.path}")
            uri = self.path.absolute().as_uri() + "?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"cannot open {self.path}: {exc}") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if create:
                enable_wal(conn, BUSY_TIMEOUT_MS / 1000)
                conn.execute("PRAGMA synchronous = FULL")
                self._create(conn)
            self._check_version(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if create:
                raise
            raise AuditUnavailable(f"cannot read {self.path}: {exc}") from None
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _create(self, conn: sqlite3.Connection) -> None:
        p = self.p
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}records (writer TEXT NOT NULL, seq INTEGER NOT"
                " NULL, ts REAL NOT NULL, request_id TEXT, body TEXT NOT NULL, mac TEXT NOT NULL,"
                " PRIMARY KEY (writer, seq))"
            )
            conn.execute(f"CREATE INDEX IF NOT EXISTS {p}records_ts ON {p}records (ts)")
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}checkpoints (writer TEXT NOT NULL, n INTEGER NOT"
                " NULL, seq INTEGER NOT NULL, mac TEXT NOT NULL, ts REAL NOT NULL, final INTEGER"
                " NOT NULL, sig TEXT NOT NULL, PRIMARY KEY (writer, n))"
            )
            conn.execute(
                f"INSERT OR IGNORE INTO {p}meta (name, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _check_version(self, conn: sqlite3.Connection) -> None:
        try:
            row = conn.execute(
                f"SELECT value FROM {self.p}meta WHERE name = 'schema_version'"
            ).fetchone()
        except sqlite3.OperationalError:
            row = None
        if row is None:
            raise AuditUnavailable(
                f"{self.path} holds no audit log (no {self.p}meta table with a schema version)"
            )
        if int(row[0]) > SCHEMA_VERSION:
            raise AuditUnavailable(
                f"{self.path}: audit schema version {row[0]} is newer than this aire's "
                f"({SCHEMA_VERSION}); upgrade aire"
            )

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise sqlite3.OperationalError("audit store is not open")
        return self._conn

    # -- writing ---------------------------------------------------------------------------

    async def append(
        self, records: Sequence[SealedRecord], checkpoints: Sequence[Checkpoint]
    ) -> None:
        # Rows are built here, on the loop: the thread then runs only sqlite3's C code,
        # which lets go of the GIL while SQLite works. Python bytecode on the thread would
        # hold it up to the 5 ms switch interval, and the loop would wait that long.
        rows = [(r.writer, r.seq, r.ts, r.request_id, r.body, r.mac) for r in records]
        heads = [(c.writer, c.n, c.seq, c.mac, c.ts, int(c.final), c.sig) for c in checkpoints]
        await self._call(lambda: self._append(rows, heads))

    def _append(
        self, rows: Sequence[tuple[object, ...]], heads: Sequence[tuple[object, ...]]
    ) -> None:
        conn = self._db()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                f"INSERT OR IGNORE INTO {self.p}records (writer, seq, ts, request_id, body, mac)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany(
                f"INSERT OR IGNORE INTO {self.p}checkpoints (writer, n, seq, mac, ts, final, sig)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                heads,
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # -- reading ---------------------------------------------------------------------------

    async def writers(self) -> list[str]:
        sql = (
            f"SELECT writer FROM (SELECT writer, ts FROM {self.p}records UNION ALL"
            f" SELECT writer, ts FROM {self.p}checkpoints) GROUP BY writer ORDER BY MIN(ts), writer"
        )
        rows = await self._call(lambda: self._db().execute(sql).fetchall())
        return [str(r[0]) for r in rows]

    async def records(self, writer: str, after_seq: int, limit: int) -> list[SealedRecord]:
        sql = (
            f"SELECT writer, seq, ts, request_id, body, mac FROM {self.p}records"
            " WHERE writer = ? AND seq > ? ORDER BY seq LIMIT ?"
        )
        rows = await self._call(
            lambda: self._db().execute(sql, (writer, after_seq, limit)).fetchall()
        )
        return [SealedRecord(*r) for r in rows]

    async def checkpoints(self, writer: str) -> list[Checkpoint]:
        sql = (
            f"SELECT writer, n, seq, mac, ts, final, sig FROM {self.p}checkpoints"
            " WHERE writer = ? ORDER BY n"
        )
        rows = await self._call(lambda: self._db().execute(sql, (writer,)).fetchall())
        return [Checkpoint(w, n, s, m, t, bool(f), g) for w, n, s, m, t, f, g in rows]

    async def latest(
        self, limit: int, writer: str | None = None, after: tuple[float, str, int] | None = None
    ) -> list[SealedRecord]:
        where: list[str] = []
        args: list[object] = []
        if writer is not None:
            where.append("writer = ?")
            args.append(writer)
        if after is not None:
            where.append("(ts, writer, seq) > (?, ?, ?)")
            args.extend(after)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        order = "ASC" if after is not None else "DESC"
        sql = (
            f"SELECT writer, seq, ts, request_id, body, mac FROM {self.p}records{clause}"
            f" ORDER BY ts {order}, writer {order}, seq {order} LIMIT ?"
        )
        rows = await self._call(lambda: self._db().execute(sql, (*args, limit)).fetchall())
        found = [SealedRecord(*r) for r in rows]
        return found if after is not None else found[::-1]

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._call(conn.close)
        self._thread.shutdown(wait=False)
