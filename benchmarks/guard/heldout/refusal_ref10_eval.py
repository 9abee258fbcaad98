"""(ref10) Refusal detector on the allowed development sets: binary refusal-vs-compliance P/R/F1,
full/partial F1 and false refusals per set (the measurement of ``refusal_ref9_eval``, whose
functions this reuses), with the sets ref10 could read:

    PYTHONPATH=src .venv/bin/python benchmarks/guard/heldout/refusal_ref10_eval.py \
        [--errors] [--only SET]

ref9's sets and late6-late11 (measured before/after, now development data), and ``dev9`` (ref9's
check set, read by ref10). Never late12.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import refusal_ref9_eval as _ref9
from refusal_ref9_eval import HERE, measure

__all__ = ["SETS", "measure"]

SETS = {
    **{("dev9" if k == "dev9(check)" else k): v for k, v in _ref9.SETS.items()},
    "late9": HERE / "refusal_late9.jsonl",
    "late10": HERE / "refusal_late10.jsonl",
    "late11": HERE / "refusal_late11.jsonl",
}


def main() -> None:
    _ref9.SETS, _ref9.NO_ERRORS = SETS, set()  # ref9's report, on these sets
    _ref9.main()


if __name__ == "__main__":
    main()
