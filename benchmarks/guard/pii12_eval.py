#!/usr/bin/env python3
"""Person / address P, R, F1 on every spent PII set, late13 and late14 included (pii12).

Spans match as ``heldout.match`` (overlap >= 50% of both). Never reads late15 or late16.
``--benign`` counts person / address spans per 1,000 paragraphs of benign text (the
distractor rows of the spent sets: rows without a gold person / address span; and the
docstrings of the standard library).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/guard/pii12_eval.py [--errors SET] [--benign]
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_dev7_eval as ev  # noqa: E402

from aire.config.guard import ScannerSpec  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402
from aire.guard.types import ScanContext  # noqa: E402

for _n in range(6, 15):
    ev.SETS[f"late{_n}"] = HERE / "heldout" / f"pii_late{_n}.jsonl"
ORDER = [
    *("heldout", "late", "late4", "late5", "late6", "late7", "late8", "late9", "late10"),
    *("late11", "late12", "late13", "late14", "dev7", "dev7_check", "dev7_fresh"),
    *("intl_dev", "check6", "presidio"),
]


def benign_paragraphs() -> dict[str, list[str]]:
    rows = []
    for name in ORDER:
        for text, gold in ev.load(name):
            if not any(k in ("person", "address") for k, _, _ in gold):
                rows.append(text)
    docs: list[str] = []
    lib = Path(sysconfig.get_paths()["stdlib"])
    for path in sorted(lib.glob("*.py"))[:400]:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Module)):
                doc = ast.get_docstring(node)
                if doc:
                    docs.extend(p for p in doc.split("\n\n") if len(p) > 40)
    readmes: list[str] = []
    for path in sorted(Path("/usr/share/doc").glob("*/*")):
        if (path.name.startswith("README") and path.suffix in (".md", "")) or path.suffix == ".md":
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            readmes.extend(p for p in text.split("\n\n") if len(p) > 40)
    return {"distractors": rows, "stdlib_docstrings": docs, "usr_share_doc_readmes": readmes}


def benign() -> None:
    scanner = build_pipeline((ScannerSpec(scanner="pii", params={}),), "input").steps[0].scanner
    for name, paras in benign_paragraphs().items():
        n = {"person": 0, "address": 0}
        for text in paras:
            for f in scanner.find(text, ScanContext()):  # type: ignore[attr-defined]
                if f.kind in n:
                    n[f.kind] += 1
        k = 1000 / max(1, len(paras))
        print(
            f"{name:18s} {len(paras):6d} paragraphs: person {n['person'] * k:6.1f} "
            f"address {n['address'] * k:6.1f} per 1,000"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--errors")
    ap.add_argument("--benign", action="store_true")
    args = ap.parse_args()
    if args.benign:
        benign()
        return
    if args.errors:
        ev.evaluate(args.errors, errors=True)
        return
    out = {}
    for name in ORDER:
        if not ev.load(name):
            continue
        r = ev.evaluate(name)
        out[name] = r
        p, a = r["person"], r["address"]
        print(
            f"{name:11s} person P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f} "
            f"({p['tp']}/{p['fp']}/{p['fn']})  address P {a['p']:.3f} R {a['r']:.3f} "
            f"F1 {a['f1']:.3f} ({a['tp']}/{a['fp']}/{a['fn']})"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
