"""Comparing results: deltas, and which changes count as regressions."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from aire.load import ResultFileError, compare, load_result
from aire.load.capacity import CAPACITY_SCHEMA, SWEEP_SCHEMA
from aire.load.summary import SCHEMA


def summary(ttft: float = 100.0, rps: float = 10.0, error_rate: float = 0.0) -> dict[str, Any]:
    stats = {"median": ttft, "p95": ttft * 1.5}
    return {
        "schema": SCHEMA,
        "latency_ms": {"ttft": stats, "itl": {"median": 10.0, "p95": 12.0},
                       "tpot": {"median": 10.0}, "e2e": {"median": 500.0, "p95": 600.0}},
        "throughput": {"requests_per_s": rps, "output_tokens_per_s": rps * 100},
        "goodput": None,
        "error_rate": error_rate,
    }  # fmt: skip


def by_metric(deltas: list[Any]) -> dict[str, Any]:
    return {d.metric: d for d in deltas}


def test_same_results_have_no_regression() -> None:
    deltas = compare(summary(), copy.deepcopy(summary()))
    assert deltas
    assert not any(d.regression for d in deltas)
    assert "goodput req/s" not in by_metric(deltas)  # absent on both sides


def test_slower_fewer_or_failing_is_a_regression_faster_is_not() -> None:
    d = by_metric(compare(summary(), summary(ttft=130.0, rps=8.0, error_rate=0.05)))
    assert d["TTFT median ms"].regression
    assert d["TTFT median ms"].change_pct == pytest.approx(30)
    assert d["requests/s"].regression
    assert d["output tok/s"].regression
    assert d["error rate"].regression
    assert not d["ITL median ms"].regression
    better = by_metric(compare(summary(), summary(ttft=50.0, rps=20.0)))
    assert not any(x.regression for x in better.values())


def test_threshold_decides() -> None:
    d = by_metric(compare(summary(), summary(ttft=108.0), threshold_pct=10))
    assert not d["TTFT median ms"].regression
    d = by_metric(compare(summary(), summary(ttft=108.0), threshold_pct=5))
    assert d["TTFT median ms"].regression
    d = by_metric(compare(summary(), summary(error_rate=0.005), error_rate_delta=0.01))
    assert not d["error rate"].regression


def test_capacity_results_compare_on_capacity() -> None:
    a = {"schema": CAPACITY_SCHEMA, "capacity": 16}
    (d,) = compare(a, {"schema": CAPACITY_SCHEMA, "capacity": 12})
    assert d.metric == "capacity"
    assert d.regression
    with pytest.raises(ResultFileError):
        compare(a, summary())


def test_load_result_rejects_what_is_not_a_summary(tmp_path: Path) -> None:
    for text in ("{not json", '{"schema": "other"}', "[]"):
        path = tmp_path / "x.json"
        path.write_text(text)
        with pytest.raises(ResultFileError):
            load_result(path)
    with pytest.raises(ResultFileError, match="cannot read"):
        load_result(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"schema": SCHEMA}, "no `latency_ms` object"),
        ({"schema": SCHEMA, "latency_ms": 5, "throughput": {}, "error_rate": 0}, "latency_ms"),
        ({**summary(), "error_rate": "x"}, "`error_rate` must be a number or null"),
        ({**summary(), "error_rate": True}, "`error_rate` must be a number or null"),
        ({"schema": CAPACITY_SCHEMA}, "`capacity` must be a number or null"),
        ({"schema": CAPACITY_SCHEMA, "capacity": "big"}, "`capacity` must be a number"),
        ({"schema": SWEEP_SCHEMA, "steps": []}, "is a sweep; compare takes run summaries"),
    ],
)
def test_load_result_rejects_a_hollow_or_mistyped_file(
    tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ResultFileError, match=re.escape(message)):
        load_result(path)


def test_values_that_are_not_numbers_are_not_compared() -> None:
    b = copy.deepcopy(summary())
    b["latency_ms"]["ttft"]["median"] = "slow"
    b["throughput"]["requests_per_s"] = True
    d = by_metric(compare(summary(), b))
    assert d["TTFT median ms"].b is None
    assert not d["TTFT median ms"].regression
    assert d["requests/s"].b is None
