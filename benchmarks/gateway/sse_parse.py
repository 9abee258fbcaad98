"""Cost of splitting an upstream chunk of OpenAI token events: ``aire.sse`` against the
splitter it replaced (``SSEBuffer`` + ``sse_data`` of ``aire.gateway.transport`` before
2026-12, imported from ``--a-src``), in one process, alternating.

    git archive 6718366 src | tar -x -C /tmp/aire-main-src
    .venv/bin/python benchmarks/gateway/sse_parse.py --a-src /tmp/aire-main-src/src

Both do what the OpenAI provider does per event: find its data, frame it for the client.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

EVENT = (
    b'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"aire-sim",'
    b'"system_fingerprint":"fp_aire_sim","choices":[{"index":0,"delta":{"content":" word"},'
    b'"logprobs":null,"finish_reason":null}]}\n\n'
)


def _old(src: Path) -> Callable[[bytes], list[bytes]]:
    sys.path.insert(0, str(src))
    transport = importlib.import_module("aire.gateway.transport")
    for name in [m for m in sys.modules if m == "aire" or m.startswith("aire.")]:
        del sys.modules[name]  # the new aire is imported next, from this checkout
    sys.path.pop(0)

    def split(chunk: bytes) -> list[bytes]:
        out = []
        for event in transport.SSEBuffer().feed(chunk):
            _, data = transport.sse_data(event)
            out.append(event + b"\n\n")
        return out

    return split


def _new() -> Callable[[bytes], list[bytes]]:
    from aire.sse import DATA, END, SSEParser

    def split(chunk: bytes) -> list[bytes]:
        out = []
        for event in SSEParser(comments=True).feed(chunk):
            data = event.data
            if data is None or event.event is not None or data.find(b"\n") >= 0:
                continue
            out.append(DATA + data + END)
        return out

    return split


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--a-src", type=Path, required=True)
    p.add_argument("--events", type=int, default=20, help="events per chunk")
    p.add_argument("--chunks", type=int, default=20000)
    p.add_argument("--rounds", type=int, default=7)
    args = p.parse_args()
    chunk = EVENT * args.events
    splitters = {"old": _old(args.a_src), "aire.sse": _new()}
    assert splitters["old"](chunk) == splitters["aire.sse"](chunk)
    times: dict[str, list[float]] = {name: [] for name in splitters}
    for _ in range(args.rounds):
        for name, split in splitters.items():
            t0 = time.perf_counter()
            for _ in range(args.chunks):
                split(chunk)
            times[name].append(1e6 * (time.perf_counter() - t0) / args.chunks)
    for name, per in times.items():
        print(f"{name:9s} {statistics.median(per):6.2f} us per chunk of {args.events} events")


if __name__ == "__main__":
    main()
