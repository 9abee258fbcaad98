"""Side-by-side throughput of ``aire sim`` against the ceilings of a Python server here.

    flock /tmp/aire-bench.lock .venv/bin/python benchmarks/sim/bench.py [--rounds 5] [--seconds 5]

Every server runs with latency zero on one core (``taskset -c 0``); ``wrk`` drives it from
the other core (``taskset -c 1``), 1 thread, 32 connections. Two workloads:

- ``chat``: non-streaming chat completion, ``max_tokens`` 16 (requests/s);
- ``stream``: streamed chat completion, ``max_tokens`` 128 with ``ignore_eos``
  (tokens/s = requests/s x 128).

The ceilings answer with the bytes the simulator sent for the same request, captured at
start: a raw ASGI app and a Starlette route on uvicorn (httptools, uvloop), and
aiohttp.web on uvloop. Rounds interleave the servers so drift on the machine hits all of
them alike; the medians over the rounds are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON = sys.executable
SERVER_CPU, CLIENT_CPU = "0", "1"
STREAM_TOKENS = 128

WORKLOADS = {
    "chat": {
        "model": "aire-sim",
        "messages": [{"role": "user", "content": "Say hello to the benchmark."}],
        "max_tokens": 16,
    },
    "stream": {
        "model": "aire-sim",
        "messages": [{"role": "user", "content": "Say hello to the benchmark."}],
        "max_tokens": STREAM_TOKENS,
        "ignore_eos": True,
        "stream": True,
    },
}
LUA = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{body}]]
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(port: int, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"server on port {port} did not start")


def post(port: int, body: dict[str, object]) -> tuple[bytes, str]:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.read(), resp.headers["Content-Type"]


def pinned(cmd: list[str], cpu: str) -> list[str]:
    return ["taskset", "-c", cpu, *cmd]


def start(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(pinned(cmd, SERVER_CPU), cwd=ROOT, stdout=subprocess.DEVNULL)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(port: int, lua: Path, seconds: float, connections: int, pid: int) -> tuple[float, float]:
    """(requests/s, requests per CPU-second of the server) of one wrk run."""
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "-s", str(lua), url]
    cpu0 = cpu_seconds(pid)
    out = subprocess.run(pinned(cmd, CLIENT_CPU), capture_output=True, text=True, check=True)
    cpu = cpu_seconds(pid) - cpu0
    if "Non-2xx" in out.stdout or "Socket errors" in out.stdout:
        raise RuntimeError(f"wrk saw errors on port {port}:\n{out.stdout}")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)
    total = re.search(r"(\d+) requests in", out.stdout)
    if rate is None or total is None:
        raise RuntimeError(f"no request count in wrk output:\n{out.stdout}")
    return float(rate.group(1)), int(total.group(1)) / max(cpu, 1e-9)


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()

    procs: list[subprocess.Popen[bytes]] = []
    tmp = Path(tempfile.mkdtemp(prefix="aire-bench-"))
    # server -> workload -> (port, pid)
    servers: dict[str, dict[str, tuple[int, int]]] = {"aire sim": {}}
    luas: dict[str, Path] = {}
    rates: dict[str, dict[str, list[float]]] = {}
    per_cpu: dict[str, dict[str, list[float]]] = {}
    try:
        sim_port = free_port()
        aire = str(Path(PYTHON).with_name("aire"))
        zero = ["--ttft-ms", "0", "--prefill-ms-per-token", "0", "--itl-ms", "0"]
        sim = start([aire, "sim", "--port", str(sim_port), "--seed", "1", *zero])
        procs.append(sim)
        wait_up(sim_port)
        for name, body in WORKLOADS.items():
            payload, ctype = post(sim_port, body)
            if name == "stream":
                assert payload.count(b"data: ") == STREAM_TOKENS + 3, "unexpected stream shape"
            body_file = tmp / f"{name}.body"
            body_file.write_bytes(payload)
            luas[name] = tmp / f"{name}.lua"
            luas[name].write_text(LUA.format(body=json.dumps(body)))
            servers["aire sim"][name] = (sim_port, sim.pid)
            for kind in ("asgi", "starlette", "aiohttp"):
                port = free_port()
                cmd = [PYTHON, str(HERE / "ceilings.py"), kind, str(port), str(body_file), ctype]
                proc = start(cmd)
                procs.append(proc)
                servers.setdefault(f"ceiling: {kind}", {})[name] = (port, proc.pid)
        for ports in servers.values():
            for port, _ in ports.values():
                wait_up(port)

        for name in WORKLOADS:  # warm-up
            for ports in servers.values():
                port, pid = ports[name]
                wrk(port, luas[name], 1, args.connections, pid)
        rates = {s: {w: [] for w in WORKLOADS} for s in servers}
        per_cpu = {s: {w: [] for w in WORKLOADS} for s in servers}
        for round_no in range(args.rounds):
            for name in WORKLOADS:
                for server, ports in servers.items():
                    port, pid = ports[name]
                    rate, efficiency = wrk(port, luas[name], args.seconds, args.connections, pid)
                    rates[server][name].append(rate)
                    per_cpu[server][name].append(efficiency)
            print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)

    def medians(table: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
        return {s: {w: statistics.median(v) for w, v in r.items()} for s, r in table.items()}

    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}; python {sys.version.split()[0]}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"rounds: {args.rounds} x {args.seconds:g} s, wrk -t1 -c{args.connections}")
    for title, table in (("wall clock", medians(rates)), ("per CPU-second", medians(per_cpu))):
        sim_row = table["aire sim"]
        print(f"\n{title}:\n")
        print("| server | chat req/s | sim / this | stream tokens/s | sim / this |")
        print("|---|---:|---:|---:|---:|")
        for server, row in table.items():
            chat, tokens = row["chat"], row["stream"] * STREAM_TOKENS
            vs_chat = "" if server == "aire sim" else f"{sim_row['chat'] / row['chat']:.0%}"
            vs_stream = "" if server == "aire sim" else f"{sim_row['stream'] / row['stream']:.0%}"
            print(f"| {server} | {chat:,.0f} | {vs_chat} | {tokens:,.0f} | {vs_stream} |")
    print("\nmedian over rounds of sim / ceiling, each round's runs back to back:\n")
    print("| ceiling | chat (wall) | chat (CPU) | stream (wall) | stream (CPU) |")
    print("|---|---:|---:|---:|---:|")
    for server in servers:
        if server == "aire sim":
            continue
        cells = []
        for name in WORKLOADS:
            for table in (rates, per_cpu):
                ratios = [
                    a / b for a, b in zip(table["aire sim"][name], table[server][name], strict=True)
                ]
                cells.append(f"{statistics.median(ratios):.0%}")
        print(f"| {server.removeprefix('ceiling: ')} | {' | '.join(cells)} |")
    if args.json:
        args.json.write_text(json.dumps({"req_per_s": rates, "req_per_cpu_s": per_cpu}, indent=2))


if __name__ == "__main__":
    main()
