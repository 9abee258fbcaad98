"""Does one huge prompt stall everybody else? 1 MB prompts alongside a 200 req/s load.

The gateway runs with the default input guard policy on (invisible text, prompt
injection, secrets, PII) in front of a zero-latency `aire sim`. `aire load` sends small
chat requests at a constant 200 requests/s; meanwhile another client sends a 1 MB prompt
every `--every-s` seconds. Each configuration is run in rounds of two phases, without and
with the big prompts, alternating; recorded: the small requests' p50/p99 end-to-end
latency per phase, and the raise of p99 that the big prompts cause.

Configurations: `offload` (the default: bodies over `guard_offload_bytes` = 16 KiB are
scanned in a worker process) and `inline` (`guard_offload_bytes: null`: everything on
the event loop, the behaviour before).

    .venv/bin/python benchmarks/gateway/big_prompt.py [--rounds 3] [--duration-s 20]

takes /tmp/aire-bench.lock; the gateway on core 0, the simulator and the load on core 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.gateway.procs import (  # noqa: E402
    Server,
    bench_lock,
    free_port,
    machine,
    wait_quiet,
)

from aire.config.load import LoadConfig  # noqa: E402
from aire.load import open_target, run  # noqa: E402

VENV_BIN = Path(sys.executable).parent
RESULTS = Path(__file__).parent / "results"
WORDS = (
    "the quarterly report covers revenue growth in three regions while the team reviews "
    "supplier contracts and the warehouse schedule for the coming months"
).split()


def big_text(size: int) -> str:
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        word = WORDS[i % len(WORDS)]
        out.append(word)
        n += len(word) + 1
        i += 1
    return " ".join(out)


def gateway_config(port: int, sim_url: str, offload: bool) -> str:
    offload_line = "" if offload else "  guard_offload_bytes: null\n"
    return (
        "gateway:\n"
        f"  port: {port}\n"
        "  log_requests: false\n"
        "  guard_policy: default\n"
        f"{offload_line}"
        "  models:\n"
        f'    chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim}}]}}\n'
    )


async def big_sender(url: str, text: str, every_s: float, stop: asyncio.Event) -> list[float]:
    """One 1 MB request every ``every_s`` (its own latency recorded)."""
    took: list[float] = []
    body = {"model": "chat", "messages": [{"role": "user", "content": text}], "max_tokens": 4}
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while not stop.is_set():
            t0 = time.perf_counter()
            async with session.post(f"{url}/v1/chat/completions", json=body) as resp:
                await resp.read()
            took.append(time.perf_counter() - t0)
            try:
                await asyncio.wait_for(stop.wait(), max(0.0, every_s - took[-1]))
            except TimeoutError:
                pass
    return took


async def phase(url: str, duration_s: float, big: str | None, every_s: float) -> dict[str, Any]:
    config = LoadConfig(
        url=url,
        model="chat",
        rate_rps=200,
        arrival="constant",
        duration_s=duration_s,
        warmup_s=2,
        stream=False,
        input_tokens=100,
        output_tokens=16,
        timeout_s=30,
    )
    stop = asyncio.Event()
    sender = None
    if big is not None:
        sender = asyncio.create_task(big_sender(url, big, every_s, stop))
    async with open_target(config) as target:
        result, summary = await run(config, target)
    stop.set()
    big_took = await sender if sender is not None else []
    e2e = sorted(r.e2e_s for r in result.records if r.ok)
    return {
        "requests": len(result.records),
        "ok": len(e2e),
        "p50_ms": round(1000 * statistics.median(e2e), 3),
        "p99_ms": round(1000 * e2e[int(0.99 * (len(e2e) - 1))], 3),
        "achieved_rps": summary["throughput"]["requests_per_s"],
        "big_prompts": len(big_took),
        "big_median_s": round(statistics.median(big_took), 3) if big_took else None,
    }


async def measure(args: argparse.Namespace, logs: Path) -> dict[str, Any]:
    aire = str(VENV_BIN / "aire")
    sim_port = free_port()
    sim_url = f"http://127.0.0.1:{sim_port}"
    sim = Server(
        "sim",
        [aire, "sim", "--port", str(sim_port), "--ttft-ms", "0", "--itl-ms", "0",
         "--prefill-ms-per-token", "0"],  # fmt: skip
        1,
        f"{sim_url}/health",
        logs / "sim.log",
    )
    sim.start()
    sim.wait_ready()
    text = big_text(args.prompt_bytes)
    report: dict[str, Any] = {}
    try:
        for name, offload in (("offload", True), ("inline", False)):
            port = free_port()
            cfg = logs / f"aire-{name}.yaml"
            cfg.write_text(gateway_config(port, sim_url, offload))
            gw = Server(
                f"aire-{name}",
                [aire, "serve", "-c", str(cfg)],
                0,
                f"http://127.0.0.1:{port}/health",
                logs / f"aire-{name}.log",
            )
            gw.start()
            gw.wait_ready()
            await asyncio.sleep(2)  # the offload worker starts with the gateway
            url = f"http://127.0.0.1:{port}"
            rounds = []
            for i in range(args.rounds):
                wait_quiet((0, 1), below=0.3, timeout_s=30)
                base = await phase(url, args.duration_s, None, args.every_s)
                loaded = await phase(url, args.duration_s, text, args.every_s)
                rounds.append({"without": base, "with": loaded})
                print(f"{name} round {i + 1}: p99 {base['p99_ms']} -> {loaded['p99_ms']} ms "
                      f"(p50 {base['p50_ms']} -> {loaded['p50_ms']}), "
                      f"{loaded['big_prompts']} big prompts", flush=True)  # fmt: skip
            gw.stop()
            raises = [r["with"]["p99_ms"] - r["without"]["p99_ms"] for r in rounds]
            report[name] = {"rounds": rounds, "p99_raise_ms_median": round(statistics.median(raises), 3)}
    finally:
        sim.stop()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration-s", type=float, default=20)
    parser.add_argument("--every-s", type=float, default=2.0)
    parser.add_argument("--prompt-bytes", type=int, default=1_048_576)
    args = parser.parse_args()
    logs = Path("/tmp/aire-big-prompt")
    logs.mkdir(exist_ok=True)
    with bench_lock():
        started = datetime.now(UTC).isoformat()
        report = asyncio.run(measure(args, logs))
    out = {
        "benchmark": "big_prompt",
        "started_at": started,
        "machine": machine(),
        "command": " ".join(sys.argv),
        "args": vars(args),
        "results": report,
    }
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"big-prompt-{started[:10]}.json"
    path.write_text(json.dumps(out, indent=2))
    for name, data in report.items():
        print(f"{name}: median p99 raise {data['p99_raise_ms_median']} ms")
    print(f"written {path}")


if __name__ == "__main__":
    main()
