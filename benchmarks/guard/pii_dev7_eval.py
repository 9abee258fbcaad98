#!/usr/bin/env python3
"""Person and address precision / recall / F1 on the PII development sets (round 7).

Sets: ``heldout/pii_heldout.jsonl``, ``pii_late.jsonl``, ``pii_late4.jsonl`` and
``pii_late5.jsonl`` (spent blind sets, now development data), ``pii_dev7.jsonl`` (written
for this round, see make_pii_dev7.py) and ``shared/data/pii/pii_dev.jsonl``
(presidio-research half: PERSON -> person, STREET_ADDRESS -> address). The scanner is the
pipeline's ``pii`` scanner with default params; spans match as ``heldout.match`` (overlap
>= 50% of both). Never reads a set this script does not name.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/guard/pii_dev7_eval.py \
        [--errors SET] [--json OUT] [--latency]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from heldout import match  # noqa: E402  (the blind sets' matcher; main() is not run)

from aire.config.guard import ScannerSpec  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402
from aire.guard.types import ScanContext  # noqa: E402

SETS = {
    "heldout": HERE / "heldout" / "pii_heldout.jsonl",
    "late": HERE / "heldout" / "pii_late.jsonl",
    "late4": HERE / "heldout" / "pii_late4.jsonl",
    "late5": HERE / "heldout" / "pii_late5.jsonl",
    "dev7": HERE / "heldout" / "pii_dev7.jsonl",
    "dev7_check": HERE / "heldout" / "pii_dev7_check.jsonl",
    "dev7_fresh": HERE / "heldout" / "pii_dev7_fresh.jsonl",
    "intl_dev": ROOT / "tests" / "guard" / "data" / "pii_intl_dev.jsonl",
    "check6": ROOT / "tests" / "guard" / "data" / "pii_check6.jsonl",
    "presidio": ROOT.parent / "shared" / "data" / "pii" / "pii_dev.jsonl",
}
KINDS = {"PERSON": "person", "STREET_ADDRESS": "address"}


def load(name: str) -> list[tuple[str, set[tuple[str, int, int]]]]:
    path = SETS[name]
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if "full_text" in r:
            gold = {
                (KINDS[s["entity_type"]], s["start_position"], s["end_position"])
                for s in r["spans"]
                if s["entity_type"] in KINDS
            }
            rows.append((r["full_text"], gold))
        else:
            rows.append((r["text"], {(s["kind"], s["start"], s["end"]) for s in r["spans"]}))
    return rows


def evaluate(name: str, errors: bool = False) -> dict[str, Any]:
    scanner = build_pipeline((ScannerSpec(scanner="pii", params={}),), "input").steps[0].scanner
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for text, gold in load(name):
        found = scanner.find(text, ScanContext())  # type: ignore[attr-defined]
        pred = {(f.kind, f.start, f.end) for f in found if f.kind in ("person", "address")}
        tps, fps, missed = match(gold, pred)
        for p in tps:
            counts[p[0]][0] += 1
        for p in fps:
            counts[p[0]][1] += 1
        for g in missed:
            counts[g[0]][2] += 1
        if errors and (fps or missed):
            print(repr(text))
            for k, a, b in sorted(missed):
                print(f"   MISS {k}: {text[a:b]!r}")
            for k, a, b in sorted(fps):
                print(f"   FP   {k}: {text[a:b]!r}")
    out = {}
    for kind in ("person", "address"):
        tp, fp, fn = counts[kind]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f}
    return out


def latency(runs: int = 5) -> dict[str, float]:
    from workloads import build

    prompts = build()["prompts"]
    scanner = build_pipeline((ScannerSpec(scanner="pii", params={}),), "input").steps[0].scanner
    ctx = ScanContext()
    for p in prompts:
        scanner.find(p, ctx)  # type: ignore[attr-defined]
    samples = []
    for _ in range(runs):
        for p in prompts:
            t = time.perf_counter()
            scanner.find(p, ctx)  # type: ignore[attr-defined]
            samples.append(time.perf_counter() - t)
    # each prompt's fastest of the runs (robust to other processes on the core), then the
    # quantiles over prompts; and the quantiles of all calls
    n = len(prompts)
    best = sorted(min(samples[k::n]) for k in range(n))
    samples.sort()
    return {
        "p50_ms": statistics.median(samples) * 1e3,
        "p99_ms": samples[int(0.99 * len(samples))] * 1e3,
        "best_p50_ms": statistics.median(best) * 1e3,
        "best_p99_ms": best[int(0.99 * n)] * 1e3,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", choices=sorted(SETS))
    ap.add_argument("--json")
    ap.add_argument("--latency", action="store_true")
    args = ap.parse_args()
    if args.latency:
        print(json.dumps(latency()))
        return 0
    if args.errors:
        evaluate(args.errors, errors=True)
        return 0
    results = {name: evaluate(name) for name in SETS if load(name)}
    print(f"{'set':10} {'kind':8} {'P':>5} {'R':>5} {'F1':>5}   tp/fp/fn")
    for name, res in results.items():
        for kind, m in res.items():
            print(
                f"{name:10} {kind:8} {m['p']:.2f}  {m['r']:.2f}  {m['f1']:.2f}"
                f"   {m['tp']}/{m['fp']}/{m['fn']}"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
