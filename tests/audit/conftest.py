"""Fixtures: ``db`` is an empty audit database on each backend (SQLite file, PostgreSQL
on 127.0.0.1:5432 with tables of a prefix of its own, dropped afterwards)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.audit.helpers import PG_DSN, Db, postgres_up


def drop_pg_tables(prefix: str) -> None:
    import asyncpg

    async def drop() -> None:
        conn = await asyncpg.connect(PG_DSN)
        try:
            for table in ("records", "checkpoints", "meta"):
                await conn.execute(f"DROP TABLE IF EXISTS {prefix}{table}")
        finally:
            await conn.close()

    asyncio.run(drop())


@pytest.fixture
def pg_prefix() -> Iterator[str]:
    if not postgres_up():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    prefix = f"t{uuid.uuid4().hex[:12]}_"
    yield prefix
    drop_pg_tables(prefix)


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Db:
    if request.param == "sqlite":
        return Db("sqlite", f"sqlite:///{tmp_path}/audit.db", "aire_audit_")
    prefix = request.getfixturevalue("pg_prefix")
    return Db("postgres", PG_DSN, prefix)
