#!/usr/bin/env python3
"""Refusal detector on XSTest dev: overall and leave-one-model-out, plus latency.

Rows: ``/work/shared/data/refusal/refusal_dev.jsonl`` (XSTest v2 completions of gpt4 and
llama2new, human labels 1_full_compliance / 2_full_refusal / 3_partial_refusal; CC-BY-4.0,
Roettger et al. 2024; not copied into the repository).

Reported for each split: the 3x3 confusion matrix, binary refusal (full or partial) vs
compliance P/R/F1, and per-label F1 for full_refusal and partial_refusal.

Leave-one-model-out: the detector's only data-derived knobs, the score threshold and the
partial-refusal substance length (``classify_refusal(..., min_substance=)``), are chosen
on the training model's rows (the grid point with the best macro F1 of the three labels)
and measured on the other model's rows. With ``--fixed`` the shipped defaults are
measured on every split instead (nothing chosen from data). The phrase patterns
themselves are hand-written, not learned, so they are the same in every fold.

    PYTHONPATH=src .venv/bin/python benchmarks/guard/refusal_cv.py [--latency] [--json OUT]
    PYTHONPATH=src .venv/bin/python benchmarks/guard/refusal_cv.py --errors gpt4

The hand-written development sets (labels ``compliance`` / ``full_refusal`` /
``partial_refusal``) with the shipped defaults, the same table, per-style and misses:

    PYTHONPATH=src .venv/bin/python benchmarks/guard/refusal_cv.py --sets \
        benchmarks/guard/heldout/refusal_dev5.jsonl benchmarks/guard/heldout/refusal_heldout.jsonl
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))

from aire.guard.detect.refusal import classify_refusal  # noqa: E402

DATA = Path("/work/shared/data/refusal/refusal_dev.jsonl")
LABELS = ("compliance", "full_refusal", "partial_refusal")
GOLD = {"1_full_compliance": "compliance", "2_full_refusal": "full_refusal",
        "3_partial_refusal": "partial_refusal"}  # fmt: skip
THRESHOLDS = (0.5, 0.6, 0.75, 0.9)
SUBSTANCE = (0, 40, 80, 120, 200)
HAS_SUBSTANCE = "min_substance" in inspect.signature(classify_refusal).parameters


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for r in rows:
        r["gold"] = GOLD.get(r["label"], r["label"])
    return rows


def hand_sets(paths: list[Path], show: bool) -> dict[str, Any]:
    """Shipped defaults on hand-written sets: the table row, and with ``show`` the misses."""
    out: dict[str, Any] = {}
    head = ("| set | n | bin P | bin R | bin F1 | full F1 | partial P | partial R | "
            "partial F1 | knobs |\n|---|---|---|---|---|---|---|---|---|---|")  # fmt: skip
    print(head)
    for path in paths:
        rows = load(path)
        pred = [classify_refusal(r["completion"]) for r in rows]
        res = scores([r["gold"] for r in rows], pred)
        out[path.name] = res
        print(line(path.name, res, "defaults"))
        if show:
            for r, p in zip(rows, pred, strict=True):
                if p != r["gold"]:
                    what = f"[{r.get('style', '')}] gold {r['gold']} pred {p}"
                    print(f"    {what}: {r['completion'][:160]!r}")
    return out


def predict(text: str, threshold: float, substance: int | None) -> str:
    if substance is None or not HAS_SUBSTANCE:
        return classify_refusal(text, threshold)
    return classify_refusal(text, threshold, min_substance=substance)


def scores(gold: list[str], pred: list[str]) -> dict[str, Any]:
    conf = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    for g, p in zip(gold, pred, strict=True):
        conf[g][p] += 1

    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    ref = LABELS[1:]
    tp = sum(conf[g][p] for g in ref for p in ref)
    fp = sum(conf["compliance"][p] for p in ref)
    fn = sum(conf[g]["compliance"] for g in ref)
    bp, br, bf = prf(tp, fp, fn)
    out: dict[str, Any] = {"n": len(gold), "confusion": conf,
                           "binary": {"precision": bp, "recall": br, "f1": bf}}  # fmt: skip
    for lab in LABELS:
        t = conf[lab][lab]
        lp, lr, lf = prf(t, sum(conf[g][lab] for g in LABELS) - t, sum(conf[lab].values()) - t)
        out[lab] = {"precision": lp, "recall": lr, "f1": lf}
    out["macro_f1"] = sum(out[lab]["f1"] for lab in LABELS) / 3
    return out


def evaluate(rows: list[dict[str, Any]], threshold: float, substance: int | None) -> dict[str, Any]:
    pred = [predict(r["completion"], threshold, substance) for r in rows]
    return scores([r["gold"] for r in rows], pred)


def choose(rows: list[dict[str, Any]]) -> tuple[float, int | None]:
    """The (threshold, min_substance) with the best macro F1 on ``rows`` (ties: first)."""
    best: tuple[float, tuple[float, int | None]] = (-1.0, (0.5, None))
    for t in THRESHOLDS:
        for s in SUBSTANCE if HAS_SUBSTANCE else (None,):
            f = evaluate(rows, t, s)["macro_f1"]
            if f > best[0] + 1e-12:
                best = (f, (t, s))
    return best[1]


def line(name: str, res: dict[str, Any], knobs: str = "") -> str:
    b = res["binary"]
    return (
        f"| {name} | {res['n']} | {b['precision']:.3f} | {b['recall']:.3f} | {b['f1']:.3f} | "
        f"{res['full_refusal']['f1']:.3f} | {res['partial_refusal']['precision']:.3f} | "
        f"{res['partial_refusal']['recall']:.3f} | {res['partial_refusal']['f1']:.3f} | {knobs} |"
    )


def confusion_md(res: dict[str, Any]) -> list[str]:
    out = ["| gold \\ predicted | " + " | ".join(LABELS) + " |", "|---|---|---|---|"]
    for g, row in res["confusion"].items():
        out.append(f"| {g} | " + " | ".join(str(v) for v in row.values()) + " |")
    return out


def latency(rows: list[dict[str, Any]], reps: int) -> dict[str, float]:
    """Per-call ``classify_refusal`` time on 2 KB answers (each dev completion repeated
    or cut to 2048 characters), microseconds: each answer's fastest of ``reps`` calls
    (the machine is shared; the minimum drops other processes' interruptions), then
    p50 / p99 over answers, and the same for compliance and refusal rows apart."""
    texts = []
    for r in rows:
        t = r["completion"] or " "
        texts.append((t * (2048 // len(t) + 1))[:2048])
    best = [float("inf")] * len(texts)
    for _ in range(reps):
        for i, t in enumerate(texts):
            t0 = time.perf_counter_ns()
            classify_refusal(t)
            best[i] = min(best[i], time.perf_counter_ns() - t0)

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(len(xs) * q))] / 1e3

    comp = [b for b, r in zip(best, rows, strict=True) if r["gold"] == "compliance"]
    ref = [b for b, r in zip(best, rows, strict=True) if r["gold"] != "compliance"]
    return {
        "p50_us": pct(best, 0.5),
        "p99_us": pct(best, 0.99),
        "mean_us": statistics.fmean(best) / 1e3,
        "compliance_p50_us": pct(comp, 0.5),
        "refusal_p50_us": pct(ref, 0.5),
        "answers": len(texts),
        "reps": reps,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--fixed", action="store_true", help="shipped defaults on every split")
    ap.add_argument("--latency", action="store_true")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--errors", default=None, help="print misclassified rows of this model")
    ap.add_argument("--sets", type=Path, nargs="+", default=None, help="hand-written sets")
    ap.add_argument("--show", action="store_true", help="with --sets: print the misses")
    args = ap.parse_args()
    if args.sets:
        res = hand_sets(args.sets, args.show)
        if args.json:
            args.json.write_text(json.dumps(res, indent=2) + "\n")
        return 0
    rows = load(args.data)
    models = sorted({r["model"] for r in rows})
    if args.errors:
        for r in rows:
            if r["model"] != args.errors:
                continue
            p = classify_refusal(r["completion"])
            if p != r["gold"]:
                print(f"== gold {r['gold']} pred {p} | {r['prompt'][:100]!r}")
                print(r["completion"][:700].replace("\n", " / "))
        return 0
    results: dict[str, Any] = {"defaults": {}, "lomo": {}}
    head = ("| split | n | bin P | bin R | bin F1 | full F1 | partial P | partial R | "
            "partial F1 | knobs |\n|---|---|---|---|---|---|---|---|---|---|")  # fmt: skip
    print("Shipped defaults (nothing chosen from data):\n")
    print(head)
    splits = {"all": rows, **{m: [r for r in rows if r["model"] == m] for m in models}}
    for name, rs in splits.items():
        res = evaluate(rs, 0.5, None)
        results["defaults"][name] = res
        print(line(name, res, "defaults"))
    print()
    print("\n".join(confusion_md(results["defaults"]["all"])))
    if not args.fixed:
        print("\nLeave-one-model-out (knobs chosen on the training model only):\n")
        print(head)
        pooled_gold: list[str] = []
        pooled_pred: list[str] = []
        for test in models:
            train = [r for r in rows if r["model"] != test]
            held = [r for r in rows if r["model"] == test]
            t, s = choose(train)
            res = evaluate(held, t, s)
            results["lomo"][f"train {'+'.join(sorted({r['model'] for r in train}))} -> {test}"] = {
                **res, "threshold": t, "min_substance": s,
            }  # fmt: skip
            print(line(f"-> {test}", res, f"thr {t}, substance {s}"))
            pooled_gold += [r["gold"] for r in held]
            pooled_pred += [predict(r["completion"], t, s) for r in held]
        pooled = scores(pooled_gold, pooled_pred)
        results["lomo"]["pooled"] = pooled
        print(line("pooled", pooled))
        print()
        print("\n".join(confusion_md(pooled)))
    if args.latency:
        lat = latency(rows, args.reps)
        results["latency"] = lat
        print(
            f"\nclassify_refusal on 2 KB answers (fastest of {lat['reps']} per answer): "
            f"p50 {lat['p50_us']:.1f} us, p99 {lat['p99_us']:.1f} us,"
            f" mean {lat['mean_us']:.1f} us; "
            f"p50 compliance rows {lat['compliance_p50_us']:.1f} us, refusal rows "
            f"{lat['refusal_p50_us']:.1f} us ({lat['answers']} answers)"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
