"""Audit test helpers: a real database per backend, raw SQL to tamper with it, logs."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aire.audit.store import AuditStore, open_store
from aire.audit.verify import Report, verify_store
from aire.audit.writer import AuditWriter

KEY = b"k" * 32
PG_DSN = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


@dataclass
class Db:
    """One audit database on one backend, with a table prefix of its own."""

    backend: str
    dsn: str
    prefix: str

    def store(self) -> AuditStore:
        return open_store(self.dsn, self.prefix)

    async def sql(self, statement: str) -> list[tuple[Any, ...]]:
        """Run raw SQL (``{p}`` is the table prefix) as an attacker with write access would."""
        statement = statement.replace("{p}", self.prefix)
        if self.backend == "sqlite":
            path = self.dsn.partition("://")[2][1:]

            def run() -> list[tuple[Any, ...]]:
                with sqlite3.connect(path) as conn:
                    return conn.execute(statement).fetchall()

            return await asyncio.to_thread(run)
        import asyncpg

        conn = await asyncpg.connect(self.dsn)
        try:
            return [tuple(r) for r in await conn.fetch(statement)]
        finally:
            await conn.close()

    async def verify(self, key: bytes = KEY, *, strict: bool = False) -> Report:
        store = self.store()
        await store.open(create=False)
        try:
            return await verify_store(store, key, strict=strict)
        finally:
            await store.aclose()

    def writer(self, spool_dir: Path, **options: Any) -> AuditWriter:
        return AuditWriter(self.store(), KEY, spool_dir=spool_dir, **options)


def record(i: int, **extra: Any) -> dict[str, Any]:
    return {"ts": 1_700_000_000.0 + i / 1000, "request_id": f"req-{i}", "status": 200, **extra}


async def write_log(db: Db, spool_dir: Path, n: int, **options: Any) -> AuditWriter:
    """A closed chain of ``n`` records (checkpoints every 4 records unless told)."""
    options.setdefault("checkpoint_records", 4)
    options.setdefault("batch_size", 4)
    writer = db.writer(spool_dir, **options)
    await writer.start()
    for i in range(1, n + 1):
        writer.submit(record(i))
    await writer.aclose()
    return writer
