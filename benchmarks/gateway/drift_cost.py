"""The cost of the online drift detectors: every detector on vs `gateway.drift.enabled: false`.

Mirrors observability.py: one zero-latency `aire sim` (core 1, with the load generator) is
the upstream; two gateways, one worker each, on core 0, both with the quality SLIs on
(the detectors are a feature sink of them): `off` (`drift: {enabled: false}`) and `drift`
(`drift: {enabled: true, latency: true, warmup_answers: 200}`: every detector, latency
and TTFT included; a short warm-up so that they are armed before the first round, which
changes nothing per answer once armed). Before the rounds, both gateways get the same
warm-up traffic and the script waits until `drift` shows its detectors on /metrics.

Each round runs both gateways in alternating order: latency at `--rate-rps` (Poisson, same
seed) and throughput in a closed loop at `--concurrency`; `drift` is paired with `off` of
the same round (differences, throughput ratio), medians over rounds. Gateway CPU per
request from /proc. The quality worker rests so as to take at most 10% of a core; answers
beyond what it measures are dropped (counted): both gateways' measured/dropped counts are
reported, since the detectors' cost lands there (fewer answers measured), not on the loop.

    .venv/bin/python benchmarks/gateway/drift_cost.py [--rounds 12] [--rate-rps 200] \
        [--closed-requests 8000]

Takes /tmp/aire-bench.lock itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
import urllib.request
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
VARIANTS = {
    "off": ["  quality_slis: true", "  drift: {enabled: false}"],
    "drift": [
        "  quality_slis: true",
        "  drift: {enabled: true, latency: true, warmup_answers: 200}",
    ],
}


def _config(name: str, port: int, sim_url: str, logs: Path) -> Path:
    lines = [
        "gateway:",
        f"  port: {port}",
        "  log_requests: false",
        *VARIANTS[name],
        "  models:",
        f'    chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim}}]}}',
    ]
    path = logs / f"drift-{name}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _metrics(url: str) -> str:
    with urllib.request.urlopen(f"{url}/metrics", timeout=10) as r:
        return str(r.read().decode())


def _counts(url: str) -> dict[str, Any]:
    """Answers measured and dropped by the quality worker; drift detectors and alarms."""
    out: dict[str, Any] = {"measured": 0.0, "dropped": 0.0, "detectors": 0, "alarms": []}
    for line in _metrics(url).splitlines():
        if line.startswith("aire_quality_answers_total{"):
            out["measured"] += float(line.rsplit(" ", 1)[1])
        elif line.startswith("aire_quality_dropped_total "):
            out["dropped"] = float(line.rsplit(" ", 1)[1])
        elif line.startswith("aire_drift_score{"):
            out["detectors"] += 1
        elif line.startswith("aire_drift_alarm{") and line.endswith(" 1.0"):
            out["alarms"].append(line.split("{", 1)[1].split("}", 1)[0])
    return out


async def _load(config: LoadConfig) -> dict[str, Any]:
    async with open_target(config) as target:
        _, summary = await run(config, target)
    return summary


def _cfg(url: str, **kw: Any) -> LoadConfig:
    return LoadConfig(url=url, model="chat", input_tokens=16, output_tokens=16,
                      traceparent=False, **kw)  # fmt: skip


def _busy(cores: tuple[int, ...], seconds: float = 2.0) -> dict[int, float]:
    before = core_times()
    time.sleep(seconds)
    after = core_times()
    return {c: round((after[c][0] - before[c][0]) / seconds, 3) for c in cores}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=12)
    p.add_argument("--rate-rps", type=float, default=200.0)
    p.add_argument("--requests", type=int, default=1000, help="per latency run")
    p.add_argument("--closed-requests", type=int, default=8000, help="per throughput run")
    p.add_argument("--concurrency", type=int, default=32, help="closed loop (throughput)")
    p.add_argument("--out", type=Path, default=HERE / "results" / "drift_cost.json")
    args = p.parse_args()
    os.sched_setaffinity(0, {LOAD_CORE})
    logs = HERE / "results" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    sim_port = free_port()
    sim_url = f"http://127.0.0.1:{sim_port}"
    zero = ["--ttft-ms", "0", "--itl-ms", "0", "--prefill-ms-per-token", "0", "--itl-jitter", "0"]
    sim = Server("sim", [AIRE, "sim", "--port", str(sim_port), *zero, "--max-num-seqs", "1024"],
                 LOAD_CORE, f"{sim_url}/health", logs / "drift-sim.log")  # fmt: skip
    gateways: dict[str, Server] = {}
    for name in VARIANTS:
        port = free_port()
        cfg = _config(name, port, sim_url, logs)
        gateways[name] = Server(name, [AIRE, "serve", "-c", str(cfg), "--workers", "1"],
                                GATEWAY_CORE, f"http://127.0.0.1:{port}/health",
                                logs / f"drift-{name}.log")  # fmt: skip
    urls = {n: s.ready_url.removesuffix("/health") for n, s in gateways.items()}
    runs: list[dict[str, Any]] = []
    busy: list[dict[int, float]] = []
    with bench_lock():
        quiet = wait_quiet((GATEWAY_CORE, LOAD_CORE), below=0.15, timeout_s=120)
        busy_before = _busy((GATEWAY_CORE, LOAD_CORE))
        servers = [sim, *gateways.values()]
        try:
            for server in servers:
                server.start()
            for server in servers:
                server.wait_ready()
            deadline = time.monotonic() + 120
            while True:  # warm-up: until the detectors are armed
                for name in urls:
                    uvloop.run(_load(_cfg(urls[name], rate_rps=100, requests=300)))
                if _counts(urls["drift"])["detectors"] or time.monotonic() > deadline:
                    break
            armed = _counts(urls["drift"])
            order = list(urls)
            for r in range(args.rounds):
                for name in order if r % 2 == 0 else order[::-1]:
                    pids = gateways[name].pids()
                    time.sleep(1.0)
                    c0 = cpu_seconds(pids)
                    s = uvloop.run(_load(_cfg(urls[name], rate_rps=args.rate_rps,
                                              arrival="poisson", requests=args.requests,
                                              warmup_requests=50, seed=r)))  # fmt: skip
                    cpu = (cpu_seconds(pids) - c0) / s["requests"]["total"]
                    closed = _cfg(urls[name], concurrency=args.concurrency,
                                  requests=args.closed_requests, warmup_requests=100)  # fmt: skip
                    t = uvloop.run(_load(closed))
                    e2e = s["latency_ms"]["e2e"]
                    run_ = {
                        "round": r,
                        "target": name,
                        "p50_ms": e2e["median"],
                        "p99_ms": e2e["p99"],
                        "error_rate": s["error_rate"],
                        "gateway_cpu_ms_per_request": round(1000 * cpu, 4),
                        "throughput_rps": t["throughput"]["requests_per_s"],
                    }
                    runs.append(run_)
                    print(json.dumps(run_), flush=True)
                busy.append(_busy((GATEWAY_CORE, LOAD_CORE), 1.0))
            counts = {name: _counts(url) for name, url in urls.items()}
        finally:
            for server in reversed(servers):
                server.stop()

    def get(r: int, target: str) -> dict[str, Any]:
        return next(x for x in runs if x["round"] == r and x["target"] == target)

    rounds = range(args.rounds)
    thr = [get(r, "drift")["throughput_rps"] / get(r, "off")["throughput_rps"] - 1 for r in rounds]
    d50 = [get(r, "drift")["p50_ms"] - get(r, "off")["p50_ms"] for r in rounds]
    d99 = [get(r, "drift")["p99_ms"] - get(r, "off")["p99_ms"] for r in rounds]
    cpu = [
        get(r, "drift")["gateway_cpu_ms_per_request"] - get(r, "off")["gateway_cpu_ms_per_request"]
        for r in rounds
    ]
    vs_off = {
        "throughput_change": round(statistics.median(thr), 4),
        "p50_ms": round(statistics.median(d50), 3),
        "p99_ms": round(statistics.median(d99), 3),
        "cpu_ms_per_request": round(statistics.median(cpu), 4),
        "throughput_change_quartiles": [round(x, 4) for x in statistics.quantiles(thr, n=4)],
        "rounds_throughput_change": [round(x, 4) for x in thr],
        "rounds_p50_ms": [round(x, 3) for x in d50],
        "throughput_rps_median": {
            n: statistics.median(get(r, n)["throughput_rps"] for r in rounds) for n in urls
        },
    }
    report = {
        "drift_vs_off": vs_off,
        "armed_before_rounds": armed,
        "quality_and_drift_counts_at_end": counts,
        "machine_busy": {
            "busiest_core_share_when_started": round(quiet, 3),
            "before_start": busy_before,
            "between_rounds_1s": busy,
            "loadavg": os.getloadavg(),
        },
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    keys = ("drift_vs_off", "armed_before_rounds", "quality_and_drift_counts_at_end")
    print(json.dumps({k: report[k] for k in keys}, indent=1))


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
