"""Fixtures of the simulator tests: a simulator in its own process, for timing tests.

A simulator in a thread of the test process shares the GIL with the client, so client
work shows up as server latency; timing tests use a separate process instead.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

AIRE = str(Path(sys.executable).with_name("aire"))


def start_process(*args: str, timeout_s: float = 30.0) -> tuple[subprocess.Popen[bytes], str]:
    """``aire sim --port 0 ARGS``; (process, base URL) once it answers /health."""
    with tempfile.TemporaryFile() as log:  # the child keeps its own handle
        proc = subprocess.Popen([AIRE, "sim", "--port", "0", *args], stderr=log)
        deadline = time.monotonic() + timeout_s
        url = None
        while time.monotonic() < deadline:
            log.seek(0)
            text = log.read()
            if proc.poll() is not None:
                raise RuntimeError(f"aire sim exited {proc.returncode}: {text.decode()}")
            match = re.search(rb"listening on (http://\S+)", text)
            if match:
                url = match.group(1).decode()
                try:
                    with urllib.request.urlopen(f"{url}/health", timeout=1) as resp:
                        if resp.status == 200:
                            return proc, url
                except OSError:
                    pass
            time.sleep(0.05)
        proc.kill()
        proc.wait()
        raise RuntimeError(f"aire sim did not start (url {url})")


@pytest.fixture(scope="module")
def sim_process() -> Iterator[str]:
    """Base URL of a simulator in its own process (seed 1); tests set timing via /admin."""
    proc, url = start_process("--seed", "1")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
