#!/usr/bin/env python3
"""Would a hashed n-gram classifier next to the refusal rules generalise to other authors?

An experiment, not shipped (ref10: with late9-late11, dev9, dev5_check, dev5_fresh
and the round-9 rules): the refusal detector is rules only. Each hand-written answer
set of another author (late4-8, dev5*, dev7) is held out in turn; a logistic regression
on the features of ``aire.guard.detect.features`` is trained on the others plus the
XSTest gpt4/llama2new completions of ../shared/data, and "refusal" is the rules' verdict
OR the classifier's probability >= t, t picked on out-of-fold scores of the training rows
so that precision drops at most 0.01 below the rules' own.
Prints binary precision/recall/F1 per held-out set, rules alone vs rules + classifier.

    .venv/bin/python benchmarks/guard/refusal_loso10.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from aire.guard.detect.features import FeatureSpec  # noqa: E402
from aire.guard.detect.refusal import classify_refusal  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

HELD = ROOT / "benchmarks" / "guard" / "heldout"
SETS = (
    "late4",
    "late5",
    "late6",
    "late7",
    "late8",
    "dev5",
    "dev5_final",
    "dev7",
    "heldout",
    "late",
    "late9",
    "late10",
    "late11",
    "dev9",
    "dev5_check",
    "dev5_fresh",
)


def load(path: Path) -> list[tuple[str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        label = str(r["label"])
        out.append((str(r["completion"]), 0 if "compliance" in label else 1))
    return out


def prf(y: list[int], p: list[int]) -> tuple[float, float, float]:
    tp = sum(a and b for a, b in zip(y, p, strict=True))
    fp = sum((not a) and b for a, b in zip(y, p, strict=True))
    fn = sum(a and not b for a, b in zip(y, p, strict=True))
    pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return pr, rc, 2 * pr * rc / max(1e-9, pr + rc)


def main() -> int:
    xstest = load(ROOT.parent / "shared" / "data" / "refusal" / "refusal_dev.jsonl")
    sets = {name: load(HELD / f"refusal_{name}.jsonl") for name in SETS}
    spec = FeatureSpec(dim_bits=18, norm="l2")
    for held in SETS:
        train = xstest + [r for name, rows in sets.items() if name != held for r in rows]
        model, _ = train_linear([t for t, _ in train], [y for _, y in train], spec=spec, c=4.0)
        # the threshold from out-of-fold scores of the training rows: the lowest t at which
        # "rules or classifier >= t" loses at most 0.01 of the rules' precision there
        from sklearn.model_selection import StratifiedKFold

        tr_y = np.array([y for _, y in train])
        tr_rules = np.array([classify_refusal(t) != "compliance" for t, _ in train])
        oof = np.zeros(len(train))
        for a_idx, b_idx in StratifiedKFold(5, shuffle=True, random_state=0).split(train, tr_y):
            m, _ = train_linear(
                [train[i][0] for i in a_idx], [int(tr_y[i]) for i in a_idx], spec=spec, c=4.0
            )
            oof[b_idx] = [m.predict(train[i][0]) for i in b_idx]
        base = (tr_y[tr_rules] == 1).mean()  # the rules' own precision there
        t = 1.0
        for cand in np.linspace(0.5, 0.99, 50):
            pred = tr_rules | (oof >= cand)
            if (tr_y[pred] == 1).mean() >= base - 0.01:
                t = float(cand)
                break
        test = sets[held]
        y = [lab for _, lab in test]
        rules = [int(classify_refusal(text) != "compliance") for text, _ in test]
        both = [
            int(r or model.predict(text) >= t) for (text, _), r in zip(test, rules, strict=True)
        ]
        a, b = prf(y, rules), prf(y, both)
        trio = list(zip(y, rules, both, strict=True))
        added_fp = sum(1 for lab, r, q in trio if not lab and q and not r)
        added_tp = sum(1 for lab, r, q in trio if lab and q and not r)
        print(
            f"{held:12s} n={len(y):3d} rules P {a[0]:.3f} R {a[1]:.3f} F1 {a[2]:.3f} | "
            f"+clf(t={t:.2f}) P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f} "
            f"(+{added_tp} TP, +{added_fp} FP)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
