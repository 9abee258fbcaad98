from __future__ import annotations

from typing import Any

import pytest
from tests.gate.checks.conftest import printing, py

from aire.errors import GateRunError
from aire.gate.checks.evals import run


def test_passes_with_enough_cases(make: Any) -> None:
    profile, ctx = make(evals={"command": printing({"total": 60, "passed": 60, "pass_rate": 1.0}),
                               "min_pass_rate": 0.9})  # fmt: skip
    r = run(profile, ctx)
    assert r.status == "PASS"
    assert r.intervals["pass_rate"].low > 0.9


def test_few_cases_warn_with_how_many_would_decide(make: Any) -> None:
    profile, ctx = make(
        evals={"command": printing({"total": 5, "passed": 5}), "min_pass_rate": 0.9}
    )
    r = run(profile, ctx)
    assert r.status == "WARN"
    assert "about 35 cases" in r.summary


def test_metric_bounds_fail_and_a_missing_metric_fails(make: Any) -> None:
    data = {"pass_rate": 1.0, "metrics": {"faithfulness": 0.5}}
    profile, ctx = make(evals={"command": printing(data),
                               "metrics": {"faithfulness": {"min": 0.8},
                                           "toxicity": {"max": 0.1}}})  # fmt: skip
    r = run(profile, ctx)
    assert r.status == "FAIL"
    assert r.reasons == [
        "faithfulness 0.50 below minimum 0.80",
        "metric 'toxicity' not reported by eval",
    ]


def test_exit_code_is_ignored_when_json_came(make: Any) -> None:
    profile, ctx = make(evals={"command": printing({"total": 50, "passed": 50}, exit_code=1),
                               "min_pass_rate": 0.9})  # fmt: skip
    assert run(profile, ctx).status == "PASS"


@pytest.mark.parametrize("command", [
    py("import sys; print('boom', file=sys.stderr); sys.exit(2)"),
    py("print('not json')"),
    py("print('[1, 2]')"),
    py("print('{\"total\": \"many\"}')"),
])  # fmt: skip
def test_no_usable_json_is_a_run_error(make: Any, command: list[str]) -> None:
    profile, ctx = make(evals={"command": command, "min_pass_rate": 0.9})
    with pytest.raises(GateRunError):
        run(profile, ctx)


def test_results_file_and_last_json_line(make: Any, tmp_path: Any) -> None:
    (tmp_path / "r.json").write_text('{"total": 50, "passed": 49}')
    profile, ctx = make(evals={"results_file": "r.json", "min_pass_rate": 0.9})
    assert run(profile, ctx).metrics["pass_rate"] == pytest.approx(0.98)
    assert "evals_results" in ctx.evidence
    profile, ctx = make(evals={"command": py("print('loading...'); print('{\"pass_rate\": 0.5}')"),
                               "min_pass_rate": 0.9})  # fmt: skip
    assert run(profile, ctx).status == "FAIL"


def test_skip_without_a_section(make: Any) -> None:
    profile, ctx = make()
    assert run(profile, ctx).status == "SKIP"


def test_run_dir_placeholder_and_a_stale_results_file(make: Any, tmp_path: Any) -> None:
    write = py("import json,sys; open(sys.argv[1], 'w').write(json.dumps({'pass_rate': 1.0}))")
    out = {"results_file": "{run_dir}/gate.json", "min_pass_rate": 0.5}
    profile, ctx = make(evals={"command": [*write, "{run_dir}/gate.json"], **out})
    ctx.run_dir = tmp_path / "run"
    assert run(profile, ctx).status == "PASS"
    assert (tmp_path / "run" / "gate.json").is_file()
    # the same run dir, a command that fails before writing: the old file is not evidence
    profile, ctx = make(evals={"command": py("import sys; sys.exit(3)"), **out})
    ctx.run_dir = tmp_path / "run"
    with pytest.raises(GateRunError, match="did not write"):
        run(profile, ctx)
