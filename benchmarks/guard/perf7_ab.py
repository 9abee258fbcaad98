#!/usr/bin/env python3
"""Old and new source trees timed in alternation: ``pipeline_ab.py`` (p50/p99 of the
default input pipeline and each of its scanners on the 2 KB prompts, wall clock and CPU
time) run ``--rounds`` times per tree, old and new in turn (the first of each pair
alternating), then the medians of each figure over the rounds:

    flock /tmp/aire-bench.lock taskset -c 1 .venv/bin/python benchmarks/guard/perf7_ab.py \
        --old /tmp/perf7_old/src --new src --rounds 5

The child processes inherit the CPU pinning. Prints the machine, the load average before
and after, every run's line and the table of medians (microseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _run(src: str, label: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
    out = subprocess.run(
        [sys.executable, str(HERE / "pipeline_ab.py"), label],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", required=True, help="src directory of the old tree")
    ap.add_argument("--new", required=True, help="src directory of the new tree")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    affinity = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    print(f"machine: {_cpu()}, {os.cpu_count()} cores, pinned to {affinity}; "
          f"python {platform.python_version()}")  # fmt: skip
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    for r in range(args.rounds):
        order = ("old", "new") if r % 2 == 0 else ("new", "old")
        for label in order:
            res = _run(args.old if label == "old" else args.new, label)
            runs[label].append(res)
            print(json.dumps(res), flush=True)
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    names = [k for k in runs["old"][0] if k != "tree"]
    print(f"\nmedians over {args.rounds} rounds (us): old -> new (change)")
    for name in names:
        for key in ("wall_p50_p99_us", "cpu_p50_p99_us"):
            cells = []
            for i, pct in enumerate(("p50", "p99")):
                old = statistics.median(run[name][key][i] for run in runs["old"])
                new = statistics.median(run[name][key][i] for run in runs["new"])
                cells.append(f"{pct} {old:7.1f} -> {new:7.1f} ({(new - old) / old:+.0%})")
            print(f"  {name:18s} {key[:4]}  " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
