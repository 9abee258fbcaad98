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

Hand-written documents (scripts/injection_written.jsonl, see injection_written.py):
benign documents full of instructions for people, the same documents with an instruction
for the model planted in them, benign security / role-play texts. They carry their own
fold (0-4; hosts *and* planted snippets are partitioned by fold): fold k is tested in
outer fold k and trained on in the others, and is reported by category under
"written"; thresholds are still picked on the development negatives only, so the
headline figures stay comparable. ``--no-written`` leaves them out of training (they are
still scored: the "before" figures).
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
WRITTEN = ROOT / "scripts" / "injection_written.jsonl"
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
        "--written5-weight",
        type=float,
        default=1.0,
        help="weight of scripts/injection_written5.py's rows in the corpus (0: left out)",
    )
    ap.add_argument(
        "--written6-weight",
        type=float,
        default=0.0,
        help="weight of scripts/injection_written6.py's rows in the corpus (0, the default: "
        "left out; 1 was measured on branch inj6, benchmarks/guard/injection_cv_written6.json)",
    )
    ap.add_argument(
        "--no-written",
        dest="written",
        action="store_false",
        help="scripts/injection_written.jsonl scored but not trained on",
    )
    ap.add_argument("--written-weight", type=float, default=1.0)
    ap.add_argument(
        "--no-mask",
        dest="mask",
        action="store_false",
        help="hash e-mail addresses and links as text (features.mask_links is on by default)",
    )
    ap.add_argument(
        "--handwritten-weight",
        type=float,
        default=1.0,
        help="weight of the hand-written sets of benchmarks/guard/heldout that are training "
        "data (injection_corpus.TRAINING_SETS; always on the training side; 0: left out)",
    )
    ap.add_argument(
        "--handwritten-sets",
        default=",".join(injection_corpus.TRAINING_SETS),
        help="which of them (comma-separated; an experiment: the default is all)",
    )
    ap.add_argument("--report", type=Path, default=REPORT, help="where the JSON report goes")
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
    spec = FeatureSpec(dim_bits=args.dim_bits, norm=args.norm, mask=args.mask)
    rules = np.array([rule_score(t) for t in texts])

    extra = benign_tasks(args.synthetic, seed=args.seed)
    extra_y = [0] * len(extra)
    extra_w = [args.synthetic_weight] * len(extra)
    if args.corpus:
        # documents with and without instructions for the model, other languages: see
        # scripts/injection_corpus.py (checked disjoint from benchmarks/guard/heldout)
        corpus = injection_corpus.build(
            rows,
            seed=args.seed,
            written5_weight=args.written5_weight,
            written6_weight=args.written6_weight,
        )
        extra += [t for t, *_ in corpus]
        extra_y += [label for _, label, _, _ in corpus]
        extra_w += [w * args.corpus_weight for *_, w in corpus]
        print(f"corpus: {len(corpus)} rows", file=sys.stderr)
    if args.handwritten_weight > 0:
        hand = injection_corpus.handwritten_rows(tuple(args.handwritten_sets.split(",")))
        extra += [str(r["text"]) for r in hand]
        extra_y += [int(str(r["label"])) for r in hand]
        extra_w += [args.handwritten_weight] * len(hand)
        print(f"hand-written sets: {len(hand)} rows", file=sys.stderr)
    assert_disjoint(texts)
    assert_disjoint(extra)
    written = [json.loads(line) for line in WRITTEN.read_text(encoding="utf-8").splitlines()]
    w_texts = [str(r["text"]) for r in written]
    w_y = np.array([int(r["label"]) for r in written])
    if args.folds > 5:
        ap.error("--folds above 5: the written rows carry folds 0-4")
    w_fold = np.array([int(r["fold"]) for r in written]) % args.folds
    w_cat = np.array([str(r["category"]) for r in written])
    w_rules = np.array([rule_score(t) for t in w_texts])
    assert_disjoint(w_texts)
    print(f"written: {len(written)} rows, trained on: {args.written}", file=sys.stderr)

    def fit(idx: np.ndarray, w_idx: np.ndarray | None = None) -> LinearModel:
        """Fit on development rows ``idx`` plus the written rows ``w_idx`` (if trained on)."""
        # long mixes are built from the training rows only (never the test fold's)
        mixes = injection_corpus.long_mixes([rows[i] for i in idx], args.long, seed=args.seed)
        w_idx = w_idx if (w_idx is not None and args.written) else np.zeros(0, dtype=int)
        model, _ = train_linear(
            [texts[i] for i in idx] + extra + [t for t, *_ in mixes] + [w_texts[i] for i in w_idx],
            list(y[idx])
            + extra_y
            + [label for _, label, _, _ in mixes]
            + [int(w_y[i]) for i in w_idx],
            spec=spec,
            c=args.c,
            sample_weight=[1.0] * len(idx)
            + extra_w
            + [w for *_, w in mixes]
            + [args.written_weight] * len(w_idx),
        )
        return model

    def combined(model: LinearModel, idx: np.ndarray) -> np.ndarray:
        return np.array([combine(model.predict(texts[i]), rules[i]) for i in idx])

    def pick_threshold(idx: np.ndarray, w_idx: np.ndarray | None = None) -> float:
        """Threshold for --target-fpr, from an inner grouped CV on ``idx`` only (the
        written rows ``w_idx`` are always on the training side)."""
        scores = np.zeros(len(idx))
        inner = StratifiedGroupKFold(3, shuffle=True, random_state=args.seed + 1)
        for tr, te in inner.split(idx, y[idx], [groups[i] for i in idx]):
            scores[te] = combined(fit(idx[tr], w_idx), idx[te])
        negatives = np.sort(scores[y[idx] == 0])
        k = int(np.floor(args.target_fpr * len(negatives)))
        return float(min(0.9, max(0.2, negatives[-k - 1] + 1e-6 if k else negatives[-1] + 1e-6)))

    def evaluate(splits: list[tuple[np.ndarray, np.ndarray]]) -> dict[str, object]:
        """Out-of-fold scores and decisions: each test fold uses a threshold picked
        without it."""
        clf, both, decided = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
        w_decided = np.zeros(len(written))
        thresholds = []
        for k, (train, test) in enumerate(splits):
            w_train = np.flatnonzero(w_fold != k)
            w_test = np.flatnonzero(w_fold == k)
            model = fit(train, w_train)
            t = pick_threshold(train, w_train)
            thresholds.append(round(t, 4))
            clf[test] = [model.predict(texts[i]) for i in test]
            both[test] = combined(model, test)
            decided[test] = both[test] >= t
            w_decided[w_test] = [
                combine(model.predict(w_texts[i]), w_rules[i]) >= t for i in w_test
            ]
        out: dict[str, object] = {
            "thresholds": thresholds,
            "classifier+rules": rates(y, decided, 0.5),
            "classifier_only@0.5": rates(y, clf, 0.5),
            "by_source": {
                s: rates(y[sources == s], decided[sources == s], 0.5) for s in sorted(set(sources))
            },
            "written": written_rates(w_decided),
        }
        return out

    def written_rates(decided: np.ndarray) -> dict[str, object]:
        """The written rows by category (each scored by a model that never saw its fold)."""
        out: dict[str, object] = {
            c: rates(w_y[w_cat == c], decided[w_cat == c], 0.5) for c in sorted(set(w_cat))
        }
        benign_docs = (w_cat == "benign-doc") | (w_cat == "benign-doc+note")
        out["all benign documents"] = rates(w_y[benign_docs], decided[benign_docs], 0.5)
        out["all"] = rates(w_y, decided, 0.5)
        out["rules_only"] = rates(w_y, w_rules, 0.5)
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
            "mask": spec.mask,
            "synthetic_benign": args.synthetic,
            "synthetic_weight": args.synthetic_weight,
            "corpus": args.corpus,
            "corpus_weight": args.corpus_weight,
            "written5_weight": args.written5_weight,
            "written6_weight": args.written6_weight,
            "long_mixes": args.long,
            "written": args.written,
            "written_weight": args.written_weight,
            "handwritten_weight": args.handwritten_weight,
            "target_fpr": args.target_fpr,
        },
        "grouped_cv": evaluate(folds),
        "rules_only": rates(y, rules, 0.5),
    }
    loso: dict[str, object] = {}
    for s in sorted(set(sources)):
        test = np.flatnonzero(sources == s)
        train = np.flatnonzero(sources != s)
        all_w = np.arange(len(written))
        model = fit(train, all_w)
        loso[s] = rates(y[test], combined(model, test), pick_threshold(train, all_w))
    report["leave_one_source_out"] = loso
    if not args.cv_only:
        all_w = np.arange(len(written))
        threshold = pick_threshold(np.arange(len(rows)), all_w)
        model = fit(np.arange(len(rows)), all_w)
        model.threshold = threshold
        args.out.parent.mkdir(parents=True, exist_ok=True)
        model.save(args.out)
        report["shipped_threshold"] = round(threshold, 4)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    print(json.dumps(report, indent=2))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
