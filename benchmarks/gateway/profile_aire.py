"""Where aire's gateway spends its CPU: py-spy samples of `aire serve` under load.

The layout of bench.py (gateway on core 0, zero-latency sim and load on core 1); closed
loop with 32 users (the gateway saturated), or open loop with --rate-rps. Prints self time
by package and the top functions, writes the summary JSON next to the results and the
raw collapsed stacks (for a flame graph: `flamegraph.pl` or speedscope) under logs/.

    .venv/bin/pip install py-spy
    .venv/bin/python benchmarks/gateway/profile_aire.py [--rate-rps 200] [--seconds 12]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import uvloop
from procs import Server, bench_lock, free_port

from aire.load import LoadConfig, open_target, run

HERE = Path(__file__).resolve().parent
VENV_BIN = HERE.parents[1] / ".venv" / "bin"
_FRAME = re.compile(r"^(?P<func>.*) \((?P<path>.*?)(?::\d+)?\)$")


def where(path: str) -> str:
    """A frame's file (as py-spy shortens it) as a package, stdlib module or aire."""
    if path.endswith("asyncio/runners.py"):
        return "event loop (uvloop, C)"  # time in C under loop.run_until_complete
    top = path.split("/", 1)[0].removesuffix(".py")
    if top in sys.stdlib_module_names:
        return f"stdlib {top}"
    if "/" in path and top not in ("aire", "providers", "balancers"):
        return top  # a package: aiohttp, uvicorn, prometheus_client, ...
    return "aire"  # py-spy names aire's gateway modules by file name alone


def summarize(raw: Path, top: int) -> dict[str, Any]:
    by_where: collections.Counter[str] = collections.Counter()
    by_func: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        match = _FRAME.match(stack.rsplit(";", 1)[-1])
        func, path = (match["func"], match["path"]) if match else (stack, "?")
        by_where[where(path)] += n
        by_func[f"{func} ({path})"] += n

    def pct(counter: collections.Counter[str]) -> dict[str, float]:
        return {k: round(100 * v / total, 1) for k, v in counter.most_common(top)}

    return {
        "samples": total,
        "self_pct_by_package": pct(by_where),
        "self_pct_by_function": pct(by_func),
    }


async def drive(config: LoadConfig) -> dict[str, Any]:
    async with open_target(config) as target:
        _, summary = await run(config, target)
    return summary


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rate-rps", type=float, default=None, help="open loop (default: 32 users)")
    p.add_argument("--seconds", type=float, default=12.0)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--native", action="store_true", help="C frames too (py-spy --native)")
    args = p.parse_args()
    os.sched_setaffinity(0, {1})
    logs = HERE / "results" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    sim_port, gw_port = free_port(), free_port()
    cfg = logs / "profile-aire.yaml"
    cfg.write_text(
        f"gateway: {{port: {gw_port}, log_requests: true, health: {{enabled: false}}, models: "
        f'{{chat: {{deployments: [{{url: "http://127.0.0.1:{sim_port}/v1", model: aire-sim, '
        "name: sim}]}}}\n"
    )
    aire = str(VENV_BIN / "aire")
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server(
        "sim",
        [aire, "sim", "--port", str(sim_port), *zero, "--max-num-seqs", "1024"],
        1,
        f"http://127.0.0.1:{sim_port}/health",
        logs / "profile-sim.log",
    )
    gw = Server(
        "aire",
        [aire, "serve", "-c", str(cfg), "--workers", "1"],
        0,
        f"http://127.0.0.1:{gw_port}/health",
        logs / "profile-aire.log",
    )
    raw = logs / "profile-aire.txt"
    load: dict[str, Any] = {
        "url": f"http://127.0.0.1:{gw_port}",
        "model": "chat",
        "stream": False,
        "input_tokens": 16,
        "output_tokens": 16,
    }
    with bench_lock():
        try:
            for server in (sim, gw):
                server.start()
                server.wait_ready()
            uvloop.run(drive(LoadConfig(**load, concurrency=8, requests=1000)))  # warm-up
            spy = subprocess.Popen(
                [
                    str(VENV_BIN / "py-spy"),
                    "record",
                    "--pid",
                    str(gw.pid),
                    "--rate",
                    "500",
                    # --native needs the process paused for each sample
                    *(["--native"] if args.native else ["--nonblocking"]),
                    "--format",
                    "raw",
                    "-o",
                    str(raw),
                    "--duration",
                    str(int(args.seconds)),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(0.5)
            if args.rate_rps:
                shape: dict[str, Any] = {"rate_rps": args.rate_rps, "arrival": "poisson"}
            else:
                shape = {"concurrency": 32}
            summary = uvloop.run(drive(LoadConfig(**load, **shape, duration_s=args.seconds + 1)))
            spy.wait(30)
        finally:
            gw.stop()
            sim.stop()
    result = {
        "load": shape,
        "requests_per_s": summary["throughput"]["requests_per_s"],
        "e2e_ms": {k: summary["latency_ms"]["e2e"][k] for k in ("median", "p99")},
        **summarize(raw, args.top),
    }
    name = f"profile-{int(args.rate_rps)}rps.json" if args.rate_rps else "profile-saturated.json"
    (HERE / "results" / name).write_text(json.dumps(result, indent=2) + "\n")
    print(f"{result['requests_per_s']:.0f} req/s, {result['samples']} samples; self time:")
    for key, value in result["self_pct_by_package"].items():
        print(f"  {value:5.1f}%  {key}")
    print("top functions:")
    for key, value in list(result["self_pct_by_function"].items())[:15]:
        print(f"  {value:5.1f}%  {key}")


if __name__ == "__main__":
    main()
