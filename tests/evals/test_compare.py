"""Baselines: a regression only when Newcombe's interval says the drop is real."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.evals.conftest import run_cli

from aire.evals.compare import compare_results


def results(passed: int, total: int) -> dict[str, Any]:
    cases = [
        {
            "id": f"c{i}",
            "verdict": "pass" if i < passed else "fail",
            "passes": int(i < passed),
            "failures": int(i >= passed),
        }
        for i in range(total)
    ]
    return {
        "aire_eval": 1,
        "summary": {
            "runs": {"total": total, "passed": passed, "failed": total - passed, "errors": 0}
        },
        "cases": cases,
    }


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data))
    return path


def test_two_points_on_50_cases_is_noise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, new = (
        write(tmp_path / "b.json", results(45, 50)),
        write(tmp_path / "n.json", results(44, 50)),
    )
    assert run_cli("eval", "compare", base, new) == 0
    assert "within noise" in capsys.readouterr().out


def test_twenty_points_on_50_cases_is_a_regression(tmp_path: Path) -> None:
    base, new = (
        write(tmp_path / "b.json", results(45, 50)),
        write(tmp_path / "n.json", results(35, 50)),
    )
    assert run_cli("eval", "compare", base, new) == 1
    c = compare_results(results(45, 50), results(35, 50))
    assert c.regression
    assert c.difference.high < 0
    assert c.difference.estimate == pytest.approx(-0.2)


def test_a_case_that_collapses_over_repeats_is_a_regression() -> None:
    base, new = results(50, 50), results(50, 50)
    base["cases"][0].update(passes=20, failures=0)
    new["cases"][0].update(passes=2, failures=18, verdict="flaky")
    c = compare_results(base, new)
    assert not c.regression
    assert [r["id"] for r in c.case_regressions] == ["c0"]
    assert c.verdict == "regression"


def test_not_a_results_file_exits_2(tmp_path: Path) -> None:
    bad = write(tmp_path / "x.json", {"total": 1})
    assert run_cli("eval", "compare", bad, bad) == 2
