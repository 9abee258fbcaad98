#!/usr/bin/env python3
"""Street-address precision / recall / F1 of the PII scanner (round addr9), and address
findings on text without addresses.

Development sets (their misses may be read): pii_heldout, pii_late, pii_late4, pii_late6,
pii_late7, pii_dev7*, tests/guard/data/pii_{intl_dev,check6}, presidio-research's half
(shared/data/pii/pii_dev.jsonl, STREET_ADDRESS). Set aside for the out-of-sample check
(only aggregates printed, never their rows): pii_late5 and pii_late8. Text without
addresses: the benign rows (label 0) of heldout/injection_*.jsonl, paragraphs of
docs/*.md and README.md. Never opens a file whose name holds late9 or late10.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/guard/addr9_eval.py [--errors SET|benign]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from heldout import match  # noqa: E402

from aire.config.guard import ScannerSpec  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402
from aire.guard.types import ScanContext  # noqa: E402

H = HERE / "heldout"
DEV = {
    "heldout": H / "pii_heldout.jsonl",
    "late": H / "pii_late.jsonl",
    "late4": H / "pii_late4.jsonl",
    "late6": H / "pii_late6.jsonl",
    "late7": H / "pii_late7.jsonl",
    "dev7": H / "pii_dev7.jsonl",
    "dev7_check": H / "pii_dev7_check.jsonl",
    "dev7_fresh": H / "pii_dev7_fresh.jsonl",
    "intl_dev": ROOT / "tests" / "guard" / "data" / "pii_intl_dev.jsonl",
    "check6": ROOT / "tests" / "guard" / "data" / "pii_check6.jsonl",
    "presidio": ROOT.parent / "shared" / "data" / "pii" / "pii_dev.jsonl",
}
ASIDE = {
    "late5": H / "pii_late5.jsonl",
    "late8": H / "pii_late8.jsonl",
    "presidio_t3": DEV["presidio"],  # presidio's templates 0, 3, 6, ...
}
Span = tuple[str, int, int]


def load(path: Path, part: int | None = None) -> list[tuple[str, set[Span]]]:
    """Rows of ``path``; of presidio's, those whose template number is (part 1) or is not
    (part 0) a multiple of 3 (a third of its templates set aside)."""
    assert "late9" not in path.name
    assert "late10" not in path.name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if "full_text" in r:
            if part is not None and (r["template_id"] % 3 == 0) != bool(part):
                continue
            gold = {
                ("address", s["start_position"], s["end_position"])
                for s in r["spans"]
                if s["entity_type"] == "STREET_ADDRESS"
            }
            rows.append((r["full_text"], gold))
        else:
            rows.append(
                (
                    r["text"],
                    {
                        ("address", s["start"], s["end"])
                        for s in r["spans"]
                        if s["kind"] == "address"
                    },
                )
            )
    return rows


def benign_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(H.glob("injection_*.jsonl")):
        if "late9" in path.name or "late10" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("label") == 0:
                    out.append((path.stem, r["text"]))
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            if para.strip():
                out.append((path.name, para))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors")
    ap.add_argument("--cues", action="store_true")
    ap.add_argument("--read-aside", action="store_true")
    args = ap.parse_args()
    params = {"cues": True} if args.cues else {}
    scanner = build_pipeline((ScannerSpec(scanner="pii", params=params),), "input").steps[0].scanner

    def found(text: str) -> set[Span]:
        fs = scanner.find(text, ScanContext())  # type: ignore[attr-defined]
        return {(f.kind, f.start, f.end) for f in fs if f.kind == "address"}

    if args.errors == "benign":
        for src, text in benign_texts():
            for _, a, b in sorted(found(text)):
                print(f"{src}: {text[a:b]!r}   <- {text[max(0, a - 60) : b + 30]!r}")
        return 0
    if args.errors:
        # the sets aside only with --read-aside, once their figures are final
        assert args.errors in DEV or args.read_aside, "only development sets' rows are printed"
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    print(f"{'set':12} {'P':>5} {'R':>5} {'F1':>5}   tp/fp/fn")
    for name, path in {**DEV, **ASIDE}.items():
        if not path.exists() or (args.errors and name != args.errors):
            continue
        c = [0, 0, 0]
        part = None if "presidio" not in name else int(name in ASIDE)
        for text, gold in load(path, part):
            tps, fps, missed = match(gold, found(text))
            c[0] += len(tps)
            c[1] += len(fps)
            c[2] += len(missed)
            if args.errors == name and (fps or missed):
                print(repr(text))
                for _, a, b in sorted(missed):
                    print(f"   MISS: {text[a:b]!r}")
                for _, a, b in sorted(fps):
                    print(f"   FP  : {text[a:b]!r}")
        group = ("aside" if name in ASIDE else "dev") + ("_presidio" if "presidio" in name else "")
        for k in range(3):
            totals[group][k] += c[k]
        if args.errors:
            continue
        tp, fp, fn = c
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:12} {p:.3f} {r:.3f} {f:.3f}   {tp}/{fp}/{fn}")
    if args.errors:
        return 0
    for name, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"[{name}]{'':{max(0, 9 - len(name))}} {p:.3f} {r:.3f} {f:.3f}   {tp}/{fp}/{fn}")
    n = sum(len(found(t)) for _, t in benign_texts())
    print(f"address findings on {len(benign_texts())} benign texts/paragraphs: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
