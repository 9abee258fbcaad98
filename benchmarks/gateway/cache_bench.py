"""What the response cache costs: a miss over a request with the cache off, and a hit.

    nice -n 10 .venv/bin/python benchmarks/gateway/cache_bench.py [--out FILE.json]

Two parts, one run, under the machine's benchmark lock (/tmp/aire-bench.lock):

1. **Stage**: the gateway's real relay and cache stages in this process on uvloop, in
   front of a fake upstream stage that answers at once, so that every microsecond shown
   is the gateway's own. Per request, sequentially: the cache off (the baseline), a miss
   (a new request each time: key, lookup, assembly for a stream, the store's write) and a
   hit (whole, and replayed as a stream), for each store the gateway can use: memory
   (one process), host (the supervisor's memory store over its Unix socket, in another
   process, as ``aire serve --workers N`` runs it) and Redis on 127.0.0.1:6379; prompts
   of 1 KB and 64 KB (the key hashes the whole request). The answer is 128 tokens: one
   body, or 128 chunks.
2. **End to end**: ``aire sim`` (no simulated latency) behind two ``aire serve``
   processes, one with the cache off and one with it on (memory store), requests from an
   aiohttp client in this process, one at a time, alternating between the gateways so
   that drift in the machine's load hits both alike: what a client sees for a miss and
   for a hit against the same request with the cache off.

Each case: ``--rounds`` rounds of ``--ops`` requests after a warm-up; the median over
rounds of each percentile (microseconds).
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import redis
import uvloop
import yaml

from aire.config.gateway import GatewayConfig
from aire.gateway.cache_metrics import CacheMetrics
from aire.gateway.context import Answer, RequestContext
from aire.gateway.observer import GatewayObserver
from aire.gateway.services import Services
from aire.gateway.stages import Next, build_chain
from aire.gateway.stages.cache import Cache
from aire.gateway.stages.relay import Relay
from aire.gateway.state import GatewayState
from aire.gateway.transport import Transport
from aire.state.base import Store
from aire.state.failover import FailoverStore
from aire.state.host_client import HostStore
from aire.state.memory import MemoryStore
from aire.state.redis_store import RedisStore

sys.path.insert(0, str(Path(__file__).parent))
from procs import Server, bench_lock, free_port, machine

REDIS_URL = "redis://127.0.0.1:6379/0"
HOST_SERVER = (
    "import sys; from aire.state.host_server import HostStoreServer; "
    "s = HostStoreServer().start(); print(s.path, flush=True); sys.stdin.read(); s.stop()"
)
WORDS = ["the", "gateway", "keeps", "answers", "that", "do", "not", "change"]
ANSWER_TEXT = " ".join(WORDS[i % len(WORDS)] for i in range(128))


def percentiles(samples_ns: list[int]) -> dict[str, float]:
    s = sorted(samples_ns)
    pick = lambda q: s[min(len(s) - 1, int(len(s) * q))] / 1000  # noqa: E731
    return {"p50_us": pick(0.5), "p90_us": pick(0.9), "p99_us": pick(0.99)}


def merge(rounds: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(statistics.median(r[k] for r in rounds), 1) for k in rounds[0]}


# -- part 1: the stage ------------------------------------------------------------------------


def whole_body() -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": ANSWER_TEXT},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 300, "completion_tokens": 128, "total_tokens": 428},
        }
    )


def stream_chunks() -> list[bytes]:
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}

    def event(choice: dict[str, Any] | None, **extra: Any) -> bytes:
        chunk = {**head, "choices": [choice] if choice else [], **extra}
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    out = [event({"index": 0, "delta": {"role": "assistant", "content": ""}})]
    for i in range(128):
        word = WORDS[i % len(WORDS)] + " "
        out.append(event({"index": 0, "delta": {"content": word}, "finish_reason": None}))
    out.append(event({"index": 0, "delta": {}, "finish_reason": "stop"}))
    usage = {"prompt_tokens": 300, "completion_tokens": 128, "total_tokens": 428}
    out.append(event(None, usage=usage) + b"data: [DONE]\n\n")
    return out


class FakeUpstream:
    def __init__(self) -> None:
        self.body = whole_body()
        self.chunks = stream_chunks()

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        ctx.alias, ctx.deployment, ctx.attempts = ctx.requested_model, "a", 1
        ctx.prompt_tokens, ctx.completion_tokens = 300, 128
        if ctx.stream:
            return Answer(stream=self._stream())
        return Answer(body=self.body)

    async def _stream(self) -> AsyncGenerator[bytes, None]:
        for chunk in self.chunks:
            yield chunk


async def _send(message: Any) -> None:
    return None


class StageBench:
    def __init__(self, store: Store, prompt_bytes: int, enabled: bool) -> None:
        config = GatewayConfig.model_validate(
            {
                "cache": {"enabled": enabled},
                "models": {"chat": {"deployments": [{"url": "http://x.invalid/v1", "model": "m"}]}},
            }
        )
        self.state = GatewayState(config, Transport(), GatewayObserver())
        services = Services(observer=GatewayObserver(), store=store, cache_metrics=CacheMetrics())
        self.chain = build_chain([Relay(services), Cache(services), FakeUpstream()])
        self.prompt = ("x" * 63 + " ") * (prompt_bytes // 64)
        self.n = 0

    async def one(self, *, unique: bool, stream: bool) -> None:
        """A new request (unique: a miss when the cache is on), or always the same one."""
        if unique:
            self.n += 1
        body = {
            "model": "chat",
            "messages": [
                {"role": "system", "content": self.prompt},
                {"role": "user", "content": f"question {self.n if unique else 0}"},
            ],
            "temperature": 0,
            "max_tokens": 128,
            "stream": stream,
        }
        ctx = RequestContext("r", [], "chat", state=self.state, send=_send)
        ctx.body, ctx.alias = body, "chat"
        ctx.requested_model, ctx.stream = "chat", stream
        ctx.route = self.state.routes["chat"]
        await self.chain(ctx)


def stage_cases(off: StageBench, on: StageBench) -> dict[str, Callable[[], Awaitable[None]]]:
    return {
        "off, whole": lambda: off.one(unique=True, stream=False),
        "miss, whole": lambda: on.one(unique=True, stream=False),
        "hit, whole": lambda: on.one(unique=False, stream=False),
        "off, stream": lambda: off.one(unique=True, stream=True),
        "miss, stream": lambda: on.one(unique=True, stream=True),
        "hit, stream": lambda: on.one(unique=False, stream=True),
    }


async def time_calls(call: Callable[[], Awaitable[None]], ops: int) -> dict[str, float]:
    for _ in range(min(500, ops)):
        await call()
    clock = time.perf_counter_ns
    samples = []
    for _ in range(ops):
        t0 = clock()
        await call()
        samples.append(clock() - t0)
    return percentiles(samples)


async def stage_part(ops: int, rounds: int) -> list[dict[str, Any]]:
    host = subprocess.Popen(  # noqa: ASYNC220 (before anything is timed)
        [sys.executable, "-c", HOST_SERVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert host.stdout is not None
    path = host.stdout.readline().strip()
    prefix = f"aire-bench:{secrets.token_hex(4)}:"
    stores: dict[str, Callable[[], Store]] = {
        "memory": lambda: FailoverStore(MemoryStore()),
        "host": lambda: FailoverStore(HostStore(path)),
        "redis": lambda: FailoverStore(RedisStore(REDIS_URL, key_prefix=prefix)),
    }
    rows: list[dict[str, Any]] = []
    try:
        for store_name, make in stores.items():
            for size in (1024, 65536):
                store = make()
                off = StageBench(store, size, enabled=False)
                on = StageBench(store, size, enabled=True)
                cases = stage_cases(off, on)
                await on.one(unique=False, stream=False)  # the entry the hits read
                results: dict[str, list[dict[str, float]]] = {c: [] for c in cases}
                for _ in range(rounds):
                    for case, call in cases.items():
                        results[case].append(await time_calls(call, ops))
                for case, got in results.items():
                    row = {"part": "stage", "store": store_name, "prompt_bytes": size,
                           "case": case, **merge(got)}  # fmt: skip
                    rows.append(row)
                    print(json.dumps(row), flush=True)
                await store.aclose()
    finally:
        assert host.stdin is not None
        host.stdin.close()
        host.wait(10)
        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
    return rows


# -- part 2: end to end -----------------------------------------------------------------------


def gateway_server(tmp: Path, name: str, sim_port: int, cache: bool) -> Server:
    port = free_port()
    config = {
        "gateway": {
            "port": port,
            "log_requests": False,
            "health": {"enabled": False},
            "cache": {"enabled": cache},
            "models": {
                "chat": {
                    "deployments": [{"url": f"http://127.0.0.1:{sim_port}/v1", "model": "aire-sim"}]
                }
            },
        }
    }
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    return Server(
        name,
        [sys.executable, "-m", "aire", "serve", "-c", str(path)],
        None,
        f"http://127.0.0.1:{port}/health",
        tmp / f"{name}.log",
    )


async def end_to_end_part(tmp: Path, ops: int, rounds: int) -> list[dict[str, Any]]:
    tmp.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 (before anything is timed)
    sim_port = free_port()
    sim = Server(
        "sim",
        [
            sys.executable,
            "-m",
            "aire",
            "sim",
            "--port",
            str(sim_port),
            "--ttft-ms",
            "0",
            "--itl-ms",
            "0",
            "--prefill-ms-per-token",
            "0",
            "--itl-jitter",
            "0",
        ],
        None,
        f"http://127.0.0.1:{sim_port}/health",
        tmp / "sim.log",
    )
    off = gateway_server(tmp, "cache-off", sim_port, cache=False)
    on = gateway_server(tmp, "cache-on", sim_port, cache=True)
    servers = [sim, off, on]
    rows: list[dict[str, Any]] = []
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait_ready()
        urls = {
            "off": off.ready_url.removesuffix("/health"),
            "on": on.ready_url.removesuffix("/health"),
        }
        counter = 0
        async with aiohttp.ClientSession() as session:

            async def ask(url: str, unique: bool, stream: bool) -> None:
                nonlocal counter
                counter += 1
                body = {
                    "model": "chat",
                    "messages": [
                        {"role": "user", "content": f"question {counter if unique else 0}"}
                    ],
                    "temperature": 0,
                    "max_tokens": 128,
                    "ignore_eos": True,
                    "stream": stream,
                }
                async with session.post(url + "/v1/chat/completions", json=body) as r:
                    await r.read()
                    assert r.status == 200, r.status

            for stream in (False, True):
                form = "stream" if stream else "whole"
                await ask(urls["on"], False, stream)  # the entry the hits read
                cases = {
                    f"off, {form}": (urls["off"], True),
                    f"miss, {form}": (urls["on"], True),
                    f"hit, {form}": (urls["on"], False),
                }
                samples: dict[str, list[dict[str, float]]] = {c: [] for c in cases}
                for _ in range(rounds):
                    per_case: dict[str, list[int]] = {c: [] for c in cases}
                    for _ in range(100):  # warm-up
                        for url, unique in cases.values():
                            await ask(url, unique, stream)
                    clock = time.perf_counter_ns
                    for _ in range(ops):  # interleaved: drift hits every case alike
                        for case, (url, unique) in cases.items():
                            t0 = clock()
                            await ask(url, unique, stream)
                            per_case[case].append(clock() - t0)
                    for case, got in per_case.items():
                        samples[case].append(percentiles(got))
                for case, got in samples.items():
                    row = {"part": "end to end", "store": "memory", "case": case, **merge(got)}
                    rows.append(row)
                    print(json.dumps(row), flush=True)
    finally:
        for server in reversed(servers):
            server.stop()
    return rows


async def main(args: argparse.Namespace) -> dict[str, Any]:
    started = datetime.now(UTC).isoformat(timespec="seconds")
    rows = await stage_part(args.ops, args.rounds)
    rows += await end_to_end_part(Path(args.tmp), args.e2e_ops, args.rounds)
    return {
        "benchmark": "response cache: cost of a miss and of a hit",
        "started": started,
        "command": " ".join(sys.argv),
        "machine": machine(),
        "ops": args.ops,
        "e2e_ops": args.e2e_ops,
        "rounds": args.rounds,
        "rows": rows,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ops", type=int, default=3000, help="requests per stage case and round")
    parser.add_argument("--e2e-ops", type=int, default=1000, help="requests per e2e case and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tmp", default="/tmp/aire-cache-bench")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with bench_lock():
        report = uvloop.run(main(args))
    if args.out is not None:
        args.out.write_text(json.dumps(report, indent=1) + "\n")
