"""Recall and FPR of the injection detector on the development sets (issue 15, direct attacks).

Run from the repository root with the src tree to measure on the path:
    PYTHONPATH=$PWD/src python benchmarks/guard/injection_direct_eval.py [--misses SET] [--fps]
(PYTHONPATH=/path/to/main/src for the "before" figures). Only spent sets are read: late4 and
late5 were measured before this work and are development data now; late6/late7 are never
opened here.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from aire.guard.detect.injection import InjectionDetector, default_model

ROOT = Path(__file__).resolve().parents[2]
HELD = ROOT / "benchmarks" / "guard" / "heldout"
SETS = {
    "dev7_direct": HELD / "injection_dev7_direct.jsonl",
    "late4": HELD / "injection_late4.jsonl",
    "late5": HELD / "injection_late5.jsonl",
    "shared_dev": ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl",
    "written": ROOT / "scripts" / "injection_written.jsonl",
    "heldout": HELD / "injection_heldout.jsonl",
    "late": HELD / "injection_late.jsonl",
    "late2": HELD / "injection_late2.jsonl",
    "late3": HELD / "injection_late3.jsonl",
    "dev5": HELD / "injection_dev5.jsonl",
    "dev6": HELD / "injection_dev6.jsonl",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", nargs="*", default=[], help="print false negatives of these sets")
    ap.add_argument("--fps", action="store_true", help="print every false positive")
    ap.add_argument("--by-category", action="store_true")
    ap.add_argument("--json", help="write per-row flags here")
    args = ap.parse_args()
    det = InjectionDetector.from_path(None)
    thr = default_model().threshold
    flags: dict[str, list[bool]] = {}
    print(f"threshold {thr:.3f}")
    print(f"{'set':12} {'pos':>5} {'recall':>7} {'neg':>5} {'FP':>4} {'FPR':>7}")
    for name, path in SETS.items():
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        cat: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
        tp = fn = fp = tn = 0
        flags[name] = []
        for r in rows:
            s, c, h = det.score(r["text"])
            flag = s >= thr
            flags[name].append(flag)
            lab = int(r["label"])
            key = (lab, str(r.get("category", "-")))
            cat[key][0] += 1
            cat[key][1] += flag
            if lab:
                tp += flag
                fn += not flag
                if not flag and name in args.misses:
                    print(
                        f"  MISS {name} {key[1]} s={s:.2f} clf={c:.2f} {[(k, w) for k, w, *_ in h]}"
                    )
                    print("    " + r["text"][:300].replace("\n", " | "))
            else:
                fp += flag
                tn += not flag
                if flag and args.fps:
                    print(
                        f"  FP {name} {key[1]} s={s:.2f} clf={c:.2f} {[(k, w) for k, w, *_ in h]}"
                    )
                    print("    " + r["text"][:300].replace("\n", " | "))
        pos, neg = tp + fn, fp + tn
        rec = f"{tp / pos:.3f}" if pos else "-"
        fpr = f"{fp / neg:.4f}" if neg else "-"
        print(f"{name:12} {pos:5} {rec:>7} {neg:5} {fp:4} {fpr:>7}")
        if args.by_category:
            for (lab, c), (n, k) in sorted(cat.items()):
                what = "recall" if lab else "FPR"
                print(f"    {'+' if lab else '-'} {c:28} n={n:4} {what} {k / n:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(flags))


if __name__ == "__main__":
    main()
