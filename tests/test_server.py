"""``aire.server``: how a server process stops."""

from __future__ import annotations

import http.client
import json
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

pytestmark = pytest.mark.slow


def _wait_refused(host: str, port: int) -> None:
    """Until the server stops accepting connections: its graceful stop has begun."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), timeout=1).close()
        except OSError:
            return
        time.sleep(0.05)
    raise AssertionError("the server kept accepting connections")


@pytest.mark.parametrize("verb", ["sim", "serve"])
def test_a_second_stop_signal_exits_without_a_traceback(
    verb: str, start_sim: Any, tmp_path: Path
) -> None:
    # The second Ctrl-C (or, under `aire up`, Ctrl-C then its parent's SIGTERM) forces the
    # exit; uvicorn then skipped the app's lifespan shutdown and logged the cancelled
    # lifespan task as an "Exception in 'lifespan' protocol" traceback.
    if verb == "sim":
        args = ["sim", "--port", "0", "--ttft-ms", "0", "--itl-ms", "200"]
    else:
        upstream, _ = start_sim(itl_ms=200)
        cfg = tmp_path / "aire.yaml"
        deployment = {"url": f"{upstream}/v1", "model": "aire-sim"}
        cfg.write_text(
            yaml.safe_dump({"gateway": {"models": {"aire-sim": {"deployments": [deployment]}}}})
        )
        args = ["serve", "-c", str(cfg), "--port", "0"]
    with subprocess.Popen(
        [sys.executable, "-m", "aire", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:
            seen.append(line)
            found = re.search(r"listening on (http://\S+?)(/v1)?\s", line)
            if found:
                break
        else:
            raise AssertionError("no 'listening on' line:\n" + "".join(seen))
        url = urlsplit(found.group(1))
        assert url.hostname is not None
        assert url.port is not None
        # a long stream in flight keeps the server draining after the first signal
        body = {
            "model": "aire-sim",
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 200,
            "ignore_eos": True,
            "stream": True,
        }
        for _ in range(600):  # the sim prints its line just before it serves
            try:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                conn.request(
                    "POST",
                    "/v1/chat/completions",
                    json.dumps(body),
                    {"content-type": "application/json"},
                )
                break
            except ConnectionRefusedError:
                time.sleep(0.05)
        response = conn.getresponse()
        assert response.status == 200
        response.readline()  # the stream has begun
        proc.send_signal(signal.SIGINT)
        _wait_refused(url.hostname, url.port)
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        assert proc.wait(30) == 0
        conn.close()
    assert "Traceback" not in rest
    assert "lifespan" not in rest
