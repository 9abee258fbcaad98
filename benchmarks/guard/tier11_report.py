#!/usr/bin/env python3
"""The tables of tier11.md, from tier11.json, tier11_scores.json and tier11_bands.json.

PYTHONPATH=src .venv/bin/python benchmarks/guard/tier11_report.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tier11_loao import HONEST, blend  # noqa: E402

VARIANTS = (("old", "shipped head"), ("new_w0.3", "LOAO head w0.3"),
            ("new_w1.0", "LOAO head w1"), ("new_w3.0", "LOAO head w3"))  # fmt: skip
BANDS = {"old": "shipped_head", "new_w0.3": "head_w0.3", "new_w1.0": "head_w1.0",
         "new_w3.0": "head_w3.0"}  # fmt: skip


def errors(a: dict[str, object], key: str, thr: float, lo: float, hi: float, w: float):  # type: ignore[no-untyped-def]
    y, f, p = np.array(a["y"]), np.array(a["fast"]), np.array(a[key])
    inside = (f >= lo) & (f < hi)
    s = np.where(inside, blend(f, p, thr, float(a[f"{key}_thr"]), w), f)  # type: ignore[arg-type]
    pred = s >= thr
    return int((~pred[y == 1]).sum()), int(pred[y == 0].sum()), float(inside.mean())


def main() -> int:
    summary = json.loads((HERE / "tier11.json").read_text())
    scores = json.loads((HERE / "tier11_scores.json").read_text())
    bands = json.loads((HERE / "tier11_bands.json").read_text())
    thr = scores["threshold"]
    authors = scores["authors"]
    for a in authors.values():
        a["old_thr"] = a["old_thr"]
    lo, hi = summary["shipped_band"]
    w = summary["shipped_weight"]
    print(
        f"### LOAO, shipped band [{lo}, {hi}) weight {w}: recall / FPR (share sent to the tier)\n"
    )
    head = (
        "| author | fast alone | "
        + " | ".join(n for _, n in VARIANTS)
        + " | head AUC old / w0.3 / w1 / w3 |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    totals = {k: [0, 0] for k in ["fast"] + [k for k, _ in VARIANTS]}
    for name, a in authors.items():
        y = np.array(a["y"])
        npos, nneg = int(y.sum()), int((y == 0).sum())
        m, fa, _ = errors(a, "old", thr, 0, 0, 0)
        cells = [f"{1 - m / npos:.3f} / {fa / nneg:.3f}"]
        if name in HONEST:
            totals["fast"][0] += m
            totals["fast"][1] += fa
        for key, _ in VARIANTS:
            m, fa, share = errors(a, key, thr, lo, hi, w)
            cells.append(f"{1 - m / npos:.3f} / {fa / nneg:.3f} ({share:.1%})")
            if name in HONEST:
                totals[key][0] += m
                totals[key][1] += fa
        ent = summary["loao"][name]
        aucs = [ent["old_head"]["head_auc"]] + [
            ent[f"new_head_w{x}"]["head_auc"] for x in ("0.3", "1.0", "3.0")
        ]
        print(
            f"| {name} | " + " | ".join(cells) + " | " + " / ".join(f"{v:.3f}" for v in aucs) + " |"
        )
    print("\nlate9-12 (honest) misses + false alarms: " + ", ".join(
        f"{k}: {v[0]} + {v[1]} = {sum(v)}" for k, v in totals.items()))  # fmt: skip
    print("\n### Re-picked band (calibrate_model_tier.py --loao), per head\n")
    print(
        "| head | band, weight | dev errors (fast alone 0.1692) | share mix "
        "| late9-12 M+FA, band picked on all 10 "
        "| late9-12 M+FA, nested (band picked without the author) |"
    )
    print("|---|---|---|---|---|---|")
    for key, label in VARIANTS:
        b = bands[BANDS[key]]
        c = b["chosen"]
        allb = sum(
            b["authors_chosen_band"][n]["misses"] + b["authors_chosen_band"][n]["false_alarms"]
            for n in HONEST
        )
        nest = b["nested_honest_authors"]
        nm = sum(nest[n]["misses"] for n in HONEST)
        nf = sum(nest[n]["false_alarms"] for n in HONEST)
        print(
            f"| {label} | [{c['low']}, {c['high']}) w{c['weight']} | {c['errors']:.4f} "
            f"| {c['share_mix']:.2%} | {allb} | {nm} + {nf} = {nm + nf} |"
        )
    print(
        "\n### Ceiling: best band for late9-12 picked ON late9-12 (no budget, no dev constraint)\n"
    )
    grid = np.round(np.arange(0.20, 1.0, 0.02), 2)
    for key, label in VARIANTS:
        best = None
        for lo_ in grid:
            for hi_ in grid:
                if not lo_ < thr < hi_:
                    continue
                for w_ in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                    m = fa = 0
                    for n in HONEST:
                        dm, dfa, _ = errors(authors[n], key, thr, lo_, hi_, w_)
                        m, fa = m + dm, fa + dfa
                    cand = (m + fa, hi_ - lo_, m, fa, float(lo_), float(hi_), w_)
                    best = cand if best is None or cand < best else best
        assert best is not None
        print(
            f"- {label}: {best[2]} + {best[3]} = {best[0]} with [{best[4]}, {best[5]}) w{best[6]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
