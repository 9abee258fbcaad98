#!/usr/bin/env python3
"""(ref10) bench.py's "output/refusal" row alone: the refusal output scanner over the same
200 XSTest outputs (``workloads.build``), 3 rounds, wall-clock p50/p99 in microseconds.
Run it for the base and the branch in turn under the lock:

    PYTHONPATH=src flock /tmp/aire-bench.lock taskset -c 1 \\
        .venv/bin/python benchmarks/guard/heldout/refusal_ref10_timing.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import workloads

from aire.config.guard import ScannerSpec
from aire.guard import ScanContext
from aire.guard.policy import build_pipeline


def main() -> None:
    outputs = workloads.build()["outputs"]
    spec = ScannerSpec(scanner="refusal", params={})
    s = build_pipeline((spec,), "output").steps[0].scanner  # type: ignore[arg-type]
    for t in outputs[:20]:
        s.scan(t, ScanContext())
    samples = []
    for _ in range(3):
        for t in outputs:
            t0 = time.perf_counter()
            s.scan(t, ScanContext())
            samples.append(time.perf_counter() - t0)
    print(json.dumps(workloads.percentiles(samples)))


if __name__ == "__main__":
    main()
