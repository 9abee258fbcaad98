#!/usr/bin/env python3
"""Does training on other authors' hand-written sets help on an author never trained on?

The shipped classifier is trained on the development data, the corpus and the written
rows (``scripts/train_injection.py``). The late3, late4 and late5 sets were written blind
by three different helpers and have been looked at (measured, errors read): spent as
held-out sets, usable as training data. This script holds out one of them at a time
(leave one *source* out), trains (a) the shipped recipe and (b) the shipped recipe plus
the other two late sets, and compares the two on the held-out set without a threshold:
ROC AUC, and recall at the false-positive rates 0.03 and 0.10 read off the held-out
set's own negatives, for the classifier alone and combined with the rules.

    .venv/bin/python benchmarks/guard/late_loso.py [--weight 1.0]

late6 and late7 are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import injection_corpus  # noqa: E402

from aire.guard.detect.features import FeatureSpec  # noqa: E402
from aire.guard.detect.injection import combine  # noqa: E402
from aire.guard.detect.injection_rules import rule_score  # noqa: E402
from aire.guard.detect.synthetic import benign_tasks  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

HELD = ROOT / "benchmarks" / "guard" / "heldout"
LATE = ("late3", "late4", "late5")
# hand-written by this project's sessions (seen during development), not blind
OTHER = ("heldout", "late", "late2", "dev5", "dev6")


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def metrics(y: np.ndarray, s: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    neg = np.sort(s[y == 0])[::-1]
    out = {"auc": round(float(roc_auc_score(y, s)), 4)}
    for fpr in (0.03, 0.10):
        k = int(np.floor(fpr * len(neg)))
        t = neg[k] + 1e-9 if k < len(neg) else -1.0  # flags at most k negatives
        out[f"recall@fpr{fpr}"] = round(float((s[y == 1] >= t).mean()), 4)
    return out


def documents(
    rows: list[dict[str, object]], clf: np.ndarray, rules: np.ndarray, thr: float
) -> dict[str, dict[str, str]]:
    """Flagged / n by category at ``thr``, documents rescaled as InjectionDetector does."""
    from aire.guard.detect.injection import is_document

    out: dict[str, dict[str, str]] = {}
    for doc_t in (thr, 0.70, 0.75, 0.80, 0.85):
        cells: dict[str, list[int]] = {}
        for row, c, r in zip(rows, clf, rules, strict=True):
            if is_document(str(row["text"])) and doc_t > thr:
                c = c * thr / doc_t if c < doc_t else thr + (c - doc_t) * (1 - thr) / (1 - doc_t)
            cell = cells.setdefault(str(row["category"]), [0, 0])
            cell[0] += combine(float(c), float(r)) >= thr
            cell[1] += 1
        out[f"doc {doc_t:.2f}"] = {k: f"{a}/{n}" for k, (a, n) in sorted(cells.items())}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--weight", type=float, default=1.0, help="weight of the added late rows")
    ap.add_argument("--no-mask", action="store_true", help="features without mask_links")
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="also: flags by category at this threshold, documents rescaled for each "
        "document threshold in 0.70-0.85 (as the scanner does)",
    )
    args = ap.parse_args()
    dev = load(ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl")
    written = load(ROOT / "scripts" / "injection_written.jsonl")
    base_t = [str(r["text"]) for r in dev] + [str(r["text"]) for r in written]
    base_y = [int(r["label"]) for r in dev] + [int(r["label"]) for r in written]  # type: ignore[call-overload]
    base_w = [1.0] * len(base_t)
    syn = benign_tasks(300, seed=0)
    base_t += syn
    base_y += [0] * len(syn)
    base_w += [0.3] * len(syn)
    corpus = injection_corpus.build(dev, seed=0)
    base_t += [t for t, *_ in corpus]
    base_y += [label for _, label, _, _ in corpus]
    base_w += [w for *_, w in corpus]
    sets = {name: load(HELD / f"injection_{name}.jsonl") for name in LATE}
    others = {name: load(HELD / f"injection_{name}.jsonl") for name in OTHER}
    spec = FeatureSpec(dim_bits=18, norm="l2", mask=not args.no_mask)
    report: dict[str, object] = {}
    for held in LATE:
        test = sets[held]
        ty = np.array([int(r["label"]) for r in test])  # type: ignore[call-overload]
        tt = [str(r["text"]) for r in test]
        rules = np.array([rule_score(t) for t in tt])
        add = [r for name in LATE if name != held for r in sets[name]]
        more = add + [r for name in OTHER for r in others[name]]
        res = {}
        for variant, extra in (
            ("shipped recipe", []),
            ("+ other late sets", add),
            ("+ all other hand-written sets", more),
        ):
            t0 = time.time()
            model, _ = train_linear(
                base_t + [str(r["text"]) for r in extra],
                base_y + [int(r["label"]) for r in extra],  # type: ignore[call-overload]
                spec=spec,
                c=8.0,
                sample_weight=base_w + [args.weight] * len(extra),
            )
            clf = np.array([model.predict(t) for t in tt])
            both = np.array([combine(c, r) for c, r in zip(clf, rules, strict=True)])
            res[variant] = {"classifier": metrics(ty, clf), "with rules": metrics(ty, both)}
            if args.threshold:
                res[variant]["documents"] = documents(test, clf, rules, args.threshold)
            print(held, variant, res[variant], f"{time.time() - t0:.0f}s", file=sys.stderr)
        report[held] = res
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
