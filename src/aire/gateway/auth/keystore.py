"""Where virtual keys live: SQLite (default) or PostgreSQL, so they survive restarts and
every replica sees the same keys.

Lookups are rare (the authenticator caches records for ``key_cache_s``), so SQLite runs
in a worker thread, one short transaction per call; PostgreSQL goes through an asyncpg
pool. Both keep the same two tables: ``<prefix>keys`` and ``<prefix>revoked_tokens``.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any, Protocol

import orjson

from aire.config.governance import LimitSpec
from aire.config.tools import ToolPolicy
from aire.errors import ConfigError, StateUnavailable
from aire.gateway.auth.keys import VirtualKey
from aire.sqlitewal import enable_wal

__all__ = ["KeyStore", "PostgresKeyStore", "SqliteKeyStore", "open_keystore"]

_COLUMNS = (
    "key_id, salt, secret_hash, created_at, team, owner, models, expires_at, revoked_at, "
    "limits, metadata, tools"
)


class KeyStore(Protocol):
    async def open(self) -> None: ...

    async def aclose(self) -> None: ...

    async def create(self, key: VirtualKey) -> None: ...

    async def get(self, key_id: str) -> VirtualKey | None: ...

    async def list(self) -> list[VirtualKey]: ...

    async def revoke(self, key_id: str, when: float) -> bool:
        """True if the key existed and was not revoked yet."""
        ...

    async def revoke_token(self, token_id: str, expires_at: float) -> None: ...

    async def revoked_tokens(self, now: float) -> set[str]:
        """Ids of revoked tokens that have not expired yet."""
        ...


def _row(key: VirtualKey) -> tuple[Any, ...]:
    return (
        key.key_id,
        key.salt,
        key.secret_hash,
        key.created_at,
        key.team,
        key.owner,
        orjson.dumps(list(key.models)).decode() if key.models is not None else None,
        key.expires_at,
        key.revoked_at,
        orjson.dumps(key.limits.model_dump(exclude_none=True)).decode(),
        orjson.dumps(key.metadata).decode(),
        key.tools.model_dump_json(exclude_defaults=True) if key.tools is not None else None,
    )


def _record(row: Any) -> VirtualKey:
    models = orjson.loads(row[6]) if row[6] is not None else None
    return VirtualKey(
        key_id=row[0],
        salt=bytes(row[1]),
        secret_hash=row[2],
        created_at=float(row[3]),
        team=row[4],
        owner=row[5],
        models=tuple(models) if models is not None else None,
        expires_at=float(row[7]) if row[7] is not None else None,
        revoked_at=float(row[8]) if row[8] is not None else None,
        limits=LimitSpec.model_validate(orjson.loads(row[9])),
        metadata=orjson.loads(row[10]),
        tools=ToolPolicy.model_validate_json(row[11]) if row[11] is not None else None,
    )


class SqliteKeyStore:
    def __init__(self, path: Path, prefix: str = "aire_") -> None:
        self.path = path
        self.keys = f"{prefix}keys"
        self.tokens = f"{prefix}revoked_tokens"
        self._lock = asyncio.Lock()

    def _connect(self) -> sqlite3.Connection:
        # WAL is a property of the file, set once in open(); timeout is the busy handler
        return sqlite3.connect(self.path, timeout=10, isolation_level=None)

    async def _run(self, fn: Any, *args: Any) -> Any:
        def work() -> Any:
            conn = self._connect()
            try:
                return fn(conn, *args)
            finally:
                conn.close()

        try:
            return await asyncio.to_thread(work)
        except sqlite3.Error as exc:
            raise StateUnavailable(f"key database {self.path}: {exc}") from exc

    async def open(self) -> None:
        def create(conn: sqlite3.Connection) -> None:
            enable_wal(conn)
            # one write transaction taken up front: a deferred one that reads the schema and
            # then writes fails at once (no busy wait) if another writer got in between
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.keys} (key_id TEXT PRIMARY KEY, salt BLOB,"
                    " secret_hash TEXT, created_at REAL, team TEXT, owner TEXT, models TEXT,"
                    " expires_at REAL, revoked_at REAL, limits TEXT, metadata TEXT, tools TEXT)"
                )
                conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.tokens} (token_id TEXT PRIMARY KEY,"
                    " expires_at REAL)"
                )
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        await self._run(create)

    async def aclose(self) -> None:
        return None

    async def create(self, key: VirtualKey) -> None:
        sql = f"INSERT INTO {self.keys} ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
        await self._run(lambda c: c.execute(sql, _row(key)))

    async def get(self, key_id: str) -> VirtualKey | None:
        sql = f"SELECT {_COLUMNS} FROM {self.keys} WHERE key_id = ?"
        row = await self._run(lambda c: c.execute(sql, (key_id,)).fetchone())
        return _record(row) if row else None

    async def list(self) -> list[VirtualKey]:
        sql = f"SELECT {_COLUMNS} FROM {self.keys} ORDER BY created_at"
        rows = await self._run(lambda c: c.execute(sql).fetchall())
        return [_record(r) for r in rows]

    async def revoke(self, key_id: str, when: float) -> bool:
        sql = f"UPDATE {self.keys} SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL"
        count = await self._run(lambda c: c.execute(sql, (when, key_id)).rowcount)
        return bool(count)

    async def revoke_token(self, token_id: str, expires_at: float) -> None:
        sql = f"INSERT OR REPLACE INTO {self.tokens} (token_id, expires_at) VALUES (?, ?)"
        await self._run(lambda c: c.execute(sql, (token_id, expires_at)))

    async def revoked_tokens(self, now: float) -> set[str]:
        sql = f"SELECT token_id FROM {self.tokens} WHERE expires_at > ?"
        rows = await self._run(lambda c: c.execute(sql, (now,)).fetchall())
        return {r[0] for r in rows}


class PostgresKeyStore:
    def __init__(self, dsn: str, prefix: str = "aire_") -> None:
        self.dsn = dsn
        self.keys = f"{prefix}keys"
        self.tokens = f"{prefix}revoked_tokens"
        self._pool: Any = None

    async def open(self) -> None:
        try:
            import asyncpg
        except ImportError as exc:  # pragma: no cover - the postgres extra
            raise ConfigError(
                "a postgresql:// key database needs asyncpg: pip install 'aire[postgres]'"
            ) from exc
        try:
            self._pool = await asyncpg.create_pool(self.dsn, min_size=0, max_size=4, timeout=5)
            async with self._pool.acquire() as conn:
                await conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.keys} (key_id TEXT PRIMARY KEY,"
                    " salt BYTEA, secret_hash TEXT, created_at DOUBLE PRECISION, team TEXT,"
                    " owner TEXT, models TEXT, expires_at DOUBLE PRECISION,"
                    " revoked_at DOUBLE PRECISION, limits TEXT, metadata TEXT, tools TEXT)"
                )
                await conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.tokens} (token_id TEXT PRIMARY KEY,"
                    " expires_at DOUBLE PRECISION)"
                )
        except (OSError, asyncpg.PostgresError) as exc:
            raise StateUnavailable(f"key database: {exc}") from exc

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def _fetch(self, sql: str, *args: Any) -> list[Any]:
        import asyncpg

        try:
            async with self._pool.acquire() as conn:
                return list(await conn.fetch(sql, *args))
        except (OSError, asyncpg.PostgresError) as exc:
            raise StateUnavailable(f"key database: {exc}") from exc

    async def _execute(self, sql: str, *args: Any) -> str:
        import asyncpg

        try:
            async with self._pool.acquire() as conn:
                return str(await conn.execute(sql, *args))
        except (OSError, asyncpg.PostgresError) as exc:
            raise StateUnavailable(f"key database: {exc}") from exc

    async def create(self, key: VirtualKey) -> None:
        marks = ",".join(f"${i}" for i in range(1, 13))
        await self._execute(f"INSERT INTO {self.keys} ({_COLUMNS}) VALUES ({marks})", *_row(key))

    async def get(self, key_id: str) -> VirtualKey | None:
        rows = await self._fetch(f"SELECT {_COLUMNS} FROM {self.keys} WHERE key_id = $1", key_id)
        return _record(rows[0]) if rows else None

    async def list(self) -> list[VirtualKey]:
        rows = await self._fetch(f"SELECT {_COLUMNS} FROM {self.keys} ORDER BY created_at")
        return [_record(r) for r in rows]

    async def revoke(self, key_id: str, when: float) -> bool:
        status = await self._execute(
            f"UPDATE {self.keys} SET revoked_at = $1 WHERE key_id = $2 AND revoked_at IS NULL",
            when,
            key_id,
        )
        return status.endswith(" 1")

    async def revoke_token(self, token_id: str, expires_at: float) -> None:
        await self._execute(
            f"INSERT INTO {self.tokens} (token_id, expires_at) VALUES ($1, $2)"
            " ON CONFLICT (token_id) DO UPDATE SET expires_at = EXCLUDED.expires_at",
            token_id,
            expires_at,
        )

    async def revoked_tokens(self, now: float) -> set[str]:
        rows = await self._fetch(f"SELECT token_id FROM {self.tokens} WHERE expires_at > $1", now)
        return {r[0] for r in rows}


def open_keystore(dsn: str, prefix: str = "aire_") -> KeyStore:
    """A key store for a DSN: ``sqlite:///relative.db``, ``sqlite:////abs.db``,
    ``postgresql://...``."""
    if dsn.startswith("sqlite:///"):
        return SqliteKeyStore(Path(dsn[len("sqlite:///") :]), prefix)
    if dsn.startswith(("postgresql://", "postgres://")):
        return PostgresKeyStore(dsn, prefix)
    raise ConfigError(f"key database: unsupported DSN scheme in {dsn.split('://')[0]!r}")
