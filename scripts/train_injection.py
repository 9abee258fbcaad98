#!/usr/bin/env python3
"""Train the prompt-injection classifier shipped in aire/guard/data/injection.npz.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_injection.py                 # cross-validate, then fit and save
    .venv/bin/python scripts/train_injection.py --cv-only       # only the evaluation

Evaluation (printed, and written to benchmarks/guard/injection_cv.json):
- 5-fold StratifiedGroupKFold; a group is a source plus the first words of the text, so
  near-duplicate templates never sit on both sides of a split. Each text is scored by a
  model that never saw it, combined with the rules exactly as the scanner does.
- leave-one-source-out: train on two sources, test on the third (a harsher domain shift).
The final model is then fit on all rows. Data: ../shared/data/injection (see NOTICE).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aire.guard.detect.features import FeatureSpec, normalize  # noqa: E402
from aire.guard.detect.injection import combine  # noqa: E402
from aire.guard.detect.injection_rules import rule_score  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl"
DEFAULT_OUT = ROOT / "src" / "aire" / "guard" / "data" / "injection.npz"
REPORT = ROOT / "benchmarks" / "guard" / "injection_cv.json"


def group_of(source: str, text: str) -> str:
    return source + ":" + " ".join(normalize(text).split()[:4])


def rates(y: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    pred = scores >= threshold
    pos, neg = (y == 1).sum(), (y == 0).sum()
    tp, fp = int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum())
    precision = tp / max(1, pred.sum())
    recall = tp / max(1, pos)
    return {
        "n": len(y),
        "recall": round(recall, 4),
        "fpr": round(fp / max(1, neg), 4),
        "precision": round(float(precision), 4),
        "f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 strength")
    ap.add_argument("--dim-bits", type=int, default=18)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()

    from sklearn.model_selection import StratifiedGroupKFold

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    sources = np.array([r["source"] for r in rows])
    groups = [group_of(s, t) for s, t in zip(sources, texts, strict=True)]
    spec = FeatureSpec(dim_bits=args.dim_bits)
    rules = np.array([rule_score(t) for t in texts])

    def oof_scores(splits: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        clf = np.zeros(len(rows))
        for train, test in splits:
            model, _ = train_linear([texts[i] for i in train], y[train], spec=spec, c=args.c)
            for i in test:
                clf[i] = model.predict(texts[i])
        both = np.array([combine(c, r) for c, r in zip(clf, rules, strict=True)])
        return clf, both

    cv = StratifiedGroupKFold(args.folds, shuffle=True, random_state=args.seed)
    clf, both = oof_scores(list(cv.split(texts, y, groups)))
    report: dict[str, object] = {
        "data": args.data.name,
        "params": {"c": args.c, "dim_bits": args.dim_bits, "ngrams": list(spec.ngrams)},
        "threshold": args.threshold,
        "grouped_cv": {
            "classifier": rates(y, clf, args.threshold),
            "classifier+rules": rates(y, both, args.threshold),
            "by_source": {
                s: rates(y[sources == s], both[sources == s], args.threshold)
                for s in sorted(set(sources))
            },
        },
        "rules_only": rates(y, rules, args.threshold),
    }
    loso: dict[str, object] = {}
    for s in sorted(set(sources)):
        test = np.flatnonzero(sources == s)
        train = np.flatnonzero(sources != s)
        _, b = oof_scores([(train, test)])
        loso[s] = rates(y[test], b[test], args.threshold)
    report["leave_one_source_out"] = loso
    print(json.dumps(report, indent=2))
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.cv_only:
        return 0
    model, _ = train_linear(texts, y, spec=spec, c=args.c, threshold=args.threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
