"""redteam, slo, drift, rollback, rag: each against commands and files it reads."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.gate.checks.conftest import printing, py

from aire.errors import GateRunError
from aire.gate.checks import drift, rag, redteam, rollback, slo


def test_redteam_rate_interval_and_fail(make: Any) -> None:
    p, c = make(redteam={"command": printing({"total": 400, "succeeded": 2}),
                         "max_jailbreak_rate": 0.05})  # fmt: skip
    assert redteam.run(p, c).status == "PASS"
    p, c = make(redteam={"command": printing({"summary": {"attacks": 20, "jailbroken": 0}}),
                         "max_jailbreak_rate": 0.05})  # fmt: skip
    r = redteam.run(p, c)
    assert r.status == "WARN"
    assert "attacks would decide" in r.summary
    p, c = make(redteam={"command": printing({"jailbreak_success_rate": 0.2})})
    r = redteam.run(p, c)
    assert r.status == "FAIL"
    assert r.runbook is not None
    assert r.runbook.endswith("prompt-injection-surge.md")
    p, c = make(redteam={"command": printing({"nothing": 1})})
    with pytest.raises(GateRunError):
        redteam.run(p, c)


def test_slo_budget(make: Any) -> None:
    status = {"slos": [{"name": "availability", "error_budget_remaining": 0.6},
                       {"name": "ttft", "error_budget_remaining": 0.1}]}  # fmt: skip
    p, c = make(slo={"command": printing(status)})
    r = slo.run(p, c)
    assert r.status == "WARN"
    assert "ttft" in r.summary
    status["slos"][1]["error_budget_remaining"] = -0.2
    p, c = make(slo={"command": printing(status)})
    assert slo.run(p, c).status == "FAIL"
    p, c = make()
    assert slo.run(p, c).status == "SKIP"


def test_drift_by_json_and_by_exit_code(make: Any) -> None:
    p, c = make(
        drift={
            "command": printing(
                {"features": {"length": {"drift": True}, "refusal": {"drift": False}}}, 1
            )
        }
    )
    r = drift.run(p, c)
    assert r.status == "FAIL"
    assert "length" in r.summary
    p, c = make(drift={"command": printing({"p_value": 0.4})})
    assert drift.run(p, c).status == "PASS"
    p, c = make(drift={"command": printing({"p_value": 0.001}, 1)})
    assert drift.run(p, c).status == "FAIL"
    p, c = make(drift={"command": py("print('{}'); import sys; sys.exit(2)")})
    with pytest.raises(GateRunError):
        drift.run(p, c)


def test_rollback_needs_sections_and_a_previous_version(make: Any, tmp_path: Path) -> None:
    (tmp_path / "rb.md").write_text(
        "# Roll back\n\n## When to roll back\n\n## Steps\n\n1. Verify it.\n"
    )
    p, c = make(rollback={"runbook": "rb.md", "previous_version": "v1.2"})
    r = rollback.run(p, c)
    assert r.status == "PASS"
    assert "v1.2" in r.summary
    p, c = make(rollback={"runbook": "rb.md"})
    assert "previous_version" in rollback.run(p, c).summary
    (tmp_path / "thin.md").write_text("# Notes\n\nrevert it\n")
    p, c = make(rollback={"runbook": "thin.md", "previous_version": "v1"})
    r = rollback.run(p, c)
    assert r.status == "FAIL"
    assert "when to roll back" in r.summary
    p, c = make(rollback={"runbook": "gone.md", "previous_version": "v1"})
    assert rollback.run(p, c).status == "FAIL"


def test_aire_runbooks_satisfy_the_rollback_check() -> None:
    text = (Path(__file__).resolve().parents[3] / "docs/runbooks/rollback.md").read_text()
    assert rollback.missing_sections(text) == []


def test_rag_reads_the_eval_metrics(make: Any) -> None:
    data = {
        "pass_rate": 1.0,
        "metrics": {
            "retrieval_precision": 0.6,
            "answer_quality": 0.9,
            "citation_rate": 1.0,
            "hallucination_rate": 0.0,
            "empty_retrieval_handled": 1.0,
        },
    }
    p, c = make(evals={"command": printing(data)}, rag={})
    r = rag.run(p, c)
    assert r.status == "FAIL"
    assert r.reasons == ["retrieval_precision 0.60 below minimum 0.80"]
    p, c = make(rag={})
    assert rag.run(p, c).status == "FAIL"  # nothing to read the metrics from


def test_shapes_of_aires_own_commands(make: Any) -> None:
    """The JSON of ``aire eval redteam --output``, ``aire slo status --json`` and
    ``aire drift REF CUR --json`` (issues 11-13), as those commands write it."""
    rt = {
        "seed": 1,
        "summary": {
            "overall": {
                "successes": 0,
                "graded": 400,
                "success_rate": {"estimate": 0.0, "low": 0.0, "high": 0.0095},
            },
            "by_category": {},
        },
    }
    p, c = make(redteam={"command": printing(rt)})
    r = redteam.run(p, c)
    assert r.status == "PASS"
    assert r.metrics["attacks"] == 400
    status = {
        "prometheus": "http://p",
        "slos": [
            {
                "id": "chat-availability",
                "slo": "availability",
                "budget_remaining": 0.7,
                "state": "ok",
            },
            {"id": "chat-ttft", "slo": "ttft", "budget_remaining": -0.1, "state": "exhausted"},
        ],
    }
    p, c = make(slo={"command": printing(status)})
    r = slo.run(p, c)
    assert r.status == "FAIL"
    assert "chat-ttft" in r.summary
    p, c = make(slo={"command": printing({"slos": [{"id": "x", "budget_remaining": None,
                                                     "state": "no_data"}]})})  # fmt: skip
    assert slo.run(p, c).status == "WARN"
    report = {"method": "aire", "drift": False, "share_drifted": 0.2, "drifted_columns": ["len"],
              "columns": [{"column": "len", "drift": True}, {"column": "lang", "drift": False},
                          {"column": "a", "drift": False}, {"column": "b", "drift": False},
                          {"column": "c", "drift": False}]}  # fmt: skip
    p, c = make(drift={"command": printing(report)})
    assert drift.run(p, c).status == "PASS"  # one column of five is under the share threshold
    p, c = make(drift={"command": printing({**report, "drift": True}, 1)})
    r = drift.run(p, c)
    assert r.status == "FAIL"
    assert "len" in r.summary


def test_redteam_with_aire_eval_redteam(make: Any, start_sim: Callable[..., Any]) -> None:
    """A simulator answering every attack (random text, no refusal) fails the gate."""
    url, _ = start_sim()
    command = ["aire", "eval", "redteam", "--target", url + "/v1", "--seed", "1",
               "--per-category", "2", "--output", "{run_dir}/redteam.json"]  # fmt: skip
    p, c = make(redteam={"command": command, "results_file": "{run_dir}/redteam.json",
                         "max_jailbreak_rate": 0.05})  # fmt: skip
    r = redteam.run(p, c)
    assert r.status == "FAIL"
    assert r.metrics["attacks"] >= 10
    assert r.summary.startswith("jailbreak success rate")


def test_drift_runs_the_real_aire_drift(make: Any, tmp_path: Path) -> None:
    """The check against ``aire drift compare`` itself (not a stand-in printing its JSON):
    a shifted column of two fails the gate, the same data again passes."""
    import numpy as np

    rng = np.random.default_rng(5)
    ref, same, shifted = tmp_path / "ref.csv", tmp_path / "same.csv", tmp_path / "shifted.csv"
    for path, shift in ((ref, 0.0), (same, 0.0), (shifted, 1.0)):
        a, b = rng.normal(shift, 1.0, 2000), rng.normal(0.0, 1.0, 2000)
        path.write_text("a,b\n" + "".join(f"{x:.5f},{y:.5f}\n" for x, y in zip(a, b, strict=True)))
    aire = [sys.executable, "-m", "aire", "drift", "compare", "--json", "-", "-q", str(ref)]
    p, c = make(drift={"command": [*aire, str(same)]})
    assert drift.run(p, c).status == "PASS"
    p, c = make(drift={"command": [*aire, str(shifted)]})
    result = drift.run(p, c)
    assert result.status == "FAIL"
    assert any("a" in reason.split() or "a," in reason for reason in result.reasons), result.reasons
