#!/usr/bin/env python3
"""(ref11) Per-text cost of ``classify_refusal`` without machine noise: each of the 200
workload outputs (``workloads.build``) timed 7 times, the minimum kept; prints p50/p99 over
the texts in microseconds. Run it for the base and the branch in turn under the lock:

    PYTHONPATH=src flock /tmp/aire-bench.lock taskset -c 1 \\
        .venv/bin/python benchmarks/guard/heldout/refusal_ref11_timing_min.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import workloads

from aire.guard.detect.refusal import classify_refusal


def main() -> None:
    outs = workloads.build()["outputs"]
    mins = []
    for t in outs:
        best = 1.0
        for _ in range(7):
            t0 = time.perf_counter()
            classify_refusal(t)
            best = min(best, time.perf_counter() - t0)
        mins.append(best * 1e6)
    mins.sort()
    pick = {
        "p50_us": mins[len(mins) // 2],
        "p99_us": mins[min(len(mins) - 1, int(0.99 * len(mins)))],
    }
    print(json.dumps({k: round(v, 1) for k, v in pick.items()}))


if __name__ == "__main__":
    main()
