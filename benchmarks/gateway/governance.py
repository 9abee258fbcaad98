"""The cost of governance: auth + limits + audit on vs off, memory store and Redis.

One zero-latency `aire sim` (core 1, with the load generator) is the upstream. Three
gateways, one worker each, on core 0: `plain` (no auth, no limits, no audit), `memory`
(master key; a virtual key with rpm, tpm, concurrency and a budget, all checked and
settled per request; the audit log in SQLite; the default memory store) and `redis`
(the same with the store in Redis on 127.0.0.1:6379). Each round runs direct and the
three gateways at `--rate-rps` (Poisson, same seed) in a rotating order; added latency =
gateway percentile - direct percentile of the same round, medians over rounds.

LiteLLM's own virtual keys cannot run here: they need its Prisma client and a database
migration whose engines download at first use (no internet on this machine); its
proxy without keys is measured in bench.py.

    .venv/bin/python benchmarks/gateway/governance.py [--rounds 5] [--rate-rps 200]

Takes /tmp/aire-bench.lock itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import uvloop
from procs import Server, bench_lock, core_times, cpu_seconds, free_port, machine, wait_quiet

from aire.load import LoadConfig, open_target, run

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AIRE = str(REPO / ".venv" / "bin" / "aire")
GATEWAY_CORE, LOAD_CORE = 0, 1
MASTER = "bench-master-" + secrets.token_hex(16)


def _config(name: str, port: int, sim_url: str, logs: Path) -> Path:
    lines = [
        "gateway:",
        f"  port: {port}",
        "  log_requests: false",
        "  models:",
        f'    chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim, '
        "price: {input: 1.0, output: 2.0}}]}",
    ]
    if name != "plain":
        db = logs / f"gov-{name}.db"
        db.unlink(missing_ok=True)
        lines += [f"  auth: {{master_key: {MASTER}}}"]
        lines += [
            "audit:",
            f"  dsn: sqlite:///{db}",
            f"  hmac_key: {secrets.token_hex(32)}",
            f"  spool_dir: {logs / ('spool-' + name)}",
        ]
    if name == "redis":
        lines += [
            "state:",
            "  backend: redis",
            "  url: redis://127.0.0.1:6379/0",
            f"  key_prefix: 'bench-{secrets.token_hex(4)}:'",
        ]
    path = logs / f"gov-{name}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


async def _key(url: str) -> str:
    body = {
        "rpm_limit": 10_000_000,
        "tpm_limit": 1_000_000_000,
        "max_concurrency": 100_000,
        "budget_usd_day": 1_000_000,
    }
    headers = {"authorization": f"Bearer {MASTER}"}
    async with (
        aiohttp.ClientSession(headers=headers) as s,
        s.post(f"{url}/admin/keys", json=body) as r,
    ):
        assert r.status == 201, await r.text()
        return str((await r.json())["key"])


async def _load(config: LoadConfig) -> dict[str, Any]:
    async with open_target(config) as target:
        _, summary = await run(config, target)
    return summary


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--rate-rps", type=float, default=200.0)
    p.add_argument("--requests", type=int, default=3000, help="per run")
    p.add_argument("--out", type=Path, default=HERE / "results" / "governance.json")
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
        logs / "gov-sim.log",
    )
    gateways: dict[str, Server] = {}
    for name in ("plain", "memory", "redis"):
        port = free_port()
        cfg = _config(name, port, sim_url, logs)
        gateways[name] = Server(
            name,
            [AIRE, "serve", "-c", str(cfg), "--workers", "1"],
            GATEWAY_CORE,
            f"http://127.0.0.1:{port}/health",
            logs / f"gov-{name}.log",
        )
    urls = {"direct": sim_url} | {n: s.ready_url.removesuffix("/health") for n, s in gateways.items()}
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
            keys = {n: uvloop.run(_key(urls[n])) for n in ("memory", "redis")}
            for name in urls:  # warm-up: connections, caches, key lookups
                uvloop.run(
                    _load(LoadConfig(url=urls[name], model=models[name], concurrency=8,
                                     requests=500, input_tokens=16, output_tokens=16,
                                     api_key=keys.get(name)))
                )  # fmt: skip
            order = list(urls)
            for r in range(args.rounds):
                for name in order[r % len(order) :] + order[: r % len(order)]:
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
                                api_key=keys.get(name),
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
    added: dict[str, Any] = {}
    for name in gateways:
        p50, p99, cpu = [], [], []
        for r in range(args.rounds):
            base = next(x for x in runs if x["round"] == r and x["target"] == "direct")
            gw_run = next(x for x in runs if x["round"] == r and x["target"] == name)
            p50.append(round(gw_run["p50_ms"] - base["p50_ms"], 3))
            p99.append(round(gw_run["p99_ms"] - base["p99_ms"], 3))
            cpu.append(gw_run["gateway_cpu_ms_per_request"])
        added[name] = {
            "p50_ms": statistics.median(p50),
            "p99_ms": statistics.median(p99),
            "cpu_ms_per_request": statistics.median(cpu),
            "rounds_p50_ms": p50,
            "rounds_p99_ms": p99,
        }
    plain = added["plain"]
    report = {
        "added": added,
        "governance_over_plain_p50_ms": {
            n: round(added[n]["p50_ms"] - plain["p50_ms"], 3) for n in ("memory", "redis")
        },
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    for name, s in added.items():
        print(f"{name}: added p50 {s['p50_ms']:.3f} ms  p99 {s['p99_ms']:.3f} ms  "
              f"cpu/request {s['cpu_ms_per_request']:.3f} ms")  # fmt: skip
    print(f"governance over plain, p50: {report['governance_over_plain_p50_ms']}")


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
