#!/usr/bin/env python3
"""PII cost on the 2 KB bench prompts (``workloads.build()``): per prompt the fastest of
``--reps`` calls of ``find_pii`` and of the address finder alone; prints the medians and
means over the prompts. Run once per code tree, alternately, for an A/B:

    for r in 1 2 3; do for S in /work/main/src $PWD/src; do PYTHONPATH=$S flock \\
        /tmp/aire-bench.lock taskset -c 1 .venv/bin/python benchmarks/guard/addr9_timing.py; \\
        done; done
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workloads import build

from aire.guard.detect import pii  # the tree on PYTHONPATH


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=11)
    args = ap.parse_args()
    prompts = build()["prompts"]
    cases: dict[str, Callable[[str], object]] = {
        "find_pii": pii.find_pii,
        "addresses": lambda p: list(pii._addresses(p, pii._windows(p))),
    }
    for name, fn in cases.items():
        best = [float("inf")] * len(prompts)
        for _ in range(args.reps):
            for i, p in enumerate(prompts):
                t = time.perf_counter()
                fn(p)
                best[i] = min(best[i], time.perf_counter() - t)
        print(
            f"{pii.__file__}: {name} p50 {statistics.median(best) * 1e6:.1f} us,"
            f" mean {statistics.mean(best) * 1e6:.1f} us"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
