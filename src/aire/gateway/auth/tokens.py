"""Short-lived scoped tokens: PASETO v4.local (``pyseto``), verified without a database.

A token is minted with a virtual key and carries what it may do: an action (``chat``,
``embeddings``, ``completions``, or a tool name), the resources (model aliases), optional
caps (tokens, cost), an expiry (5 minutes by default) and an id (``jti``) by which it can
be revoked. It is encrypted and authenticated with a key derived from the master key, so
every replica that has the master key verifies it locally; revocation (of the token or
of its parent key) reaches the replicas through the shared store.

Expiry is checked here, against an injectable clock, rather than by pyseto (which reads
the wall clock), so that tests need not sleep. ``pyseto`` (with ``cryptography``,
``pycryptodomex`` and ``argon2``: ~20 MB of a process) is imported when the first signer is
built, i.e. only by gateways with a master key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from aire.errors import AuthenticationError, TokenExpired

__all__ = ["PREFIX", "TokenClaims", "TokenSigner", "derive_token_key"]

PREFIX = "v4.local."
_ASSERTION = b"aire token v1"  # binds tokens to this use of the key (PASETO implicit assertion)


def derive_token_key(master_key: str) -> bytes:
    """A 32-byte key for tokens, derived from the master key (HKDF-SHA256 extract+expand,
    one block), so the master key itself never encrypts anything."""
    prk = hmac.new(b"aire/tokens/v4.local", master_key.encode(), hashlib.sha256).digest()
    return hmac.new(prk, b"token key\x01", hashlib.sha256).digest()


@dataclass(frozen=True, slots=True)
class TokenClaims:
    key_id: str  # the virtual key it was minted with
    actions: tuple[str, ...]  # chat, completions, embeddings, or tool names
    resources: tuple[str, ...]  # model aliases ("*": any the key may use)
    expires_at: float  # epoch seconds
    issued_at: float
    token_id: str
    max_tokens: int | None = None
    max_cost_usd: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def allows(self, action: str, resource: str) -> bool:
        return action in self.actions and ("*" in self.resources or resource in self.resources)


class TokenSigner:
    def __init__(self, master_key: str, *, clock: Callable[[], float] = time.time) -> None:
        from pyseto import Key, Paseto  # lazily: see the module docstring

        self._key = Key.new(version=4, purpose="local", key=derive_token_key(master_key))
        self._paseto = Paseto.new()
        self._clock = clock

    def mint(
        self,
        key_id: str,
        *,
        actions: Sequence[str],
        resources: Sequence[str],
        ttl_s: float = 300.0,
        max_tokens: int | None = None,
        max_cost_usd: float | None = None,
    ) -> tuple[str, TokenClaims]:
        now = self._clock()
        claims = TokenClaims(
            key_id=key_id,
            actions=tuple(actions),
            resources=tuple(resources),
            expires_at=now + ttl_s,
            issued_at=now,
            token_id=os.urandom(12).hex(),
            max_tokens=max_tokens,
            max_cost_usd=max_cost_usd,
        )
        payload = {
            "sub": key_id,
            "act": list(claims.actions),
            "res": list(claims.resources),
            "exp": claims.expires_at,
            "iat": claims.issued_at,
            "jti": claims.token_id,
        }
        if max_tokens is not None:
            payload["max_tokens"] = max_tokens
        if max_cost_usd is not None:
            payload["max_cost_usd"] = max_cost_usd
        token = self._paseto.encode(self._key, orjson.dumps(payload), implicit_assertion=_ASSERTION)
        return token.decode(), claims

    def verify(self, token: str) -> TokenClaims:
        """The claims of a valid, unexpired token; AuthenticationError otherwise (the
        message says which, never echoing the token)."""
        from pyseto import PysetoError  # loaded by __init__

        try:
            decoded = self._paseto.decode(self._key, token, implicit_assertion=_ASSERTION)
            raw = decoded.payload
            data = orjson.loads(raw if isinstance(raw, bytes) else b"")
            claims = TokenClaims(
                key_id=str(data["sub"]),
                actions=tuple(str(a) for a in data["act"]),
                resources=tuple(str(r) for r in data["res"]),
                expires_at=float(data["exp"]),
                issued_at=float(data["iat"]),
                token_id=str(data["jti"]),
                max_tokens=data.get("max_tokens"),
                max_cost_usd=data.get("max_cost_usd"),
            )
        except (PysetoError, ValueError, KeyError, TypeError) as exc:
            raise AuthenticationError(
                "invalid token (not minted by this gateway, or damaged)"
            ) from exc
        if self._clock() >= claims.expires_at:
            raise TokenExpired("the token has expired; mint a new one")
        return claims
