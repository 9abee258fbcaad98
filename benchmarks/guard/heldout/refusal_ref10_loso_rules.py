#!/usr/bin/env python3
"""(ref10) Leave one set out for hand-written rules: each of late9, late10, late11 measured
with the ``refusal_families`` entries written from its own misses removed (the entry
indices of DECLINES_FAMILIES / LANG_FAMILIES below are their provenance).

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref10_loso_rules.py late9
"""

import json
import sys

import aire.guard.detect.refusal_families as F

held = sys.argv[1]
prov = {"late9": {0, 1, 3, 14}, "late10": {0, 2, 3, 6}, "late11": {4, 5, 7}}
lang_prov = {"late11": {0, 1}}  # vi, sw
F.DECLINES_FAMILIES = tuple(
    x for i, x in enumerate(F.DECLINES_FAMILIES) if i not in prov.get(held, set())
)
F.LANG_FAMILIES = tuple(
    x for i, x in enumerate(F.LANG_FAMILIES) if i not in lang_prov.get(held, set())
)
sys.path.insert(0, "benchmarks/guard/heldout")
import refusal_ref10_eval as E  # noqa: E402

m = E.measure([json.loads(x) for x in E.SETS[held].open()])
print(
    held, "families from its own misses removed:", f"P {m['P']:.3f} R {m['R']:.3f} F1 {m['F1']:.3f}"
)
