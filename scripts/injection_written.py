#!/usr/bin/env python3
"""Hand-written training data for the injection classifier: instructions for people
versus instructions for the model, inside documents. Writes ``injection_written.jsonl``
next to this script.

    python scripts/injection_written.py            # (re)writes scripts/injection_written.jsonl

Provenance: every host document (scripts/injection_written_hosts.py) and every snippet
(scripts/injection_written_snippets.py) was written for aire by hand in December 2026;
no third-party text. CC0 / Apache-2.0 like the repository. Nothing was copied from the
held-out sets (benchmarks/guard/heldout, never opened while writing) or from the
evaluation sources the project keeps out of training; train_injection.py checks that no
row shares a sentence with benchmarks/guard/heldout.

Rows (``text``, ``label``, ``category``, ``lang``, ``kind``, ``fold``, ``host``):

- ``benign-doc``: a host document as written (e-mail, ticket, manual, policy, recipe,
  release notes, minutes, review, web page, code, config, tool output), and the same
  inside a user's request ("Summarise this e-mail: ..."). Label 0. A third of the
  variants below are also framed so, benign and planted alike.
- ``benign-doc+note``: the host with an instruction *for people* planted in it (a
  P.S., a note to reviewers, a code comment, a hidden HTML comment...), with the same
  disguises the injections use, so that the disguise itself teaches nothing. Label 0.
- ``indirect``: the host with an instruction *for the AI / assistant / model / agent*
  planted in it (exfiltrate, ignore the user, change the answer, call a tool, reveal the
  prompt, phish), at a random sentence or line boundary, wrapped in a disguise that
  fits the host (HTML comment, hidden span, alt text, code comment, JSON field, YAML
  comment, log line, quoted reply, footer), in the host's language or another. Label 1.
- ``benign-security``: texts about security, prompt injection, jailbreaks, red teaming,
  role play and words like "override" / "ignore" / "system". Label 0.

Some variants join two hosts (an e-mail thread, a page of search results) for length.

``fold`` (0-4) partitions hosts *and* snippets: a row of fold k is built only from hosts,
payloads and notes of fold k, so in cross-validation (train_injection.py puts fold k of
these rows in outer test fold k) a test row shares neither its document nor its planted
sentence with any training row. ``host`` groups a host with all its variants.
"""

# ruff: noqa: E501  (tables read better unwrapped)

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from injection_written_hosts import HOSTS  # noqa: E402
from injection_written_snippets import (  # noqa: E402
    AI_PAYLOADS,
    HUMAN_NOTES,
    SECURITY_BENIGN,
    USER_FRAMES,
)

OUT = HERE / "injection_written.jsonl"
FOLDS = 5

_PLAIN = ("{p}", "{p}", "P.S. {p}", "[{p}]", "({p})", "\n\n{p}\n\n", "NB: {p}")
_WRAPPERS: dict[str, tuple[str, ...]] = {
    "email": (*_PLAIN, "> {p}", "\n--\n{p}", '<font color="#ffffff" size="1">{p}</font>'),
    "ticket": (*_PLAIN, "Comment from reporter: {p}", "Internal note: {p}"),
    "manual": (*_PLAIN, "Tip: {p}", "Important: {p}"),
    "policy": (*_PLAIN, "Footnote: {p}", "Annex: {p}"),
    "recipe": (*_PLAIN, "Cook's note: {p}"),
    "release": (*_PLAIN, "- {p}"),
    "minutes": (*_PLAIN, "- AOB: {p}"),
    "review": (*_PLAIN, "Edit: {p}", "UPDATE: {p}"),
    "web": (
        "<!-- {p} -->", "<span style=\"display:none\">{p}</span>", "<img src=\"banner.png\" alt=\"{p}\">",
        "<p style=\"font-size:0px;color:transparent\">{p}</p>", "<meta name=\"description\" content=\"{p}\">",
        "<p>{p}</p>", "<div aria-label=\"{p}\"></div>", "{p}",
    ),
    "code": ("# {p}", "// {p}", "/* {p} */", "\"\"\"{p}\"\"\"", "-- {p}", "# NOTE: {p}", "// TODO: {p}"),
    "config": ("# {p}", "; {p}", "description: \"{p}\"", "# {p}"),
    "json": ("\"_comment\": \"{p}\",", "\"note\": \"{p}\",", "{p}"),
    "tool": ("WARN {p}", "{{\"message\": \"{p}\"}}", "{p}", "> {p}", "INFO: {p}", "note: {p}"),
}  # fmt: skip
_JOINERS = (
    "\n\n-----Original Message-----\n",
    "\n\n---\n\n",
    "\n\nOn Tue, someone wrote:\n> ",
    "\n\n[next result]\n",
    "\n\n",
)


def insert(doc: str, snippet: str, rng: random.Random, lines: bool = False) -> str:
    """``snippet`` at a random sentence or line boundary of ``doc`` (start and end too);
    with ``lines`` (code, configuration, tool output) on a line of its own."""
    if lines:
        starts = [0] + [i + 1 for i, ch in enumerate(doc) if ch == "\n"]
        at = rng.choice(starts)
        indent = doc[at : len(doc[at:]) - len(doc[at:].lstrip(" ")) + at]
        sep = "" if at == 0 or doc[at - 1] == "\n" else "\n"
        return doc[:at] + sep + indent + snippet + "\n" + doc[at:]
    cuts = [0, len(doc)] + [
        i + 1
        for i, ch in enumerate(doc[:-1])
        if ch == "\n" or (ch in ".!?。" and doc[i + 1] in " \n")
    ]
    at = rng.choice(cuts)
    before = "" if at == 0 or doc[at - 1] in " \n" else " "
    after = "" if at == len(doc) or snippet.endswith("\n") else " "
    return doc[:at] + before + snippet + after + doc[at:]


def _by_fold(items: list, rng: random.Random) -> list[list]:
    items = list(items)
    rng.shuffle(items)
    return [items[k::FOLDS] for k in range(FOLDS)]


def _pick(pool: list[tuple[str, str]], host_lang: str, rng: random.Random) -> tuple[str, str]:
    """A snippet, in the host's language about half the time when there is one."""
    same = [s for s in pool if s[0] == host_lang]
    if same and rng.random() < 0.5:
        return rng.choice(same)
    return rng.choice(pool)


def build(seed: int = 0) -> list[dict[str, object]]:
    rng = random.Random(seed)
    hosts = _by_fold(list(enumerate(HOSTS)), rng)
    payloads = _by_fold(list(AI_PAYLOADS), rng)
    notes = _by_fold(list(HUMAN_NOTES), rng)
    security = _by_fold(list(SECURITY_BENIGN), rng)
    rows: list[dict[str, object]] = []

    def add(text: str, label: int, cat: str, lang: str, kind: str, k: int, host: str) -> None:
        rows.append(
            {"text": text, "label": label, "category": cat, "lang": lang, "kind": kind,
             "fold": k, "host": host}
        )  # fmt: skip

    def base(k: int, hid: int, text: str) -> str:
        """The host, or 15% of the time a thread / page of two hosts of fold ``k``."""
        if rng.random() < 0.15:
            oid, (_, _, other) = rng.choice(hosts[k])
            if oid != hid:
                return text + rng.choice(_JOINERS) + other
        return text

    def framed(doc: str, lang: str) -> str:
        """A third of the planted variants come inside a user's request."""
        if rng.random() < 1 / 3:
            return _pick(list(USER_FRAMES), lang, rng)[1].format(doc=doc)
        return doc

    for k in range(FOLDS):
        for hid, (kind, lang, text) in hosts[k]:
            host = f"h{hid}"
            add(text, 0, "benign-doc", lang, kind, k, host)
            wrappers = _WRAPPERS[kind]
            lines = kind in ("code", "config", "json", "tool")
            # the user's own request around the document: legitimate, addressed to the model
            _, frame = _pick(list(USER_FRAMES), lang, rng)
            add(frame.format(doc=text), 0, "benign-doc", lang, kind, k, host)
            for _ in range(2):
                nlang, note = _pick(notes[k], lang, rng)
                doc = insert(base(k, hid, text), rng.choice(wrappers).format(p=note), rng, lines)
                tag = lang if nlang == lang else f"{lang}+{nlang}"
                doc = framed(doc, lang)
                add(doc, 0, "benign-doc+note", tag, kind, k, host)
            for _ in range(3):
                plang, payload = _pick(payloads[k], lang, rng)
                doc = insert(base(k, hid, text), rng.choice(wrappers).format(p=payload), rng, lines)
                tag = lang if plang == lang else f"{lang}+{plang}"
                doc = framed(doc, lang)
                add(doc, 1, "indirect", tag, kind, k, host)
        for i, (lang, text) in enumerate(security[k]):
            add(text, 0, "benign-security", lang, "chat", k, f"s{k}-{i}")
    return rows


def load(path: Path = OUT) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(model_path: Path, rows: list[dict[str, object]]) -> dict[str, dict[str, float]]:
    """Rates of the scanner's injection score (classifier + rules, as shipped) at the
    model's own threshold, by category: for a model that never saw these rows."""
    sys.path.insert(0, str(HERE.parent / "src"))
    from aire.guard.detect.injection import InjectionDetector

    det = InjectionDetector.from_path(model_path)
    assert det.model is not None
    thr = det.model.threshold
    flagged = [det.score(str(r["text"]))[0] >= thr for r in rows]
    out: dict[str, dict[str, float]] = {}
    cats = [*sorted({str(r["category"]) for r in rows}), "all"]
    for cat in cats:
        sel = [i for i, r in enumerate(rows) if cat in ("all", r["category"])]
        pos = [i for i in sel if rows[i]["label"] == 1]
        neg = [i for i in sel if rows[i]["label"] == 0]
        out[cat] = {
            "n": len(sel),
            "recall": round(sum(flagged[i] for i in pos) / len(pos), 4) if pos else float("nan"),
            "fpr": round(sum(flagged[i] for i in neg) / len(neg), 4) if neg else float("nan"),
        }
    return out


def main() -> int:
    import argparse
    from collections import Counter

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--score", type=Path, help="score the rows with these .npz weights instead")
    args = ap.parse_args()
    if args.score:
        print(json.dumps(score(args.score, load()), indent=2))
        return 0
    rows = build()
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"wrote {OUT} ({len(rows)} rows)")
    print(Counter(str(r["category"]) for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
