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
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.gateway.procs import (
    Server,
    bench_lock,
    free_port,
    machine,
    wait_quiet,
)

from aire.config.load import LoadConfig
from aire.load import open_target, run

VENV_BIN = Path(sys.executable).parent
RESULTS = Path(__file__).parent / "results"
WORDS = [
    "the",
    "quarterly",
    "report",
    "covers",
    "revenue",
    "growth",
    "in",
    "three",
    "regions",
    "while",
    "the",
    "team",
    "reviews",
    "supplier",
    "contracts",
    "and",
    "the",
    "warehouse",
    "schedule",
    "for",
    "the",
    "coming",
    "months",
]


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


def gateway_config(port: int, sim_url: str, sink_url: str, offload: bool) -> str:
    offload_line = "" if offload else "  guard_offload_bytes: null\n"
    return (
        "gateway:\n"
        f"  port: {port}\n"
        "  log_requests: false\n"
        "  guard_policy: default\n"
        f"{offload_line}"
        "  models:\n"
        f'    chat: {{deployments: [{{url: "{sim_url}/v1", model: aire-sim, name: sim}}]}}\n'
        f'    big: {{deployments: [{{url: "{sink_url}/v1", model: sink, name: sink}}]}}\n'
    )


#: the big prompts' upstream: reads the request and answers a fixed completion, so that
#: what the big prompts cost the others is the gateway's doing, not a shared upstream's
#: (a simulator tokenising 1 MB stalls its own loop for every request it holds)
SINK = """
import asyncio, sys
ANSWER = (b'{"id":"x","object":"chat.completion","created":0,"model":"sink","choices":'
          b'[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],'
          b'"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}')
HEAD = (b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: %d\\r\\n\\r\\n"
        % len(ANSWER))
async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\\r\\n\\r\\n")
            length = 0
            for line in head.split(b"\\r\\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            if head.startswith(b"GET"):
                writer.write(b"HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\n\\r\\nok")
            else:
                writer.write(HEAD + ANSWER)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    async with server:
        await server.serve_forever()
asyncio.run(main())
"""


SENDER = """
import sys, time, urllib.request
url, path, every = sys.argv[1], sys.argv[2], float(sys.argv[3])
data = open(path, "rb").read()
count = 0
while True:
    t0 = time.perf_counter()
    req = urllib.request.Request(url + "/v1/chat/completions", data=data,
                                 headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
    except Exception as exc:  # a 400 (the guard blocked it) is still a full scan
        getattr(exc, "read", lambda: b"")()
    count += 1
    print(f"{count} {time.perf_counter() - t0:.4f}", flush=True)
    time.sleep(max(0.0, every - (time.perf_counter() - t0)))
"""


def start_sender(url: str, body_path: Path, every_s: float, log: Path) -> subprocess.Popen[bytes]:
    """The big prompts come from their own process: serialising and sending 1 MB must
    not delay the load generator's own sends and clocks."""
    return subprocess.Popen(
        ["taskset", "-c", "1", sys.executable, "-c", SENDER, url, str(body_path), str(every_s)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


async def phase(
    url: str, duration_s: float, big: Path | None, every_s: float, logs: Path
) -> dict[str, Any]:
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
    sender = None
    log = logs / "sender.log"
    if big is not None:
        sender = start_sender(url, big, every_s, log)
    try:
        async with open_target(config) as target:
            result, summary = await run(config, target)
    finally:
        if sender is not None:
            sender.terminate()
            sender.wait(10)
    big_took = []
    if sender is not None:
        big_took = [float(line.split()[1]) for line in log.read_text().splitlines() if line]
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
        [
            aire,
            "sim",
            "--port",
            str(sim_port),
            "--ttft-ms",
            "0",
            "--itl-ms",
            "0",
            "--prefill-ms-per-token",
            "0",
        ],  # fmt: skip
        1,
        f"{sim_url}/health",
        logs / "sim.log",
    )
    sim.start()
    sim.wait_ready()
    sink_port = free_port()
    sink = Server(
        "sink",
        [sys.executable, "-c", SINK, str(sink_port)],
        1,
        f"http://127.0.0.1:{sink_port}/health",
        logs / "sink.log",
    )
    sink.start()
    sink.wait_ready()
    body_path = logs / "big-body.json"
    body = {
        "model": "big",
        "messages": [{"role": "user", "content": big_text(args.prompt_bytes)}],
        "max_tokens": 4,
    }
    body_path.write_bytes(json.dumps(body).encode())
    report: dict[str, Any] = {}
    try:
        for name, offload in (("offload", True), ("inline", False)):
            port = free_port()
            cfg = logs / f"aire-{name}.yaml"
            cfg.write_text(gateway_config(port, sim_url, f"http://127.0.0.1:{sink_port}", offload))
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
                base = await phase(url, args.duration_s, None, args.every_s, logs)
                loaded = await phase(url, args.duration_s, body_path, args.every_s, logs)
                rounds.append({"without": base, "with": loaded})
                print(f"{name} round {i + 1}: p99 {base['p99_ms']} -> {loaded['p99_ms']} ms "
                      f"(p50 {base['p50_ms']} -> {loaded['p50_ms']}), "
                      f"{loaded['big_prompts']} big prompts", flush=True)  # fmt: skip
            gw.stop()
            raises = [r["with"]["p99_ms"] - r["without"]["p99_ms"] for r in rounds]
            report[name] = {
                "rounds": rounds,
                "p99_raise_ms_median": round(statistics.median(raises), 3),
            }
    finally:
        sim.stop()
        sink.stop()
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
