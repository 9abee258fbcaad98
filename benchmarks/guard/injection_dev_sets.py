#!/usr/bin/env python3
"""The fast injection tier on the spent hand-written sets, by category (development data).

Reads ``heldout/injection_{heldout,late,late2,late3,dev5,dev6}.jsonl`` only (these have been
looked at: development data now, not blind evaluation; the blind sets are not read here).
Decisions at the weights' own threshold, as the scanner's defaults.

    PYTHONPATH=src .venv/bin/python benchmarks/guard/injection_dev_sets.py [--model-path NPZ]
        [--json OUT] [--show CATEGORY]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
if "PYTHONPATH" not in os.environ:  # set it to score another checkout's code ("before")
    sys.path.insert(0, str(HERE.parent.parent / "src"))

from aire.guard.detect.injection import InjectionDetector, default_model  # noqa: E402
from aire.guard.detect.linear import LinearModel  # noqa: E402

SETS = (
    "injection_heldout",
    "injection_late",
    "injection_late2",
    "injection_late3",
    "injection_dev5",
    "injection_dev6",
)
ALIASES = {"benign_overdefence": "overdefence"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-path", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--show", default="")
    ap.add_argument(
        "--head",
        type=Path,
        default=HERE.parent.parent / "src" / "aire" / "guard" / "data" / "injection_head.npz",
        help="its band: the share of rows the model tier would see (no model is run)",
    )
    args = ap.parse_args()
    model = LinearModel.load(args.model_path) if args.model_path else default_model()
    det = InjectionDetector(model)
    t = model.threshold
    import numpy as np

    with np.load(args.head) as data:
        band = (float(data["band_low"]), float(data["band_high"]))
    in_band = [0, 0]
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, pos, fp, neg
    for name in SETS:
        path = HERE / "heldout" / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            cat = ALIASES.get(r["category"], r["category"])
            score = det.score(r["text"])[0]
            flagged = score >= t
            in_band[0] += int(band[0] <= score < band[1])
            in_band[1] += 1
            key = name.removeprefix("injection_")
            for k in (key, "all"):
                per[k][cat][0] += int(flagged)
                per[k][cat][1] += 1
                tot = totals[k]
                if r["label"]:
                    tot[0] += int(flagged)
                    tot[1] += 1
                else:
                    tot[2] += int(flagged)
                    tot[3] += 1
            if args.show and cat == args.show and bool(flagged) != bool(r["label"]):
                print(f"[{key}] {det.score(r['text'])[0]:.3f} {r['text'][:300]!r}")
    out: dict[str, object] = {
        "threshold": round(t, 4),
        "model_tier_band": list(band),
        "model_tier_share": round(in_band[0] / max(1, in_band[1]), 4),
    }
    for k in sorted(per):
        tp, pos, fp, neg = totals[k]
        out[k] = {
            "recall": round(tp / max(1, pos), 3),
            "fpr": round(fp / max(1, neg), 3),
            "by_category": {c: f"{a}/{b}" for c, (a, b) in sorted(per[k].items())},
        }
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
