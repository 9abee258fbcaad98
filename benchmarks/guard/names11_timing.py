#!/usr/bin/env python3
"""find_pii p50 / p99 on 2 KB prompts in each script (names11), old vs new code A/B.

Per script two prompts of 2,048 characters: the benign sentences of ``names11_data.py``
with its positive sentences mixed in (one name every ~70 characters: a worst case), and
the benign sentences alone; and an English prompt. ``--src`` runs one measurement with that
source tree; without it, the
driver alternates ``--old`` and this tree's src in subprocesses and prints medians.

    flock /tmp/aire-bench.lock taskset -c 1 .venv/bin/python benchmarks/guard/names11_timing.py \
        --old /path/to/old/src
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def prompts() -> dict[str, str]:
    sys.path.insert(0, str(HERE))
    from names11_data import BENIGN, POSITIVE

    out = {}
    for script, benign in BENIGN.items():
        lines = [t for t in benign if t.strip()]
        pos = [t for t, _ in POSITIVE[script]]
        mixed = [x for pair in zip(lines, pos * 4, strict=False) for x in pair] + lines
        sep = "" if script in ("zh", "ja") else " "
        for label, parts in (("names", mixed), ("benign", lines)):
            text = sep.join(parts)
            while len(text) < 2048:
                text += sep + text
            out[f"{script}-{label}"] = text[:2048]
    en = (
        "Please summarise the attached quarterly report for the board and list the three "
        "largest risks, with one sentence on each. The contact person is Maria Lopez. "
    )
    out["en-names"] = (en * 30)[:2048]
    return out


def measure(src: str, reps: int) -> dict[str, list[float]]:
    sys.path.insert(0, src)
    from aire.guard.detect.pii import find_pii

    ps = prompts()
    for p in ps.values():
        find_pii(p)
    res: dict[str, list[float]] = {}
    for name, p in ps.items():
        ts = []
        for _ in range(reps):
            t = time.perf_counter()
            find_pii(p)
            ts.append((time.perf_counter() - t) * 1e6)
        ts.sort()
        res[name] = [ts[len(ts) // 2], ts[int(len(ts) * 0.99)]]
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src")
    ap.add_argument("--old")
    ap.add_argument("--reps", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if args.src:
        print(json.dumps(measure(args.src, args.reps)))
        return
    new = str(HERE.parents[1] / "src")
    runs: dict[str, list[dict[str, list[float]]]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for label, src in (("old", args.old), ("new", new)):
            cmd = [sys.executable, __file__, "--src", src, "--reps", str(args.reps)]
            runs[label].append(json.loads(subprocess.check_output(cmd)))
    print("prompt        old p50  new p50   old p99  new p99   (us, medians of rounds)")
    for name in runs["old"][0]:
        row = []
        for q in (0, 1):
            for label in ("old", "new"):
                row.append(statistics.median(r[name][q] for r in runs[label]))
        print(f"{name:12s} {row[0]:8.1f} {row[1]:8.1f}  {row[2]:8.1f} {row[3]:8.1f}")


if __name__ == "__main__":
    main()
