"""Compare two result files (runs, or capacity searches): deltas and regression flags.

A latency that grew, or a throughput that shrank, by more than ``threshold_pct`` is a
regression; so is an error rate that rose by more than ``error_rate_delta`` (absolute,
since a relative change of a rate near zero says little).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from aire.load.capacity import CAPACITY_SCHEMA
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
    if not isinstance(data, dict) or data.get("schema") not in (SCHEMA, CAPACITY_SCHEMA):
        raise ResultFileError(
            f"{path} is not an aire load summary (write one with `aire load run -o FILE`)"
        )
    return data


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
    ea, eb = a.get("error_rate"), b.get("error_rate")
    regression = ea is not None and eb is not None and eb - ea > error_rate_delta
    out.append(Delta("error rate", ea, eb, False, regression))
    return [d for d in out if d.a is not None or d.b is not None]


def _delta(label: str, a: Any, b: Any, higher: bool, threshold_pct: float) -> Delta:
    a = float(a) if isinstance(a, int | float) else None
    b = float(b) if isinstance(b, int | float) else None
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
