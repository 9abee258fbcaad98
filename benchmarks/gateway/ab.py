"""Added latency of two builds of aire's gateway, side by side, in one session.

For a change to the gateway's hot path: is it faster, and by how much? One zero-latency
`aire sim` (core 1, with the load generator) is the upstream; gateway A and gateway B run
at the same time on core 0, each one worker, A from the source tree ``--a-src`` (for
example a ``git worktree`` of the commit before the change), B from this checkout. Each
round runs direct, A and B at ``--rate-rps`` (Poisson arrivals, the same seed for all
three) in a rotating order; added latency = gateway percentile - direct percentile of the
same round. No LiteLLM: bench.py is the full comparison.

    git worktree add /work/oldtree <commit>
    .venv/bin/python benchmarks/gateway/ab.py --a-src /work/oldtree/src [--rounds 5]

Takes /tmp/aire-bench.lock itself (also fine under ``flock /tmp/aire-bench.lock ...``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvloop
from procs import Server, bench_lock, core_times, cpu_seconds, free_port, machine, wait_quiet

from aire.load import LoadConfig, open_target, run

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AIRE = str(REPO / ".venv" / "bin" / "aire")
GATEWAY_CORE, LOAD_CORE = 0, 1


async def _load(config: LoadConfig) -> dict[str, Any]:
    async with open_target(config) as target:
        _, summary = await run(config, target)
    return summary


def _gateway(name: str, src: Path | None, sim_url: str, logs: Path, log_requests: bool) -> Server:
    port = free_port()
    cfg = logs / f"ab-{name}.yaml"
    cfg.write_text(
        f"gateway: {{port: {port}, log_requests: {str(log_requests).lower()}, "
        "health: {enabled: false}, models: "
        f'{{chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim}}]}}}}}}\n'
    )
    env = {"PYTHONPATH": str(src)} if src is not None else {}
    return Server(
        name,
        [AIRE, "serve", "-c", str(cfg), "--workers", "1"],
        GATEWAY_CORE,
        f"http://127.0.0.1:{port}/health",
        logs / f"ab-{name}.log",
        env=env,
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--a-src", type=Path, required=True, help="src/ of build A (the baseline)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--rate-rps", type=float, default=200.0)
    p.add_argument("--requests", type=int, default=3000, help="per run")
    p.add_argument("--no-log", action="store_true", help="gateways without the access log")
    p.add_argument("--out", type=Path, default=HERE / "results" / "ab.json")
    args = p.parse_args()
    os.sched_setaffinity(0, {LOAD_CORE})
    logs = HERE / "results" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    sim_port = free_port()
    sim_url = f"http://127.0.0.1:{sim_port}"
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server(
        "sim",
        [AIRE, "sim", "--port", str(sim_port), *zero, "--max-num-seqs", "1024"],
        LOAD_CORE,
        f"{sim_url}/health",
        logs / "ab-sim.log",
    )
    gateways = {
        "A": _gateway("A", args.a_src.resolve(), sim_url, logs, not args.no_log),
        "B": _gateway("B", None, sim_url, logs, not args.no_log),
    }
    urls = {"direct": sim_url} | {
        n: s.ready_url.removesuffix("/health") for n, s in gateways.items()
    }
    models = {"direct": "aire-sim", "A": "chat", "B": "chat"}
    runs: list[dict[str, Any]] = []
    with bench_lock():
        wait_quiet((GATEWAY_CORE, LOAD_CORE), below=0.1, timeout_s=300)
        servers = [sim, *gateways.values()]
        try:
            for server in servers:
                server.start()
            for server in servers:
                server.wait_ready()
            for name in urls:  # warm-up: connections, caches
                uvloop.run(
                    _load(LoadConfig(url=urls[name], model=models[name], concurrency=8,
                                     requests=500, input_tokens=16, output_tokens=16))
                )  # fmt: skip
            order = ["direct", "A", "B"]
            for r in range(args.rounds):
                for name in order[r % 3 :] + order[: r % 3]:
                    gw = gateways.get(name)
                    pids = gw.pids() if gw else []
                    time.sleep(1.0)
                    c0, t0, k0 = cpu_seconds(pids), time.perf_counter(), core_times()
                    summary = uvloop.run(
                        _load(
                            LoadConfig(
                                url=urls[name], model=models[name], rate_rps=args.rate_rps,
                                arrival="poisson", requests=args.requests, warmup_requests=50,
                                input_tokens=16, output_tokens=16, seed=r,
                            )
                        )
                    )  # fmt: skip
                    wall = time.perf_counter() - t0
                    k1 = core_times()
                    e2e = summary["latency_ms"]["e2e"]
                    run_ = {
                        "round": r,
                        "target": name,
                        "p50_ms": e2e["median"],
                        "p99_ms": e2e["p99"],
                        "achieved_rps": summary["throughput"]["requests_per_s"],
                        "error_rate": summary["error_rate"],
                        "gateway_cpu_ms_per_request": round(
                            1000 * (cpu_seconds(pids) - c0) / summary["requests"]["total"], 3
                        )
                        if gw
                        else None,
                        "core_busy": {c: round((k1[c][0] - k0[c][0]) / wall, 3) for c in k1},
                    }
                    runs.append(run_)
                    print(json.dumps(run_), flush=True)
        finally:
            for server in reversed(servers):
                server.stop()
    report = summarize(runs)
    report |= {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    for name in ("A", "B"):
        s = report["added"][name]
        print(
            f"{name}: added p50 {s['p50_ms']:.3f} ms  p99 {s['p99_ms']:.3f} ms  "
            f"cpu/request {s['cpu_ms_per_request']:.3f} ms  (rounds p50: {s['rounds_p50_ms']})"
        )
    print(f"B/A added p50 {report['ratio_b_over_a']['p50']}  p99 {report['ratio_b_over_a']['p99']}")


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per round: gateway - direct of that round; medians over rounds."""
    added: dict[str, Any] = {}
    for name in ("A", "B"):
        p50, p99, cpu = [], [], []
        for r in sorted({x["round"] for x in runs}):
            base = next(x for x in runs if x["round"] == r and x["target"] == "direct")
            gw = next(x for x in runs if x["round"] == r and x["target"] == name)
            p50.append(round(gw["p50_ms"] - base["p50_ms"], 3))
            p99.append(round(gw["p99_ms"] - base["p99_ms"], 3))
            cpu.append(gw["gateway_cpu_ms_per_request"])
        added[name] = {
            "p50_ms": statistics.median(p50),
            "p99_ms": statistics.median(p99),
            "cpu_ms_per_request": statistics.median(cpu),
            "rounds_p50_ms": p50,
            "rounds_p99_ms": p99,
        }
    a, b = added["A"], added["B"]
    return {
        "added": added,
        "ratio_b_over_a": {
            k: round(b[f"{k}_ms"] / a[f"{k}_ms"], 2) if a[f"{k}_ms"] > 0 else None
            for k in ("p50", "p99")
        },
    }


if __name__ == "__main__":
    main()
