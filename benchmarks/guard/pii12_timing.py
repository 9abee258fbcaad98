#!/usr/bin/env python3
"""PII ``find_pii`` time per benchmark prompt (2 KB), best of 7 calls, for one source tree;
p50 / p99 over prompts. A/B: alternate trees under the bench lock (pii12):

    for t in /work/main /work/wt-pii12 /work/main /work/wt-pii12; do
        flock /tmp/aire-bench.lock taskset -c 1 .venv/bin/python \\
            benchmarks/guard/pii12_timing.py $t; done
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

TREE = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[2])
sys.path.insert(0, TREE + "/src")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import workloads  # noqa: E402

from aire.guard.detect.pii import find_pii  # noqa: E402


def main() -> None:
    prompts = workloads.build()["prompts"]
    for p in prompts:
        find_pii(p)
    best = []
    for p in prompts:
        b = 1e9
        for _ in range(7):
            t = time.perf_counter()
            find_pii(p)
            b = min(b, time.perf_counter() - t)
        best.append(b * 1e6)
    best.sort()
    print(f"{TREE}: p50 {statistics.median(best):.1f} us  p99 {best[int(0.99 * len(best))]:.1f} us")


if __name__ == "__main__":
    main()
