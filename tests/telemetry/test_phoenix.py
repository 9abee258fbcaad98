"""Arize Phoenix (a peer, from its own venv: ``PHOENIX_VENV``, run with ``-m peers``)
receives the gateway's spans over OTLP/HTTP and shows them with the load generator's
trace id, GenAI and OpenInference attributes (its REST API: span kinds CHAIN, LLM,
GUARDRAIL read from ``openinference.span.kind``). It runs offline here.

    python3 -m venv /work/venvs/phoenix && /work/venvs/phoenix/bin/pip install arize-phoenix
    PHOENIX_VENV=/work/venvs/phoenix .venv/bin/pytest -m peers tests/telemetry/test_phoenix.py
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from tests.gateway.helpers import deployment
from tests.slo.conftest import free_port, wait_ready

from aire.config.gateway import GatewayConfig
from aire.config.guard import GuardConfig
from aire.gateway.app import GatewayApp
from aire.load.client import Client
from aire.load.prompts import Prompt
from aire.load.record import RequestRecord
from aire.server import serve_in_thread

pytestmark = pytest.mark.peers


def _spans(base: str, trace_id: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{base}/v1/projects/default/spans?limit=200", timeout=5) as r:
        data = json.loads(r.read())["data"]
    return [s for s in data if s["context"]["trace_id"] == trace_id]


def test_phoenix_shows_the_gateways_spans(start_sim: Callable[..., Any], tmp_path: Path) -> None:
    venv = os.environ.get("PHOENIX_VENV")
    if not venv:
        pytest.skip("PHOENIX_VENV is not set (a venv with arize-phoenix)")
    port, grpc = free_port(), free_port()
    env = {**os.environ, "PHOENIX_WORKING_DIR": str(tmp_path), "PHOENIX_PORT": str(port),
           "PHOENIX_GRPC_PORT": str(grpc), "PHOENIX_HOST": "127.0.0.1"}  # fmt: skip
    sim, _ = start_sim()
    with ExitStack() as stack:
        log = stack.enter_context((tmp_path / "phoenix.log").open("w"))
        proc = subprocess.Popen(
            [f"{venv}/bin/phoenix", "serve"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        stack.callback(lambda: (proc.terminate(), proc.wait(20)))
        base = f"http://127.0.0.1:{port}"
        wait_ready(base + "/v1/projects", timeout_s=90)
        config = GatewayConfig.model_validate(
            {
                "models": {"chat": {"deployments": [deployment(sim, "s")]}},
                "guard_policy": "default",
                "health": {"enabled": False},
                "log_requests": False,
                "tracing": {"enabled": True, "endpoint": base, "export_interval_ms": 50},
            }
        )
        url = stack.enter_context(serve_in_thread(GatewayApp(config, GuardConfig())))
        rec = RequestRecord(0, 0.0)
        body = b'{"model":"chat","messages":[{"role":"user","content":"hi"}],"max_tokens":5}'

        async def send() -> None:
            async with Client(f"{url}/v1/chat/completions", stream=False) as client:
                await client.send(Prompt(body=body, input_tokens=1, max_tokens=5), rec)

        asyncio.run(send())
        assert rec.ok
        assert rec.trace_id
        deadline = time.monotonic() + 30
        spans = _spans(base, rec.trace_id)
        while len(spans) < 4 and time.monotonic() < deadline:
            time.sleep(0.5)
            spans = _spans(base, rec.trace_id)
    kinds = {s["span_kind"]: s for s in spans}
    assert set(kinds) >= {"CHAIN", "LLM", "GUARDRAIL"}
    root, llm = kinds["CHAIN"], kinds["LLM"]
    assert root["parent_id"]  # the load generator's span
    assert llm["parent_id"] == root["context"]["span_id"]
    assert llm["attributes"]["gen_ai.system"] == "openai"
    assert llm["attributes"]["llm.model_name"] == "aire-sim"
    assert llm["attributes"]["gen_ai.usage.output_tokens"] > 0
