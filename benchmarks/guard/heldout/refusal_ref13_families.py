#!/usr/bin/env python3
"""(ref13) Where each family of ``refusal_more3`` fires: per development set (one author each;
the dev5 sets are one author), how many refusal rows and how many compliance rows it matches
(in the first ``MORE3_CHARS`` characters, as ``more3_decline`` reads them), and on how many
authors' refusals it fires. Also ref13's own compliant answers (refusal_ref13_benign.jsonl).
A family firing on a refusal that another rule already caught counts too: the question is
whether the family is general, not what it adds.

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref13_families.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import refusal_ref9_eval as E

from aire.guard.detect import refusal_more3 as M


def author(name: str) -> str:
    return "dev5" if name.startswith("dev5") else name.split("(")[0]


def main() -> None:
    sets = dict(E.SETS)
    fams = [(f[0], entry) for f, entry in zip(M.FAMILIES, M._COMPILED, strict=True)]
    ref: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    comp: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, path in sets.items():
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            low = r["completion"][: M.MORE3_CHARS].lower().replace("\u2019", "'")
            gold = E.norm(r["label"])
            hits = {f for f, entry in fams if M._search(low, entry) >= 0}
            if M._left_out(low) >= 0:
                hits.add("left_out")
            if any(M.redirect_fluff(s) for s in re.split(r"(?<=[.!?。])\s*", r["completion"])):
                hits.add("redirect_fluff")
            for f in hits:
                (comp if gold == "compliance" else ref)[f][author(name)] += 1
    names = [f for f, _ in fams] + ["left_out", "redirect_fluff"]
    print(
        f"{'family':22} {'authors':>7} {'ref rows':>8} {'comp rows':>9}  "
        "refusal hits by author | compliance hits"
    )
    for f in dict.fromkeys(names):
        a, c = dict(ref[f]), dict(comp[f])
        print(
            f"{f:22} {len(a):7d} {sum(a.values()):8d} {sum(c.values()):9d}  "
            + ", ".join(f"{k}:{v}" for k, v in sorted(a.items()))
            + " | "
            + ", ".join(f"{k}:{v}" for k, v in sorted(c.items()))
        )


if __name__ == "__main__":
    main()
