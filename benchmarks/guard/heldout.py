#!/usr/bin/env python3
"""Held-out accuracy of the guard scanners, at the thresholds that ship as defaults.

Sources here are never trained or tuned on (``scripts/train_injection.py`` checks that
no training row shares a sentence with ``heldout/``):

- ``heldout/injection_heldout.jsonl``: hand-written hard cases (see make_heldout.py);
- ``heldout/pii_heldout.jsonl``: hand-written sentences with person names and street
  addresses of many countries (see make_pii_heldout.py);
- ``heldout/refusal_heldout.jsonl``: hand-written answers in the styles of many models,
  full / partial refusals and compliance (see make_refusal_heldout.py);
- optional, not copied into the repository (GPL-3.0): promptmap's attack rules
  (github.com/utkusen/promptmap, ``rules/{distraction,jailbreak,prompt_stealing}``),
  given as ``--promptmap DIR`` (a checkout); read at run time, reported separately.

    .venv/bin/python benchmarks/guard/heldout.py [--promptmap DIR] [--write]

``--write`` replaces the section between the held-out markers of RESULTS.md and writes
``heldout_results.json``. Prints the same Markdown on stdout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aire.config.guard import ScannerSpec  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402
from aire.guard.types import ScanContext  # noqa: E402

POSITIVE = {
    "indirect_doc", "indirect_code", "direct_short", "roleplay_jailbreak", "obfuscated",
    "multilingual", "promptmap",
}  # fmt: skip
START, END = "<!-- heldout:start -->", "<!-- heldout:end -->"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def promptmap_rows(root: Path) -> list[dict[str, Any]]:
    rows = []
    for sub in ("distraction", "jailbreak", "prompt_stealing"):
        for f in sorted((root / "rules" / sub).glob("*.yaml")):
            if f.name.startswith("distraction_question"):
                continue  # plain questions ("Who was the first US president?"): off-topic
            m = re.search(r"^prompt:\s*(.*?)(?=^\w+:|\Z)", f.read_text(), re.S | re.M)
            if not m:
                continue
            text = m.group(1).strip()
            if text.startswith(("|", ">")):
                text = "\n".join(line.strip() for line in text.splitlines()[1:])
            text = text.strip().strip('"').strip("'")
            rows.append({"text": text, "label": 1, "source": "promptmap", "category": "promptmap"})
    return rows


def injection_eval(rows: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    pipe = build_pipeline((ScannerSpec(scanner="prompt_injection", params=params),), "input")
    scanner = pipe.steps[0].scanner
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # category -> [flagged, n]
    overall = {"tp": 0, "pos": 0, "fp": 0, "neg": 0}
    tier = scanner.model_tier_calls if params.get("model_tier") else None  # type: ignore[attr-defined]
    for row in rows:
        res = scanner.scan(row["text"], ScanContext())
        flagged = not res.valid
        cell = by[row["category"]]
        cell[0] += flagged
        cell[1] += 1
        if row["label"]:
            overall["tp"] += flagged
            overall["pos"] += 1
        else:
            overall["fp"] += flagged
            overall["neg"] += 1
    out: dict[str, Any] = {
        "recall": overall["tp"] / max(1, overall["pos"]),
        "fpr": overall["fp"] / max(1, overall["neg"]),
        "n_pos": overall["pos"],
        "n_neg": overall["neg"],
        "by_category": {k: {"flagged": v[0], "n": v[1]} for k, v in sorted(by.items())},
    }
    if tier is not None:
        out["model_tier_share"] = scanner.model_tier_calls / max(1, len(rows))
    return out


Span = tuple[str, int, int]


def match(gold: set[Span], pred: set[Span]) -> tuple[set[Span], set[Span], set[Span]]:
    """(true positives, false positives, missed gold): a prediction matches an unmatched gold
    span of its kind that it overlaps by >= 50% of both lengths. Sorted, so a prediction
    overlapping two gold spans is matched the same way in every process (set order of
    strings depends on the hash seed)."""
    matched: set[Span] = set()
    tps, fps = set(), set()
    for p in sorted(pred):
        hit = None
        for g in sorted(gold):
            if g[0] == p[0] and g not in matched:
                overlap = min(g[2], p[2]) - max(g[1], p[1])
                if (
                    overlap > 0
                    and overlap >= 0.5 * (g[2] - g[1])
                    and overlap >= 0.5 * (p[2] - p[1])
                ):
                    hit = g
                    break
        if hit is None:
            fps.add(p)
        else:
            matched.add(hit)
            tps.add(p)
    return tps, fps, gold - matched


def span_eval(rows: list[dict[str, Any]], params: dict[str, Any] | None = None) -> dict[str, Any]:
    pipe = build_pipeline((ScannerSpec(scanner="pii", params=params or {}),), "input")
    scanner = pipe.steps[0].scanner
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp fp fn
    kinds = {"person", "address"}
    for row in rows:
        gold = {(s["kind"], s["start"], s["end"]) for s in row["spans"]}
        found = scanner.find(row["text"], ScanContext())  # type: ignore[attr-defined]
        pred = {(f.kind, f.start, f.end) for f in found if f.kind in kinds}
        tps, fps, missed = match(gold, pred)
        for p in tps:
            counts[p[0]][0] += 1
        for p in fps:
            counts[p[0]][1] += 1
        for g in missed:
            counts[g[0]][2] += 1
    out = {}
    for kind, (tp, fp, fn) in sorted(counts.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[kind] = {
            "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
        }  # fmt: skip
    return out


def refusal_eval(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from aire.guard.detect.refusal import classify_refusal

    labels = ("compliance", "full_refusal", "partial_refusal")
    confusion = {g: dict.fromkeys(labels, 0) for g in labels}
    by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        pred = classify_refusal(row["completion"])
        gold = "compliance" if row["label"] == "full_compliance" else row["label"]  # late5
        confusion[gold][pred] += 1
        by_style[row["style"]][0] += pred == gold
        by_style[row["style"]][1] += 1
    out: dict[str, Any] = {"confusion": confusion, "by_style": dict(sorted(by_style.items()))}
    # binary: refusal (full or partial) vs compliance, as the scanner flags
    tp = sum(confusion[g][p] for g in labels[1:] for p in labels[1:])
    fp = sum(confusion["compliance"][p] for p in labels[1:])
    fn = sum(confusion[g]["compliance"] for g in labels[1:])
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    out["binary_f1"] = 2 * prec * rec / max(1e-9, prec + rec)
    out["binary_precision"], out["binary_recall"] = prec, rec
    for lab in labels[1:]:
        tp_ = confusion[lab][lab]
        fp_ = sum(confusion[g][lab] for g in labels if g != lab)
        fn_ = sum(confusion[lab][p] for p in labels if p != lab)
        p_, r_ = tp_ / max(1, tp_ + fp_), tp_ / max(1, tp_ + fn_)
        out[f"{lab}_f1"] = 2 * p_ * r_ / max(1e-9, p_ + r_)
    return out


def markdown(results: dict[str, Any]) -> str:
    lines = [START, ""]
    for name, res in results["injection"].items():
        lines.append(f"**Prompt injection, {name}** - recall {res['recall']:.3f} "
                     f"(n={res['n_pos']}), FPR {res['fpr']:.3f} (n={res['n_neg']})"
                     + (f", model tier ran on {res['model_tier_share']:.1%} of rows"
                        if "model_tier_share" in res else ""))  # fmt: skip
        lines += ["", "| category | label | flagged / n | rate |", "|---|---|---|---|"]
        for cat, c in res["by_category"].items():
            lab = "inj" if cat in POSITIVE else "benign"
            rate = c["flagged"] / c["n"]
            what = "recall" if lab == "inj" else "FPR"
            lines.append(f"| {cat} | {lab} | {c['flagged']} / {c['n']} | {what} {rate:.2f} |")
        lines.append("")
    lines += ["**PII names and addresses** (overlap >= 50% both ways)", "",
              "| set | kind | tp | fp | fn | P | R | F1 |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for name, kinds in results["pii"].items():
        for kind, c in kinds.items():
            lines.append(
                f"| {name} | {kind} | {c['tp']} | {c['fp']} | {c['fn']} | "
                f"{c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} |"
            )
    lines.append("")
    for name, r in results["refusal"].items():
        lines += [
            f"**Refusals, {name}** - refusal vs compliance F1 {r['binary_f1']:.3f} "
            f"(P {r['binary_precision']:.3f}, R {r['binary_recall']:.3f}); full-refusal F1 "
            f"{r['full_refusal_f1']:.3f}, partial-refusal F1 {r['partial_refusal_f1']:.3f}",
            "", "| gold \\ predicted | compliance | full_refusal | partial_refusal |",
            "|---|---|---|---|",
        ]  # fmt: skip
        for g, row in r["confusion"].items():
            lines.append(f"| {g} | " + " | ".join(str(v) for v in row.values()) + " |")
        lines += ["", "| style | correct / n |", "|---|---|"]
        for style, (ok, n) in r["by_style"].items():
            lines.append(f"| {style} | {ok} / {n} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--promptmap", type=Path, default=None, help="a promptmap checkout")
    ap.add_argument("--model-tier", action="store_true", help="also with the model tier on")
    ap.add_argument("--model-path", default=None, help="other .npz weights (development)")
    ap.add_argument("--write", action="store_true", help="update RESULTS.md and the JSON")
    args = ap.parse_args()
    inj = load(HERE / "heldout" / "injection_heldout.jsonl")
    results: dict[str, Any] = {"injection": {}, "pii": {}, "refusal": {}}
    sets = {
        "aire-heldout (hand-written, seen during development; trained on since 2026-12-05)": inj,
        "aire-late (hand-written after the first changes; trained on since 2026-12-05)": load(
            HERE / "heldout" / "injection_late.jsonl"
        ),
        "aire-late2 (hand-written; trained on since 2026-12-05)": load(
            HERE / "heldout" / "injection_late2.jsonl"
        ),
        "aire-late3 (written blind; trained on since 2026-12-05)": load(
            HERE / "heldout" / "injection_late3.jsonl"
        ),
        "aire-late4 (written blind; trained on since 2026-12-05)": load(
            HERE / "heldout" / "injection_late4.jsonl"
        ),
        "aire-late5 (written blind; trained on since 2026-12-05)": (
            load(HERE / "heldout" / "injection_late5.jsonl")
        ),
        "aire-late6 (written blind, 2026-12-05; measured before and after; trained on since round 8)": (
            load(HERE / "heldout" / "injection_late6.jsonl")
        ),
        "aire-late7 (written blind, 2026-12-05; measured before and after; trained on since round 8)": (
            load(HERE / "heldout" / "injection_late7.jsonl")
        ),
        "aire-late8 (written blind, 2026-12-05; measured before and after; trained on since round 8)": (
            load(HERE / "heldout" / "injection_late8.jsonl")
        ),
        "aire-late9 (written blind, 2026-12-05 round 8; measured before and after it)": (
            load(HERE / "heldout" / "injection_late9.jsonl")
        ),
        "aire-late10 (written blind, 2026-12-05 round 8; measured before and after it)": (
            load(HERE / "heldout" / "injection_late10.jsonl")
        ),
        "aire-late11 (written blind, 2026-12-05 round 8b; measured before and after it)": (
            load(HERE / "heldout" / "injection_late11.jsonl")
        ),
        "aire-late12 (written blind, 2026-12-05 round 9; measured before and after it)": (
            load(HERE / "heldout" / "injection_late12.jsonl")
        ),
        "aire-late13 (written blind, 2026-12-05 round 10; measured before and after it)": (
            load(HERE / "heldout" / "injection_late13.jsonl")
        ),
        "aire-late14 (written blind, 2026-12-05 round 10; measured before and after it)": (
            load(HERE / "heldout" / "injection_late14.jsonl")
        ),
        "aire-late15 (written blind, 2026-12-05 round 11; measured before and after it)": (
            load(HERE / "heldout" / "injection_late15.jsonl")
        ),
        "aire-late16 (written blind, 2026-12-05 round 11; measured before and after it)": (
            load(HERE / "heldout" / "injection_late16.jsonl")
        ),
        "aire-late17 (written blind, 2026-12-05 round 12; measured before and after it)": (
            load(HERE / "heldout" / "injection_late17.jsonl")
        ),
        "aire-late18 (written blind, 2026-12-05 round 12; measured before and after it)": (
            load(HERE / "heldout" / "injection_late18.jsonl")
        ),
    }
    if args.promptmap:
        sets["promptmap (external)"] = promptmap_rows(args.promptmap)
    for name, rows in sets.items():
        base = {"model_path": args.model_path} if args.model_path else {}
        results["injection"][name + ", fast tier"] = injection_eval(rows, base)
        if args.model_tier:
            results["injection"][name + ", with model tier"] = injection_eval(
                rows, {**base, "model_tier": True}
            )
    pii_sets = (
        ("seen during development", "heldout"),
        ("late, measured once", "late"),
        ("late4, written blind, measured twice (spent)", "late4"),
        ("late5, written blind, measured before and after", "late5"),
        ("late6, written blind, measured before and after", "late6"),
        ("late7, written blind, measured before and after", "late7"),
        ("late8, written blind, measured before and after", "late8"),
        ("late9, written blind, round 8, measured before and after", "late9"),
        ("late10, written blind, round 8, measured before and after", "late10"),
        ("late11, written blind, round 8b, measured before and after", "late11"),
        ("late12, written blind, round 9, measured before and after", "late12"),
        ("late13, written blind, round 10, measured before and after", "late13"),
        ("late14, written blind, round 10, measured before and after", "late14"),
        ("late15, written blind, round 11, measured before and after", "late15"),
        ("late16, written blind, round 11, measured before and after", "late16"),
        ("late17, written blind, round 12, measured before and after", "late17"),
        ("late18, written blind, round 12, measured before and after", "late18"),
    )
    for name, stem in pii_sets:
        spans = load(HERE / "heldout" / f"pii_{stem}.jsonl")
        results["pii"][name] = span_eval(spans)
        results["pii"][name + ", cues: true"] = span_eval(spans, {"cues": True})
        results["refusal"][name] = refusal_eval(load(HERE / "heldout" / f"refusal_{stem}.jsonl"))
    md = markdown(results)
    print(md)
    if args.write:
        (HERE / "heldout_results.json").write_text(json.dumps(results, indent=2) + "\n")
        path = HERE / "RESULTS.md"
        text = path.read_text()
        if START in text:
            text = text[: text.index(START)] + md + text[text.index(END) + len(END) :]
        else:
            text = text + "\n" + md + "\n"
        path.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
