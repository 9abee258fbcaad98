#!/usr/bin/env python3
"""The audit log's cost: per record on the event loop, and each backend's throughput.

    flock /tmp/aire-bench.lock nice -n 10 .venv/bin/python benchmarks/audit/bench.py \
        [--records 100000] [--pg postgresql://postgres@127.0.0.1:5432/test] [--out results.json]

1. On the request path (``AuditObserver.on_settle``): building the record from a settled
   ``RequestContext`` and queueing it, per call, with nothing else running.
2. In the writer task (on the loop, off the request path): sealing a record (canonical
   JSON + HMAC-SHA256).
3. End to end, per backend (SQLite WAL + synchronous=FULL, PostgreSQL, and the spool file
   as if the database were down): records/s from submit to committed, batch 500, while a
   ticker task measures how late the loop wakes it (the loop's stall while writing).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from aire.audit.chain import Chain  # noqa: E402
from aire.audit.store import AuditStore, open_store  # noqa: E402
from aire.audit.verify import verify_store  # noqa: E402
from aire.audit.writer import AuditWriter  # noqa: E402
from aire.gateway.context import RequestContext  # noqa: E402
from aire.gateway.observers.audit import AuditObserver, audit_record  # noqa: E402

KEY = b"k" * 32
#: a busy gateway process: records (requests) per second for the paced runs
PACED_RATE = 2000


def settled_context(i: int) -> RequestContext:
    """A context as a settled streamed chat request leaves it."""
    ctx = RequestContext(f"0a1b2c3d{i:010x}", [(b"content-type", b"application/json")], "chat")
    ctx.requested_model = ctx.alias = "chat"
    ctx.deployment = "sim-a"
    ctx.stream = True
    ctx.status = 200
    ctx.attempts = 1
    ctx.ttft_s = 0.0123
    ctx.prompt_tokens, ctx.completion_tokens = 42, 128
    ctx.cache = "miss"
    return ctx


def per_call_ns(
    fn: Callable[[Any], object],
    items: list[Any],
    rounds: int = 7,
    reset: Callable[[], object] = lambda: None,
    chunk: int = 500,
) -> dict[str, float]:
    """Median and best over ``rounds`` of the mean ns per call of ``fn(item)``.

    Calls are timed in chunks of ``chunk`` with ``reset`` (untimed) between them: the
    writer drains its queue every batch, so the queue never holds more than that; a queue
    that only grows would measure the garbage collector walking it instead."""
    means = []
    for _ in range(rounds):
        spent = 0
        for i in range(0, len(items), chunk):
            part = items[i : i + chunk]
            reset()
            start = time.perf_counter_ns()
            for item in part:
                fn(item)
            spent += time.perf_counter_ns() - start
        means.append(spent / len(items))
    return {"median_ns": round(statistics.median(means)), "best_ns": round(min(means))}


class Parked(AuditWriter):
    """A writer whose task never runs: submit() only queues (the request path alone)."""

    def _start_soon(self) -> None:
        self._task = asyncio.Future()  # type: ignore[assignment]


def request_path(n: int) -> dict[str, Any]:
    contexts = [settled_context(i) for i in range(1000)] * (n // 1000)
    store = open_store("sqlite:////tmp/unused-audit-bench.db")
    writer = Parked(store, KEY, spool_dir=Path(tempfile.mkdtemp()), max_pending=10**9)
    observer = AuditObserver(writer)
    records = [audit_record(c) for c in contexts]
    chain = Chain(KEY, "bench:1:1")
    loop_overhead = per_call_ns(lambda c: None, contexts)
    return {
        "empty loop (harness overhead, included below)": loop_overhead,
        "on_settle = build + enqueue (request path)": per_call_ns(
            observer.on_settle, contexts, reset=writer._pending.clear
        ),
        "build the record only": per_call_ns(audit_record, contexts),
        "seal = canonical JSON + HMAC (writer task)": per_call_ns(
            lambda r: chain.seal(dict(r)), records
        ),
    }


async def _ticker(lags: list[float], stop: asyncio.Event, period_s: float = 0.001) -> None:
    clock = time.perf_counter  # uvloop's loop.time() ticks in whole milliseconds
    while not stop.is_set():
        start = clock()
        await asyncio.sleep(period_s)
        lags.append(clock() - start - period_s)


class Down:
    """A store that is never reachable: every batch goes to the spool file."""

    where = "down"

    async def open(self, *, create: bool = True) -> None:
        raise ConnectionRefusedError("down")

    async def append(self, records: object, checkpoints: object) -> None:
        raise ConnectionRefusedError("down")

    async def aclose(self) -> None:
        return None


async def throughput(
    store: AuditStore, n: int, spool_dir: Path, rate: float | None = None
) -> dict[str, Any]:
    """``n`` records as fast as they can be written, or at ``rate`` records/s (in ticks of
    10 records, as a busy gateway would settle them)."""
    writer = AuditWriter(store, KEY, spool_dir=spool_dir, batch_size=500, flush_ms=50,
                         retry_s=3600, max_pending=10**9)  # fmt: skip
    records = [audit_record(settled_context(i)) for i in range(1000)]
    await writer.start()
    await writer.flush()  # connected, tables made
    lags: list[float] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(_ticker(lags, stop))
    start = time.perf_counter()
    step = 500 if rate is None else 10
    for i in range(n):
        writer.submit(dict(records[i % 1000]))
        if i % step == step - 1:
            if rate is None:
                await asyncio.sleep(0)  # a server would: requests arrive between callbacks
            else:
                await asyncio.sleep(max(0.0, start + (i + 1) / rate - time.perf_counter()))
    await writer.aclose()
    elapsed = time.perf_counter() - start
    stop.set()
    await ticker
    lags.sort()
    stats = writer.stats
    assert stats.written + stats.spooled == n, stats
    return {
        "records": n,
        "seconds": round(elapsed, 3),
        "records_per_s": round(n / elapsed),
        "loop_lag_ms": {
            "p50": round(lags[len(lags) // 2] * 1000, 3),
            "p99": round(lags[int(len(lags) * 0.99)] * 1000, 3),
            "max": round(lags[-1] * 1000, 3),
        },
    }


async def verify_rate(dsn: str, prefix: str = "aire_audit_") -> dict[str, Any]:
    """How fast ``aire audit verify`` checks what the runs above wrote."""
    store = open_store(dsn, prefix)
    await store.open(create=False)
    start = time.perf_counter()
    report = await verify_store(store, KEY, strict=True)
    elapsed = time.perf_counter() - start
    await store.aclose()
    assert report.intact, report.breaks
    return {
        "records": report.records,
        "chains": len(report.chains),
        "seconds": round(elapsed, 3),
        "records_per_s": round(report.records / elapsed),
    }


async def baseline(seconds: float = 1.0) -> dict[str, Any]:
    """The ticker alone: how late an idle loop wakes on this machine (its noise floor)."""
    lags: list[float] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(_ticker(lags, stop))
    await asyncio.sleep(seconds)
    stop.set()
    await ticker
    lags.sort()
    return {"loop_lag_ms": {"p50": round(lags[len(lags) // 2] * 1000, 3),
                            "p99": round(lags[int(len(lags) * 0.99)] * 1000, 3),
                            "max": round(lags[-1] * 1000, 3)}}  # fmt: skip


async def backends(n: int, pg: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"idle loop (no writes)": await baseline()}
    with tempfile.TemporaryDirectory(dir=os.environ.get("AUDIT_BENCH_DIR")) as tmp:
        root = Path(tmp)
        paced = min(n, PACED_RATE * 5)
        sqlite = f"sqlite:///{root}/a.db"
        out["sqlite"] = await throughput(open_store(sqlite), n, root / "s1")
        out[f"sqlite at {PACED_RATE}/s"] = await throughput(
            open_store(sqlite), paced, root / "s1", PACED_RATE
        )
        out["verify (sqlite)"] = await verify_rate(sqlite)
        out["spool (database down)"] = await throughput(Down(), n, root / "s2")  # type: ignore[arg-type]
        if pg:
            prefix = f"bench{uuid.uuid4().hex[:8]}_"
            try:
                out["postgresql"] = await throughput(open_store(pg, prefix), n, root / "s3")
                out[f"postgresql at {PACED_RATE}/s"] = await throughput(
                    open_store(pg, prefix), paced, root / "s3", PACED_RATE
                )
                out["verify (postgresql)"] = await verify_rate(pg, prefix)
            finally:
                import asyncpg

                conn = await asyncpg.connect(pg)
                for table in ("records", "checkpoints", "meta"):
                    await conn.execute(f"DROP TABLE IF EXISTS {prefix}{table}")
                await conn.close()
    return out


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "nproc": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_avg": os.getloadavg()}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    result = {"machine": machine(), "per_record": request_path(args.calls)}
    try:
        import uvloop

        run = uvloop.run
    except ImportError:
        run = asyncio.run
    result["backends"] = run(backends(args.records, None if args.no_pg else args.pg))
    result["machine"]["load_avg_after"] = os.getloadavg()
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
