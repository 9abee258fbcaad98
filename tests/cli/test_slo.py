"""``aire slo``: generate, validate, status; exit codes and one clear line for mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.slo.conftest import free_port
from tests.slo.test_rules import SPEC

from aire.cli.main import main


def test_generate_validate_and_dashboards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "slo.yml"
    spec.write_text(SPEC)
    rules = tmp_path / "rules.yml"
    dash = tmp_path / "dash"
    args = ["slo", "generate", str(spec), "-o", str(rules), "--label", "env=prod"]
    assert main([*args, "--dashboards", str(dash)]) == 0
    assert "env: prod" in rules.read_text()
    board = json.loads((dash / "slo-chat-availability.json").read_text())
    assert any("slo:period_error_budget_remaining:ratio" in str(p) for p in board["panels"])
    assert main(["slo", "validate", str(rules)]) == 0
    assert "SUCCESS: 22 rules found" in capsys.readouterr().out


def test_generate_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "slo.yml"
    spec.write_text(SPEC)
    base = ["slo", "generate", str(spec)]
    assert main([*base, "--min-events", "0", "--no-absent-alerts", "--test-period", "12h"]) == 0
    out = capsys.readouterr().out
    assert "ratio_rate5s" in out
    assert "sli_events" not in out
    assert "SLIAbsent" not in out
    assert main([*base, "--period", "7d"]) == 2
    assert "no built-in windows" in capsys.readouterr().err
    assert main([*base, "--label", "novalue"]) == 2


def test_validate_fails_with_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("groups:\n- name: g\n  rules:\n  - record: a\n    expr: sum(x\n")
    assert main(["slo", "validate", str(bad)]) == 1
    out = capsys.readouterr()
    assert "could not parse expression" in out.out
    assert "FAILED" in out.out


def test_bad_spec_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "slo.yml"
    spec.write_text(SPEC.replace("objective: 99.9", "objective: 120"))
    assert main(["slo", "generate", str(spec)]) == 2
    err = capsys.readouterr().err
    assert f"{spec}:5: slos[0].objective" in err
    assert "Traceback" not in err


def test_status_unreachable_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["slo", "status", "--prometheus", url, "--json", "--timeout-s", "2"]) == 3
    assert "cannot query Prometheus" in capsys.readouterr().err
    assert main(["slo", "status", "--prometheus", "localhost:9090"]) == 2
