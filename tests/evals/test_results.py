"""Repeats, flaky cases, intervals, the mix, and the gate JSON, on a real simulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.evals.conftest import run_cli


def suite_file(tmp_path: Path, url: str, extra: str = "") -> Path:
    path = tmp_path / "suite.yaml"
    path.write_text(
        f"name: flaky\ntarget: {{url: '{url}', model: aire-sim}}\nprompt: '{{{{q}}}}'\n{extra}"
        "cases:\n"
        "  - {id: capital, tags: [core], vars: {q: capital},"
        " assert: [{type: contains, value: Paris}]}\n"
        "  - {id: wrong, tags: [edge], vars: {q: capital},"
        " assert: [{type: contains, value: Rome}]}\n"
    )
    return path


def test_half_right_sim_is_flaky_with_an_interval(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    # right 50% of the time: the scripted answer, or (half the time) a refusal instead
    url = scripted_sim(
        [{"match": "capital", "response": "Paris is the capital."}],
        degradations=[{"kind": "refusal", "rate": 0.5}],
    )
    out, gate = tmp_path / "r.json", tmp_path / "gate.json"
    code = run_cli(
        "eval",
        "run",
        suite_file(tmp_path, url),
        "--repeat",
        "20",
        "--no-cache",
        "-q",
        "--output",
        out,
        "--gate-json",
        gate,
    )
    assert code == 1
    results = json.loads(out.read_text())
    capital = next(c for c in results["cases"] if c["id"] == "capital")
    assert capital["verdict"] == "flaky"
    assert capital["passes"] + capital["failures"] == 20
    assert 0 < capital["passes"] < 20
    rate = capital["pass_rate"]
    assert rate["low"] < 0.5 < rate["high"]
    assert rate["high"] - rate["low"] > 0.3
    wrong = next(c for c in results["cases"] if c["id"] == "wrong")
    assert wrong["verdict"] == "fail"
    g = json.loads(gate.read_text())
    assert g["total"] == 2
    assert g["passed"] == 0
    assert g["pass_rate"] == 0.0
    assert g["metrics"]["flaky"] == 1
    assert g["metrics"]["runs_total"] == 40
    assert results["summary"]["tags"]["core"]["share"] == 0.5


def test_cache_keys_include_the_repeat_index(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    url = scripted_sim([{"match": "capital", "response": "Paris."}])
    cache = tmp_path / "cache.sqlite"
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    suite = suite_file(tmp_path, url)
    run_cli("eval", "run", suite, "--repeat", "3", "-q", "--cache-path", cache, "--output", first)
    run_cli("eval", "run", suite, "--repeat", "3", "-q", "--cache-path", cache, "--output", second)
    # both cases send the same request: 3 distinct keys (one per repeat), not 1
    assert json.loads(first.read_text())["cache"] == {"enabled": True, "hits": 3, "misses": 3}
    assert json.loads(second.read_text())["cache"] == {"enabled": True, "hits": 6, "misses": 0}


def test_mix_is_checked_when_declared(scripted_sim: Callable[..., str], tmp_path: Path) -> None:
    url = scripted_sim([{"match": "capital", "response": "Paris and Rome."}])
    mix = "mix: {shares: {core: 0.6, edge: 0.3, adversarial: 0.1}, tolerance: 0.05}\n"
    out = tmp_path / "r.json"
    assert (
        run_cli("eval", "run", suite_file(tmp_path, url, mix), "-q", "--no-cache", "--output", out)
        == 1
    )
    mix_result = json.loads(out.read_text())["summary"]["mix"]
    assert mix_result["ok"] is False
    assert set(mix_result["off"]) == {"core", "edge", "adversarial"}


def test_unreachable_target_exits_3(tmp_path: Path, capsys: object) -> None:
    assert run_cli("eval", "run", suite_file(tmp_path, "http://127.0.0.1:9/v1"), "-q") == 3


def test_bad_suite_exits_2_naming_the_line(tmp_path: Path, capsys: object) -> None:
    path = tmp_path / "suite.yaml"
    path.write_text("target: {url: 'http://x/v1'}\ncases:\n  - id: a\n    asert: []\n")
    assert run_cli("eval", "run", path) == 2


def test_duplicate_case_ids_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "suite.yaml"
    path.write_text("target: {url: 'http://x/v1'}\ncases:\n  - id: a\n  - id: a\n")
    assert run_cli("eval", "run", path) == 2
    assert "suite.yaml:4" in capsys.readouterr().err


def test_an_unusable_cache_path_exits_2(
    scripted_sim: Callable[..., str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = scripted_sim([{"match": "capital", "response": "Paris."}])
    blocker = tmp_path / "file"
    blocker.write_text("")
    code = run_cli("eval", "run", suite_file(tmp_path, url), "-q", "--cache-path", blocker / "c.db")
    assert code == 2
    assert "response cache" in capsys.readouterr().err
