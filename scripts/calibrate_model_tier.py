#!/usr/bin/env python3
"""Pick the injection model tier's "unsure" band and blend weight on development data.

The fast tier (hashed n-gram classifier + rules) scores every request; the model tier
(MiniLM head, ``scripts/train_injection_head.py``) runs only where the fast score falls in
``[low, high)``. This script chooses ``low``, ``high`` and the weight so that the model
tier runs on at most ``--budget`` of a realistic mix of traffic, and writes them into the
head's file (``aire/guard/data/injection_head.npz``: ``band_low``, ``band_high``,
``blend_weight``), which the scanner uses when a policy does not set ``uncertain`` /
``model_weight``.

    nice -n 19 .venv/bin/python scripts/calibrate_model_tier.py     # after the head script
    # the fine-tuned model tier (scripts/finetune_injection.py): its out-of-fold scores
    nice -n 19 .venv/bin/python scripts/calibrate_model_tier.py \
        --finetuned benchmarks/guard/injection_finetune.json

Data: development only. 5-fold StratifiedGroupKFold over ``injection_dev.jsonl`` (same
groups as train_injection.py). In each fold the fast classifier and the head are fit on
the training folds (plus the corpus and templates, as the shipped ones are) and score the
test fold, plus 40 prompts of 2,048 characters made from the test fold's benign rows with
a PII sentence of ``pii_dev.jsonl`` about every fourth part (the shape of the latency
benchmark's prompts, which made the old band [0.35, 0.8) send 27% of them to the model).
The fast classifier of each fold also trains on the hand-written sets of
``injection_corpus.TRAINING_SETS`` (as the shipped one does); no held-out set is read.

The mix the budget applies to: 45% long benign prompts, 45% short benign requests, 10%
attacks; the share on the long prompts alone must also stay within the budget. Among the
bands that fit, the one with the fewest errors at the shipped threshold (misses + false
alarms, each rate weighted equally) wins; ties go to the narrower band.

With ``--loao benchmarks/guard/tier11_scores.json`` (benchmarks/guard/tier11_loao.py: each
hand-written author scored by a head trained without it, fast scores of the shipped fast
tier) the hand-written authors are a second population: among the bands within the budget
that are no worse than the fast tier alone on the development rows, the one with the fewest
errors on the authors wins; the report adds a nested check (late9-12, each with the band
picked on the other authors). ``--handwritten W``: the head of each fold also trains on
the hand-written sets (as ``train_injection_head.py --handwritten W``). On 2026-12-05 this
picked [0.66, 0.68) w0.2 for every head: the tier practically off (benchmarks/guard/tier11.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import injection_corpus  # noqa: E402
import injection_written  # noqa: E402
from train_injection import DEFAULT_DATA, group_of  # noqa: E402
from train_injection_head import embed_all, handwritten_rows  # noqa: E402

from aire.guard.detect.features import FeatureSpec  # noqa: E402
from aire.guard.detect.injection import InjectionDetector, default_model  # noqa: E402
from aire.guard.detect.model_tier import InjectionHead  # noqa: E402
from aire.guard.detect.synthetic import benign_tasks  # noqa: E402
from aire.guard.detect.train import train_linear  # noqa: E402

HEAD = ROOT / "src" / "aire" / "guard" / "data" / "injection_head.npz"
PII = ROOT.parent / "shared" / "data" / "pii" / "pii_dev.jsonl"
REPORT = ROOT / "benchmarks" / "guard" / "model_tier_band.json"


def long_prompts(benign: list[str], pii: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 2048:
            parts.append(rng.choice(pii) if rng.random() < 0.25 else rng.choice(benign))
        out.append("\n".join(parts)[:2048])
    return out


def blend(fast: np.ndarray, prob: np.ndarray, thr: float, head_thr: float, w: float) -> np.ndarray:
    """The scanner's blend (prompt_injection.py): the head's probability mapped so that its
    threshold lands on the scanner's, then mixed in with weight ``w``."""
    mapped = np.where(
        prob >= head_thr,
        thr + (prob - head_thr) * (1 - thr) / (1 - head_thr),
        thr + (prob - head_thr) * thr / head_thr,
    )
    return np.clip((1 - w) * fast + w * mapped, 0.0, 1.0)


def author_errors(
    authors: dict[str, dict[str, object]], key: str, thr: float, low: float, high: float, w: float
) -> dict[str, dict[str, float]]:
    """Misses and false alarms per hand-written author with the band [low, high) and weight
    w: the fast scores are the shipped fast tier's, the head's the LOAO head's."""
    out = {}
    for name, a in authors.items():
        y = np.array(a["y"])
        f = np.array(a["fast"])
        p = np.array(a[key])
        inside = (f >= low) & (f < high)
        s = np.where(inside, blend(f, p, thr, float(a[f"{key}_thr"]), w), f)  # type: ignore[arg-type]
        pred = s >= thr
        out[name] = {
            "misses": int((~pred[y == 1]).sum()),
            "false_alarms": int(pred[y == 0].sum()),
            "errors": float((~pred[y == 1]).mean() + pred[y == 0].mean()),
            "share": float(inside.mean()),
        }
    return out


def pick_with_authors(
    args: argparse.Namespace,
    fits: list[dict[str, float]],
    fast_errors: float,
    thr: float,
    report: dict[str, object],
) -> dict[str, float]:
    """The band with the fewest errors on the hand-written authors (sum of each author's
    miss rate + FPR) among those within the budget and no worse than the fast tier alone
    on the development rows; ties: fewer development errors, then the narrower band. Also
    a nested check: each honest author (late9-12, not in the fast tier's training) scored
    with the band picked on the other authors."""
    loao = json.loads(args.loao.read_text(encoding="utf-8"))
    authors: dict[str, dict[str, object]] = loao["authors"]
    ok = [c for c in fits if c["errors"] <= fast_errors + 1e-9]
    if not ok:
        raise SystemExit("no band within the budget is as good as the fast tier alone")

    def pick(names: list[str]) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        best, best_key, best_by = ok[0], None, {}
        for c in ok:
            by = author_errors(
                {n: authors[n] for n in names}, args.loao_key, thr, c["low"], c["high"], c["weight"]
            )
            key = (
                round(sum(v["errors"] for v in by.values()), 4),
                round(c["errors"], 4),
                c["high"] - c["low"],
            )
            if best_key is None or key < best_key:
                best, best_key, best_by = c, key, by
        return best, best_by

    chosen, by = pick(sorted(authors))
    honest = [n for n in ("late9", "late10", "late11", "late12") if n in authors]
    nested = {}
    for name in honest:
        band, _ = pick([n for n in authors if n != name])
        nested[name] = {
            "band": [band["low"], band["high"], band["weight"]],
            **author_errors(
                {name: authors[name]}, args.loao_key, thr, band["low"], band["high"], band["weight"]
            )[name],
            "fast_alone": author_errors({name: authors[name]}, args.loao_key, thr, 0.0, 0.0, 0.0)[
                name
            ],
        }
    report["authors_chosen_band"] = by
    report["authors_fast_alone"] = author_errors(authors, args.loao_key, thr, 0.0, 0.0, 0.0)
    report["nested_honest_authors"] = nested
    report["n_bands_no_worse_than_fast_on_dev"] = len(ok)
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--head", type=Path, default=HEAD)
    ap.add_argument("--budget", type=float, default=0.08, help="largest share (leaves margin)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/aire-embed-cache"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-write", dest="write", action="store_false")
    ap.add_argument("--report", type=Path, default=REPORT)
    ap.add_argument("--long", type=int, default=0, help="long mixes (train_injection.py)")
    ap.add_argument(
        "--finetuned",
        type=Path,
        default=None,
        help="the model tier is a fine-tuned graph: take its out-of-fold scores (dev rows and "
        "the same long prompts) from this report of scripts/finetune_injection.py --eval "
        "instead of fitting the frozen-embedding head per fold",
    )
    ap.add_argument(
        "--handwritten",
        type=float,
        default=0.0,
        help="the head of each fold also trains on the hand-written sets with this weight "
        "(as train_injection_head.py --handwritten fits the shipped one)",
    )
    ap.add_argument(
        "--loao",
        type=Path,
        default=None,
        help="a second population: the leave-one-author-out scores of "
        "benchmarks/guard/tier11_loao.py (tier11_scores.json); the band then minimises the "
        "errors on these authors, within the budget and no worse on the development rows "
        "than the fast tier alone",
    )
    ap.add_argument("--loao-key", default="new_w1.0", help="which LOAO head's scores")
    ap.add_argument("--arrays", type=Path, default=None, help="cache of the fold scores (.npz)")
    args = ap.parse_args()

    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    groups = [group_of(r["source"], r["text"]) for r in rows]
    pii = [json.loads(line)["full_text"] for line in PII.read_text(encoding="utf-8").splitlines()]
    head = InjectionHead.load(args.head)
    shipped = default_model()
    thr = shipped.threshold

    extra = benign_tasks(300, seed=args.seed)
    extra_y = [0] * len(extra)
    extra_w = [0.3] * len(extra)
    corpus = injection_corpus.build(rows, seed=args.seed)
    extra += [t for t, *_ in corpus]
    extra_y += [label for _, label, _, _ in corpus]
    extra_w += [w for *_, w in corpus]
    # the fast classifier also trains on the hand-written documents, as train_injection.py
    # fits it (all of them: only development rows are tested here); the head does not
    written = injection_written.load()
    extra += [str(r["text"]) for r in written]
    extra_y += [int(str(r["label"])) for r in written]
    extra_w += [1.0] * len(written)
    # and on the hand-written sets that are training data (injection_corpus.TRAINING_SETS)
    hand = injection_corpus.handwritten_rows()
    extra += [str(r["text"]) for r in hand]
    extra_y += [int(str(r["label"])) for r in hand]
    extra_w += [1.0] * len(hand)
    injection_corpus.assert_disjoint(texts)
    ft: dict[str, object] | None = None
    if args.finetuned is not None:
        ft = json.loads(args.finetuned.read_text(encoding="utf-8"))
        if ft.get("cv_scores") is None or None in ft["cv_scores"]:  # type: ignore[operator]
            raise SystemExit(f"{args.finetuned}: the grouped CV is not complete")
        x = cx = np.zeros((0, 384), dtype=np.float32)
    else:
        x = embed_all(texts, args.cache, head.model, head.max_tokens)
        cx = embed_all([t for t, *_ in corpus], args.cache, head.model, head.max_tokens)
    cy = np.array([label for _, label, _, _ in corpus])
    cw = np.array([w for *_, w in corpus], dtype=float)
    if args.handwritten > 0 and ft is None:
        hand_rows = handwritten_rows()
        hand_x = embed_all(
            [str(r["text"]) for r in hand_rows], args.cache, head.model, head.max_tokens
        )
        cx = np.vstack([cx, hand_x])
        cy = np.concatenate([cy, [int(str(r["label"])) for r in hand_rows]])
        cw = np.concatenate([cw, np.full(len(hand_rows), args.handwritten)])

    fast = np.zeros(len(rows))
    prob = np.zeros(len(rows))
    long_fast: list[float] = []
    long_prob: list[float] = []
    cv = StratifiedGroupKFold(5, shuffle=True, random_state=args.seed)
    folds = list(enumerate(cv.split(texts, y, groups)))
    if args.arrays is not None and args.arrays.exists():
        with np.load(args.arrays) as cached:
            fast, prob = cached["fast"], cached["prob"]
            long_fast, long_prob = list(cached["long_fast"]), list(cached["long_prob"])
        folds = []
    for k, (train, test) in folds:
        # as train_injection.py and train_injection_head.py fit them (long mixes of the
        # training rows only)
        mixes = injection_corpus.long_mixes([rows[i] for i in train], args.long, seed=args.seed)
        mt, my, mw = (
            [t for t, *_ in mixes],
            [label for _, label, _, _ in mixes],
            [w for *_, w in mixes],
        )
        model, _ = train_linear(
            [texts[i] for i in train] + extra + mt,
            list(y[train]) + extra_y + my,
            spec=FeatureSpec(),
            c=8.0,
            sample_weight=[1.0] * len(train) + extra_w + mw,
        )
        det = InjectionDetector(model)
        fast[test] = [det.score(texts[i])[0] for i in test]
        prompts = long_prompts(
            [texts[i] for i in test if y[i] == 0], pii, 40, seed=args.seed * 100 + k
        )
        long_fast += [det.score(t)[0] for t in prompts]
        if ft is not None:
            # the fine-tuned model of this fold (same folds, same prompts) scored them
            prob[test] = np.array(ft["cv_scores"])[test]  # type: ignore[index]
            long_prob += list(ft["cv_long_scores"][str(k)])  # type: ignore[index]
            print(f"fold {k + 1}/5 done", file=sys.stderr)
            continue
        clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        mx = embed_all(mt, args.cache, head.model, head.max_tokens)
        clf.fit(
            np.vstack([x[train], cx, mx]),
            np.concatenate([y[train], cy, my]),
            sample_weight=np.concatenate([np.ones(len(train)), cw, mw]),
        )
        prob[test] = clf.predict_proba(x[test])[:, 1]
        long_prob += list(
            clf.predict_proba(embed_all(prompts, args.cache, head.model, head.max_tokens))[:, 1]
        )
        print(f"fold {k + 1}/5 done", file=sys.stderr)
    lf, lp = np.array(long_fast), np.array(long_prob)
    if args.arrays is not None and not args.arrays.exists():
        np.savez(args.arrays, fast=fast, prob=prob, long_fast=lf, long_prob=lp)
    neg, pos = y == 0, y == 1

    def evaluate(low: float, high: float, w: float) -> dict[str, float]:
        def final(f: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            inside = (f >= low) & (f < high)
            return np.where(inside, blend(f, p, thr, head.threshold, w), f), inside

        s, inside = final(fast, prob)
        ls, linside = final(lf, lp)
        share_long = float(linside.mean())
        share_short = float(inside[neg].mean())
        share_attack = float(inside[pos].mean())
        recall = float((s[pos] >= thr).mean())
        fpr_short = float((s[neg] >= thr).mean())
        fpr_long = float((ls >= thr).mean())
        return {
            "low": low,
            "high": high,
            "weight": w,
            "share_mix": 0.45 * share_long + 0.45 * share_short + 0.1 * share_attack,
            "share_long_prompts": share_long,
            "share_short_benign": share_short,
            "share_attacks": share_attack,
            "recall": recall,
            "fpr_short_benign": fpr_short,
            "fpr_long_prompts": fpr_long,
            "errors": (1 - recall) + fpr_short + fpr_long,
        }

    grid = np.round(np.arange(0.30, 0.96, 0.02), 2)
    candidates = [
        evaluate(float(lo), float(hi), w)
        for lo in grid
        if lo < thr
        for hi in grid
        if hi > thr
        for w in (0.2, 0.3, 0.4, 0.5, 0.6)
    ]
    fits = [
        c
        for c in candidates
        if c["share_mix"] <= args.budget and c["share_long_prompts"] <= args.budget
    ]
    report: dict[str, object] = {
        "threshold": round(thr, 4),
        "budget": args.budget,
        "handwritten_weight": args.handwritten,
        "fast_tier_only": evaluate(0.0, 0.0, 0.0),
        "old_band_0.35_0.8_w0.3": evaluate(0.35, 0.8, 0.3),
    }
    if args.loao is None:
        best = min(fits, key=lambda c: (round(c["errors"], 4), c["high"] - c["low"]))
    else:
        best = pick_with_authors(args, fits, float(report["fast_tier_only"]["errors"]), thr, report)  # type: ignore[index]
    report.update(chosen=best, n_rows=len(rows), n_long_prompts=len(lf))
    print(json.dumps(report, indent=2))
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.write:
        with np.load(args.head, allow_pickle=False) as data:
            fields = {k: data[k] for k in data.files}
        fields.update(
            band_low=np.float64(best["low"]),
            band_high=np.float64(best["high"]),
            blend_weight=np.float64(best["weight"]),
        )
        np.savez_compressed(args.head, **fields)
        print(f"wrote the band into {args.head}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
