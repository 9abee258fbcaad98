#!/usr/bin/env python3
"""(ref11) A/B timing of the refusal output scanner, base vs branch, alternating runs of
``refusal_ref10_timing.py`` (200 XSTest outputs x 3 rounds, p50/p99 in microseconds) in
fresh processes, one core, under the shared lock. Prints each run and the medians.

    flock /tmp/aire-bench.lock taskset -c 1 .venv/bin/python \\
        benchmarks/guard/heldout/refusal_ref11_timing.py BASE_SRC NEW_SRC [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "refusal_ref10_timing.py"


def run(src: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    base, new = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    res: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
    for i in range(runs):
        for name, src in (
            (("base", base), ("new", new)) if i % 2 == 0 else (("new", new), ("base", base))
        ):
            r = run(src)
            res[name].append(r)
            print(name, json.dumps(r), flush=True)
    for name, rs in res.items():
        keys = rs[0].keys()
        print(name, "median", {k: round(statistics.median(r[k] for r in rs), 1) for k in keys})


if __name__ == "__main__":
    main()
