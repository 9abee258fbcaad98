"""Configuration of the tamper-evident audit log (section ``audit:``).

The section's presence turns the audit log on (``enabled: false`` keeps it and turns it
off); ``hmac_key`` is then required. The key signs every record and checkpoint: whoever
holds it can forge records, so it comes from the environment (``${AIRE_AUDIT_KEY}``) and
is never logged or shown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator

from aire.config.base import Model

__all__ = ["DEFAULT_AUDIT_DSN", "AuditConfig", "redact_dsn"]

DEFAULT_AUDIT_DSN = "sqlite:///aire-audit.db"
MIN_KEY_CHARS = 16
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def redact_dsn(dsn: str) -> str:
    """The DSN with its password replaced by ``***`` (safe for logs and error messages)."""
    return _PASSWORD.sub(r"\1***@", dsn)


class AuditConfig(Model):
    """Where audit records go, how they are signed, and how they are batched."""

    enabled: bool = Field(True, description="false: keep the section, write no records")
    dsn: str = Field(
        DEFAULT_AUDIT_DSN,
        description="sqlite:///relative.db, sqlite:////absolute.db or postgresql://user@host/db",
    )
    hmac_key: SecretStr = Field(
        description="HMAC-SHA256 key of the chains (e.g. `openssl rand -hex 32`); never logged"
    )
    content: Literal["none", "redacted"] = Field(
        "none",
        description="redacted: also keep the prompt as the alias's guard policy left it "
        "(requests without a guard policy keep no content)",
    )
    spool_dir: Path = Field(
        Path(".aire-spool"), description="records wait here (fsync'd) while the database is down"
    )
    batch_size: int = Field(500, ge=1, le=10_000, description="records per database write")
    flush_ms: float = Field(200, gt=0, le=60_000, description="longest wait before a write")
    checkpoint_records: int = Field(
        1000, ge=1, description="a signed head checkpoint at least every this many records"
    )
    checkpoint_s: float = Field(
        10, gt=0, le=3600, description="... and at most this long after a record (and at exit)"
    )
    retry_s: float = Field(1, gt=0, le=600, description="database retry interval while spooling")
    max_pending: int = Field(
        100_000,
        ge=1,
        description="records held in memory at most; beyond, new ones are dropped and counted "
        "(only when the spool cannot be written either)",
    )
    table_prefix: str = Field(
        "aire_audit_", description="tables are <prefix>records, <prefix>checkpoints, <prefix>meta"
    )

    @field_validator("hmac_key")
    @classmethod
    def _long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < MIN_KEY_CHARS:
            raise ValueError(
                f"must be at least {MIN_KEY_CHARS} characters (e.g. `openssl rand -hex 32`)"
            )
        return value

    @field_validator("dsn")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme, sep, rest = value.partition("://")
        if not sep or scheme not in ("sqlite", "postgresql", "postgres"):
            raise ValueError(
                f"{redact_dsn(value)!r} is not sqlite:///path.db or postgresql://user@host/db"
            )
        if scheme == "sqlite" and (not rest.startswith("/") or rest == "/"):
            raise ValueError("a SQLite DSN is sqlite:///relative/path.db or sqlite:////abs/path.db")
        return value

    @field_validator("table_prefix")
    @classmethod
    def _identifier(cls, value: str) -> str:
        # interpolated into SQL: a plain identifier only
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", value):
            raise ValueError("must be lower-case letters, digits and _ (at most 41 characters)")
        return value
