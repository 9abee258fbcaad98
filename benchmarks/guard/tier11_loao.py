#!/usr/bin/env python3
"""Tier 11: can the injection model tier fix the fast tier's errors on new authors' data?

Leave-one-author-out (LOAO) over the hand-written sets late3..late12 (one author each):
for each left-out author the model-tier head (logistic regression on ``minilm-l2-int8``
mean-pooled vectors, 512 tokens, as scripts/train_injection_head.py fits it) is trained on
the public development rows + the synthetic corpus (as the shipped head) + every OTHER
hand-written set (heldout, late, late2, late3..late12 but the left-out one, dev5, dev6,
dev7_direct; rows sharing a >= 40-character sentence with the left-out author dropped) with
sample weight ``--weight``; its threshold is the 3% FPR point of its out-of-fold scores on the
public development negatives (5-fold StratifiedGroupKFold, as the shipped head's). The
left-out author is then scored by

* the fast tier alone (the SHIPPED classifier + rules: late3-8 are in its training data,
  late9-12 are not, so only late9-12 are honest),
* the scanner with the model tier on and the shipped head (its band and weight),
* the scanner with the model tier on and the LOAO head (same band and weight; and the band
  re-picked by scripts/calibrate_model_tier.py, see tier11.md).

The scanner is simulated exactly (prompt_injection.py's blend) from the fast score of
``InjectionDetector.score`` and the head's probability. Writes the per-row scores to
``tier11_scores.json`` (read by calibrate_model_tier.py ``--loao``) and a summary to
``tier11.json``. No blind set is read; the late13/late14 sentences are only used, through
``injection_corpus.heldout_sentences``, to drop training rows that share one with them.

    PYTHONPATH=src nice .venv/bin/python benchmarks/guard/tier11_loao.py --weight 1.0
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import injection_corpus  # noqa: E402
from train_injection import DEFAULT_DATA, group_of  # noqa: E402
from train_injection_head import embed_all  # noqa: E402

from aire.guard.detect.injection import InjectionDetector, default_model  # noqa: E402
from aire.guard.detect.model_tier import InjectionHead  # noqa: E402

HELDOUT = ROOT / "benchmarks" / "guard" / "heldout"
HEAD = ROOT / "src" / "aire" / "guard" / "data" / "injection_head.npz"
AUTHORS = tuple(f"late{i}" for i in range(3, 13))
OTHER_SETS = ("heldout", "late", "late2", "dev5", "dev6", "dev7_direct")
HONEST = ("late9", "late10", "late11", "late12")
CACHE = Path("/tmp/aire-embed-cache")


def sentences(text: str) -> set[str]:
    return injection_corpus._sentences(text)


def blind_sentences() -> set[str]:
    """Sentences of the injection sets that are neither a hand-written set used here nor
    training/development data (i.e. the blind sets), through the project's own guard."""
    saved = injection_corpus.DEVELOPMENT_SETS
    injection_corpus.DEVELOPMENT_SETS = saved + AUTHORS + OTHER_SETS
    try:
        return injection_corpus.heldout_sentences()
    finally:
        injection_corpus.DEVELOPMENT_SETS = saved


def load_set(name: str) -> list[dict[str, object]]:
    path = HELDOUT / f"injection_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def blend(fast: np.ndarray, prob: np.ndarray, thr: float, head_thr: float, w: float) -> np.ndarray:
    mapped = np.where(
        prob >= head_thr,
        thr + (prob - head_thr) * (1 - thr) / (1 - head_thr),
        thr + (prob - head_thr) * thr / head_thr,
    )
    return np.clip((1 - w) * fast + w * mapped, 0.0, 1.0)


def scanner(
    fast: np.ndarray,
    prob: np.ndarray,
    thr: float,
    head_thr: float,
    band: tuple[float, float],
    w: float,
) -> tuple[np.ndarray, np.ndarray]:
    inside = (fast >= band[0]) & (fast < band[1])
    return np.where(inside, blend(fast, prob, thr, head_thr, w), fast), inside


def auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else float("nan")


class Data:
    def __init__(self) -> None:
        self.rows = [json.loads(line) for line in DEFAULT_DATA.read_text().splitlines() if line]
        texts = [str(r["text"]) for r in self.rows]
        self.y = np.array([int(r["label"]) for r in self.rows])
        self.groups = [group_of(str(r["source"]), str(r["text"])) for r in self.rows]
        corpus = injection_corpus.build(self.rows, seed=0)
        self.x = embed_all(texts, CACHE, "minilm-l2-int8", 512)
        self.cx = embed_all([t for t, *_ in corpus], CACHE, "minilm-l2-int8", 512)
        self.cy = np.array([label for _, label, _, _ in corpus])
        self.cw = np.array([w for *_, w in corpus], dtype=float)
        blind = blind_sentences()
        self.sets: dict[str, dict[str, object]] = {}
        for name in AUTHORS + OTHER_SETS:
            rows = load_set(name)
            vec = embed_all([str(r["text"]) for r in rows], CACHE, "minilm-l2-int8", 512)
            sents = [sentences(str(r["text"])) for r in rows]
            keep = np.array([not (s & blind) for s in sents])
            self.sets[name] = {
                "rows": rows,
                "x": vec,
                "y": np.array([int(r["label"]) for r in rows]),
                "sents": sents,
                "keep": keep,
                "all_sents": set().union(*sents),
            }

    def handwritten(self, leave_out: str | None) -> tuple[np.ndarray, np.ndarray]:
        """The hand-written training rows without ``leave_out`` (and without rows sharing a
        sentence with it or with a blind set)."""
        held = self.sets[leave_out]["all_sents"] if leave_out else set()
        xs, ys = [], []
        for name, s in self.sets.items():
            if name == leave_out:
                continue
            keep = np.array(
                [
                    bool(k) and not (sent & held)
                    for k, sent in zip(s["keep"], s["sents"], strict=True)
                ]  # type: ignore[arg-type]
            )
            xs.append(s["x"][keep])  # type: ignore[index]
            ys.append(s["y"][keep])  # type: ignore[index]
        return np.vstack(xs), np.concatenate(ys)


def fit(data: Data, idx: np.ndarray, hx: np.ndarray, hy: np.ndarray, weight: float, c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    if weight <= 0:
        hx, hy = hx[:0], hy[:0]
    clf.fit(
        np.vstack([data.x[idx], data.cx, hx]),
        np.concatenate([data.y[idx], data.cy, hy]),
        sample_weight=np.concatenate([np.ones(len(idx)), data.cw, np.full(len(hy), weight)]),
    )
    return clf


def public_cv(
    data: Data, hx: np.ndarray, hy: np.ndarray, weight: float, c: float
) -> tuple[np.ndarray, float]:
    """Out-of-fold head scores on the development rows and the 3%-FPR threshold."""
    from sklearn.model_selection import StratifiedGroupKFold

    oof = np.zeros(len(data.rows))
    cv = StratifiedGroupKFold(5, shuffle=True, random_state=0)
    for train, test in cv.split(data.x, data.y, data.groups):
        oof[test] = fit(data, train, hx, hy, weight, c).predict_proba(data.x[test])[:, 1]
    neg = np.sort(oof[data.y == 0])
    k = int(np.floor(0.03 * len(neg)))
    return oof, float(neg[-k - 1] + 1e-6)


def cv_summary(y: np.ndarray, oof: np.ndarray, thr: float) -> dict[str, float]:
    pred = oof >= thr
    return {
        "auc": round(auc(y, oof), 4),
        "recall": round(float(pred[y == 1].mean()), 4),
        "fpr": round(float(pred[y == 0].mean()), 4),
        "threshold": round(thr, 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--weight", type=float, nargs="+", default=[1.0])
    ap.add_argument("--c", type=float, default=4.0)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "guard" / "tier11.json")
    ap.add_argument(
        "--scores", type=Path, default=ROOT / "benchmarks" / "guard" / "tier11_scores.json"
    )
    args = ap.parse_args()

    data = Data()
    shipped = InjectionHead.load(HEAD)
    det = InjectionDetector(default_model())
    thr = det.model.threshold  # type: ignore[union-attr]
    band, w = shipped.band, shipped.blend_weight
    out: dict[str, object] = {"threshold": thr, "shipped_band": band, "shipped_weight": w}
    scores: dict[str, object] = {"threshold": thr, "authors": {}}
    fast = {}
    for name in AUTHORS:
        fast[name] = np.array([det.score(str(r["text"]))[0] for r in data.sets[name]["rows"]])  # type: ignore[union-attr]
        print(f"fast {name}", file=sys.stderr)

    # the public grouped CV of the head, without and with the hand-written sets (all of them)
    hx_all, hy_all = data.handwritten(None)
    oof0, thr0 = public_cv(data, hx_all, hy_all, 0.0, args.c)
    public = {"without_handwritten": cv_summary(data.y, oof0, thr0)}
    for weight in args.weight:
        oof1, thr1 = public_cv(data, hx_all, hy_all, weight, args.c)
        public[f"with_handwritten_w{weight}"] = cv_summary(data.y, oof1, thr1)
    out["public_grouped_cv_head"] = public
    print(json.dumps(public, indent=1), file=sys.stderr)

    table: dict[str, dict[str, object]] = {}
    for name in AUTHORS:
        s = data.sets[name]
        y: np.ndarray = s["y"]  # type: ignore[assignment]
        f = fast[name]
        old = np.array(shipped.predict_vectors(s["x"]))  # type: ignore[arg-type]
        hx, hy = data.handwritten(name)
        entry: dict[str, object] = {"n": len(y), "positives": int(y.sum())}
        per_row: dict[str, object] = {
            "y": y.tolist(),
            "fast": f.tolist(),
            "old": old.tolist(),
            "old_thr": shipped.threshold,
        }

        def rates(
            final: np.ndarray, inside: np.ndarray | None, y: np.ndarray = y
        ) -> dict[str, float]:
            pred = final >= thr
            return {
                "recall": round(float(pred[y == 1].mean()), 4),
                "fpr": round(float(pred[y == 0].mean()), 4),
                "misses": int((~pred[y == 1]).sum()),
                "false_alarms": int(pred[y == 0].sum()),
                "share": round(float(inside.mean()), 4) if inside is not None else 0.0,
            }

        entry["fast"] = {**rates(f, None), "auc": round(auc(y, f), 4)}
        final, inside = scanner(f, old, thr, shipped.threshold, band, w)
        entry["old_head"] = {**rates(final, inside), "head_auc": round(auc(y, old), 4)}
        for weight in args.weight:
            _, hthr = public_cv(data, hx, hy, weight, args.c)
            clf = fit(data, np.arange(len(data.rows)), hx, hy, weight, args.c)
            new = clf.predict_proba(s["x"])[:, 1]  # type: ignore[call-overload]
            final, inside = scanner(f, new, thr, hthr, band, w)
            entry[f"new_head_w{weight}"] = {
                **rates(final, inside),
                "head_auc": round(auc(y, new), 4),
                "head_threshold": round(hthr, 4),
            }
            per_row[f"new_w{weight}"] = new.tolist()
            per_row[f"new_w{weight}_thr"] = hthr
        table[name] = entry
        scores["authors"][name] = per_row  # type: ignore[index]
        print(name, json.dumps(entry), file=sys.stderr)
    out["loao"] = table
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    args.scores.write_text(json.dumps(scores) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
