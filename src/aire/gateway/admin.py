"""The admin API (master key only) and token minting (a virtual key mints its own).

    POST   /admin/keys            create a key: {"team", "owner", "models", "expires_in_s",
                                  "rpm_limit", "tpm_limit", "max_concurrency",
                                  "budget_usd" (30 days), "budget_usd_day", "metadata"}
                                  -> 201 {"key": "sk-aire-...", ...} (the key is shown once)
    GET    /admin/keys            list keys (never their secrets)
    GET    /admin/keys/{id}       one key, with its spend
    DELETE /admin/keys/{id}       revoke it (and every token minted with it), everywhere
    POST   /admin/tokens/revoke   {"token": "v4.local..."}: revoke one token
    GET    /admin/spend           spend per key and team (day and 30-day windows)
    POST   /auth/tokens           with a virtual key (or the master key and "key_id"):
                                  {"actions", "models", "ttl_s", "max_tokens",
                                  "max_cost_usd"} -> {"token": "v4.local...", ...}

Errors are the gateway's JSON errors (401 without the master key, 404 for an unknown key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from aire.asgi import Receive, Scope, Send, read_body, send_bytes
from aire.errors import (
    AireError,
    AuthenticationError,
    InvalidRequest,
    MethodNotAllowed,
    MissingCredentials,
    NotFound,
)
from aire.gateway.auth.authenticator import credential_of
from aire.gateway.limits import DAY, MONTH

if TYPE_CHECKING:
    from aire.gateway.app import GatewayApp

__all__ = ["AdminAPI"]

_JSON = [(b"content-type", b"application/json")]


class AdminAPI:
    def __init__(self, app: GatewayApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [*_JSON, (b"x-aire-request-id", self.app.request_id(scope).encode())]
        try:
            status, payload = await self._route(scope, receive)
            body = orjson.dumps(payload)
        except AireError as exc:
            status, body = exc.status(), orjson.dumps(exc.to_body())
            if isinstance(exc, MethodNotAllowed):
                headers.append((b"allow", ", ".join(exc.allow).encode()))
        await send_bytes(send, status, body, headers)

    async def _route(self, scope: Scope, receive: Receive) -> tuple[int, Any]:
        auth = self.app.services.auth
        path: str = scope["path"]
        method: str = scope["method"]
        if auth is None:
            raise NotFound(
                "the admin API needs gateway.auth.master_key in the config (auth is off)"
            )
        credential = credential_of(scope["headers"])
        if credential is None:
            raise MissingCredentials("send the master key as 'Authorization: Bearer <key>'")
        if path == "/auth/tokens":
            _allow(method, "POST")
            return 201, await self._mint(credential, await _json(receive))
        if not auth.is_master(credential):
            raise AuthenticationError("the admin API needs the master key")
        if path == "/admin/keys":
            if method == "POST":
                new = await auth.create_key(await _json(receive))
                return 201, {"key": new.key, **new.record.public()}
            _allow(method, "GET", "POST")
            return 200, {"data": [k.public() for k in await auth.keystore.list()]}
        if path.startswith("/admin/keys/"):
            key_id = path[len("/admin/keys/") :]
            if method == "DELETE":
                if not await auth.revoke_key(key_id):
                    await self._key(key_id)  # 404 when unknown; revoked already: 200
                return 200, {"key_id": key_id, "revoked": True}
            _allow(method, "GET", "DELETE")
            key = await self._key(key_id)
            return 200, {**key.public(), "spend": await self._spend(f"k:{key_id}")}
        if path == "/admin/tokens/revoke":
            _allow(method, "POST")
            token = (await _json(receive)).get("token")
            if not isinstance(token, str):
                raise InvalidRequest("token: the token to revoke", param="token")
            claims = await auth.revoke_token(token)
            return 200, {"token_id": claims.token_id, "key_id": claims.key_id, "revoked": True}
        if path == "/admin/spend":
            _allow(method, "GET")
            keys = await auth.keystore.list()
            teams = sorted({k.team for k in keys if k.team})
            return 200, {
                "keys": {k.key_id: await self._spend(f"k:{k.key_id}") for k in keys},
                "teams": {t: await self._spend(f"t:{t}") for t in teams},
            }
        raise NotFound(f"no route {path!r}")

    async def _key(self, key_id: str) -> Any:
        auth = self.app.services.auth
        assert auth is not None
        key = await auth.keystore.get(key_id)
        if key is None:
            raise NotFound(f"no key {key_id[:64]!r}")
        return key

    async def _mint(self, credential: str, body: dict[str, Any]) -> dict[str, Any]:
        auth = self.app.services.auth
        assert auth is not None
        if auth.is_master(credential):
            key_id = body.pop("key_id", None)
            if not isinstance(key_id, str):
                raise InvalidRequest("key_id: the key to mint a token for", param="key_id")
            key = await self._key(key_id)
            auth._check_active(key)
        else:
            body.pop("key_id", None)
            key = await auth.check_key(credential)
        token, claims = await auth.mint(key, body)
        return {
            "token": token,
            "token_id": claims.token_id,
            "key_id": claims.key_id,
            "actions": list(claims.actions),
            "models": list(claims.resources),
            "expires_at": claims.expires_at,
        }

    async def _spend(self, scope: str) -> dict[str, float]:
        """USD spent in the current day and 30-day windows (what budgets count)."""
        store = self.app.services.store
        out: dict[str, float] = {}
        if store is None:
            return out
        for label, window in (("day", DAY), ("month", MONTH)):
            taken = await store.take(f"usd{label}:{scope}", 0, 1 << 62, window)
            out[f"usd_{label}"] = taken.used / 1_000_000
        return out


def _allow(method: str, *methods: str) -> None:
    if method not in methods:
        raise MethodNotAllowed(f"{method} is not allowed here", allow=list(methods))


async def _json(receive: Receive) -> dict[str, Any]:
    raw = await read_body(receive, 1 << 20)
    try:
        body = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise InvalidRequest("request body must be a JSON object")
    return body
