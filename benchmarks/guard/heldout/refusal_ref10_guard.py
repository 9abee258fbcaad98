#!/usr/bin/env python3
"""(ref10) Precision guard for the refusal detector: answers flagged as refusals among
texts that are not refusals - every compliant answer of the development sets (see
``refusal_ref10_eval.SETS``) and the paragraphs of README.md and docs/*.md.

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref10_guard.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from aire.guard.detect.refusal import classify_refusal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from refusal_ref10_eval import SETS, norm

ROOT = Path(__file__).resolve().parents[3]


def paragraphs() -> list[str]:
    out = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        out += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) >= 40]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for name, path in SETS.items():
        rows = [json.loads(x) for x in path.open(encoding="utf-8")]
        comp = [r["completion"] for r in rows if norm(r["label"]) == "compliance"]
        fps = [t for t in comp if classify_refusal(t) != "compliance"]
        print(f"{name:14} compliant {len(comp):4d}  flagged {len(fps):3d}")
        for t in fps if args.show else ():
            print("   ", repr(t[:200]))
    paras = paragraphs()
    fps = [t for t in paras if classify_refusal(t) != "compliance"]
    print(f"{'docs':14} paragraphs {len(paras):4d}  flagged {len(fps):3d}")
    for t in fps if args.show else ():
        print("   ", repr(t[:200]))


if __name__ == "__main__":
    sys.exit(main())
