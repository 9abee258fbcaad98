#!/usr/bin/env python3
"""A/B latency of the injection model tier on one 512-token window, one core: the tier as
it was at 6aef80b (tierlat_old.py) against ``InjectionHead.predict`` now, alternating
call by call in one process; wall-clock and CPU-time percentiles.

    flock /tmp/aire-bench.lock taskset -c 1 env PYTHONPATH=src \\
        .venv/bin/python benchmarks/guard/tierlat_ab.py [--rounds 5] [--long]

The texts are those of tier11_timing.py (~3,000 characters: a full 512-token window);
``--long`` makes each 60,000 characters (the window is the same, the tokenizer's work is
not). Run it three times and take the medians: the machine is shared, and the wall-clock
tail is mostly time spent waiting for the core (``uptime`` is printed).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tierlat_old import OldTier  # noqa: E402

from aire.guard.detect.model_tier import default_head  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl"


def texts(size: int) -> list[str]:
    rows = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    out = []
    for i in range(40):
        parts, j = [], i
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rows[(j * 37) % len(rows)])
            j += 1
        out.append("\n".join(parts)[:size])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--long", action="store_true")
    args = ap.parse_args()
    print("uptime:", os.getloadavg(), "affinity:", sorted(os.sched_getaffinity(0)))
    head = default_head()
    tok = (resources.files("aire.embeddings") / "data" / "minilm-tokenizer.json").read_text()
    old = OldTier(head, tok)
    sample = texts(60000 if args.long else 3000)
    for t in sample[:5]:
        old.predict(t)
        head.predict(t)
    res: dict[str, tuple[list[float], list[float]]] = {"old": ([], []), "new": ([], [])}
    fns = {"old": old.predict, "new": head.predict}
    wall, cpu = time.perf_counter, time.process_time
    for r in range(args.rounds):
        for i, t in enumerate(sample):
            order = ("old", "new") if (i + r) % 2 == 0 else ("new", "old")
            for name in order:
                c0, w0 = cpu(), wall()
                fns[name](t)
                w1, c1 = wall(), cpu()
                res[name][0].append((w1 - w0) * 1000)
                res[name][1].append((c1 - c0) * 1000)
        gc.collect()
    for name, (w, c) in res.items():
        print(
            f"{name}: n={len(w)} wall p50 {np.percentile(w, 50):.2f} p99 {np.percentile(w, 99):.2f}"
            f" max {max(w):.2f} ms; cpu p50 {np.percentile(c, 50):.2f}"
            f" p99 {np.percentile(c, 99):.2f} max {max(c):.2f} ms"
        )
    print("uptime after:", os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
