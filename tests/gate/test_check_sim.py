"""``aire check`` with aire's inference profile (examples/gate/inference.yml) against a
real ``aire sim``: healthy passes; 30% errors and an 800 ms TTFT fail the sla check,
refusals fail the evals check; a target that is down is exit 3."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aire.cli.main import main

PROFILE = Path(__file__).resolve().parents[2] / "examples" / "gate" / "inference.yml"


def _check(url: str, tmp: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, Any]:
    monkeypatch.setenv("AIRE_TARGET", url)
    code = main(["check", "--profile", str(PROFILE), "--out", str(tmp / "run"), *args])
    report = json.loads((tmp / "run" / "report.json").read_text())
    return code, report


def _status(report: dict[str, Any]) -> dict[str, str]:
    return {c["name"]: c["status"] for c in report["checks"]}


def test_healthy_sim_passes(start_sim: Callable[..., Any], tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    url, _ = start_sim(ttft_ms=20, itl_ms=2)
    code, report = _check(url, tmp_path, monkeypatch)
    assert report["verdict"] == "PASS", report["failed_checks"] + report["warnings"]
    assert code == 0
    status = _status(report)
    assert status["sla"] == status["evals"] == status["observability"] == "PASS"
    assert status["cost"] == status["rollback"] == "PASS"
    assert report["metrics"]["sla.total_probes"] == 80
    assert set(report["evidence"]) >= {"profile", "rollback_runbook"}
    assert (tmp_path / "run" / "probes.jsonl").is_file()


def test_thirty_percent_errors_fail_the_sla(start_sim: Callable[..., Any], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    url, _ = start_sim(faults=[{"kind": "server_error", "rate": 0.3}])
    code, report = _check(url, tmp_path, monkeypatch, "--only", "sla", "--requests", "40")
    assert code == 1
    assert report["verdict"] == "FAIL"
    assert any(f.startswith("sla: error rate") for f in report["failed_checks"])
    assert report["checks"][0]["runbook"].endswith("error-spikes.md")


def test_slow_first_token_fails_the_sla(start_sim: Callable[..., Any], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    url, _ = start_sim(ttft_ms=800)
    code, report = _check(url, tmp_path, monkeypatch, "--only", "sla", "--requests", "24")
    assert code == 1
    assert any(f.startswith("sla: TTFT p95") for f in report["failed_checks"])
    assert report["checks"][0]["runbook"].endswith("high-ttft.md")


def test_refusals_fail_the_evals(start_sim: Callable[..., Any], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    url, _ = start_sim(degradations=[{"kind": "refusal", "rate": 1.0}])
    code, report = _check(url, tmp_path, monkeypatch, "--only", "sla", "--only", "evals")
    assert code == 1
    status = _status(report)
    assert status == {"sla": "PASS", "evals": "FAIL"}  # up and fast, and saying no
    assert any(f.startswith("evals: pass rate 0%") for f in report["failed_checks"])
    assert (tmp_path / "run" / "evals.html").is_file()  # aire eval's report beside the gate's


def test_target_down_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, report = _check(f"http://127.0.0.1:{port}", tmp_path, monkeypatch)
    assert code == 3
    assert report["verdict"] == "ERROR"
    assert _status(report)["sla"] == "ERROR"
    err = capsys.readouterr().err
    assert "could not run" in err
    assert "Traceback" not in err
