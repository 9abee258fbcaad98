"""The observability check tells "no such metrics" (FAIL) from "nothing answered" (ERROR)."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aire.errors import GateRunError
from aire.gate.checks.observability import run
from aire.gate.runner import run_checks


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _NoMetrics(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def no_metrics() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NoMetrics)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_target_that_does_not_answer_is_an_error_not_a_failure(make: Any) -> None:
    port = _closed_port()
    profile, ctx = make(
        target={"url": f"http://127.0.0.1:{port}"},
        observability={"required_series": ["vllm:num_requests_waiting"]},
    )
    with pytest.raises(GateRunError, match=rf"cannot reach http://127.0.0.1:{port}/metrics"):
        run(profile, ctx)


def test_the_runner_reports_it_as_error(make: Any, tmp_path: Path) -> None:
    profile, ctx = make(
        target={"url": f"http://127.0.0.1:{_closed_port()}"},
        checks=["observability"],
        observability={"required_series": ["vllm:num_requests_waiting"]},
    )
    gate = run_checks(profile, ctx, tmp_path / "profile.yml")
    (check,) = [c for c in gate.results if c.name == "observability"]
    assert check.status == "ERROR"
    assert "cannot reach" in check.summary
    assert gate.verdict == "ERROR"


def test_a_target_without_metrics_still_fails(make: Any, no_metrics: str) -> None:
    profile, ctx = make(
        target={"url": no_metrics},
        observability={"required_series": ["vllm:num_requests_waiting"]},
    )
    r = run(profile, ctx)
    assert r.status == "FAIL"
    assert "HTTP Error 404" in r.summary
