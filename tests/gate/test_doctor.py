"""``aire doctor``: what is there says PASS, what is missing or unreachable says so."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from aire.cli.main import main
from aire.gate.doctor import check_redis, check_tool, run_doctor

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gate" / "inference.yml"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_ready_environment(sim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["doctor", "--target", sim, "-p", str(EXAMPLE)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Environment: READY" in out
    by_name = {
        line.split()[0]: line.split()[1] for line in out.splitlines() if line.startswith("  ")
    }
    assert by_name["python"] == by_name["target"] == by_name[f"profile:{EXAMPLE}"] == "PASS"
    assert by_name["redis"] == "SKIP"


def test_unreachable_services_and_a_bad_profile_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("name: x\nsla: {ttft_p95_ms: fast}\n")
    port = _closed_port()
    code = main(["doctor", "--redis", f"redis://127.0.0.1:{port}/0", "-p", str(bad),
                 "--target", f"http://127.0.0.1:{port}"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "Environment: NOT READY" in out
    results = {r.name: r for r in run_doctor(redis=f"redis://127.0.0.1:{port}", profiles=[bad])}
    assert results["redis"].status == "FAIL"
    assert results[f"profile:{bad}"].status == "FAIL"
    assert "bad.yml:2" in results[f"profile:{bad}"].summary  # file and line


def test_redis_answers_ping_when_it_runs() -> None:
    result = check_redis("redis://127.0.0.1:6379/0")
    if result.status == "FAIL":
        pytest.skip("no Redis on 127.0.0.1:6379")
    assert result.status == "PASS"


def test_a_missing_tool_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert check_tool("promtool", "rules").status == "WARN"


def test_prometheus_and_postgres_that_do_not_answer_fail() -> None:
    from aire.gate.doctor import check_postgres, check_prometheus

    port = _closed_port()
    assert check_prometheus(f"http://127.0.0.1:{port}").status == "FAIL"
    pg = check_postgres(f"postgresql://u:secret@127.0.0.1:{port}/db", timeout_s=2)
    assert pg.status == "FAIL"
    assert "secret" not in pg.summary  # the password is never shown


def test_a_missing_optional_extra_is_a_skip_not_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    # a base install is a valid install: eight WARN lines on it read as eight problems
    import aire.gate.doctor as doctor

    monkeypatch.setattr(doctor, "_importable", lambda module: module != "scipy")
    by_name = {r.name: r for r in doctor.check_extras()}
    assert by_name["extra:drift"].status == "SKIP"
    assert "pip install 'aire[drift]'" in by_name["extra:drift"].summary
    assert by_name["extra:redis"].status == "PASS"
