"""Keys, tokens, limits and spend through a real gateway (memory store, SQLite keys)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment
from tests.gateway.test_pipeline import metric

MASTER = "master-key-0123456789abcdef"


@pytest.fixture
def governed(start_sim: Any, start_gateway: StartGateway, tmp_path: Path) -> str:
    sim, _ = start_sim(mode="echo")
    gw, _ = start_gateway(
        auth={"master_key": MASTER, "keys_dsn": f"sqlite:///{tmp_path}/keys.db"},
        limits={"models": {"limited": {"rpm": 3}}},
        models={
            "chat": {"deployments": [deployment(sim, "s", price={"input": 1.0, "output": 2.0})]},
            "other": {"deployments": [deployment(sim, "o")]},
            "limited": {"deployments": [deployment(sim, "l")]},
        },
    )
    return gw


async def call(
    gw: str, path: str, *, key: str | None = None, method: str = "POST", **body: Any
) -> tuple[int, Any, Any]:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    async with (
        aiohttp.ClientSession() as s,
        s.request(method, f"{gw}{path}", json=body or None, headers=headers) as r,
    ):
        return r.status, await r.json(), r.headers


async def new_key(gw: str, **spec: Any) -> str:
    status, body, _ = await call(gw, "/admin/keys", key=MASTER, **spec)
    assert status == 201, body
    return str(body["key"])


async def test_requests_need_a_key(governed: str) -> None:
    status, body, _ = await call(governed, "/v1/chat/completions", **chat())
    assert (status, body["error"]["code"]) == (401, "missing_api_key")
    status, body, _ = await call(governed, "/v1/chat/completions", key="sk-nope", **chat())
    assert (status, body["error"]["code"]) == (401, "invalid_api_key")
    status, _, _ = await call(governed, "/v1/chat/completions", key=MASTER, **chat())
    assert status == 200


async def test_a_virtual_key_is_shown_once_and_stored_hashed(governed: str, tmp_path: Path) -> None:
    key = await new_key(governed, team="a", models=["chat"])
    assert key.startswith("sk-aire-")
    status, listed, _ = await call(governed, "/admin/keys", key=MASTER, method="GET")
    assert status == 200
    assert key not in str(listed)
    assert key.split("-")[-1].encode() not in (tmp_path / "keys.db").read_bytes()
    assert (await call(governed, "/v1/chat/completions", key=key, **chat()))[0] == 200
    status, body, _ = await call(
        governed, "/v1/chat/completions", key=key, **{**chat(), "model": "other"}
    )
    assert (status, body["error"]["code"]) == (403, "model_not_allowed")


async def test_a_revoked_key_stops_at_once(governed: str) -> None:
    key = await new_key(governed)
    key_id = key.split("-")[2]
    assert (await call(governed, "/v1/chat/completions", key=key, **chat()))[0] == 200
    status, _, _ = await call(governed, f"/admin/keys/{key_id}", key=MASTER, method="DELETE")
    assert status == 200
    status, body, _ = await call(governed, "/v1/chat/completions", key=key, **chat())
    assert (status, body["error"]["code"]) == (401, "key_revoked")


async def test_scoped_tokens(governed: str) -> None:
    key = await new_key(governed, models=["chat", "other"])
    status, minted, _ = await call(
        governed, "/auth/tokens", key=key, actions=["chat"], models=["chat"], ttl_s=60
    )
    assert status == 201, minted
    token = minted["token"]
    assert (await call(governed, "/v1/chat/completions", key=token, **chat()))[0] == 200
    status, body, _ = await call(
        governed, "/v1/chat/completions", key=token, **{**chat(), "model": "other"}
    )
    assert (status, body["error"]["code"]) == (403, "token_out_of_scope")
    status, body, _ = await call(governed, "/v1/embeddings", key=token, model="chat", input="x")
    assert (status, body["error"]["code"]) == (403, "token_out_of_scope")
    # a token cannot reach beyond its key
    status, body, _ = await call(governed, "/auth/tokens", key=key, models=["limited"])
    assert status == 403
    # revoking the token, then the key (which also ends its tokens)
    status, _, _ = await call(governed, "/admin/tokens/revoke", key=MASTER, token=token)
    assert status == 200
    status, body, _ = await call(governed, "/v1/chat/completions", key=token, **chat())
    assert (status, body["error"]["code"]) == (401, "key_revoked")


async def test_rpm_of_a_model_gives_429_with_openai_headers(governed: str) -> None:
    key = await new_key(governed)
    got = []
    for _ in range(5):
        status, body, headers = await call(
            governed, "/v1/chat/completions", key=key, **{**chat(), "model": "limited"}
        )
        got.append(status)
    assert got == [200, 200, 200, 429, 429]
    assert body["error"]["code"] == "rate_limited"
    assert int(headers["retry-after"]) >= 1
    assert headers["x-ratelimit-limit-requests"] == "3"


async def test_key_limits_and_spend(governed: str) -> None:
    key = await new_key(governed, rpm_limit=2, budget_usd=1.0)
    key_id = key.split("-")[2]
    statuses = [
        (await call(governed, "/v1/chat/completions", key=key, **chat()))[0] for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    status, info, _ = await call(governed, f"/admin/keys/{key_id}", key=MASTER, method="GET")
    assert status == 200
    assert info["limits"] == {"rpm": 2, "budget_usd_month": 1.0}
    spent = info["spend"]["usd_month"]
    assert 0 < spent < 0.001  # two small answers at $1/$2 per million tokens
    assert await metric(governed, "aire_cost_usd_total") == pytest.approx(spent, rel=0.01)


async def test_a_budget_stops_a_key_and_cuts_a_stream(governed: str) -> None:
    # $1 per million input, $2 per million output: a budget of 1/10000 $ = 100 micro-$
    key = await new_key(governed, budget_usd_day=0.0001)
    body = {**chat("word " * 20), "max_tokens": 10}
    results = [
        (await call(governed, "/v1/chat/completions", key=key, **body))[0] for _ in range(10)
    ]
    assert 200 in results
    assert results[-1] == 429
    spent_all = results.index(429)
    assert spent_all >= 2


async def test_the_admin_api_needs_the_master_key(governed: str) -> None:
    key = await new_key(governed)
    status, body, _ = await call(governed, "/admin/keys", key=key, method="GET")
    assert (status, body["error"]["code"]) == (401, "invalid_api_key")
    status, body, _ = await call(governed, "/admin/keys", method="GET")
    assert (status, body["error"]["code"]) == (401, "missing_api_key")
    status, body, _ = await call(governed, "/admin/keys", key=MASTER, bogus=1)
    assert (status, body["error"]["param"]) == (400, "bogus")


async def test_concurrent_requests_cannot_exceed_an_rpm(governed: str) -> None:
    key = await new_key(governed, rpm_limit=20)
    async with aiohttp.ClientSession() as s:

        async def one() -> int:
            async with s.post(
                f"{governed}/v1/chat/completions",
                json=chat(),
                headers={"authorization": f"Bearer {key}"},
            ) as r:
                return r.status

        statuses = await asyncio.gather(*(one() for _ in range(60)))
    assert statuses.count(200) <= 20
    assert statuses.count(200) >= 20 or statuses.count(429) == 60 - statuses.count(200)


async def test_the_audit_log_records_who_and_what_it_cost(start_sim: Any, tmp_path: Path) -> None:
    import sqlite3

    from aire.config.audit import AuditConfig
    from aire.config.gateway import GatewayConfig
    from aire.gateway.app import GatewayApp
    from aire.server import serve_in_thread

    sim, _ = start_sim(mode="echo")
    config = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "auth": {"master_key": MASTER},
            "models": {
                "chat": {"deployments": [deployment(sim, "s", price={"input": 1, "output": 2})]}
            },
        }
    )
    db = tmp_path / "audit.db"
    audit = AuditConfig.model_validate(
        {"dsn": f"sqlite:///{db}", "hmac_key": "k" * 32, "spool_dir": str(tmp_path / "spool")}
    )
    with serve_in_thread(GatewayApp(config, audit=audit)) as gw:
        key = await new_key(gw, team="blue")
        headers = {"authorization": f"Bearer {key}"}
        async with aiohttp.ClientSession(headers=headers) as s:
            for stream in (False, True):
                async with s.post(f"{gw}/v1/chat/completions", json=chat(stream=stream)) as r:
                    assert r.status == 200
                    await r.read()
            async with s.post(f"{gw}/v1/chat/completions", json={**chat(), "model": "x"}) as r:
                assert r.status == 404
    # the keys live in the audit database too; the records name the key and the cost
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert "aire_keys" in tables
    rows = [orjson.loads(r[0]) for r in conn.execute("select body from aire_audit_records")]
    conn.close()
    assert len(rows) == 3  # model requests only (the admin call is not one)
    key_id = key.split("-")[2]
    served = [r for r in rows if r["status"] == 200]
    assert len(served) == 2
    assert all(r["principal"]["key_id"] == key_id for r in served)
    assert all(r["principal"]["team"] == "blue" for r in served)
    costs = sorted(r.get("cost_usd") or 0 for r in rows)
    assert costs[0] == 0  # the 404 cost nothing
    assert costs[1] > 0
    assert key not in orjson.dumps(rows).decode()


async def test_a_deployment_at_its_own_quota_is_skipped(
    start_sim: Any, start_gateway: StartGateway
) -> None:
    # the quotas count per minute of the clock: start well inside one (a window that
    # turns mid-test would let the small deployment serve again, rightly)
    if (into := time.time() % 60) > 48:
        await asyncio.sleep(60.5 - into)
    small, small_app = start_sim()
    big, big_app = start_sim()
    gw, _ = start_gateway(
        models={
            "chat": {
                "deployments": [
                    deployment(small, "small", rpm=2),
                    deployment(big, "big", priority=1),
                ]
            },
            "only": {"deployments": [deployment(small, "only-small", rpm=1)]},
        }
    )
    for _ in range(6):
        assert (await call(gw, "/v1/chat/completions", **chat()))[0] == 200
    assert small_app.requests == 2  # its upstream allows 2 a minute: the rest went on
    assert big_app.requests == 4
    assert (await call(gw, "/v1/chat/completions", **{**chat(), "model": "only"}))[0] == 200
    status, body, headers = await call(gw, "/v1/chat/completions", **{**chat(), "model": "only"})
    assert (status, body["error"]["code"]) == (429, "rate_limited")
    assert int(headers["retry-after"]) >= 1


def _tool(name: str) -> dict[str, Any]:
    params = {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]}
    return {"type": "function", "function": {"name": name, "parameters": params}}


async def test_a_keys_tool_policy_and_a_tokens_tool_names_guard_the_models_calls(
    governed: str,
) -> None:
    key = await new_key(governed, tools={"allowed": ["get_*"]})
    body = {**chat(max_tokens=64), "tools": [_tool("get_weather"), _tool("wire_money")]}

    def forcing(name: str) -> dict[str, Any]:
        return {**body, "tool_choice": {"type": "function", "function": {"name": name}}}

    assert (await call(governed, "/v1/chat/completions", key=key, **forcing("get_weather")))[
        0
    ] == 200
    status, err, _ = await call(governed, "/v1/chat/completions", key=key, **forcing("wire_money"))
    assert (status, err["error"]["code"]) == (400, "tool_call_blocked")
    # a token narrows further: it may only call get_time (not even get_weather)
    status, minted, _ = await call(
        governed, "/auth/tokens", key=key, actions=["chat", "get_time"], models=["chat"]
    )
    token = minted["token"]
    status, err, _ = await call(
        governed, "/v1/chat/completions", key=token, **forcing("get_weather")
    )
    assert (status, err["error"]["code"]) == (400, "tool_call_blocked")
    status, err, _ = await call(governed, "/auth/tokens", key=key, actions=["get_time"])
    assert (status, err["error"]["param"]) == (400, "actions")
    status, err, _ = await call(governed, "/admin/keys", key=MASTER, tools={"max_calls": -1})
    assert (status, err["error"]["param"]) == (400, "tools")
