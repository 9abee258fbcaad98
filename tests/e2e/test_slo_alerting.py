"""Acceptance, end to end and bounded in time: ``aire sim --degrade refusal:0.9`` behind
the gateway, a real Prometheus scraping the gateway with the rules of ``aire slo
generate`` on short test windows (a 12 h period: the page pair is 5 s and 1 min), a real
Alertmanager delivering to a webhook in this test. The refusal-rate SLO's page alert
arrives while availability stays at 100%."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.slo.conftest import api, free_port, require, start_prometheus, wait_ready

from aire.cli.main import main
from aire.config.gateway import GatewayConfig
from aire.gateway.app import GatewayApp
from aire.server import serve_in_thread

__all__ = ["start_prometheus"]

SPEC = """\
version: aire/v1
service: chat
selector: 'job="aire-gateway"'
slos:
  - name: availability
    objective: 99.9
    sli: {kind: availability, alias: chat}
  - name: refusals
    objective: 98
    sli: {kind: quality, signal: refusal, alias: chat}
"""


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            received.append(json.loads(body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/alerts", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def alertmanager(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    binary = require("prometheus-alertmanager")
    with ExitStack() as stack:

        def start(webhook_url: str) -> str:
            port = free_port()
            config = {
                "route": {
                    "receiver": "test",
                    "group_by": ["alertname", "sloth_severity"],
                    "group_wait": "1s",
                    "group_interval": "1s",
                    "repeat_interval": "1h",
                },
                "receivers": [
                    {
                        "name": "test",
                        "webhook_configs": [{"url": webhook_url, "send_resolved": False}],
                    }
                ],
            }
            (tmp_path / "am.yml").write_text(yaml.safe_dump(config))
            log = (tmp_path / "am.log").open("w")
            proc = subprocess.Popen(
                [
                    binary,
                    f"--config.file={tmp_path / 'am.yml'}",
                    f"--storage.path={tmp_path / 'am-data'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                    "--cluster.listen-address=",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            stack.callback(lambda: (proc.terminate(), proc.wait(10), log.close()))
            wait_ready(f"http://127.0.0.1:{port}/-/ready")
            return f"127.0.0.1:{port}"

        yield start


@pytest.mark.acceptance
def test_refusal_page_arrives_while_availability_is_100(
    tmp_path: Path,
    start_prometheus: Callable[..., str],
    alertmanager: Callable[[str], str],
    webhook: tuple[str, list[dict[str, Any]]],
) -> None:
    webhook_url, received = webhook
    spec = tmp_path / "slo.yml"
    spec.write_text(SPEC)
    rules = tmp_path / "rules.yml"
    args = ["slo", "generate", str(spec), "-o", str(rules), "--test-period", "12h"]
    assert main([*args, "--min-events", "20", "--no-absent-alerts"]) == 0
    assert main(["slo", "validate", str(rules)]) == 0

    sim_port = free_port()
    with ExitStack() as stack:
        sim = subprocess.Popen(
            [str(Path(sys.executable).parent / "aire"), "sim", "--port", str(sim_port),
             "--ttft-ms", "0", "--itl-ms", "0", "--degrade", "refusal:0.9"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        stack.callback(lambda: (sim.terminate(), sim.wait(10)))
        wait_ready(f"http://127.0.0.1:{sim_port}/health")
        config = GatewayConfig.model_validate(
            {
                "models": {
                    "chat": {"deployments": [{"url": f"http://127.0.0.1:{sim_port}/v1",
                                              "model": "aire-sim", "name": "sim-1"}]}
                },
                "health": {"enabled": False},
                "log_requests": False,
            }
        )  # fmt: skip
        gateway = stack.enter_context(serve_in_thread(GatewayApp(config)))
        target = gateway.removeprefix("http://")
        am = alertmanager(webhook_url)
        prom = start_prometheus([rules], targets={"aire-gateway": [target]}, alertmanager=am)

        question = {"role": "user", "content": "Explain error budgets briefly."}
        body = {"model": "chat", "max_tokens": 40, "messages": [question]}
        statuses: list[int] = []
        deadline = time.monotonic() + 90
        data = json.dumps(body).encode()
        while not _page(received) and time.monotonic() < deadline:
            for _ in range(10):
                statuses.append(_post(f"{gateway}/v1/chat/completions", data))
            time.sleep(0.1)
        pages = _page(received)
        assert pages, f"no page alert within 90 s; Alertmanager got {received}"
        availability = api(
            prom,
            "/api/v1/query?query=slo:sli_error:ratio_rate1m%7Bsloth_slo%3D%22availability%22%7D",
        )
        firing = api(prom, "/api/v1/query?" + urllib.parse.urlencode({"query": "ALERTS"}))

    assert set(statuses) == {200}  # every answer was a 200: available, yet refusing
    labels = pages[0]["labels"]
    assert labels["alertname"] == "ChatRefusalsErrorBudgetBurn"
    assert labels["sloth_slo"] == "refusals"
    assert pages[0]["annotations"]["runbook_url"].endswith("slo-quality.md#page")
    (avail,) = availability["data"]["result"]
    assert float(avail["value"][1]) == 0.0
    names = {a["metric"]["alertname"] for a in firing["data"]["result"]}
    assert "ChatAvailabilityErrorBudgetBurn" not in names


def _post(url: str, data: bytes) -> int:
    req = urllib.request.Request(url, data, {"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _page(received: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        a
        for msg in received
        for a in msg.get("alerts", [])
        if a["labels"].get("sloth_severity") == "page"
    ]
