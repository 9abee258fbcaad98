"""The cost of observability: tracing (100% and 1% sampling) and quality SLIs, vs off.

One zero-latency `aire sim` (core 1, with the load generator and an OTLP/HTTP sink that
accepts and discards the spans) is the upstream. Four gateways, one worker each, on core
0: `off` (no tracing, quality SLIs off), `quality` (quality SLIs on: the observer keeps
each answer's bytes, a worker process measures them), `quality20` (the same with
`quality_sample: 0.2`), `trace100` (tracing on, every trace
kept, exported over OTLP/HTTP in batches) and `trace1` (1% of new traces kept). The load
generator sends no traceparent here (a client's sampled flag would decide instead).

Latency: each round runs direct and every gateway at `--rate-rps` (Poisson, same seed) in
a rotating order; added latency = gateway percentile - direct percentile of the same
round; medians over rounds. Throughput: a closed loop at `--concurrency` per gateway and
round (requests/s, median over rounds). Gateway CPU per request from /proc.

    .venv/bin/python benchmarks/gateway/observability.py [--rounds 3] [--rate-rps 200]

Takes /tmp/aire-bench.lock itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import uvloop
from procs import Server, bench_lock, cpu_seconds, free_port, machine, wait_quiet

from aire.load import LoadConfig, open_target, run

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AIRE = str(REPO / ".venv" / "bin" / "aire")
GATEWAY_CORE, LOAD_CORE = 0, 1
_TRACE = "  tracing: {{enabled: true, endpoint: '{otlp}', sample_ratio: "
VARIANTS = {
    "off": ["  quality_slis: false"],
    "quality": ["  quality_slis: true"],
    "quality20": ["  quality_slis: true", "  quality_sample: 0.2"],
    "trace100": ["  quality_slis: false", _TRACE + "1.0}}"],
    "trace1": ["  quality_slis: false", _TRACE + "0.01}}"],
}


def _config(name: str, port: int, sim_url: str, otlp: str, logs: Path) -> Path:
    lines = [
        "gateway:",
        f"  port: {port}",
        "  log_requests: false",
        *(line.format(otlp=otlp) for line in VARIANTS[name]),
        "  models:",
        f'    chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim}}]}}',
    ]
    path = logs / f"obs-{name}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _otlp_sink() -> tuple[str, list[int]]:
    """An OTLP/HTTP endpoint that accepts span batches (counts the bytes, keeps nothing)."""
    received = [0, 0]

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            n = int(self.headers.get("content-length", "0"))
            self.rfile.read(n)
            received[0] += 1
            received[1] += n
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", received


def paired(runs: list[dict[str, Any]], rounds: int, names: list[str]) -> dict[str, Any]:
    """Each variant against `off` of the same round (paired), medians over rounds."""

    def get(r: int, target: str) -> dict[str, Any]:
        return next(x for x in runs if x["round"] == r and x["target"] == target)

    out: dict[str, Any] = {}
    for n in names:
        d50 = [get(r, n)["p50_ms"] - get(r, "off")["p50_ms"] for r in range(rounds)]
        d99 = [get(r, n)["p99_ms"] - get(r, "off")["p99_ms"] for r in range(rounds)]
        cpu = [
            get(r, n)["gateway_cpu_ms_per_request"] - get(r, "off")["gateway_cpu_ms_per_request"]
            for r in range(rounds)
        ]
        thr = [
            get(r, n)["throughput_rps"] / get(r, "off")["throughput_rps"] - 1 for r in range(rounds)
        ]
        out[n] = {
            "p50_ms": round(statistics.median(d50), 3),
            "p99_ms": round(statistics.median(d99), 3),
            "cpu_ms_per_request": round(statistics.median(cpu), 4),
            "throughput_change": round(statistics.median(thr), 4),
            "rounds_p50_ms": [round(x, 3) for x in d50],
            "rounds_throughput_change": [round(x, 4) for x in thr],
        }
    return out


def _quality_counts(url: str) -> dict[str, float]:
    """Answers the quality worker measured and dropped (its CPU share was used up)."""
    import urllib.request

    with urllib.request.urlopen(f"{url}/metrics", timeout=10) as r:
        text = r.read().decode()
    out = {"measured": 0.0, "dropped": 0.0}
    for line in text.splitlines():
        if line.startswith("aire_quality_answers_total{"):
            out["measured"] += float(line.rsplit(" ", 1)[1])
        elif line.startswith("aire_quality_dropped_total "):
            out["dropped"] = float(line.rsplit(" ", 1)[1])
    return out


async def _load(config: LoadConfig) -> dict[str, Any]:
    async with open_target(config) as target:
        _, summary = await run(config, target)
    return summary


def _cfg(url: str, model: str, **kw: Any) -> LoadConfig:
    return LoadConfig(url=url, model=model, input_tokens=16, output_tokens=16,
                      traceparent=False, **kw)  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--rate-rps", type=float, default=200.0)
    p.add_argument("--requests", type=int, default=2000, help="per latency run")
    p.add_argument("--concurrency", type=int, default=32, help="closed loop (throughput)")
    p.add_argument("--out", type=Path, default=HERE / "results" / "observability.json")
    p.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset")
    args = p.parse_args()
    chosen = [v for v in args.variants.split(",") if v]
    os.sched_setaffinity(0, {LOAD_CORE})
    logs = HERE / "results" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    otlp, received = _otlp_sink()
    sim_port = free_port()
    sim_url = f"http://127.0.0.1:{sim_port}"
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server("sim", [AIRE, "sim", "--port", str(sim_port), *zero, "--max-num-seqs", "1024"],
                 LOAD_CORE, f"{sim_url}/health", logs / "obs-sim.log")  # fmt: skip
    gateways: dict[str, Server] = {}
    for name in chosen:
        port = free_port()
        cfg = _config(name, port, sim_url, otlp, logs)
        gateways[name] = Server(name, [AIRE, "serve", "-c", str(cfg), "--workers", "1"],
                                GATEWAY_CORE, f"http://127.0.0.1:{port}/health",
                                logs / f"obs-{name}.log")  # fmt: skip
    urls = {"direct": sim_url} | {
        n: s.ready_url.removesuffix("/health") for n, s in gateways.items()
    }
    models = {"direct": "aire-sim"} | dict.fromkeys(gateways, "chat")
    runs: list[dict[str, Any]] = []
    with bench_lock():
        wait_quiet((GATEWAY_CORE, LOAD_CORE), below=0.15, timeout_s=300)
        servers = [sim, *gateways.values()]
        try:
            for server in servers:
                server.start()
            for server in servers:
                server.wait_ready()
            for name in urls:
                uvloop.run(_load(_cfg(urls[name], models[name], concurrency=8, requests=500)))
            order = list(urls)
            for r in range(args.rounds):
                for name in order[r % len(order) :] + order[: r % len(order)]:
                    gw = gateways.get(name)
                    pids = gw.pids() if gw else []
                    time.sleep(1.0)
                    c0 = cpu_seconds(pids)
                    s = uvloop.run(_load(_cfg(urls[name], models[name], rate_rps=args.rate_rps,
                                              arrival="poisson", requests=args.requests,
                                              warmup_requests=50, seed=r)))  # fmt: skip
                    cpu = (cpu_seconds(pids) - c0) / s["requests"]["total"] if gw else None
                    closed = _cfg(urls[name], models[name], concurrency=args.concurrency,
                                  requests=args.requests, warmup_requests=50)  # fmt: skip
                    t = uvloop.run(_load(closed))
                    e2e = s["latency_ms"]["e2e"]
                    run_ = {
                        "round": r,
                        "target": name,
                        "p50_ms": e2e["median"],
                        "p99_ms": e2e["p99"],
                        "error_rate": s["error_rate"],
                        "gateway_cpu_ms_per_request": round(1000 * cpu, 4) if cpu else None,
                        "throughput_rps": t["throughput"]["requests_per_s"],
                    }
                    runs.append(run_)
                    print(json.dumps(run_), flush=True)
            quality_counts = _quality_counts(urls["quality"]) if "quality" in urls else {}
        finally:
            for server in reversed(servers):
                server.stop()
    added: dict[str, Any] = {}
    for name in gateways:
        p50, p99, cpu, thr = [], [], [], []
        for r in range(args.rounds):
            base = next(x for x in runs if x["round"] == r and x["target"] == "direct")
            g = next(x for x in runs if x["round"] == r and x["target"] == name)
            p50.append(round(g["p50_ms"] - base["p50_ms"], 3))
            p99.append(round(g["p99_ms"] - base["p99_ms"], 3))
            cpu.append(g["gateway_cpu_ms_per_request"])
            thr.append(g["throughput_rps"])
        added[name] = {
            "p50_ms": statistics.median(p50),
            "p99_ms": statistics.median(p99),
            "cpu_ms_per_request": statistics.median(cpu),
            "throughput_rps": statistics.median(thr),
            "rounds_p50_ms": p50,
            "rounds_p99_ms": p99,
            "rounds_throughput_rps": thr,
        }
    vs_off = paired(runs, args.rounds, [n for n in gateways if n != "off"])
    report = {
        "added_over_direct": added,
        "vs_off": vs_off,
        "quality_answers_measured_and_dropped": quality_counts,
        "otlp_batches": received[0],
        "otlp_bytes": received[1],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    for name, v in vs_off.items():
        print(f"{name} vs off: p50 {v['p50_ms']:+.3f} ms  p99 {v['p99_ms']:+.3f} ms  "
              f"cpu/request {v['cpu_ms_per_request']:+.4f} ms  "
              f"throughput {v['throughput_change'] * 100:+.1f}%")  # fmt: skip


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
