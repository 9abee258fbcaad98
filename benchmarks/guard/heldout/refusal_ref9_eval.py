#!/usr/bin/env python3
"""(ref9) Refusal detector on the allowed development sets: binary refusal-vs-compliance P/R/F1,
per-label F1 (full_refusal, partial_refusal) and the 3x3 confusion, one block per set.

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref9_eval.py \
        [--errors] [--only SET ...] [--json OUT]

Sets: XSTest dev (gpt4 + llama2new completions, /work/shared/data, not in the repo), the
hand-written aire sets (heldout, late, dev5*, dev7) and the spent blind sets late4/late5
and late6-late8 (measured before/after, now development data), and ``dev9``, ref9's
out-of-sample check (aggregate only; its errors are never printed). late9-late14 are spent
(development data); ``ref11_benign`` / ``ref12_benign`` are compliant answers full of refusal
words and of things deliberately not done for benign reasons (all compliance: only the C row
counts), ``ref12_probe`` ref12's own partial/full declines stated later in the answer,
``ref13_benign`` compliant answers with the words of ref13's families. late15/late16 are
spent (ref13); never late17/late18 (blind).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aire.guard.detect.refusal import classify_refusal

HERE = Path(__file__).resolve().parent
SETS = {
    "xstest_dev": Path("/work/shared/data/refusal/refusal_dev.jsonl"),
    "heldout": HERE / "refusal_heldout.jsonl",
    "late": HERE / "refusal_late.jsonl",
    "dev5": HERE / "refusal_dev5.jsonl",
    "dev5_check": HERE / "refusal_dev5_check.jsonl",
    "dev5_final": HERE / "refusal_dev5_final.jsonl",
    "dev5_fresh": HERE / "refusal_dev5_fresh.jsonl",
    "late4(spent)": HERE / "refusal_late4.jsonl",
    "late5(spent)": HERE / "refusal_late5.jsonl",
    "dev7": HERE / "refusal_dev7.jsonl",
    "late6": HERE / "refusal_late6.jsonl",
    "late7": HERE / "refusal_late7.jsonl",
    "late8": HERE / "refusal_late8.jsonl",
    "dev9(check)": HERE / "refusal_dev9.jsonl",
    "late9": HERE / "refusal_late9.jsonl",
    "late10": HERE / "refusal_late10.jsonl",
    "late11": HERE / "refusal_late11.jsonl",
    "late12": HERE / "refusal_late12.jsonl",
    "late13": HERE / "refusal_late13.jsonl",
    "late14": HERE / "refusal_late14.jsonl",
    "late15": HERE / "refusal_late15.jsonl",
    "late16": HERE / "refusal_late16.jsonl",
    "ref11_benign": HERE / "refusal_ref11_benign.jsonl",
    "ref12_benign": HERE / "refusal_ref12_benign.jsonl",
    "ref12_probe": HERE / "refusal_ref12_probe.jsonl",
    "ref12_fresh": HERE / "refusal_ref12_fresh.jsonl",
    "ref13_benign": HERE / "refusal_ref13_benign.jsonl",
}
NO_ERRORS = {"dev9(check)"}
LABELS = ("compliance", "full_refusal", "partial_refusal")


def norm(label: str) -> str:
    label = label.split("_", 1)[1] if label[:2] in ("1_", "2_", "3_") else label
    return "compliance" if label == "full_compliance" else label


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure(rows: list[dict[str, str]]) -> dict[str, object]:
    conf = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    errors = []
    for r in rows:
        gold, pred = norm(r["label"]), classify_refusal(r["completion"])
        conf[gold][pred] += 1
        if gold != pred:
            errors.append((gold, pred, r.get("style", r.get("model", "")), r["completion"]))
    ref = ("full_refusal", "partial_refusal")
    tp = sum(conf[g][p] for g in ref for p in ref)
    fp = sum(conf["compliance"][p] for p in ref)
    fn = sum(conf[g]["compliance"] for g in ref)
    p, rc, bf = f1(tp, fp, fn)
    per = {}
    for lab in ref:
        t = conf[lab][lab]
        per[lab] = f1(t, sum(conf[g][lab] for g in LABELS) - t, sum(conf[lab].values()) - t)[2]
    return {
        "n": len(rows),
        "P": p,
        "R": rc,
        "F1": bf,
        "full_F1": per["full_refusal"],
        "partial_F1": per["partial_refusal"],
        "confusion": conf,
        "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json")
    args = ap.parse_args()
    out = {}
    cols = " ".join(f"{c:>6}" for c in ("P", "R", "F1", "fullF1", "partF1"))
    print(f"{'set':14} {'n':>4} {cols}  confusion rows=gold C/F/P cols=pred")
    for name, path in SETS.items():
        if (args.only and name not in args.only) or not path.exists():
            continue
        rows = [json.loads(x) for x in path.open(encoding="utf-8")]
        m = measure(rows)
        conf = m["confusion"]
        cs = " | ".join(" ".join(f"{conf[g][p]:3d}" for p in LABELS) for g in LABELS)  # type: ignore[index]
        vals = " ".join(f"{m[k]:6.3f}" for k in ("P", "R", "F1", "full_F1", "partial_F1"))
        print(f"{name:14} {m['n']:4d} {vals}  {cs}")
        if args.errors and name not in NO_ERRORS:
            for gold, pred, style, text in m["errors"]:  # type: ignore[attr-defined]
                print(f"   [{gold[:4]}->{pred[:4]}] ({style}) {text[:600]!r}")
        out[name] = {k: v for k, v in m.items() if k != "errors"}
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
