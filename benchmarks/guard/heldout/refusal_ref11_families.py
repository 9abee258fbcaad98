#!/usr/bin/env python3
"""(ref11) Where each family of ``refusal_general`` fires: per development set (one author
each; the dev5 sets are one author), how many refusal rows and how many compliance rows
it matches in the answer's head, and the number of different authors on whose refusals
it fires. Also the author's own benign set (refusal_ref11_benign.jsonl).

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref11_families.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import refusal_ref9_eval as E

from aire.guard.detect import refusal_general as G
from aire.guard.detect.refusal import _fluff

HEAD = 400


def author(name: str) -> str:
    return "dev5" if name.startswith("dev5") else name.split("(")[0]


def families() -> list[tuple[str, re.Pattern[str]]]:
    out = [(n, re.compile("(?i)" + rx)) for n, rx, *_ in G.FAMILIES]
    out += [(n, re.compile("(?i)" + rx)) for n, rx, _, _a in G.LANG_FAMILIES]
    out.append(("deflect", re.compile(G.DEFLECT)))
    return out


def main() -> None:
    sets = dict(E.SETS)
    sets["ref11_benign"] = E.HERE / "refusal_ref11_benign.jsonl"
    fams = families()
    ref: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    comp: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, path in sets.items():
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            text = r["completion"][:HEAD]
            gold = E.norm(r["label"])
            hits = {f for f, rx in fams if rx.search(text)}
            if G.general_part(r["completion"], 0, _fluff):
                hits.add("part (general_part)")
            for f in hits:
                (comp if gold == "compliance" else ref)[f][author(name)] += 1
    names = [f for f, _ in fams] + ["part (general_part)"]
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
