"""A real Prometheus (Debian package ``prometheus``) for the SLO tests, bounded in time."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml


def require(tool: str) -> str:
    """The tool's path; skip without it, but fail under CI (.ci/run installs it)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} missing: Debian packages prometheus, prometheus-alertmanager"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not become ready in {timeout_s} s")


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=5) as r:
        return json.loads(r.read())


@pytest.fixture
def start_prometheus(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """``url = start_prometheus(rule_files=[...], targets={job: [host:port]},
    alertmanager="host:port")``; scrapes and evaluates every second; killed at teardown."""
    prometheus = require("prometheus")
    with ExitStack() as stack:

        def start(
            rule_files: list[Path],
            targets: dict[str, list[str]] | None = None,
            alertmanager: str | None = None,
            interval: str = "1s",
        ) -> str:
            port = free_port()
            config: dict[str, Any] = {
                "global": {"scrape_interval": interval, "evaluation_interval": interval},
                "rule_files": [str(p) for p in rule_files],
                "scrape_configs": [
                    {"job_name": job, "static_configs": [{"targets": t}]}
                    for job, t in (targets or {"prometheus": [f"127.0.0.1:{port}"]}).items()
                ],
            }
            if alertmanager:
                config["alerting"] = {
                    "alertmanagers": [{"static_configs": [{"targets": [alertmanager]}]}]
                }
            home = tmp_path / f"prom-{port}"
            home.mkdir()
            (home / "prometheus.yml").write_text(yaml.safe_dump(config))
            log = (home / "log").open("w")
            proc = subprocess.Popen(
                [
                    prometheus,
                    f"--config.file={home / 'prometheus.yml'}",
                    f"--storage.tsdb.path={home / 'data'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )

            def stop() -> None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                log.close()

            stack.callback(stop)
            url = f"http://127.0.0.1:{port}"
            wait_ready(url + "/-/ready")
            return url

        yield start
