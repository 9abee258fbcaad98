"""CPU per upstream call of each gateway client (``aire.gateway.clients``), side by side.

One zero-latency `aire sim` on core 1; this process on core 0 calls it through the
gateway's OpenAI provider, as a deployment does, with each client in turn (rotating
order, several rounds): ``--calls`` sequential calls each, non-streamed and streamed (16
tokens). CPU time of this process per call is the client's cost plus the provider's, which
is the same for all. ``http1`` is the default; ``httpx`` serves proxy and HTTP/2 settings.

    flock /tmp/aire-bench.lock .venv/bin/python benchmarks/gateway/clients.py

Takes /tmp/aire-bench.lock itself (also fine under ``flock``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvloop
from procs import Server, bench_lock, free_port, machine, wait_quiet

from aire.config.gateway import TimeoutsConfig
from aire.gateway.clients import CLIENTS, ClientSettings
from aire.gateway.providers import PROVIDERS, UpstreamRequest
from aire.gateway.transport import Transport

HERE = Path(__file__).resolve().parent
AIRE = str(HERE.parents[1] / ".venv" / "bin" / "aire")
CLIENT_CORE, SIM_CORE = 0, 1
TIMEOUTS = TimeoutsConfig()


def _request(stream: bool) -> UpstreamRequest:
    return UpstreamRequest(
        endpoint="chat",
        body={"messages": [{"role": "user", "content": "hello"}], "max_tokens": 16},
        model="aire-sim",
        stream=stream,
        include_usage=False,
        timeouts=TIMEOUTS,
        request_id="bench",
        deadline=asyncio.get_running_loop().time() + 60,
    )


async def _measure(client: str, base_url: str, calls: int, stream: bool) -> dict[str, float]:
    transport = Transport()
    upstream = transport.upstream(base_url, ClientSettings(client=client))
    provider = PROVIDERS.get("openai")(upstream, base_url=base_url, api_key=None, headers={})
    try:
        for _ in range(50):  # warm-up: connection, caches
            await _call(provider, stream)
        walls = []
        cpu0 = time.process_time()
        for _ in range(calls):
            t0 = time.perf_counter()
            await _call(provider, stream)
            walls.append(time.perf_counter() - t0)
        cpu = time.process_time() - cpu0
    finally:
        await transport.aclose()
    walls.sort()
    return {
        "cpu_us_per_call": round(1e6 * cpu / calls, 1),
        "wall_p50_us": round(1e6 * statistics.median(walls), 1),
        "wall_p99_us": round(1e6 * walls[int(0.99 * (len(walls) - 1))], 1),
    }


async def _call(provider: Any, stream: bool) -> None:
    if not stream:
        await provider.complete(_request(False))
        return
    async for _ in await provider.open_stream(_request(True)):
        pass


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=3000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--out", type=Path, default=HERE / "results" / "clients.json")
    args = p.parse_args()
    os.sched_setaffinity(0, {CLIENT_CORE})
    port = free_port()
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server(
        "sim",
        [AIRE, "sim", "--port", str(port), *zero],
        SIM_CORE,
        f"http://127.0.0.1:{port}/health",
        HERE / "results" / "logs" / "clients-sim.log",
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    names = CLIENTS.names()
    runs: list[dict[str, Any]] = []
    with bench_lock():
        busy = wait_quiet((CLIENT_CORE, SIM_CORE), below=0.1, timeout_s=300)
        sim.start()
        try:
            sim.wait_ready()
            for r in range(args.rounds):
                for name in names[r % len(names) :] + names[: r % len(names)]:
                    for stream in (False, True):
                        got = uvloop.run(_measure(name, base_url, args.calls, stream))
                        run = {"round": r, "client": name, "stream": stream, **got}
                        runs.append(run)
                        print(json.dumps(run), flush=True)
        finally:
            sim.stop()
    summary = {
        f"{name}/{'stream' if stream else 'body'}": {
            k: statistics.median(
                x[k] for x in runs if x["client"] == name and x["stream"] == stream
            )
            for k in ("cpu_us_per_call", "wall_p50_us", "wall_p99_us")
        }
        for name in names
        for stream in (False, True)
    }
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "busiest_core_before": busy,
        "loadavg": os.getloadavg(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "median_of_rounds": summary,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    for key, s in summary.items():
        print(
            f"{key:14s} cpu/call {s['cpu_us_per_call']:7.1f} us  "
            f"wall p50 {s['wall_p50_us']:7.1f} us"
        )


if __name__ == "__main__":
    main()
