#!/usr/bin/env python3
"""Person / address P, R, F1 on the spent PII sets (names11: names in non-Latin scripts).

The sets of ``pii_dev7_eval.py`` plus the spent blind sets late6 ... late12; spans match
as ``heldout.match`` (overlap >= 50% of both). Never reads a set it does not name (no
late13, late14).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/guard/names11_eval.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_dev7_eval as ev  # noqa: E402

for _n in range(6, 13):
    ev.SETS[f"late{_n}"] = HERE / "heldout" / f"pii_late{_n}.jsonl"
ORDER = [
    *("heldout", "late", "late4", "late5", "late6", "late7", "late8", "late9", "late10"),
    *("late11", "late12", "dev7", "dev7_check", "dev7_fresh", "intl_dev", "check6", "presidio"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--errors")
    args = ap.parse_args()
    out = {}
    for name in ORDER:
        if not ev.load(name):
            continue
        r = ev.evaluate(name, errors=args.errors == name)
        out[name] = r
        p, a = r["person"], r["address"]
        print(
            f"{name:11s} person P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f} "
            f"(tp {p['tp']} fp {p['fp']} fn {p['fn']})   address F1 {a['f1']:.3f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
