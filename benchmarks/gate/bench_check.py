"""Wall time of ``aire check`` with examples/gate/inference.yml against a healthy
``aire sim`` (a separate process, default latencies): 80 probes at concurrency 8, a
``aire eval`` on 40 questions, a /metrics scrape. Target: under 60 s. Writes RESULTS.md beside it.

    .venv/bin/python benchmarks/gate/bench_check.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AIRE = str(Path(sys.executable).parent / "aire")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    port = free_port()
    sim = subprocess.Popen([AIRE, "sim", "--port", str(port), "--seed", "1"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/health", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        walls, codes = [], []
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.runs):
                t0 = time.perf_counter()
                proc = subprocess.run(
                    [AIRE, "check", "-p", str(ROOT / "examples/gate/inference.yml"),
                     "--out", f"{tmp}/run{i}"],
                    env={**os.environ, "AIRE_TARGET": url}, capture_output=True, text=True,
                )  # fmt: skip
                walls.append(time.perf_counter() - t0)
                codes.append(proc.returncode)
                print(proc.stdout.splitlines()[0], f"{walls[-1]:.2f} s", file=sys.stderr)
    finally:
        sim.terminate()
        sim.wait(10)
    line = (f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {platform.node()} ({os.cpu_count()} cores) "
            f"| {min(walls):.2f} | {sorted(walls)[len(walls) // 2]:.2f} | {max(walls):.2f} "
            f"| {', '.join(map(str, codes))} |")  # fmt: skip
    results = Path(__file__).with_name("RESULTS.md")  # its table of runs is last
    with results.open("a") as f:
        f.write(line + "\n")
    print(line)


if __name__ == "__main__":
    main()
