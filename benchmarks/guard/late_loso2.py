#!/usr/bin/env python3
"""Would training on the spent blind sets (late6-8, dev7_direct) help on an author never
trained on?  Leave one of them out at a time: train (a) the shipped recipe
(``scripts/train_injection.py``: development data, written rows, synthetic tasks, corpus
and ``injection_corpus.TRAINING_SETS``) and (b) the same plus the other spent sets, and
compare the two on the left-out set without a threshold: ROC AUC, and recall at FPR 0.03
and 0.10 read off the left-out set's own negatives, classifier alone and with the rules;
and with the threshold picked as ``train_injection.py`` picks it (FPR 0.03 on the
development negatives, an inner grouped 3-fold CV): the scanner's recall and FPR on the
left-out set (``InjectionDetector``: rules, mentions, documents' threshold).

    .venv/bin/python benchmarks/guard/late_loso2.py [--weight 1.0]

late9 and late10 (blind) are never read.
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
sys.path.insert(0, str(ROOT / "benchmarks" / "guard"))

import injection_corpus  # noqa: E402
from late_loso import load, metrics  # noqa: E402

from aire.guard.detect.features import FeatureSpec  # noqa: E402
from aire.guard.detect.features import normalize  # noqa: E402
from aire.guard.detect.injection import InjectionDetector, combine  # noqa: E402
from aire.guard.detect.injection_rules import rule_score  # noqa: E402
from aire.guard.detect.synthetic import benign_tasks  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

HELD = ROOT / "benchmarks" / "guard" / "heldout"
SPENT = ("late6", "late7", "late8", "dev7_direct")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--weight", type=float, default=1.0, help="weight of the added rows")
    ap.add_argument("--sets", default=",".join(SPENT), help="the spent sets, comma-separated")
    ap.add_argument("--hand-weight", type=float, default=1.0, help="weight of the other hand-written sets")
    ap.add_argument("--train-also", default="", help="sets always added (comma-separated)")
    ap.add_argument("--only-added", action="store_true", help="only the '+ other spent sets' model")
    ap.add_argument(
        "--doc-grid",
        default="",
        help="document thresholds to try (comma-separated): flagged by category for each",
    )
    args = ap.parse_args()
    spent = tuple(args.sets.split(","))
    dev = load(ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl")
    written = load(ROOT / "scripts" / "injection_written.jsonl")
    base_t = [str(r["text"]) for r in dev] + [str(r["text"]) for r in written]
    base_y = [int(str(r["label"])) for r in dev] + [int(str(r["label"])) for r in written]
    base_w = [1.0] * len(base_t)
    syn = benign_tasks(300, seed=0)
    base_t += syn
    base_y += [0] * len(syn)
    base_w += [0.3] * len(syn)
    corpus = injection_corpus.build(dev, seed=0)
    base_t += [t for t, *_ in corpus]
    base_y += [label for _, label, _, _ in corpus]
    base_w += [w for *_, w in corpus]
    spent_all = set(spent) | {n for n in args.train_also.split(",") if n}
    # the other hand-written training sets (never the spent ones: they are added per fold)
    hand = injection_corpus.handwritten_rows(
        tuple(n for n in injection_corpus.TRAINING_SETS if n not in spent_all)
    )
    base_t += [str(r["text"]) for r in hand]
    base_y += [int(str(r["label"])) for r in hand]
    base_w += [args.hand_weight] * len(hand)
    sets = {name: load(HELD / f"injection_{name}.jsonl") for name in spent}
    spec = FeatureSpec(dim_bits=18, norm="l2", mask=True)
    n_dev = len(dev)
    dev_y = np.array(base_y[:n_dev])
    groups = [str(r["source"]) + ":" + " ".join(normalize(str(r["text"])).split()[:4]) for r in dev]
    dev_rules = np.array([rule_score(str(r["text"])) for r in dev])

    def pick_threshold(extra: list[dict[str, object]]) -> float:
        from sklearn.model_selection import StratifiedGroupKFold

        scores = np.zeros(n_dev)
        inner = StratifiedGroupKFold(3, shuffle=True, random_state=1)
        idx = np.arange(n_dev)
        keep = list(range(n_dev, len(base_t)))
        for tr, te in inner.split(idx, dev_y, groups):
            model, _ = train_linear(
                [base_t[i] for i in tr] + [base_t[i] for i in keep] + [str(r["text"]) for r in extra],
                [base_y[i] for i in tr] + [base_y[i] for i in keep] + [int(str(r["label"])) for r in extra],
                spec=spec,
                c=8.0,
                sample_weight=[base_w[i] for i in tr]
                + [base_w[i] for i in keep]
                + [args.weight] * len(extra),
            )
            scores[te] = [combine(model.predict(str(dev[i]["text"])), dev_rules[i]) for i in te]
        neg = np.sort(scores[dev_y == 0])
        k = int(np.floor(0.03 * len(neg)))
        return float(min(0.9, max(0.2, neg[-k - 1] + 1e-6 if k else neg[-1] + 1e-6)))
    report: dict[str, object] = {}
    for held in spent:
        test = sets[held]
        ty = np.array([int(str(r["label"])) for r in test])
        tt = [str(r["text"]) for r in test]
        rules = np.array([rule_score(t) for t in tt])
        add = [r for name in spent if name != held for r in sets[name]]
        add += [r for name in args.train_also.split(",") if name for r in load(HELD / f"injection_{name}.jsonl")]
        res = {}
        variants = [("shipped recipe", []), ("+ other spent sets", add)]
        for variant, extra in variants[1:] if args.only_added else variants:
            t0 = time.time()
            model, _ = train_linear(
                base_t + [str(r["text"]) for r in extra],
                base_y + [int(str(r["label"])) for r in extra],
                spec=spec,
                c=8.0,
                sample_weight=base_w + [args.weight] * len(extra),
            )
            clf = np.array([model.predict(t) for t in tt])
            both = np.array([combine(c, r) for c, r in zip(clf, rules, strict=True)])
            res[variant] = {"classifier": metrics(ty, clf), "with rules": metrics(ty, both)}
            model.threshold = pick_threshold(extra)
            det = InjectionDetector(model)
            flagged = np.array([det.score(t)[0] >= model.threshold for t in tt])
            res[variant]["scanner"] = {
                "threshold": round(model.threshold, 4),
                "recall": round(float(flagged[ty == 1].mean()), 4),
                "fpr": round(float(flagged[ty == 0].mean()), 4),
            }
            for doc in [float(x) for x in args.doc_grid.split(",") if x]:
                det = InjectionDetector(model, document_threshold=doc)
                cells: dict[str, list[int]] = {}
                for row, t in zip(test, tt, strict=True):
                    cell = cells.setdefault(str(row["category"]), [0, 0])
                    cell[0] += det.score(t)[0] >= model.threshold
                    cell[1] += 1
                res[variant][f"doc {doc:.2f}"] = {k: f"{a}/{n}" for k, (a, n) in sorted(cells.items())}
            print(held, variant, res[variant], f"{time.time() - t0:.0f}s", file=sys.stderr)
        report[held] = res
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
