"""Checking credentials on the request path, and managing keys and tokens.

A request carries a credential as ``Authorization: Bearer <credential>`` (OpenAI SDKs)
or ``x-api-key`` (Anthropic SDKs). It is the master key, a virtual key (``sk-aire-...``)
or a scoped token (``v4.local...``). Records of virtual keys come from the key database
and are cached for ``key_cache_s``; tokens are verified locally and cached until they
expire. A revocation (of a key or a token) is written to the database and announced
through the shared store (a version counter) that every worker and replica polls every
``revocation_poll_s``: on a change they drop their caches, so a revoked credential stops
working everywhere within about that long.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from aire.config.governance import AuthConfig, LimitSpec
from aire.config.tools import ToolPolicy
from aire.errors import (
    AuthenticationError,
    InvalidRequest,
    KeyExpired,
    KeyRevoked,
    MissingCredentials,
    ModelNotAllowed,
    OutOfScope,
    StateUnavailable,
)
from aire.gateway.auth.keys import NewKey, VirtualKey, make_key, parse_key
from aire.gateway.auth.keystore import KeyStore
from aire.gateway.auth.principal import ENDPOINT_ACTIONS, Principal, token_tools
from aire.gateway.auth.tokens import PREFIX as TOKEN_PREFIX
from aire.gateway.auth.tokens import TokenClaims, TokenSigner
from aire.state import Store

__all__ = ["MASTER", "Authenticator", "credential_of"]

log = logging.getLogger("aire.gateway.auth")

MASTER = Principal("master")
_VERSION_KEY = "auth:revocations"
_TOKEN_CACHE_MAX = 10_000


def credential_of(headers: Sequence[tuple[bytes, bytes]]) -> str | None:
    """The credential a request carries: ``Authorization: Bearer X`` or ``x-api-key: X``."""
    api_key = None
    for name, value in headers:
        if name == b"authorization":
            scheme, _, rest = bytes(value).partition(b" ")
            if scheme.lower() == b"bearer" and rest.strip():
                return rest.strip().decode("latin-1")
        elif name == b"x-api-key" and value:
            api_key = bytes(value).decode("latin-1")
    return api_key


class Authenticator:
    def __init__(
        self,
        config: AuthConfig,
        keystore: KeyStore,
        store: Store | None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        assert config.master_key is not None
        self.config = config
        self.keystore = keystore
        self.store = store
        self._master = config.master_key.get_secret_value()
        self.signer = TokenSigner(self._master, clock=clock)
        self._clock = clock
        self._keys: dict[str, tuple[VirtualKey | None, float]] = {}
        self._tokens: dict[str, TokenClaims] = {}
        self._token_tools: dict[str, ToolPolicy | None] = {}
        self._revoked_tokens: set[str] = set()
        self._version: bytes | None = None
        self._poller: asyncio.Task[None] | None = None

    # -- life cycle ------------------------------------------------------------------------

    async def start(self) -> None:
        await self.keystore.open()
        self._revoked_tokens = await self.keystore.revoked_tokens(self._clock())
        if self.store is not None:
            with contextlib.suppress(StateUnavailable):
                self._version = await self.store.get(_VERSION_KEY)
            self._poller = asyncio.get_running_loop().create_task(self._poll())

    async def aclose(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        await self.keystore.aclose()

    async def _poll(self) -> None:
        assert self.store is not None
        while True:
            await asyncio.sleep(self.config.revocation_poll_s)
            try:
                version = await self.store.get(_VERSION_KEY)
                if version != self._version:
                    self._version = version
                    await self._forget()
            except StateUnavailable:
                pass  # the store logs its outage; keep the caches meanwhile
            except Exception:
                log.exception("revocation poll failed")

    async def _forget(self) -> None:
        self._keys.clear()
        self._tokens.clear()
        self._token_tools.clear()
        self._revoked_tokens = await self.keystore.revoked_tokens(self._clock())

    async def _announce(self) -> None:
        """Tell every worker and replica to drop what it cached."""
        await self._forget()
        if self.store is not None:
            try:
                await self.store.incr(_VERSION_KEY)
            except StateUnavailable:
                log.warning("revocation recorded, but the store is down: other workers see it "
                            "when their key cache expires (key_cache_s)")  # fmt: skip

    # -- the request path ------------------------------------------------------------------

    def is_master(self, credential: str) -> bool:
        return hmac.compare_digest(credential.encode(), self._master.encode())

    async def authenticate(
        self, headers: Sequence[tuple[bytes, bytes]], alias: str, action: str
    ) -> Principal:
        credential = credential_of(headers)
        if credential is None:
            raise MissingCredentials(
                "no API key: send it as 'Authorization: Bearer <key>' (or x-api-key)"
            )
        if credential.startswith(TOKEN_PREFIX):
            return await self._token_principal(credential, alias, action)
        if self.is_master(credential):
            return MASTER
        key = await self.check_key(credential)
        if not key.allows_model(alias):
            raise ModelNotAllowed(f"this key may not use model {alias[:256]!r}", param="model")
        return Principal("key", key.key_id, key.team, key.owner, key.limits, tools=key.tools)

    async def check_key(self, credential: str) -> VirtualKey:
        parsed = parse_key(credential)
        if parsed is None:
            raise AuthenticationError("invalid API key")
        key_id, secret = parsed
        key = await self._key(key_id)
        if key is None or not key.matches(secret):
            raise AuthenticationError("invalid API key")
        self._check_active(key)
        return key

    def _check_active(self, key: VirtualKey) -> None:
        if key.revoked_at is not None:
            raise KeyRevoked("this API key has been revoked")
        if key.expires_at is not None and self._clock() >= key.expires_at:
            raise KeyExpired("this API key has expired")

    async def _key(self, key_id: str) -> VirtualKey | None:
        now = time.monotonic()
        cached = self._keys.get(key_id)
        if cached is not None and now - cached[1] < self.config.key_cache_s:
            return cached[0]
        key = await self.keystore.get(key_id)
        self._keys[key_id] = (key, now)
        return key

    async def _token_principal(self, token: str, alias: str, action: str) -> Principal:
        claims = self._tokens.get(token)
        if claims is None or self._clock() >= claims.expires_at:
            claims = self.signer.verify(token)
            if len(self._tokens) >= _TOKEN_CACHE_MAX:
                self._tokens.clear()
                self._token_tools.clear()
            self._tokens[token] = claims
        if claims.token_id in self._revoked_tokens:
            raise KeyRevoked("this token has been revoked")
        key = await self._key(claims.key_id)
        if key is None:
            raise AuthenticationError("the key this token was minted with no longer exists")
        self._check_active(key)  # revoking a key revokes its tokens
        if not claims.allows(action, alias):
            raise OutOfScope(
                f"this token allows {'/'.join(claims.actions)} on "
                f"{', '.join(claims.resources)}, not {action} on {alias[:256]!r}"
            )
        if not key.allows_model(alias):
            raise ModelNotAllowed(f"this key may not use model {alias[:256]!r}", param="model")
        tools = self._token_tools.get(claims.token_id)
        if tools is None:  # one policy object per token: the tool stage compiles it once
            tools = self._token_tools[claims.token_id] = token_tools(claims, key.tools)
        return Principal("token", key.key_id, key.team, key.owner, key.limits, claims, tools)

    # -- management (admin API, CLI) -------------------------------------------------------

    async def create_key(self, body: dict[str, Any]) -> NewKey:
        spec = _key_spec(body)
        new = make_key(now=self._clock(), **spec)
        await self.keystore.create(new.record)
        log.warning("key created", extra={"key_id": new.record.key_id, "team": new.record.team})
        return new

    async def revoke_key(self, key_id: str) -> bool:
        done = await self.keystore.revoke(key_id, self._clock())
        if done:
            await self._announce()
            log.warning("key revoked", extra={"key_id": key_id})
        return done

    async def revoke_token(self, token: str) -> TokenClaims:
        claims = self.signer.verify(token)
        await self.keystore.revoke_token(claims.token_id, claims.expires_at)
        await self._announce()
        log.warning("token revoked", extra={"token_id": claims.token_id, "key_id": claims.key_id})
        return claims

    async def mint(self, key: VirtualKey, body: dict[str, Any]) -> tuple[str, TokenClaims]:
        """A token for ``key``, scoped as ``body`` says (within what the key allows)."""
        actions = _strings(body.get("actions", ["chat"]), "actions")
        if not any(a in ENDPOINT_ACTIONS for a in actions):
            raise InvalidRequest(
                "actions: name at least one of chat, completions, embeddings (other names "
                "are the tools it may call)",
                param="actions",
            )
        resources = _strings(body.get("models", ["*"]), "models")
        if key.models is not None and "*" not in key.models:
            if "*" in resources:
                resources = list(key.models)
            outside = [r for r in resources if r not in key.models]
            if outside:
                raise OutOfScope(f"the key may not use {', '.join(outside)}")
        ttl = body.get("ttl_s", self.config.token_ttl_s)
        if not isinstance(ttl, int | float) or not 0 < ttl <= 86_400:
            raise InvalidRequest("ttl_s: seconds, more than 0 and at most 86400", param="ttl_s")
        if key.expires_at is not None:
            ttl = min(ttl, max(0.0, key.expires_at - self._clock()))
        max_tokens = body.get("max_tokens")
        max_cost = body.get("max_cost_usd")
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
            raise InvalidRequest("max_tokens: a positive integer", param="max_tokens")
        if max_cost is not None and (not isinstance(max_cost, int | float) or max_cost <= 0):
            raise InvalidRequest("max_cost_usd: a positive number", param="max_cost_usd")
        return self.signer.mint(
            key.key_id,
            actions=actions,
            resources=resources,
            ttl_s=float(ttl),
            max_tokens=max_tokens,
            max_cost_usd=float(max_cost) if max_cost is not None else None,
        )


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise InvalidRequest(f"{name}: a non-empty list of strings", param=name)
    return list(value)


#: admin API body fields -> LimitSpec fields (both spellings accepted)
_LIMIT_FIELDS = {
    "rpm_limit": "rpm",
    "rpm": "rpm",
    "tpm_limit": "tpm",
    "tpm": "tpm",
    "max_concurrency": "max_concurrency",
    "budget_usd": "budget_usd_month",
    "budget_usd_month": "budget_usd_month",
    "budget_usd_day": "budget_usd_day",
}
_KEY_FIELDS = {"team", "owner", "models", "expires_in_s", "metadata", "tools"}


def _key_spec(body: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(body) - _KEY_FIELDS - set(_LIMIT_FIELDS))
    if unknown:
        raise InvalidRequest(f"unknown field {unknown[0]!r}", param=unknown[0])
    limits: dict[str, Any] = {}
    for name, target in _LIMIT_FIELDS.items():
        if body.get(name) is not None:
            limits[target] = body[name]
    try:
        spec = LimitSpec.model_validate(limits)
    except ValueError as exc:
        raise InvalidRequest(f"limits: {exc}") from None
    models = body.get("models")
    if models is not None:
        models = tuple(_strings(models, "models"))
    expires = body.get("expires_in_s")
    if expires is not None and (not isinstance(expires, int | float) or expires <= 0):
        raise InvalidRequest("expires_in_s: a positive number of seconds", param="expires_in_s")
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise InvalidRequest("metadata: an object", param="metadata")
    for name in ("team", "owner"):
        if body.get(name) is not None and not isinstance(body[name], str):
            raise InvalidRequest(f"{name}: a string", param=name)
    tools = None
    if body.get("tools") is not None:
        try:
            tools = ToolPolicy.model_validate(body["tools"])
        except ValueError as exc:
            raise InvalidRequest(f"tools: {exc}", param="tools") from None
    return {
        "team": body.get("team"),
        "owner": body.get("owner"),
        "models": models,
        "expires_in_s": float(expires) if expires is not None else None,
        "limits": spec,
        "metadata": metadata,
        "tools": tools,
    }
