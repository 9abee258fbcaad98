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


def heldout_sentences() -> set[str]:
    import json

    sents: set[str] = set()
    for path in sorted(HELDOUT.glob("injection_*.jsonl")):  # heldout, late, late2
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


def build(dev_rows: list[dict[str, object]], seed: int = 0, scale: int = 1) -> list[Row]:
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
    assert_disjoint(t for t, *_ in rows)
    return rows
