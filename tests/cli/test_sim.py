"""``aire sim``: flags and config file, errors and exit codes, and a real process."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from tests.sim.conftest import AIRE, start_process
from tests.sim.helpers import chat_body, post

from aire.cli.main import main
from aire.server import bind


def effective(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["sim", *argv, "--print-config"]) == 0
    data: dict[str, object] = yaml.safe_load(capsys.readouterr().out)["sim"]
    return data


def test_flags_override_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "aire.yaml"
    config.write_text("sim:\n  ttft_ms: 12\n  itl_ms: 3\n  models: [a, b]\n")
    data = effective(["-c", str(config), "--itl-ms", "7", "--no-fault-header"], capsys)
    assert data["ttft_ms"] == 12.0
    assert data["itl_ms"] == 7.0
    assert data["models"] == ["a", "b"]
    assert data["fault_header"] is False


def test_repeatable_model_fault_and_degrade(capsys: pytest.CaptureFixture[str]) -> None:
    data = effective(
        [
            "--model", "x", "--model", "y",
            "--fault", "drop:0.1,after_tokens=3",
            "--fault", "rate_limit:0.2,retry_after_s=4",
            "--degrade", "refusal:0.3,after_s=60",
        ],
        capsys,
    )  # fmt: skip
    assert data["models"] == ["x", "y"]
    faults = data["faults"]
    assert isinstance(faults, list)
    assert [(f["kind"], f["rate"]) for f in faults] == [("drop", 0.1), ("rate_limit", 0.2)]
    assert faults[0]["after_tokens"] == 3
    degradations = data["degradations"]
    assert isinstance(degradations, list)
    assert degradations[0]["after_s"] == 60.0


def test_help_documents_every_knob(capsys: pytest.CaptureFixture[str]) -> None:
    from aire.config.sim import SimConfig

    assert main(["sim", "--help"]) == 0
    out = capsys.readouterr().out
    for name in SimConfig.model_fields:
        if name in ("faults", "degradations", "models"):
            continue
        assert "--" + name.replace("_", "-") in out, name
    assert "--fault" in out
    assert "--degrade" in out
    assert "[default: 30.0]" in out


def test_bad_config_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("sim:\n  port: 8000\n  ttft: 3\n")
    assert main(["sim", "-c", str(config)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"config error: {config}:3: sim.ttft: unknown field 'ttft' (did you mean 'ttft_ms'?)\n"
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--fault", "explode"], "config error: --fault: kind: input should be"),
        (["--fault", "drop:3"], "config error: --fault: rate:"),
        (["--degrade", "refusal,colour=red"], "unknown field 'colour'"),
        (["--mode", "script"], "config error: command line: sim: "),
        (["--script", "/nonexistent/rules.yaml", "--mode", "script"], "cannot read script file"),
    ],
)
def test_bad_flags_exit_2(argv: list[str], words: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sim", *argv]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_missing_config_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sim", "-c", "/nonexistent/aire.yaml"]) == 2
    assert capsys.readouterr().err == "config error: /nonexistent/aire.yaml: file not found\n"


def test_port_in_use_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    busy = bind("127.0.0.1", 0)
    try:
        port = busy.getsockname()[1]
        assert main(["sim", "--port", str(port)]) == 3
    finally:
        busy.close()
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}" in err
    assert "Traceback" not in err


def test_real_process(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("- {match: ping, response: pong}\n")
    proc, url = start_process("--mode", "script", "--script", str(rules), "--ttft-ms", "0")
    try:
        import asyncio

        status, _, data = asyncio.run(post(f"{url}/v1/chat/completions", chat_body("ping")))
        assert status == 200
        assert data["choices"][0]["message"]["content"] == "pong"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0


def test_real_process_bad_config_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("sim:\n  max_num_seqs: 0\n")
    done = subprocess.run(
        [AIRE, "sim", "-c", str(config)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"config error: {config}:2: sim.max_num_seqs: ")
    assert "Traceback" not in done.stderr


def test_module_entrypoint_exits_with_the_code() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from aire.cli.main import entrypoint; entrypoint()", "bogus"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2


def test_a_misspelt_section_is_an_error_not_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "smi:" used to be ignored: the simulator started with every default, silently
    config = tmp_path / "aire.yaml"
    config.write_text("gateway: {}\nsmi:\n  ttft_ms: 500\n")
    assert main(["sim", "-c", str(config), "--print-config"]) == 2
    err = capsys.readouterr().err
    assert err == f"config error: {config}:2: smi: unknown section 'smi' (did you mean 'sim'?)\n"
