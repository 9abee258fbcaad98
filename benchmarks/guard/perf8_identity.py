#!/usr/bin/env python3
"""Proof that a speed change of the PII finder changes no output: runs two source trees
(old and new) over the same texts and compares every finding (kind, start, end, score).

    mkdir -p /tmp/perf8_old && git archive main src | tar -x -C /tmp/perf8_old
    nice -n 10 .venv/bin/python benchmarks/guard/perf8_identity.py \
        --old /tmp/perf8_old/src --new src

Texts: the PII sets (../shared/data's pii_dev.jsonl; heldout/pii_heldout, pii_late,
pii_dev7*), every string literal of the PII tests (tests/guard/test_pii*.py,
test_names_context.py), the 2 KB workload prompts of workloads.py (seeds 7, 1, 2, 3), and
as extra benign text the injection sets (heldout/injection_heldout, late, late2, late3,
dev5, dev6; scripts/injection_written.jsonl; injection_dev.jsonl) and refusal_dev.jsonl
(prompts and completions). The PII texts also in lower case, in upper case and with
zero-width and fullwidth characters inserted. Each text runs through ``find_pii`` with all
kinds and with each kind alone, with ``cues`` off and on. Each tree runs in its own process
(``--dump``, PYTHONHASHSEED=0); any difference is printed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PII_FILES = [
    HERE / "heldout" / f"{name}.jsonl"
    for name in ("pii_heldout", "pii_late", "pii_dev7", "pii_dev7_check", "pii_dev7_fresh")
]
BENIGN_FILES = [
    HERE / "heldout" / f"injection_{name}.jsonl"
    for name in ("heldout", "late", "late2", "late3", "dev5", "dev6")
] + [ROOT / "scripts" / "injection_written.jsonl"]
TEST_FILES = [
    *sorted((ROOT / "tests" / "guard").glob("test_pii*.py")),
    ROOT / "tests" / "guard" / "test_names_context.py",
]


def _lines(path: Path) -> list[dict[str, str]]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in rows if line.strip()]


def _tricky(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i % 5 == 1 and len(w) > 3:
            w = w[:2] + "\u200b" + w[2:]
        elif i % 5 == 3:
            w = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
        out.append(w)
    return " ".join(out)


# hand-made edge cases of the rewritten patterns: e-mail local parts around 64
# characters, several "@", links in any case and glued to words, street lines
EDGE = [
    "a" * 63 + "@example.com " + "b" * 64 + "@example.com " + "c" * 65 + "@example.com",
    "x@y@z.com @@ a@b.co, @handle and me.you@mail.example.org; " + "q" * 70 + "@x.io",
    "mail: .john@x.com -jane@y.de %a@b.cd 1@2.fr _u@v.gr " + "@" * 10 + "k@l.mn",
    "HTTP://EXAMPLE.COM Www.Example.org xwww.foo.com fTp://h.x https://a.b/(c) www.",
    "see(http://x.y) and [https://z.w] and _http://q.r and 3www.s.t and hTtPs://A.B",
    "Hauptstraße 15, 10115 Berlin; Berliner Straße 5 and Váci utca 12, Rue de Rivoli 12",
    "12 Rue de Rivoli, 75001 Paris. Via Roma 22. Calle de Alcalá 48. ul. Marszałkowska 84/92",
    "House No. 45, Sector 17; PSC 6477, Box 2981 APO AE 83700; USS Mahler FPO AA 34567",
    "P.O. Box 123; Postfach 44; apartado 7; boîte postale 9; Karl-Marx-Allee 90",
    "742 Evergreen Terrace, Springfield, IL 62704 and 221B Baker Street, London NW1 6XE",
    "Avenida Paulista 1578, São Paulo; Drottninggatan 53; Prinsengracht 263 Amsterdam",
    "ÉRue 5 ÀVia 3 ÞStraße 4 Ärztestraße 7 Öl 8 ×Via 9 ßstraße 10 Übergasse 11",
]


def _texts() -> list[str]:
    sys.path.insert(0, str(HERE))
    import workloads

    pii = [r["full_text"] for r in _lines(workloads.DATA / "pii" / "pii_dev.jsonl")] + EDGE
    for path in PII_FILES:
        pii += [r["text"] for r in _lines(path)]
    for path in TEST_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 2
            ):
                pii.append(node.value)
    texts = pii + [t.lower() for t in pii] + [t.upper() for t in pii] + [_tricky(t) for t in pii]
    for seed in (7, 1, 2, 3):
        texts += workloads.build(seed=seed)["prompts"]
    for path in [*BENIGN_FILES, workloads.DATA / "injection" / "injection_dev.jsonl"]:
        texts += [r["text"] for r in _lines(path)]
    for r in _lines(workloads.DATA / "refusal" / "refusal_dev.jsonl"):
        texts += [r["prompt"], r["completion"]]
    return texts


def dump(out: Path) -> None:
    from aire.guard.detect.pii import ALL_KINDS, find_pii

    with out.open("w", encoding="utf-8") as fh:
        for text in _texts():
            row = []
            for cues in (False, True):
                for kinds in (ALL_KINDS, *((k,) for k in ALL_KINDS)):
                    found = find_pii(text, kinds, cues=cues)
                    row.append([[f.kind, f.start, f.end, repr(f.score)] for f in found])
            fh.write(json.dumps(row) + "\n")


def _run(src: str, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve()), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, __file__, "--dump", str(out)], env=env, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", help="src directory of the old tree")
    ap.add_argument("--new", help="src directory of the new tree")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(Path(args.dump))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
        _run(args.old, old)
        _run(args.new, new)
        a = old.read_text(encoding="utf-8").split("\n")[:-1]
        b = new.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(a) == len(b), (len(a), len(b))
    texts = _texts()
    bad = 0
    findings = 0
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        findings += sum(len(r) for r in json.loads(x))
        if x == y:
            continue
        bad += 1
        if bad <= 20:
            print(f"text {i} differs: {texts[i][:200]!r}\n  old {x[:400]}\n  new {y[:400]}")
    print(
        f"{len(a)} texts x 22 calls (all kinds and each kind, cues off/on), "
        f"{findings} findings in the old tree; {bad} texts differ"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
