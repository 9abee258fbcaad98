"""The audit observer: one record per request from a real gateway, verified by the CLI;
what a record holds (and never holds: keys, matched values, raw prompts)."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.helpers import chat, ctx, deployment

from aire.cli.main import main
from aire.config.audit import AuditConfig
from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.app import GatewayApp
from aire.gateway.context import RequestContext
from aire.gateway.observers.audit import AuditObserver, audit_record
from aire.server import serve_in_thread

KEY = "audit-test-key-0123456789abcdef"
SECRET = "AKIA4J7QX2M9PLR3ZT6W"
EMAIL = "jane.doe@example.com"
POLICY = {
    "input": [
        {"scanner": "secrets", "action": "block"},
        {"scanner": "pii", "action": "redact", "redact": "mask"},
    ],
    "output": [],
}


class AuditedGateway(GatewayApp):
    """The gateway with the audit observer started and closed with it (what app.py will
    do once the audit section is wired in)."""

    def __init__(self, config: GatewayConfig, guard: GuardConfig, audit: AuditObserver) -> None:
        super().__init__(config, guard, observers=[audit])
        self.audit = audit

    async def startup(self) -> None:
        await super().startup()
        await self.audit.start()

    async def shutdown(self) -> None:
        await super().shutdown()
        await self.audit.aclose()


async def post(url: str, body: dict[str, Any], request_id: str) -> tuple[int, bytes]:
    async with (
        aiohttp.ClientSession() as s,
        s.post(f"{url}/v1/chat/completions", json=body, headers={"x-request-id": request_id}) as r,
    ):
        return r.status, await r.read()


def rows(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT body FROM aire_audit_records ORDER BY seq").fetchall()
    return [orjson.loads(body) for (body,) in found]


@pytest.mark.slow
def test_a_real_gateway_writes_one_record_per_request_and_verify_agrees(
    start_sim: Any, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    sim, _ = start_sim(mode="echo")
    db = tmp_path / "audit.db"
    config_file = tmp_path / "aire.yaml"
    config_file.write_text(
        f"audit:\n  dsn: sqlite:///{db}\n  hmac_key: {KEY}\n  content: redacted\n"
        f"  spool_dir: {tmp_path / 'spool'}\n  flush_ms: 20\n"
    )
    audit = AuditObserver.from_config(AuditConfig(hmac_key=KEY, dsn=f"sqlite:///{db}",  # type: ignore[arg-type]
                                                  content="redacted", flush_ms=20,
                                                  spool_dir=tmp_path / "spool"))  # fmt: skip
    gateway = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "health": {"enabled": False},
            "models": {
                "chat": {"deployments": [deployment(sim, "s-open")]},
                "strict": {"guard": "strict", "deployments": [deployment(sim, "s-strict")]},
            },
        }
    )
    guard = GuardConfig.model_validate({"default_policy": "strict", "policies": {"strict": POLICY}})
    app = AuditedGateway(gateway, guard, audit)

    async def traffic(url: str) -> list[tuple[int, bytes]]:
        calls = [post(url, chat(f"hello {i}", stream=i % 2 == 1), f"ok-{i}") for i in range(20)]
        calls.append(post(url, {**chat(), "model": "nope"}, "unknown-model"))
        calls.append(post(url, {**chat(f"key {SECRET}"), "model": "strict"}, "blocked"))
        calls.append(post(url, {**chat(f"mail {EMAIL}"), "model": "strict"}, "redacted"))
        return await asyncio.gather(*calls)

    with serve_in_thread(app) as url:
        answers = asyncio.run(traffic(url))
    assert [status for status, _ in answers] == [200] * 20 + [404, 400, 200]

    records = {r["request_id"]: r for r in rows(db)}
    assert len(records) == 23  # one per request, failures included; all flushed at shutdown
    ok = records["ok-3"]
    assert (ok["alias"], ok["deployment"], ok["status"], ok["stream"]) == (
        "chat", "s-open", 200, True
    )  # fmt: skip
    assert ok["attempts"] == 1
    assert ok["prompt_tokens"] > 0
    assert ok["completion_tokens"] > 0
    assert ok["ttft_ms"] is not None
    assert ok["content"] is None  # no guard policy: no content, ever
    assert (records["unknown-model"]["status"], records["unknown-model"]["error_code"]) == (
        404, "model_not_found"
    )  # fmt: skip
    blocked = records["blocked"]
    assert (blocked["status"], blocked["error_code"]) == (400, "guard_blocked")
    assert blocked["content"] is None  # the input scan did not complete: raw text stays out
    redacted = records["redacted"]["content"]["prompt"]
    assert EMAIL not in str(redacted)
    assert "mail" in str(redacted)
    raw = db.read_bytes() + b"".join(p.read_bytes() for p in db.parent.glob("audit.db-*"))
    assert SECRET.encode() not in raw
    assert EMAIL.encode() not in raw

    assert main(["audit", "verify", "-c", str(config_file), "--strict"]) == 0
    assert "OK: 1 chain(s), 23 records intact" in capfd.readouterr().out

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE aire_audit_records SET body = replace(body, '\"status\":400',"
                     " '\"status\":200') WHERE request_id = 'blocked'")  # fmt: skip
    seq = next(r["seq"] for r in rows(db) if r["request_id"] == "blocked")
    assert main(["audit", "verify", "-c", str(config_file)]) == 1
    assert f"seq {seq}: MAC does not match" in capfd.readouterr().err


@dataclass
class Principal:
    key_id: str
    team: str
    key: str = "sk-the-secret-key"


@dataclass
class Found:
    kind: str
    scanner: str
    action: str
    value: str = "the matched secret"


class GovernedContext(RequestContext):
    """A context with the fields the governance stages will add (no __slots__: a dict)."""


def test_the_record_of_a_governed_request_holds_references_not_secrets() -> None:
    c = GovernedContext("req-1", [], "chat")
    c.principal = Principal("key_123", "search")
    c.alias, c.deployment, c.status, c.requested_model = "chat", "d1", 200, "chat"
    c.cost_usd = 0.0012  # type: ignore[attr-defined]
    c.guard_findings = [Found("email", "pii", "redact")]  # type: ignore[attr-defined]
    c.tool_calls = [{"name": "refund", "verdict": "blocked", "arguments": {"amount": 500}}]  # type: ignore[attr-defined]
    c.cache = "miss"
    record = audit_record(c)
    assert record["principal"] == {"key_id": "key_123", "team": "search"}
    assert record["cost_usd"] == 0.0012
    assert record["guard_findings"] == [{"kind": "email", "scanner": "pii", "action": "redact"}]
    assert record["tool_calls"] == [{"name": "refund", "verdict": "blocked"}]
    assert record["cache"] == "miss"
    text = orjson.dumps(record).decode()
    assert "sk-the-secret-key" not in text
    assert "the matched secret" not in text
    assert "500" not in text
    assert "content" not in record


def test_the_record_of_an_anonymous_request_that_reached_no_upstream() -> None:
    record = audit_record(ctx())
    assert record["principal"] is None
    assert record["cost_usd"] == 0.0
    assert (record["guard_findings"], record["tool_calls"]) == ([], [])
    assert audit_record(ctx(), content=True)["content"] is None  # no guard ran


async def test_on_settle_only_queues(tmp_path: Path) -> None:
    observer = AuditObserver.from_config(
        AuditConfig(hmac_key=KEY, dsn=f"sqlite:///{tmp_path}/a.db", spool_dir=tmp_path / "s")  # type: ignore[arg-type]
    )
    observer.on_settle(ctx())
    assert observer.writer.stats.submitted == 1
    assert not (tmp_path / "a.db").exists() or observer.writer.stats.written == 0
    await observer.aclose()
    assert observer.writer.stats.written == 1
