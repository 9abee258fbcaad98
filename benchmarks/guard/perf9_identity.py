#!/usr/bin/env python3
"""Proof that a speed change of the default input pipeline changes no output: the two
earlier proofs run as one, each on the other's texts too. Runs two source trees (old and
new) over the same texts and compares everything they say.

    mkdir -p /tmp/perf9_old && git archive <branch point> src | tar -x -C /tmp/perf9_old
    nice -n 10 .venv/bin/python benchmarks/guard/perf9_identity.py \
        --old /tmp/perf9_old/src --new src [--keep /tmp/perf9_dumps]

Part 1, ``perf7_identity``'s rows (the classifier's decision, features, rule hits with
and without decoding, ``plain``/``normalize``, secrets, invisible characters,
homoglyphs, the default input and output pipelines' verdicts), each text as it is and
in two disguised variants: its texts (injection sets, workloads) and edge cases plus
``perf8_identity``'s (the PII sets in four forms, the PII tests' strings, the 2 KB
prompts of four seeds, its edge cases). Part 2, ``perf8_identity``'s rows (``find_pii``
with all kinds and each kind alone, ``cues`` off and on) on its texts plus
``perf7_identity``'s and their edge cases. Each tree runs in its own process
(PYTHONHASHSEED=0); floats compare exactly (repr); any difference is printed and the
exit status is 1. ``--keep DIR`` keeps the dumps and reuses the old tree's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import perf7_identity as p7  # noqa: E402
import perf8_identity as p8  # noqa: E402


def _texts7() -> list[str]:
    return [*p7._texts(), *p7.EDGE]


def _texts8() -> list[str]:
    return [*p8._texts(), *p8.EDGE]


def _part1() -> list[str]:
    seen = set(_texts7())
    return _texts7() + [t for t in dict.fromkeys(_texts8()) if t not in seen]


def _part2() -> list[str]:
    seen = set(_texts8())
    return p8._texts() + [t for t in dict.fromkeys([*_texts7(), *p8.EDGE]) if t not in seen]


def dump(out: Path) -> None:
    part1, part2 = _part1(), _part2()
    # perf7's dump runs over its _texts() and then EDGE: all part 1 texts, no EDGE again
    p7._texts = lambda: part1  # type: ignore[assignment]
    p7.EDGE = []
    p8._texts = lambda: part2  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "7.jsonl", Path(tmp) / "8.jsonl"
        p7.dump(a)
        p8.dump(b)
        with out.open("w", encoding="utf-8") as fh:
            fh.write(a.read_text(encoding="utf-8"))
            fh.write(b.read_text(encoding="utf-8"))


def _run(src: str, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve()), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, __file__, "--dump", str(out)], env=env, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", help="src directory of the old tree")
    ap.add_argument("--new", help="src directory of the new tree")
    ap.add_argument("--keep", help="keep the dumps here (the old one is reused if present)")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(Path(args.dump))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep) if args.keep else Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        old, new = where / "old.jsonl", where / "new.jsonl"
        if not (args.keep and old.exists()):
            _run(args.old, old)
        _run(args.new, new)
        # rows are split on "\n" only: texts hold other line separators (U+2028...)
        a = old.read_text(encoding="utf-8").split("\n")[:-1]
        b = new.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(a) == len(b), (len(a), len(b))
    n1 = 3 * len(_part1())
    bad = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    for i in bad[:20]:
        x, y = json.loads(a[i]), json.loads(b[i])
        if isinstance(x, dict):
            keys = [k for k in x if x[k] != y[k]]
            print(f"part 1 row {i}: {keys} differ:")
            for k in keys[:3]:
                print(f"  old {str(x[k])[:300]}\n  new {str(y[k])[:300]}")
        else:
            print(f"part 2 row {i - n1}:\n  old {str(x)[:400]}\n  new {str(y)[:400]}")
    findings = sum(sum(len(r) for r in json.loads(x)) for x in a[n1:])
    print(
        f"part 1: {n1} rows (texts with variants); part 2: {len(a) - n1} texts x 22 "
        f"find_pii calls, {findings} findings in the old tree; {len(bad)} rows differ"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
