"""Shadow comparisons: what the shadow stage (``aire.gateway.stages.shadow``) measures on a
pair of answers, and the running totals ``/status`` shows.

``ShadowResult`` is one comparison (observers get it through ``on_shadow``);
``answer_text`` reads the text of an OpenAI chat answer (a body or SSE events),
``refused`` and ``schema_valid`` judge one side, ``jaccard`` the agreement of two;
``ShadowSummary`` keeps sums and counts per (alias, shadow alias) so that the workers'
snapshots add up (``merge``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from aire.gateway.observer import GatewayObserver
from aire.guard.detect.refusal import refusal_score

__all__ = [
    "REFUSAL_THRESHOLD",
    "ShadowResult",
    "ShadowSummary",
    "answer_text",
    "jaccard",
    "merge",
    "refused",
    "schema_valid",
]

_WORD = re.compile(r"\w+")
#: an answer refuses at this refusal score (the quality SLIs' threshold)
REFUSAL_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class ShadowResult:
    alias: str
    shadow: str
    outcome: str  # "ok" | "error" (the shadow failed) | "dropped" (too many in flight)
    agreement: float | None = None  # Jaccard of the word sets, 0..1
    length_ratio: float | None = None  # shadow chars / primary chars
    primary_s: float | None = None
    shadow_s: float | None = None
    cost_usd: float = 0.0
    error_code: str | None = None
    primary_refused: bool | None = None
    shadow_refused: bool | None = None
    #: None: the request did not ask for JSON (or its schema is unusable)
    primary_valid: bool | None = None
    shadow_valid: bool | None = None


def answer_text(raw: bytes) -> str:
    """The text of an OpenAI chat answer: a whole JSON body or SSE ``data:`` events."""
    raw = raw.strip()
    if raw.startswith(b"{"):
        try:
            body = orjson.loads(raw)
            return str(body["choices"][0]["message"].get("content") or "")
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            return ""
    parts: list[str] = []
    for line in raw.split(b"\n"):
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        try:
            event = orjson.loads(data)
            delta = event["choices"][0].get("delta") or {}
            parts.append(str(delta.get("content") or ""))
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            continue
    return "".join(parts)


def refused(text: str) -> bool:
    return bool(text.strip()) and refusal_score(text) >= REFUSAL_THRESHOLD


def schema_valid(response_format: Any, text: str) -> bool | None:
    """Whether ``text`` is what ``response_format`` asked for: a JSON object
    (``json_object``) or a document valid against the schema (``json_schema``); None when
    no JSON was asked for or the schema itself is invalid."""
    if not isinstance(response_format, dict):
        return None
    kind = response_format.get("type")
    if kind not in ("json_object", "json_schema"):
        return None
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    if kind == "json_object":
        return isinstance(doc, dict)
    spec = response_format.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    if not isinstance(schema, dict):
        return isinstance(doc, dict)
    try:
        validator = _validator(orjson.dumps(schema, option=orjson.OPT_SORT_KEYS))
    except (orjson.JSONEncodeError, TypeError):
        return None
    return None if validator is None else bool(validator.is_valid(doc))


@lru_cache(maxsize=64)
def _validator(schema: bytes) -> Any:
    """A checked validator per schema (building one costs ~1 ms; a request's schema
    repeats), None for an invalid schema."""
    import jsonschema

    loaded = orjson.loads(schema)
    cls = jsonschema.validators.validator_for(loaded)
    try:
        cls.check_schema(loaded)
    except jsonschema.SchemaError:
        return None
    return cls(loaded)


def jaccard(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


_TOTALS = (
    "ok",
    "error",
    "dropped",
    "agreement",
    "length_ratio",
    "primary_refused",
    "shadow_refused",
    "schema_pairs",
    "primary_valid",
    "shadow_valid",
    "primary_s",
    "shadow_s",
    "cost_usd",
)


class ShadowSummary(GatewayObserver):
    """Running totals of the shadow comparisons per (alias, shadow alias), for ``/status``:
    sums and counts only, so that the workers' snapshots add up (``merge``)."""

    def __init__(self) -> None:
        self.totals: dict[tuple[str, str], dict[str, float]] = {}

    def on_shadow(self, result: ShadowResult) -> None:
        t = self.totals.get((result.alias, result.shadow))
        if t is None:
            t = self.totals[(result.alias, result.shadow)] = dict.fromkeys(_TOTALS, 0.0)
        t[result.outcome] += 1
        t["cost_usd"] += result.cost_usd
        if result.outcome != "ok":
            return
        t["agreement"] += result.agreement or 0.0
        t["length_ratio"] += result.length_ratio or 0.0
        t["primary_refused"] += bool(result.primary_refused)
        t["shadow_refused"] += bool(result.shadow_refused)
        if result.primary_valid is not None and result.shadow_valid is not None:
            t["schema_pairs"] += 1
            t["primary_valid"] += result.primary_valid
            t["shadow_valid"] += result.shadow_valid
        t["primary_s"] += result.primary_s or 0.0
        t["shadow_s"] += result.shadow_s or 0.0

    def snapshot(self) -> dict[str, dict[str, float]]:
        """``"alias>shadow"`` -> totals (JSON-friendly keys)."""
        return {f"{a}>{s}": dict(t) for (a, s), t in self.totals.items()}


def merge(snapshots: list[dict[str, dict[str, float]]]) -> list[dict[str, Any]]:
    """Several workers' ``snapshot()``s as one comparison per alias: shares and means."""
    summed: dict[str, dict[str, float]] = {}
    for snap in snapshots:
        for key, totals in snap.items():
            target = summed.setdefault(key, dict.fromkeys(_TOTALS, 0.0))
            for name in _TOTALS:
                target[name] += float(totals.get(name, 0.0))
    out = []
    for key in sorted(summed):
        t = summed[key]
        alias, _, shadow = key.partition(">")
        pairs, schema = t["ok"], t["schema_pairs"]

        def mean(name: str, n: float, t: dict[str, float] = t) -> float | None:
            return round(t[name] / n, 4) if n else None

        out.append(
            {
                "alias": alias,
                "shadow": shadow,
                "compared": int(pairs),
                "errors": int(t["error"]),
                "dropped": int(t["dropped"]),
                "agreement": mean("agreement", pairs),
                "length_ratio": mean("length_ratio", pairs),
                "refusal_rate": {
                    "primary": mean("primary_refused", pairs),
                    "shadow": mean("shadow_refused", pairs),
                },
                "schema_pairs": int(schema),
                "schema_valid_rate": {
                    "primary": mean("primary_valid", schema),
                    "shadow": mean("shadow_valid", schema),
                },
                "latency_s": {
                    "primary": mean("primary_s", pairs),
                    "shadow": mean("shadow_s", pairs),
                },
                "cost_usd": round(t["cost_usd"], 6),
            }
        )
    return out
