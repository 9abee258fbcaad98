"""Compare two result files (runs, or capacity searches): deltas and regression flags.

A latency that grew, or a throughput that shrank, by more than ``threshold_pct`` is a
regression; so is an error rate that rose by more than ``error_rate_delta`` (absolute,
since a relative change of a rate near zero says little).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from aire.load.capacity import CAPACITY_SCHEMA, SWEEP_SCHEMA
from aire.load.errors import ResultFileError
from aire.load.summary import SCHEMA

__all__ = ["Delta", "compare", "load_result"]

# (label, path in the summary, higher is better)
_RUN_METRICS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("TTFT median ms", ("latency_ms", "ttft", "median"), False),
    ("TTFT p95 ms", ("latency_ms", "ttft", "p95"), False),
    ("ITL median ms", ("latency_ms", "itl", "median"), False),
    ("ITL p95 ms", ("latency_ms", "itl", "p95"), False),
    ("TPOT median ms", ("latency_ms", "tpot", "median"), False),
    ("e2e median ms", ("latency_ms", "e2e", "median"), False),
    ("e2e p95 ms", ("latency_ms", "e2e", "p95"), False),
    ("requests/s", ("throughput", "requests_per_s"), True),
    ("output tok/s", ("throughput", "output_tokens_per_s"), True),
    ("goodput req/s", ("goodput", "requests_per_s"), True),
)


@dataclass(frozen=True, slots=True)
class Delta:
    metric: str
    a: float | None
    b: float | None
    higher_is_better: bool
    regression: bool

    @property
    def change(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a

    @property
    def change_pct(self) -> float | None:
        if self.a is None or self.b is None or self.a == 0:
            return None
        return (self.b - self.a) / abs(self.a) * 100.0


def load_result(path: Path) -> dict[str, Any]:
    """A summary or capacity JSON file written by ``aire load``."""
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise ResultFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except orjson.JSONDecodeError as exc:
        raise ResultFileError(f"{path} is not JSON: {exc}") from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema == SWEEP_SCHEMA:
        raise ResultFileError(
            f"{path} is a sweep; compare takes run summaries (`aire load run -o FILE`)"
            " or capacity results (`aire load capacity -o FILE`)"
        )
    if not isinstance(data, dict) or schema not in (SCHEMA, CAPACITY_SCHEMA):
        raise ResultFileError(
            f"{path} is not an aire load summary (write one with `aire load run -o FILE`)"
        )
    problem = _shape_problem(data)
    if problem is not None:
        raise ResultFileError(f"{path} is not a complete {schema} file: {problem}")
    return data


def _shape_problem(data: dict[str, Any]) -> str | None:
    """What makes ``data`` unusable for a comparison (None: usable)."""
    if data["schema"] == CAPACITY_SCHEMA:
        if "capacity" not in data or not _number_or_null(data["capacity"]):
            return "`capacity` must be a number or null"
        return None
    for key in ("latency_ms", "throughput"):
        if not isinstance(data.get(key), dict):
            return f"no `{key}` object"
    if "error_rate" not in data or not _number_or_null(data["error_rate"]):
        return "`error_rate` must be a number or null"
    return None


def _number_or_null(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def compare(
    a: dict[str, Any],
    b: dict[str, Any],
    *,
    threshold_pct: float = 10.0,
    error_rate_delta: float = 0.01,
) -> list[Delta]:
    """Deltas from ``a`` (baseline) to ``b`` (candidate)."""
    if a.get("schema") != b.get("schema"):
        raise ResultFileError("cannot compare a run summary with a capacity result")
    if a["schema"] == CAPACITY_SCHEMA:
        return [_delta("capacity", a.get("capacity"), b.get("capacity"), True, threshold_pct)]
    out = [
        _delta(label, _get(a, path), _get(b, path), higher, threshold_pct)
        for label, path, higher in _RUN_METRICS
    ]
    ea, eb = _number(a.get("error_rate")), _number(b.get("error_rate"))
    regression = ea is not None and eb is not None and eb - ea > error_rate_delta
    out.append(Delta("error rate", ea, eb, False, regression))
    return [d for d in out if d.a is not None or d.b is not None]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _delta(label: str, a: Any, b: Any, higher: bool, threshold_pct: float) -> Delta:
    a, b = _number(a), _number(b)
    regression = False
    if a is not None and b is not None:
        if a == 0:
            regression = not higher and b > 0 and threshold_pct == 0
        else:
            pct = (b - a) / abs(a) * 100.0
            regression = pct < -threshold_pct if higher else pct > threshold_pct
    return Delta(label, a, b, higher, regression)


def _get(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = data
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node
