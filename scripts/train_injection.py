#!/usr/bin/env python3
"""Train the prompt-injection classifier shipped in aire/guard/data/injection.npz.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_injection.py                 # cross-validate, then fit and save
    .venv/bin/python scripts/train_injection.py --cv-only       # only the evaluation

Evaluation (printed, and written to benchmarks/guard/injection_cv.json):
- 5-fold StratifiedGroupKFold; a group is a source plus the first words of the text, so
  near-duplicate templates never sit on both sides of a split. Each text is scored by a
  model that never saw it, combined with the rules exactly as the scanner does, and
  decided with a threshold picked (for --target-fpr) by an inner CV on the training
  folds only. The shipped threshold is picked the same way on all rows.
- leave-one-source-out: train on two sources, test on the third (a harsher domain shift).
Training folds also get --synthetic templated benign task prompts (hard negatives, see
aire/guard/detect/synthetic.py); test folds are real rows only. The final model is then
fit on all rows. Data: ../shared/data/injection (see NOTICE).
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
from aire.guard.detect.linear import LinearModel  # noqa: E402
from aire.guard.detect.synthetic import benign_tasks  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import injection_corpus  # noqa: E402
from injection_corpus import assert_disjoint  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl"
DEFAULT_OUT = ROOT / "src" / "aire" / "guard" / "data" / "injection.npz"
REPORT = ROOT / "benchmarks" / "guard" / "injection_cv.json"


def group_of(source: str, text: str) -> str:
    return source + ":" + " ".join(normalize(text).split()[:4])


def rates(y: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    """Recall, FPR, precision, F1 of ``scores >= threshold``."""
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
    ap.add_argument("--c", type=float, default=8.0, help="inverse L2 strength")
    ap.add_argument("--dim-bits", type=int, default=18)
    ap.add_argument("--norm", choices=["l2", "sqrt_n"], default="l2", help="feature scaling")
    ap.add_argument("--target-fpr", type=float, default=0.03, help="threshold is set for this FPR")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument(
        "--synthetic", type=int, default=300, help="templated benign prompts added to training"
    )
    ap.add_argument("--synthetic-weight", type=float, default=0.3)
    ap.add_argument(
        "--no-corpus", dest="corpus", action="store_false", help="dev rows and templates only"
    )
    ap.add_argument("--corpus-weight", type=float, default=1.0)
    ap.add_argument(
        "--long",
        type=int,
        default=0,
        help="long benign mixes of the fold's rows (an experiment, off: see injection_corpus)",
    )
    args = ap.parse_args()

    from sklearn.model_selection import StratifiedGroupKFold

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    sources = np.array([r["source"] for r in rows])
    groups = [group_of(s, t) for s, t in zip(sources, texts, strict=True)]
    spec = FeatureSpec(dim_bits=args.dim_bits, norm=args.norm)
    rules = np.array([rule_score(t) for t in texts])

    extra = benign_tasks(args.synthetic, seed=args.seed)
    extra_y = [0] * len(extra)
    extra_w = [args.synthetic_weight] * len(extra)
    if args.corpus:
        # documents with and without instructions for the model, other languages: see
        # scripts/injection_corpus.py (checked disjoint from benchmarks/guard/heldout)
        corpus = injection_corpus.build(rows, seed=args.seed)
        extra += [t for t, *_ in corpus]
        extra_y += [label for _, label, _, _ in corpus]
        extra_w += [w * args.corpus_weight for *_, w in corpus]
        print(f"corpus: {len(corpus)} rows", file=sys.stderr)
    assert_disjoint(texts)

    def fit(idx: np.ndarray) -> LinearModel:
        # long mixes are built from the training rows only (never the test fold's)
        mixes = injection_corpus.long_mixes([rows[i] for i in idx], args.long, seed=args.seed)
        model, _ = train_linear(
            [texts[i] for i in idx] + extra + [t for t, *_ in mixes],
            list(y[idx]) + extra_y + [label for _, label, _, _ in mixes],
            spec=spec,
            c=args.c,
            sample_weight=[1.0] * len(idx) + extra_w + [w for *_, w in mixes],
        )
        return model

    def combined(model: LinearModel, idx: np.ndarray) -> np.ndarray:
        return np.array([combine(model.predict(texts[i]), rules[i]) for i in idx])

    def pick_threshold(idx: np.ndarray) -> float:
        """Threshold for --target-fpr, from an inner grouped CV on ``idx`` only."""
        scores = np.zeros(len(idx))
        inner = StratifiedGroupKFold(3, shuffle=True, random_state=args.seed + 1)
        for tr, te in inner.split(idx, y[idx], [groups[i] for i in idx]):
            scores[te] = combined(fit(idx[tr]), idx[te])
        negatives = np.sort(scores[y[idx] == 0])
        k = int(np.floor(args.target_fpr * len(negatives)))
        return float(min(0.9, max(0.2, negatives[-k - 1] + 1e-6 if k else negatives[-1] + 1e-6)))

    def evaluate(splits: list[tuple[np.ndarray, np.ndarray]]) -> dict[str, object]:
        """Out-of-fold scores and decisions: each test fold uses a threshold picked
        without it."""
        clf, both, decided = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
        thresholds = []
        for train, test in splits:
            model = fit(train)
            t = pick_threshold(train)
            thresholds.append(round(t, 4))
            clf[test] = [model.predict(texts[i]) for i in test]
            both[test] = combined(model, test)
            decided[test] = both[test] >= t
        out: dict[str, object] = {
            "thresholds": thresholds,
            "classifier+rules": rates(y, decided, 0.5),
            "classifier_only@0.5": rates(y, clf, 0.5),
            "by_source": {
                s: rates(y[sources == s], decided[sources == s], 0.5) for s in sorted(set(sources))
            },
        }
        return out

    cv = StratifiedGroupKFold(args.folds, shuffle=True, random_state=args.seed)
    folds = list(cv.split(texts, y, groups))
    report: dict[str, object] = {
        "data": args.data.name,
        "params": {
            "c": args.c,
            "dim_bits": args.dim_bits,
            "ngrams": list(spec.ngrams),
            "norm": spec.norm,
            "synthetic_benign": args.synthetic,
            "synthetic_weight": args.synthetic_weight,
            "corpus": args.corpus,
            "corpus_weight": args.corpus_weight,
            "long_mixes": args.long,
            "target_fpr": args.target_fpr,
        },
        "grouped_cv": evaluate(folds),
        "rules_only": rates(y, rules, 0.5),
    }
    loso: dict[str, object] = {}
    for s in sorted(set(sources)):
        test = np.flatnonzero(sources == s)
        train = np.flatnonzero(sources != s)
        model = fit(train)
        loso[s] = rates(y[test], combined(model, test), pick_threshold(train))
    report["leave_one_source_out"] = loso
    if not args.cv_only:
        threshold = pick_threshold(np.arange(len(rows)))
        model = fit(np.arange(len(rows)))
        model.threshold = threshold
        args.out.parent.mkdir(parents=True, exist_ok=True)
        model.save(args.out)
        report["shipped_threshold"] = round(threshold, 4)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    print(json.dumps(report, indent=2))
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
