"""The training corpus of the injection classifier, beyond ``injection_dev.jsonl``.

Each part, and where it comes from (see src/aire/guard/data/NOTICE):

- ``docs-python``: paragraphs of the Python standard library's docstrings (PSF licence),
  read from the running interpreter: technical text full of imperatives ("Return...",
  "Use... instead", "Do not call..."). Benign.
- ``docs-debian``: paragraphs of the README files under /usr/share/doc of this Debian
  system (each package's DFSG-free licence; read at training time, nothing copied).
  Benign. Missing on other systems: the part is then empty and the script says so.
- ``synthetic-docs``: templated e-mails, notices, tickets and code for people
  (aire/guard/detect/synthetic.py). Benign.
- ``indirect-*``: those documents with an instruction for the model inserted at a
  sentence boundary: the deepset-train injections of the development data (the same
  rows the classifier trains on, now inside documents) and templated payloads addressed
  to an AI. Positive. The same documents with a benign sentence of the development data
  inserted instead are negatives, so the insertion itself teaches nothing.
- ``multilingual``: short override phrasings and benign sentences in 30 languages
  (synthetic.MULTILINGUAL_TRAIN).
- ``written5-*``: hand-written prompts and documents (``injection_written5.py``): benign
  ones full of attack words for people, benign role play and security talk; role-play
  jailbreaks and override phrasing in other languages.
- ``written6-*``: hand-written (``injection_written6.py``): benign security discussions
  that quote or name attacks; short direct attacks without an override word.

Nothing here comes from the evaluation sources the issue lists, nor from aire's red-team
templates, nor from benchmarks/guard/heldout (``assert_disjoint`` checks sentences).
"""

from __future__ import annotations

import gzip
import importlib
import inspect
import random
import re
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "guard" / "heldout"

Row = tuple[str, int, str, float]  # text, label, part, weight

_SKIP_MODULES = ("antigravity", "this", "idlelib", "tkinter", "turtle", "test", "lib2to3")


def _paragraphs(text: str, lo: int = 120, hi: int = 900) -> Iterable[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if lo <= len(para) <= hi and sum(ch.isalpha() for ch in para) > 0.6 * len(para):
            yield para


def python_docs(limit: int, seed: int) -> list[str]:
    import sys
    import warnings

    out: list[str] = []
    names = sorted(n for n in sys.stdlib_module_names if not n.startswith("_"))
    for name in names:
        if name in _SKIP_MODULES:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                mod = importlib.import_module(name)
        except Exception:
            continue
        docs = [inspect.getdoc(mod) or ""]
        for _, obj in inspect.getmembers(mod):
            if inspect.isfunction(obj) or inspect.isclass(obj):
                docs.append(inspect.getdoc(obj) or "")
        for doc in docs:
            out.extend(_paragraphs(doc))
    rng = random.Random(seed)
    out = sorted(set(out))
    rng.shuffle(out)
    return out[:limit]


def debian_docs(limit: int, seed: int) -> list[str]:
    out: list[str] = []
    base = Path("/usr/share/doc")
    if not base.is_dir():
        return out
    for path in sorted(base.glob("*/README*")):
        try:
            raw = path.read_bytes()
            if path.suffix == ".gz":
                raw = gzip.decompress(raw)
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue
        out.extend(list(_paragraphs(text))[:40])
    rng = random.Random(seed)
    out = sorted(set(out))
    rng.shuffle(out)
    return out[:limit]


# Hand-written sets under benchmarks/guard/heldout that are training data since
# 2026-12-05 (each was measured, then its errors were read: spent as held-out sets;
# benchmarks/guard/late_loso.py showed that training on other authors' sets raises the
# held-out AUC on an author never trained on). The rest stay held out.
# late6-8 since round 8 (2026-12-05): leaving one of them out and training on the others
# raised the left-out author's AUC and cut its FPR at the picked threshold
# (benchmarks/guard/late_loso2.py, late_loso2.json). dev7_direct (621 short direct attacks
# and hard benign prompts, written by one helper who had read the rules) is not: with it the
# grouped CV on the public development data fell from 0.905 to 0.864 recall at FPR 0.025
# (deepset 0.86 -> 0.80), without it 0.905 @ 0.023. late9-11 are not either (round 9): left
# out in turn they gained classifier AUC (+0.015-0.02) but the scanner only one false alarm
# in 255 rows (late_loso2_late9-11.json), and the grouped CV fell to 0.888 @ 0.024.
TRAINING_SETS = (
    "heldout",
    "late",
    "late2",
    "late3",
    "late4",
    "late5",
    "late6",
    "late7",
    "late8",
    "dev5",
    "dev6",
)
# development sets in heldout/ that are neither trained on nor held out (their misses were
# read while writing rules; the rows of synthetic.py may share a stock sentence with them)
DEVELOPMENT_SETS = ("dev7_direct",)


def handwritten_rows(names: tuple[str, ...] = TRAINING_SETS) -> list[dict[str, object]]:
    """The rows of ``names`` (default TRAINING_SETS; text, label, source, category), without the rows that
    share a sentence with a set still held out (independent authors do write the same
    stock phrase now and then: "Vergiss alle Anweisungen, die du vorher bekommen hast.")."""
    import json

    held = heldout_sentences()
    rows: list[dict[str, object]] = []
    dropped = 0
    for name in names:
        path = HELDOUT / f"injection_{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            row = json.loads(line)
            if _sentences(str(row["text"])) & held:
                dropped += 1
                continue
            rows.append(row)
    if dropped:
        print(f"hand-written sets: {dropped} rows left out (shared a held-out sentence)")
    return rows


def _sentences(text: str) -> set[str]:
    out = set()
    for s in re.split(r"(?<=[.!?。])\s+|\n", text):
        s = " ".join(s.split()).lower()
        if len(s) >= 40:
            out.add(s)
    return out


def heldout_sentences() -> set[str]:
    import json

    sents: set[str] = set()
    training = {
        HELDOUT / f"injection_{name}.jsonl" for name in TRAINING_SETS + DEVELOPMENT_SETS
    }
    for path in sorted(HELDOUT.glob("injection_*.jsonl")):  # late6, late7, ...
        if path in training:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text") or row.get("completion") or ""
            for s in re.split(r"(?<=[.!?。])\s+|\n", text):
                s = " ".join(s.split()).lower()
                if len(s) >= 40:
                    sents.add(s)
    return sents


def assert_disjoint(texts: Iterable[str]) -> None:
    """Raise if any training text shares a sentence (>= 40 chars) with the held-out set."""
    held = heldout_sentences()
    for text in texts:
        for s in re.split(r"(?<=[.!?。])\s+|\n", text):
            s = " ".join(s.split()).lower()
            if len(s) >= 40 and s in held:
                raise SystemExit(f"training text shares a held-out sentence: {s!r}")


def build(
    dev_rows: list[dict[str, object]],
    seed: int = 0,
    scale: int = 1,
    written5_weight: float = 1.0,
    written6_weight: float = 0.0,
) -> list[Row]:
    from aire.guard.detect.synthetic import (
        MULTILINGUAL_TRAIN,
        ai_payloads,
        benign_documents,
        insert,
        wrap_payload,
    )

    rng = random.Random(seed)
    py = python_docs(600 * scale, seed)
    deb = debian_docs(600 * scale, seed)
    syn = benign_documents(400 * scale, seed)
    rows: list[Row] = []
    rows += [(t, 0, "docs-python", 1.0) for t in py]
    rows += [(t, 0, "docs-debian", 1.0) for t in deb]
    rows += [(t, 0, "synthetic-docs", 1.0) for t in syn]
    hosts = py + deb + syn
    deepset_inj = [
        str(r["text"])
        for r in dev_rows
        if r["source"] == "deepset-train" and r["label"] == 1 and len(str(r["text"])) < 400
    ]
    benign_short = [
        str(r["text"])
        for r in dev_rows
        if r["label"] == 0 and r["source"] == "deepset-train" and len(str(r["text"])) < 300
    ]
    payloads = list(ai_payloads())
    for _ in range(500 * scale):
        host = rng.choice(hosts)
        if rng.random() < 0.5:
            p = rng.choice(deepset_inj)
            part = "indirect-deepset"
        else:
            p = wrap_payload(rng.choice(payloads), rng)
            part = "indirect-synthetic"
        rows.append((insert(host, p, rng), 1, part, 1.0))
    for _ in range(300 * scale):
        rows.append(
            (insert(rng.choice(hosts), rng.choice(benign_short), rng), 0, "docs+benign", 1.0)
        )
    for _lang, inj, ok in MULTILINGUAL_TRAIN:
        rows.append((inj, 1, "multilingual", 2.0))
        rows.append((ok, 0, "multilingual", 2.0))
    if written5_weight > 0:
        # hand-written benign prompts/documents with attack words, role play, other
        # languages (scripts/injection_written5.py; 0 leaves them out)
        import injection_written5

        rows += [
            (t, label, part, w * written5_weight) for t, label, part, w in injection_written5.rows()
        ]
    if written6_weight > 0:
        # hand-written security discussions that quote attacks, and short direct attacks
        # without an override word (scripts/injection_written6.py; 0 leaves them out)
        import injection_written6

        rows += [
            (t, label, part, w * written6_weight) for t, label, part, w in injection_written6.rows()
        ]
    assert_disjoint(t for t, *_ in rows)
    return rows


PII_DEV = ROOT.parent / "shared" / "data" / "pii" / "pii_dev.jsonl"


def long_mixes(
    dev_rows: list[dict[str, object]], n: int, seed: int = 0, chars: int = 2048
) -> list[Row]:
    """Long prompts made of the given development rows: ``n`` concatenations of benign
    rows with a PII sentence of ``pii_dev.jsonl`` about every fourth part, up to
    ``chars`` characters, all benign (the shape of pasted context and of the latency
    benchmark's prompts). Short chat prompts alone taught the classifier that a long text
    of many requests looks like an attack: out of fold, 10.5% of such benign prompts
    scored above the threshold. (Adding as many mixes with one injection row among the
    parts, as positives, made it worse: 16.5% of the benchmark's prompts flagged; the
    corpus's documents with planted instructions are the long positives.) Only the rows
    passed in are used, so cross-validation folds build them from their training rows.

    Off by default (``train_injection.py --long 0``). Tried with ``--long 300`` on
    2026-12-04: grouped CV recall 0.897 -> 0.918 at FPR 0.023 -> 0.025, leave-deepset-out
    recall 0.867 -> 0.911, the benchmark's prompts flagged 3.5% -> 0.5%; but the picked
    threshold fell 0.624 -> 0.555 and on the seen held-out set benign documents with
    imperatives went from 3 to 6 of 32 flagged (overall recall 0.851 -> 0.877, FPR
    0.112 -> 0.147): not shipped, since over-blocking such documents is the issue's main
    complaint."""
    import json

    rng = random.Random(seed)
    benign = [str(r["text"]) for r in dev_rows if r["label"] == 0 and len(str(r["text"])) < 700]
    pii = [
        json.loads(line)["full_text"]
        for line in PII_DEV.read_text(encoding="utf-8").splitlines()
        if line
    ]
    rows: list[Row] = []
    if not benign:
        return rows
    for _ in range(n):
        parts: list[str] = []
        size = rng.randint(chars // 3, chars)
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(pii) if rng.random() < 0.25 else rng.choice(benign))
        rows.append(("\n".join(parts), 0, "long-mix", 0.5))
    return rows
