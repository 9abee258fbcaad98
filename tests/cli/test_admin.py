"""``aire keys|tokens|spend`` against a real gateway (its admin API)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest
from tests.gateway.conftest import StartGateway, start_gateway
from tests.gateway.helpers import chat, deployment
from tests.gateway.test_governance import MASTER, call

from aire.cli.main import main

__all__ = ["start_gateway"]  # the gateway fixture, used here too


@pytest.fixture
def gw(start_sim: Any, start_gateway: StartGateway, tmp_path: Path) -> str:
    sim, _ = start_sim(mode="echo")
    url, _ = start_gateway(
        auth={"master_key": MASTER, "keys_dsn": f"sqlite:///{tmp_path}/keys.db"},
        models={"chat": {"deployments": [deployment(sim, "s", price={"input": 1, "output": 1})]}},
    )
    return url


def test_create_list_use_revoke(gw: str, capsys: pytest.CaptureFixture[str]) -> None:
    common = ["--url", gw, "--master-key", MASTER]
    assert main(["keys", "create", *common, "--team", "blue", "--rpm", "5", "--model", "chat"]) == 0
    key = capsys.readouterr().out.strip()
    assert key.startswith("sk-aire-")
    key_id = key.split("-")[2]
    assert main(["keys", "list", *common]) == 0
    listed = capsys.readouterr().out
    assert key_id in listed
    assert "team=blue" in listed
    assert "rpm=5" in listed
    assert key not in listed
    assert (asyncio.run(call(gw, "/v1/chat/completions", key=key, **chat())))[0] == 200
    assert main(["tokens", "mint", "--url", gw, "--key", key, "--model", "chat", "--json"]) == 0
    token = orjson.loads(capsys.readouterr().out)["token"]
    assert (asyncio.run(call(gw, "/v1/chat/completions", key=token, **chat())))[0] == 200
    assert main(["spend", *common]) == 0
    assert f"key {key_id}" in capsys.readouterr().out
    assert main(["keys", "revoke", *common, key_id]) == 0
    capsys.readouterr()
    status, body, _ = asyncio.run(call(gw, "/v1/chat/completions", key=token, **chat()))
    assert (status, body["error"]["code"]) == (401, "key_revoked")


def test_mistakes_exit_2_and_an_absent_gateway_3(
    gw: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AIRE_MASTER_KEY", raising=False)
    assert main(["keys", "list", "--url", gw]) == 2
    assert "no master key" in capsys.readouterr().err
    assert main(["keys", "list", "--url", gw, "--master-key", "wrong-key-0123456789"]) == 2
    assert "master key" in capsys.readouterr().err
    assert main(["keys", "revoke", "--url", gw, "--master-key", MASTER, "nope"]) == 2
    assert "no key" in capsys.readouterr().err
    assert main(["keys", "list", "--url", "http://127.0.0.1:9", "--master-key", MASTER]) == 3
    err = capsys.readouterr().err
    assert "cannot reach" in err
    assert "Traceback" not in err
