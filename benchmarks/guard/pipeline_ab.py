#!/usr/bin/env python3
"""Wall-clock and CPU-time percentiles of the default input pipeline and its four
scanners on the benchmark's 2 KB prompts, for alternating runs of two source
trees on one core (CPU time leaves out the time a loaded machine makes the process wait):

    for i in 1 2 3; do for tree in /work/main /work/wt-detect; do
        PYTHONPATH=$tree/src taskset -c 1 .venv/bin/python benchmarks/guard/pipeline_ab.py $tree
    done; done
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import workloads

from aire.config.guard import GuardConfig, ScannerSpec
from aire.guard import Guard
from aire.guard.policy import build_pipeline
from aire.guard.types import ScanContext


def main() -> int:
    prompts = workloads.build()["prompts"]
    guard = Guard(GuardConfig().policies["default"])
    fns: dict[str, Callable[[str], object]] = {
        "default pipeline": lambda t: guard.scan_input(t, guard.context())
    }
    for name in ("prompt_injection", "pii", "secrets", "invisible_text"):
        scanner = build_pipeline((ScannerSpec(scanner=name, params={}),), "input").steps[0].scanner
        fns[name] = lambda t, s=scanner: s.scan(t, ScanContext())
    out = {}
    for name, fn in fns.items():
        for t in prompts[:20]:
            fn(t)
        wall, cpu = [], []
        for _ in range(3):
            for t in prompts:
                c0, w0 = time.process_time(), time.perf_counter()
                fn(t)
                wall.append(time.perf_counter() - w0)
                cpu.append(time.process_time() - c0)
        w, c = workloads.percentiles(wall), workloads.percentiles(cpu)
        out[name] = {"wall_p50_p99_us": [w["p50_us"], w["p99_us"]],
                     "cpu_p50_p99_us": [c["p50_us"], c["p99_us"]]}  # fmt: skip
    print(json.dumps({"tree": sys.argv[1] if len(sys.argv) > 1 else "", **out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
