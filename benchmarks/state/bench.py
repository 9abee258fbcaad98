"""Round-trip latency of the shared-state stores, side by side in one run.

    .venv/bin/python benchmarks/state/bench.py [--ops 20000] [--rounds 5] [--out FILE]

Measured, each from a client on uvloop in this process (as a gateway worker):

- ``host``: the supervisor's memory store over its Unix socket (``HostStore`` ->
  ``HostStoreServer`` in another process, its loop in a background thread, as
  ``aire serve --workers N`` runs it);
- ``memory``: the in-process ``MemoryStore`` (one worker: no round trip at all);
- ``redis``: ``RedisStore`` on the machine's Redis at 127.0.0.1:6379 (the Lua take by
  EVALSHA, redis-py asyncio), the peer a host store could have been;
- ``failover(...)``: the same behind ``FailoverStore`` (what the gateway calls);
- ``outage``: ``FailoverStore`` answering while its Redis is unreachable (after the
  first failure, no call waits on the store); and the cost of that first call, which
  finds the outage (a fresh store each time, 200 times).

Latency: sequential ``take`` calls, one at a time (p50/p90/p99 in microseconds), per
round; the table shows the median over rounds of each percentile. Throughput: 64 takes
in flight on one client (pipelined on one connection for ``host``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
import uvloop

from aire.state.base import Store
from aire.state.failover import FailoverStore
from aire.state.host_client import HostStore
from aire.state.memory import MemoryStore
from aire.state.metrics import StateMetrics
from aire.state.redis_store import RedisStore

REDIS_URL = "redis://127.0.0.1:6379/0"
SERVER = (
    "import sys; from aire.state.host_server import HostStoreServer; "
    "s = HostStoreServer().start(); print(s.path, flush=True); sys.stdin.read(); s.stop()"
)


def percentile(sorted_ns: list[int], q: float) -> float:
    return sorted_ns[min(len(sorted_ns) - 1, int(len(sorted_ns) * q))] / 1000


async def latency(store: Store, key: str, ops: int) -> dict[str, float]:
    for _ in range(500):  # warm-up: connections, script cache
        await store.take(key, 1, 1 << 60, 3600)
    samples = []
    clock = time.perf_counter_ns
    for _ in range(ops):
        start = clock()
        await store.take(key, 1, 1 << 60, 3600)
        samples.append(clock() - start)
    samples.sort()
    return {"p50_us": percentile(samples, 0.5), "p90_us": percentile(samples, 0.9),
            "p99_us": percentile(samples, 0.99)}  # fmt: skip


async def throughput(store: Store, key: str, ops: int, in_flight: int = 64) -> float:
    async def worker(n: int) -> None:
        for _ in range(n):
            await store.take(key, 1, 1 << 60, 3600)

    start = time.perf_counter()
    await asyncio.gather(*(worker(ops // in_flight) for _ in range(in_flight)))
    return (ops // in_flight) * in_flight / (time.perf_counter() - start)


async def detection(metrics: StateMetrics, tries: int = 200) -> dict[str, float]:
    """The first call to a Redis that refuses connections: what discovering an outage
    costs the one request that does (every later one answers at once)."""
    samples = []
    for _ in range(tries):
        store = FailoverStore(
            RedisStore(dead_redis_url()), backend="d", retry_interval_s=3600, metrics=metrics
        )
        start = time.perf_counter_ns()
        await store.take("k", 1, 1, 60)
        samples.append(time.perf_counter_ns() - start)
        await store.aclose()
    samples.sort()
    return {"p50_us": percentile(samples, 0.5), "p90_us": percentile(samples, 0.9),
            "p99_us": percentile(samples, 0.99)}  # fmt: skip


def dead_redis_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"redis://127.0.0.1:{s.getsockname()[1]}/0"


async def run(args: argparse.Namespace, socket_path: str) -> dict[str, Any]:
    prefix = f"aire-bench:{secrets.token_hex(4)}:"
    metrics = StateMetrics()
    makers: dict[str, Callable[[], Store]] = {
        "memory": MemoryStore,
        "failover(memory)": lambda: FailoverStore(MemoryStore(), backend="m", metrics=metrics),
        "host": lambda: HostStore(socket_path),
        "failover(host)": lambda: FailoverStore(
            HostStore(socket_path), backend="h", metrics=metrics
        ),
        "redis": lambda: RedisStore(REDIS_URL, key_prefix=prefix),
        "failover(redis)": lambda: FailoverStore(
            RedisStore(REDIS_URL, key_prefix=prefix), backend="r", metrics=metrics
        ),
        "outage": lambda: FailoverStore(
            RedisStore(dead_redis_url()), backend="d", retry_interval_s=3600, metrics=metrics
        ),
    }
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in makers}
    rates: dict[str, list[float]] = {name: [] for name in makers}
    for _ in range(args.rounds):
        for name, make in makers.items():
            store = make()
            try:
                rounds[name].append(await latency(store, f"lat:{name}", args.ops))
                rates[name].append(await throughput(store, f"tput:{name}", args.ops))
            finally:
                await store.aclose()
    found = await detection(metrics)
    cleanup = redis.Redis.from_url(REDIS_URL)
    keys = list(cleanup.scan_iter(match=prefix + "*"))
    if keys:
        cleanup.delete(*keys)
    cleanup.close()
    out: dict[str, Any] = {}
    for name in makers:
        out[name] = {
            q: statistics.median(r[q] for r in rounds[name]) for q in ("p50_us", "p90_us", "p99_us")
        }
        out[name]["takes_per_s"] = statistics.median(rates[name])
        out[name]["rounds"] = rounds[name]
    out["outage, 1st call"] = {**found, "takes_per_s": None}
    return out


def machine() -> dict[str, Any]:
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )  # fmt: skip
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "loadavg_before": os.getloadavg(),
        "redis_server": subprocess.run(
            ["redis-server", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ops", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.getLogger("aire.state").setLevel(logging.ERROR)  # the outage case's warning
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip
    assert server.stdout is not None
    assert server.stdin is not None
    path = server.stdout.readline().strip()
    info = machine()
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    try:
        results = uvloop.run(run(args, path))
    finally:
        server.stdin.close()
        server.wait(10)
    info["loadavg_after"] = os.getloadavg()
    report = {"started": started, "machine": info, "ops": args.ops, "rounds": args.rounds,
              "results": results}  # fmt: skip
    print(f"{'store':<18} {'p50 us':>8} {'p90 us':>8} {'p99 us':>8} {'takes/s (64 in flight)':>24}")
    for name, r in results.items():
        rate = "-" if r["takes_per_s"] is None else f"{r['takes_per_s']:,.0f}"
        print(f"{name:<18} {r['p50_us']:>8.1f} {r['p90_us']:>8.1f} {r['p99_us']:>8.1f} {rate:>24}")
    if args.out is not None:
        args.out.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
