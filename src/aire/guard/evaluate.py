"""Accuracy and latency of one scanner on labelled JSONL (``aire guard eval``).

Two kinds of data, told apart by their fields:

- classification rows: a text (``text``, ``completion``, ``prompt`` or ``--field``) and a
  ``label``: 1/0, true/false, or XSTest's ``"2_full_refusal"`` (positive) /
  ``"1_full_compliance"`` (negative); other labels (``"3_partial_refusal"``) are skipped.
  Positive = the scanner flags the text.
- span rows: ``full_text`` (or ``text``) and ``spans``, each either presidio-research's
  ``entity_type`` with ``start_position``/``end_position`` or aire's ``kind`` with
  ``start``/``end``. Every kind the scanner emits that the data labels is counted, person
  names and street addresses included (``PRESIDIO_KINDS``). A prediction counts when its
  kind matches and its span matches exactly (``match="exact"``) or overlaps the gold span
  by at least half of each (``match="overlap"``: names and addresses have no single
  right boundary, "Dr Ann Lee" or "Ann Lee"); FPR is the share of texts without gold
  spans of the evaluated kinds that got a finding.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aire.errors import InputFileError, UsageError
from aire.guard.scanner import Scanner
from aire.guard.types import ScanContext
from aire.jsonl import read_jsonl

__all__ = ["MATCHES", "PRESIDIO_KINDS", "EvalReport", "evaluate", "evaluate_file", "text_of"]

#: presidio-research entity types -> aire PII kinds (the pattern types).
PRESIDIO_KINDS: dict[str, str] = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "credit_card",
    "IBAN_CODE": "iban",
    "US_SSN": "ssn",
    "IP_ADDRESS": "ip_address",
    "DOMAIN_NAME": "url",
    "URL": "url",
    "PERSON": "person",
    "STREET_ADDRESS": "address",
}
MATCHES = ("exact", "overlap")
_TEXT_FIELDS = ("text", "completion", "prompt", "content", "full_text")


@dataclass
class EvalReport:
    scanner: str
    mode: str  # "classification" or "spans"
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    negatives: int = 0
    false_alarms: int = 0
    skipped: int = 0
    latencies_s: list[float] = field(default_factory=list)
    by_kind: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fpr(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0

    def percentile_us(self, q: float) -> float:
        if not self.latencies_s:
            return 0.0
        ordered = sorted(self.latencies_s)
        idx = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
        return ordered[idx] * 1e6

    def to_dict(self) -> dict[str, Any]:
        return {
            "scanner": self.scanner,
            "mode": self.mode,
            "n": self.n,
            "skipped": self.skipped,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fpr": round(self.fpr, 4),
            "p50_us": round(self.percentile_us(50), 1),
            "p99_us": round(self.percentile_us(99), 1),
            "by_kind": {
                k: {"tp": tp, "fp": fp, "fn": fn}
                for k, (tp, fp, fn) in sorted(self.by_kind.items())
            },
        }


def _label(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        head = value.strip().lower()
        if head.startswith("2_") or head in (
            "1",
            "true",
            "yes",
            "positive",
            "injection",
            "refusal",
        ):
            return True
        if head.startswith("1_") or head in ("0", "false", "no", "negative", "benign"):
            return False
    return None


def text_of(row: Mapping[str, Any], field_name: str | None) -> str:
    names = (field_name,) if field_name else _TEXT_FIELDS
    for name in names:
        value = row.get(name)
        if isinstance(value, str):
            return value
    raise UsageError(f"row has no text field ({', '.join(names)})")


def evaluate(
    scanner: Scanner,
    rows: Iterable[Mapping[str, Any]],
    *,
    text_field: str | None = None,
    kinds: Iterable[str] | None = None,
    match: str = "exact",
) -> EvalReport:
    """Scan every row and count hits; rows are dicts as read from JSONL.

    A bad row is a ``UsageError`` naming its number (1-based).
    """
    return _evaluate(scanner, enumerate(rows, 1), None, text_field, kinds, match)


def evaluate_file(
    scanner: Scanner,
    path: str | Path,
    *,
    text_field: str | None = None,
    kinds: Iterable[str] | None = None,
    match: str = "exact",
) -> EvalReport:
    """``evaluate`` on the rows of a JSONL file, streamed; a bad row is an
    ``InputFileError`` naming ``file:line``."""
    numbered = ((record.line, record.value) for record in read_jsonl(path))
    return _evaluate(scanner, numbered, str(path), text_field, kinds, match)


def _evaluate(
    scanner: Scanner,
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    source: str | None,
    text_field: str | None,
    kinds: Iterable[str] | None,
    match: str = "exact",
) -> EvalReport:
    if match not in MATCHES:
        raise UsageError(f"unknown match {match!r} (known: {', '.join(MATCHES)})")
    report = EvalReport(scanner.name, "")
    wanted = set(kinds) if kinds else None
    per_kind: Counter[tuple[str, str]] = Counter()
    clock = time.perf_counter
    for number, row in rows:
        try:
            _scan_row(scanner, row, report, text_field, wanted, per_kind, clock, match)
        except UsageError as exc:
            if source is not None:
                raise InputFileError(exc.message, file=source, line=number) from None
            raise UsageError(f"row {number}: {exc.message}") from None
    if report.mode == "spans":
        names = {k for k, _ in per_kind}
        report.by_kind = {
            k: (per_kind[(k, "tp")], per_kind[(k, "fp")], per_kind[(k, "fn")]) for k in names
        }
        report.tp = sum(v[0] for v in report.by_kind.values())
        report.fp = sum(v[1] for v in report.by_kind.values())
        report.fn = sum(v[2] for v in report.by_kind.values())
    return report


def _gold_spans(spans: list[Any]) -> set[tuple[str, int, int]]:
    gold = set()
    for span in spans:
        if not isinstance(span, dict):
            raise UsageError("each of `spans` must be an object")
        if "kind" in span:
            kind = span["kind"] if isinstance(span["kind"], str) else None
            start, end = span.get("start"), span.get("end")
        else:
            kind = PRESIDIO_KINDS.get(span.get("entity_type"))  # type: ignore[arg-type]
            start, end = span.get("start_position"), span.get("end_position")
        if kind is None:
            continue
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            raise UsageError("a span needs integer `start_position` and `end_position`")
        gold.add((kind, start, end))
    return gold


def _scan_row(
    scanner: Scanner,
    row: Mapping[str, Any],
    report: EvalReport,
    text_field: str | None,
    wanted: set[str] | None,
    per_kind: Counter[tuple[str, str]],
    clock: Callable[[], float],
    match: str = "exact",
) -> None:
    spans = row.get("spans")
    if "spans" in row and not isinstance(spans, list):
        raise UsageError("`spans` must be a list")
    mode = "spans" if isinstance(spans, list) else "classification"
    if report.mode and report.mode != mode:
        raise UsageError("data mixes span rows and labelled rows")
    report.mode = mode
    label: bool | None = None
    if mode == "classification":
        label = _label(row.get("label"))
        if label is None:
            report.skipped += 1
            return
        text = text_of(row, text_field)
    else:
        text = text_of(row, text_field or ("full_text" if "full_text" in row else None))
    ctx = ScanContext()
    start = clock()
    result = scanner.scan(text, ctx)
    report.latencies_s.append(clock() - start)
    report.n += 1
    if label is not None:
        flagged = not result.valid
        report.tp += flagged and label
        report.fp += flagged and not label
        report.fn += (not flagged) and label
        if not label:
            report.negatives += 1
            report.false_alarms += flagged
        return
    gold = _gold_spans(spans or [])
    if wanted is not None:
        gold = {g for g in gold if g[0] in wanted}
    pred = {(f.kind, f.start, f.end) for f in result.findings}
    if wanted is not None:
        pred = {p for p in pred if p[0] in wanted}
    else:
        pred = {p for p in pred if p[0] in PRESIDIO_KINDS.values()}
    matched = _matches(gold, pred) if match == "overlap" else {g: g for g in gold & pred}
    for g in gold:
        per_kind[(g[0], "tp" if g in matched else "fn")] += 1
    hit = set(matched.values())
    for p in pred - hit:
        per_kind[(p[0], "fp")] += 1
    if not gold:
        report.negatives += 1
        report.false_alarms += bool(pred)


_Span = tuple[str, int, int]


def _matches(gold: set[_Span], pred: set[_Span]) -> dict[_Span, _Span]:
    """Gold span -> the prediction of its kind overlapping it by at least half of each."""
    out: dict[_Span, _Span] = {}
    used: set[_Span] = set()
    for g in sorted(gold, key=lambda s: (s[1], s[2])):
        for p in sorted(pred, key=lambda s: (s[1], s[2])):
            if p in used or p[0] != g[0]:
                continue
            overlap = min(g[2], p[2]) - max(g[1], p[1])
            if overlap > 0 and 2 * overlap >= g[2] - g[1] and 2 * overlap >= p[2] - p[1]:
                out[g] = p
                used.add(p)
                break
    return out
