"""Reference profiles for the online detectors: what answers looked like while things were
fine, learnt from a warm-up period or built from logs or a dataset (``aire drift profile``)
and saved as JSON.

A profile holds, per signal, either a rate (refusals, errors, empty, cut, invalid schema,
language mismatch, guard blocks) with its count, or a sorted sample of a continuous value
(answer length, tokens, latency, text statistics) for the normal-score transform.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from aire.errors import InputFileError
from aire.telemetry.features import AnswerFeatures

__all__ = ["CONTINUOUS", "RATES", "Profile", "RateRef", "signals"]

#: rate signals: 1 when the answer shows the problem
RATES = (
    "error",
    "refused",
    "empty",
    "truncated",
    "schema_invalid",
    "language_mismatch",
    "guard_blocked",
)
#: continuous signals
CONTINUOUS = (
    "answer_chars",
    "completion_tokens",
    "latency_s",
    "ttft_s",
    "non_ascii_share",
    "distinct_word_share",
)

_WORD = re.compile(r"\w+")
_SAMPLE = 2000
_VERSION = 1


def signals(f: AnswerFeatures, main_language: str | None = None) -> dict[str, float | None]:
    """The value of every signal for one answer (None: not measurable for it)."""
    ok = f.status < 400
    text = f.text
    words = _WORD.findall(text.lower()) if text else []
    expected_lang = f.prompt_language or main_language
    return {
        "error": float(f.status >= 500),
        "refused": float(f.refused) if ok else None,
        "empty": float(f.empty) if ok else None,
        "truncated": float(f.finish_reason == "length") if ok and f.finish_reason else None,
        "schema_invalid": (
            float(not f.schema_valid) if f.schema_requested and f.schema_valid is not None else None
        ),
        "language_mismatch": (
            float(f.language != expected_lang) if ok and f.language and expected_lang else None
        ),
        "guard_blocked": float(f.guard_blocked),
        "answer_chars": float(f.answer_chars) if ok else None,
        "completion_tokens": float(f.completion_tokens) if ok else None,
        "latency_s": f.latency_s if ok else None,
        "ttft_s": f.ttft_s if ok else None,
        "non_ascii_share": _non_ascii_share(text) if text else None,
        "distinct_word_share": (len(set(words)) / len(words)) if len(words) >= 5 else None,
    }


def _non_ascii_share(text: str) -> float:
    if text.isascii():
        return 0.0
    return (len(text) - len(text.encode("ascii", "ignore"))) / len(text)


@dataclass(frozen=True, slots=True)
class RateRef:
    ones: int
    n: int

    @property
    def rate(self) -> float:
        return self.ones / self.n if self.n else math.nan


@dataclass(slots=True)
class Profile:
    rates: dict[str, RateRef] = field(default_factory=dict)
    continuous: dict[str, list[float]] = field(default_factory=dict)  # sorted samples
    main_language: str | None = None
    n: int = 0
    source: str = ""

    @classmethod
    def from_features(cls, features: Iterable[AnswerFeatures], source: str = "warm-up") -> Profile:
        feats = list(features)
        langs = [f.language for f in feats if f.language]
        main = max(set(langs), key=langs.count) if langs else None
        rows = [signals(f, main) for f in feats]
        return cls.from_signals(rows, main_language=main, source=source)

    @classmethod
    def from_signals(
        cls,
        rows: Iterable[Mapping[str, float | None]],
        *,
        main_language: str | None = None,
        source: str = "",
    ) -> Profile:
        ones = dict.fromkeys(RATES, 0)
        counts = dict.fromkeys(RATES, 0)
        values: dict[str, list[float]] = {name: [] for name in CONTINUOUS}
        n = 0
        for row in rows:
            n += 1
            for name in RATES:
                v = row.get(name)
                if v is not None:
                    counts[name] += 1
                    ones[name] += int(bool(v))
            for name in CONTINUOUS:
                v = row.get(name)
                if v is not None and math.isfinite(v):
                    values[name].append(float(v))
        rates = {name: RateRef(ones[name], counts[name]) for name in RATES if counts[name]}
        continuous = {name: _sample(vals) for name, vals in values.items() if len(vals) >= 20}
        return cls(rates, continuous, main_language, n, source)

    def to_json(self) -> bytes:
        return orjson.dumps(
            {
                "version": _VERSION,
                "n": self.n,
                "source": self.source,
                "main_language": self.main_language,
                "rates": {k: {"ones": r.ones, "n": r.n} for k, r in self.rates.items()},
                "continuous": self.continuous,
            },
            option=orjson.OPT_INDENT_2,
        )

    @classmethod
    def load(cls, path: str | Path) -> Profile:
        p = Path(path)
        try:
            data = orjson.loads(p.read_bytes())
            if data.get("version") != _VERSION:
                raise InputFileError(
                    f"not a drift profile (version {data.get('version')})", file=str(p)
                )
            return cls(
                {k: RateRef(int(v["ones"]), int(v["n"])) for k, v in data["rates"].items()},
                {k: [float(x) for x in v] for k, v in data["continuous"].items()},
                data.get("main_language"),
                int(data["n"]),
                str(data.get("source", p)),
            )
        except FileNotFoundError:
            raise InputFileError("no such file", file=str(p)) from None
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputFileError(f"not a drift profile: {exc}", file=str(p)) from exc


def _sample(values: list[float]) -> list[float]:
    """At most ``_SAMPLE`` evenly spaced order statistics (the sample's quantiles)."""
    arr = np.sort(np.asarray(values, dtype=np.float64))
    if arr.size > _SAMPLE:
        arr = arr[np.linspace(0, arr.size - 1, _SAMPLE).round().astype(int)]
    return [float(x) for x in arr]


def rows_from_records(records: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, float | None]]:
    """Signals from logged feature records (``AnswerFeatures`` fields as JSON keys, e.g.
    the gateway's feature log); a record that already has signal names is taken as is."""
    names = set(AnswerFeatures.__dataclass_fields__)
    for rec in records:
        if "alias" in rec and "status" in rec:
            kwargs = {k: v for k, v in rec.items() if k in names}
            kwargs.setdefault("deployment", None)
            for k, default in _DEFAULTS.items():
                kwargs.setdefault(k, default)
            yield signals(AnswerFeatures(**kwargs))
        else:
            yield {k: _num(rec.get(k)) for k in (*RATES, *CONTINUOUS)}


_DEFAULTS: dict[str, Any] = {
    "error_code": None,
    "stream": False,
    "latency_s": math.nan,
    "ttft_s": None,
    "prompt_tokens": 0,
    "completion_tokens": 0,
    "answer_chars": 0,
    "finish_reason": None,
    "empty": False,
    "refusal_score": None,
    "refused": False,
    "language": None,
    "prompt_language": None,
    "schema_requested": False,
    "schema_valid": None,
    "guard_findings": 0,
    "guard_blocked": False,
}


def _num(v: Any) -> float | None:
    if v is None or isinstance(v, str):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None
