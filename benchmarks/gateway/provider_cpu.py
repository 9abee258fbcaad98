"""CPU per upstream call through the OpenAI provider, of two source trees side by side.

For a change below the provider (client, deadline loop, SSE parsing): one zero-latency
`aire sim` on core 1; on core 0, a child process per run imports aire from ``--a-src`` or
from this checkout and makes ``--calls`` sequential calls, non-streamed and streamed (16
tokens), with the default client; rounds alternate A and B. CPU per call of the calling
process is what the change moved (the simulator's work is on the other core).

    flock /tmp/aire-bench.lock .venv/bin/python benchmarks/gateway/provider_cpu.py \\
        --a-src /tmp/aire-main-src/src

Takes /tmp/aire-bench.lock itself (also fine under ``flock``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from procs import Server, bench_lock, free_port, machine, wait_quiet

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AIRE = str(REPO / ".venv" / "bin" / "aire")
CALLER_CORE, SIM_CORE = 0, 1

# Run in a child: works with the provider API before and after the client protocol.
CHILD = r"""
import asyncio, json, sys, time
import uvloop
from aire.config.gateway import TimeoutsConfig
from aire.gateway.providers import PROVIDERS, UpstreamRequest
from aire.gateway.transport import Transport

base_url, calls, stream = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"

def request():
    return UpstreamRequest(
        endpoint="chat", body={"messages": [{"role": "user", "content": "hello"}],
        "max_tokens": 16}, model="aire-sim", stream=stream, include_usage=False,
        timeouts=TimeoutsConfig(), request_id="bench",
        deadline=asyncio.get_running_loop().time() + 60)

async def call(provider):
    if stream:
        async for _ in await provider.open_stream(request()):
            pass
    else:
        await provider.complete(request())

async def main():
    transport = Transport()
    way = transport.upstream(base_url) if hasattr(transport, "upstream") else transport
    provider = PROVIDERS.get("openai")(way, base_url=base_url, api_key=None, headers={})
    for _ in range(100):
        await call(provider)
    cpu0 = time.process_time()
    for _ in range(calls):
        await call(provider)
    cpu = time.process_time() - cpu0
    await transport.aclose()
    print(json.dumps({"cpu_us_per_call": round(1e6 * cpu / calls, 2)}))

uvloop.run(main())
"""


def _run(src: Path, base_url: str, calls: int, stream: bool) -> float:
    out = subprocess.run(
        ["taskset", "-c", str(CALLER_CORE), sys.executable, "-c", CHILD,
         base_url, str(calls), "1" if stream else "0"],
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(out.stdout)["cpu_us_per_call"])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--a-src", type=Path, required=True, help="src/ of build A (the baseline)")
    p.add_argument("--calls", type=int, default=5000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--out", type=Path, default=HERE / "results" / "provider_cpu.json")
    args = p.parse_args()
    trees = {"A": args.a_src.resolve(), "B": REPO / "src"}
    port = free_port()
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server(
        "sim",
        [AIRE, "sim", "--port", str(port), *zero],
        SIM_CORE,
        f"http://127.0.0.1:{port}/health",
        HERE / "results" / "logs" / "provider-cpu-sim.log",
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    runs: list[dict[str, Any]] = []
    with bench_lock():
        busy = wait_quiet((CALLER_CORE, SIM_CORE), below=0.1, timeout_s=300)
        load_before = os.getloadavg()
        sim.start()
        try:
            sim.wait_ready()
            for r in range(args.rounds):
                for name in ("A", "B") if r % 2 == 0 else ("B", "A"):
                    for stream in (False, True):
                        cpu = _run(trees[name], base_url, args.calls, stream)
                        run = {"round": r, "tree": name, "stream": stream, "cpu_us_per_call": cpu}
                        runs.append(run)
                        print(json.dumps(run), flush=True)
        finally:
            sim.stop()
    summary: dict[str, Any] = {}
    for stream in (False, True):
        kind = "stream" if stream else "body"
        per = {
            name: [
                x["cpu_us_per_call"] for x in runs if x["tree"] == name and x["stream"] == stream
            ]
            for name in trees
        }
        a, b = statistics.median(per["A"]), statistics.median(per["B"])
        summary[kind] = {"A_us": a, "B_us": b, "B_over_A": round(b / a, 3), "rounds": per}
        print(f"{kind:6s} A {a:7.2f} us  B {b:7.2f} us  B/A {b / a:.3f}")
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "busiest_core_before": busy,
        "loadavg_before": load_before,
        "loadavg_after": os.getloadavg(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "median_of_rounds": summary,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
