"""Virtual keys: what a key may do, and how a key is checked without being stored.

A key reads ``sk-aire-<id>-<secret>``: the id (12 hex digits) finds the record, the
secret (48 hex digits, 192 random bits) proves possession. Only a salted hash of the
secret is kept (HMAC-SHA256 keyed by a per-key salt; the secret is random, so a slow
password hash would add cost without adding safety). The whole key is shown once, when
it is created.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

from aire.config.governance import LimitSpec
from aire.config.tools import ToolPolicy

__all__ = ["KEY_PREFIX", "NewKey", "VirtualKey", "hash_secret", "make_key", "parse_key"]

KEY_PREFIX = "sk-aire-"
_KEY = re.compile(r"sk-aire-([0-9a-f]{12})-([0-9a-f]{48})")


def hash_secret(salt: bytes, secret: str) -> str:
    return hmac.new(salt, secret.encode(), hashlib.sha256).hexdigest()


def parse_key(value: str) -> tuple[str, str] | None:
    """(key id, secret) of a well-formed virtual key, else None."""
    match = _KEY.fullmatch(value)
    return (match.group(1), match.group(2)) if match else None


@dataclass(frozen=True, slots=True)
class VirtualKey:
    """A key's record (never its secret)."""

    key_id: str
    salt: bytes
    secret_hash: str
    created_at: float
    team: str | None = None
    owner: str | None = None
    models: tuple[str, ...] | None = None  # None: every alias
    expires_at: float | None = None
    revoked_at: float | None = None
    limits: LimitSpec = field(default_factory=LimitSpec)
    metadata: dict[str, Any] = field(default_factory=dict)
    tools: ToolPolicy | None = None  # action guardrails of this key's callers

    def matches(self, secret: str) -> bool:
        return hmac.compare_digest(self.secret_hash, hash_secret(self.salt, secret))

    def allows_model(self, alias: str) -> bool:
        return self.models is None or alias in self.models or "*" in self.models

    def public(self) -> dict[str, Any]:
        """What the admin API shows of a key (no salt, no hash)."""
        return {
            "key_id": self.key_id,
            "team": self.team,
            "owner": self.owner,
            "models": list(self.models) if self.models is not None else None,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "revoked_at": self.revoked_at,
            "limits": self.limits.model_dump(exclude_none=True),
            "metadata": self.metadata,
            "tools": self.tools.model_dump(mode="json", exclude_defaults=True)
            if self.tools is not None
            else None,
        }

    def revoked(self, when: float) -> VirtualKey:
        return replace(self, revoked_at=when)


@dataclass(frozen=True, slots=True)
class NewKey:
    key: str  # shown once
    record: VirtualKey


def make_key(
    *,
    team: str | None = None,
    owner: str | None = None,
    models: tuple[str, ...] | None = None,
    expires_in_s: float | None = None,
    limits: LimitSpec | None = None,
    metadata: dict[str, Any] | None = None,
    tools: ToolPolicy | None = None,
    now: float | None = None,
) -> NewKey:
    now = time.time() if now is None else now
    key_id = os.urandom(6).hex()
    secret = os.urandom(24).hex()
    salt = os.urandom(16)
    record = VirtualKey(
        key_id=key_id,
        salt=salt,
        secret_hash=hash_secret(salt, secret),
        created_at=now,
        team=team,
        owner=owner,
        models=models,
        expires_at=now + expires_in_s if expires_in_s is not None else None,
        limits=limits or LimitSpec(),
        metadata=metadata or {},
        tools=tools,
    )
    return NewKey(f"{KEY_PREFIX}{key_id}-{secret}", record)
