"""Where audit records are kept: the ``AuditStore`` protocol and its registry by DSN scheme.

Every store keeps three tables, named with the configured prefix: ``records`` (primary
key writer + seq), ``checkpoints`` (writer + n) and ``meta`` (the schema version). They
are created on first use. ``append`` is one transaction and idempotent (a row that is
already there is left alone), so a batch whose commit was not acknowledged can be
written again from the spool without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from aire.audit.chain import Checkpoint, SealedRecord
from aire.config.audit import redact_dsn
from aire.errors import ConfigError
from aire.registry import Registry

__all__ = ["SCHEMA_VERSION", "STORES", "AuditStore", "open_store"]

#: bumped when the tables change; a store refuses a database with a newer version
SCHEMA_VERSION = 1


class AuditStore(Protocol):
    """One connection to one audit database, used by one task at a time."""

    #: the DSN without its password (for messages)
    where: str

    async def open(self, *, create: bool = True) -> None:
        """Connect (again) and, with ``create``, make the tables if they are missing.
        Without ``create`` a database that is not an audit log is an ``AuditUnavailable``."""
        ...

    async def append(
        self, records: Sequence[SealedRecord], checkpoints: Sequence[Checkpoint]
    ) -> None:
        """Write both in one transaction; rows already stored are kept as they are."""
        ...

    async def writers(self) -> list[str]:
        """Every writer that has a record or a checkpoint, in the order of its first record."""
        ...

    async def records(self, writer: str, after_seq: int, limit: int) -> list[SealedRecord]:
        """``writer``'s records with seq > ``after_seq``, by seq, at most ``limit``."""
        ...

    async def checkpoints(self, writer: str) -> list[Checkpoint]:
        """``writer``'s checkpoints by n."""
        ...

    async def latest(
        self, limit: int, writer: str | None = None, after: tuple[float, str, int] | None = None
    ) -> list[SealedRecord]:
        """The newest ``limit`` records by (ts, writer, seq), oldest first; with ``after``,
        the oldest ``limit`` records that sort after that position."""
        ...

    async def aclose(self) -> None: ...


#: DSN scheme -> store class ("module:attr"); imported when used (asyncpg is an extra)
STORES: Registry[Callable[[str, str], AuditStore]] = Registry(
    "audit store",
    {
        "sqlite": "aire.audit.sqlite:SqliteStore",
        "postgresql": "aire.audit.postgres:PostgresStore",
        "postgres": "aire.audit.postgres:PostgresStore",
    },
)


def open_store(dsn: str, table_prefix: str = "aire_audit_") -> AuditStore:
    """The store for ``dsn`` (not yet connected: call ``open``)."""
    scheme = dsn.partition("://")[0]
    if scheme not in STORES:
        raise ConfigError(f"audit.dsn: no audit store for {redact_dsn(dsn)!r}")
    return STORES.get(scheme)(dsn, table_prefix)
