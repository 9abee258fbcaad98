"""The PostgreSQL audit store (``postgresql://...``), on asyncpg (extra ``postgres``).

One connection per writer; a batch is one statement per table (``unnest`` of arrays:
one round trip for 500 records) in one transaction. Any error drops the connection;
the writer then spools and calls ``open`` again later. Tables are created under an
advisory lock, so workers starting together do not race on ``CREATE TABLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aire.audit.chain import Checkpoint, SealedRecord
from aire.audit.store import SCHEMA_VERSION
from aire.config.audit import redact_dsn
from aire.errors import AuditUnavailable, ConfigError

if TYPE_CHECKING:
    import asyncpg

__all__ = ["PostgresStore"]

CONNECT_TIMEOUT_S = 5.0
COMMAND_TIMEOUT_S = 30.0


def _asyncpg() -> Any:
    try:
        import asyncpg
    except ModuleNotFoundError:
        raise ConfigError(
            "audit.dsn is PostgreSQL, which needs asyncpg: pip install 'aire[postgres]'"
        ) from None
    return asyncpg


class PostgresStore:
    def __init__(self, dsn: str, table_prefix: str = "aire_audit_") -> None:
        self.dsn = dsn
        self.where = redact_dsn(dsn)
        self.p = table_prefix
        self._conn: asyncpg.Connection | None = None

    async def open(self, *, create: bool = True) -> None:
        asyncpg = _asyncpg()
        await self._drop()
        try:
            conn = await asyncpg.connect(
                self.dsn, timeout=CONNECT_TIMEOUT_S, command_timeout=COMMAND_TIMEOUT_S
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            if create:
                raise
            raise AuditUnavailable(f"cannot connect to {self.where}: {exc}") from None
        try:
            if create:
                await self._create(conn)
            await self._check_version(conn)
        except BaseException:
            conn.terminate()
            raise
        self._conn = conn

    async def _create(self, conn: asyncpg.Connection) -> None:
        p = self.p
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", f"{p}schema")
            await conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}meta (name text PRIMARY KEY, value text NOT NULL)"
            )
            await conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}records (writer text NOT NULL, seq bigint NOT"
                " NULL, ts double precision NOT NULL, request_id text, body text NOT NULL,"
                " mac text NOT NULL, PRIMARY KEY (writer, seq))"
            )
            await conn.execute(f"CREATE INDEX IF NOT EXISTS {p}records_ts ON {p}records (ts)")
            await conn.execute(
                f"CREATE TABLE IF NOT EXISTS {p}checkpoints (writer text NOT NULL, n bigint NOT"
                " NULL, seq bigint NOT NULL, mac text NOT NULL, ts double precision NOT NULL,"
                " final boolean NOT NULL, sig text NOT NULL, PRIMARY KEY (writer, n))"
            )
            await conn.execute(
                f"INSERT INTO {p}meta (name, value) VALUES ('schema_version', $1)"
                " ON CONFLICT (name) DO NOTHING",
                str(SCHEMA_VERSION),
            )

    async def _check_version(self, conn: asyncpg.Connection) -> None:
        asyncpg = _asyncpg()
        try:
            value = await conn.fetchval(
                f"SELECT value FROM {self.p}meta WHERE name = 'schema_version'"
            )
        except asyncpg.UndefinedTableError:
            value = None
        if value is None:
            raise AuditUnavailable(f"{self.where} holds no audit log (no {self.p}meta table)")
        if int(value) > SCHEMA_VERSION:
            raise AuditUnavailable(
                f"{self.where}: audit schema version {value} is newer than this aire's "
                f"({SCHEMA_VERSION}); upgrade aire"
            )

    def _db(self) -> asyncpg.Connection:
        if self._conn is None or self._conn.is_closed():
            raise ConnectionError("audit store is not connected")
        return self._conn

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.terminate()

    async def append(
        self, records: Sequence[SealedRecord], checkpoints: Sequence[Checkpoint]
    ) -> None:
        conn = self._db()
        p = self.p
        try:
            async with conn.transaction():
                if records:
                    await conn.execute(
                        f"INSERT INTO {p}records (writer, seq, ts, request_id, body, mac)"
                        " SELECT * FROM unnest($1::text[], $2::bigint[], $3::float8[],"
                        " $4::text[], $5::text[], $6::text[]) ON CONFLICT DO NOTHING",
                        [r.writer for r in records],
                        [r.seq for r in records],
                        [r.ts for r in records],
                        [r.request_id for r in records],
                        [r.body for r in records],
                        [r.mac for r in records],
                    )
                if checkpoints:
                    await conn.executemany(
                        f"INSERT INTO {p}checkpoints (writer, n, seq, mac, ts, final, sig)"
                        " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                        [(c.writer, c.n, c.seq, c.mac, c.ts, c.final, c.sig) for c in checkpoints],
                    )
        except BaseException:
            await self._drop()  # the next open() starts from a fresh connection
            raise

    async def writers(self) -> list[str]:
        rows = await self._db().fetch(
            f"SELECT writer FROM (SELECT writer, ts FROM {self.p}records UNION ALL"
            f" SELECT writer, ts FROM {self.p}checkpoints) AS w"
            " GROUP BY writer ORDER BY MIN(ts), writer"
        )
        return [str(r[0]) for r in rows]

    async def records(self, writer: str, after_seq: int, limit: int) -> list[SealedRecord]:
        rows = await self._db().fetch(
            f"SELECT writer, seq, ts, request_id, body, mac FROM {self.p}records"
            " WHERE writer = $1 AND seq > $2 ORDER BY seq LIMIT $3",
            writer,
            after_seq,
            limit,
        )
        return [SealedRecord(*r) for r in rows]

    async def checkpoints(self, writer: str) -> list[Checkpoint]:
        rows = await self._db().fetch(
            f"SELECT writer, n, seq, mac, ts, final, sig FROM {self.p}checkpoints"
            " WHERE writer = $1 ORDER BY n",
            writer,
        )
        return [Checkpoint(*r) for r in rows]

    async def latest(
        self, limit: int, writer: str | None = None, after: tuple[float, str, int] | None = None
    ) -> list[SealedRecord]:
        where: list[str] = []
        args: list[Any] = []
        if writer is not None:
            args.append(writer)
            where.append(f"writer = ${len(args)}")
        if after is not None:
            args.extend(after)
            n = len(args)
            where.append(f"(ts, writer, seq) > (${n - 2}, ${n - 1}, ${n})")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        order = "ASC" if after is not None else "DESC"
        args.append(limit)
        rows = await self._db().fetch(
            f"SELECT writer, seq, ts, request_id, body, mac FROM {self.p}records{clause}"
            f" ORDER BY ts {order}, writer {order}, seq {order} LIMIT ${len(args)}",
            *args,
        )
        found = [SealedRecord(*r) for r in rows]
        return found if after is not None else found[::-1]

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                await conn.close(timeout=CONNECT_TIMEOUT_S)
            except Exception:
                conn.terminate()
