"""``aire load``: files written, exit codes, and clear messages for bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from aire.cli.main import main
from aire.server import bind
from aire.sim.app import SimApp

StartSim = Callable[..., tuple[str, SimApp]]


def _free_port() -> int:
    sock = bind("127.0.0.1", 0)
    port: int = sock.getsockname()[1]
    sock.close()
    return port


def test_run_writes_summary_and_records(
    sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, recs = tmp_path / "a.json", tmp_path / "a.jsonl"
    code = main(["load", "run", "--url", sim, "--requests", "12", "--concurrency", "3",
                 "--output-tokens", "5", "--ignore-eos", "-o", str(out), "--records", str(recs),
                 "-H", "X-Test: 1", "--slo-ttft-ms", "1000"])  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert "TTFT" in text
    assert "requests/s" in text
    assert "goodput" in text
    summary = orjson.loads(out.read_bytes())
    assert summary["requests"]["total"] == 12
    assert summary["tokens"]["output"] == 60
    lines = [orjson.loads(line) for line in recs.read_text().splitlines()]
    assert [r["index"] for r in lines] == list(range(12))
    assert all(r["error"] is None and len(r["itl_ms"]) == 4 for r in lines)


def test_run_json_output_and_the_embedded_sim(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["load", "run", "--requests", "3", "--output-tokens", "2", "--json", "-q"])
    assert code == 0
    summary = orjson.loads(capsys.readouterr().out)
    assert summary["target"]["embedded_sim"] is True
    assert summary["target"]["model"] == "aire-sim"


def test_error_rate_gate_exits_1(sim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["load", "run", "--url", sim, "--requests", "30", "-H",
                 "x-aire-sim-fault: server_error", "--max-error-rate", "0.1", "-q",
                 "--error-rate-min-requests", "5"])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "stopped early" in err
    assert "Traceback" not in err


def test_goodput_gate(sim: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["load", "run", "--url", sim, "--requests", "4", "-q", "--min-goodput-ratio", "0.9"]
    assert main([*args, "--slo-e2e-ms", "5000"]) == 0
    assert main([*args, "--slo-e2e-ms", "0.001"]) == 1
    assert "goodput" in capsys.readouterr().err
    assert main(args) == 1  # a goodput gate with no SLO is a mistake, said clearly


def test_unknown_flag_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "run", "--concurency", "4"]) == 2
    err = capsys.readouterr().err
    assert "--concurency" in err
    assert "Traceback" not in err


def test_bad_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "run", "--concurrency", "0"]) == 2
    assert "concurrency" in capsys.readouterr().err
    assert main(["load", "run", "--url", "localhost:8000"]) == 2
    assert "http" in capsys.readouterr().err
    assert main(["load", "run", "-H", "no colon"]) == 2


def test_unreachable_url_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    assert main(["load", "run", "--url", url, "--requests", "1"]) == 3
    err = capsys.readouterr().err
    assert f"cannot reach {url}" in err
    assert "Traceback" not in err


def test_bad_dataset_line_exits_2_with_file_and_line(
    sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "p.jsonl"
    data.write_text('{"prompt": "a"}\n{"prompt": "b"\n')
    assert main(["load", "run", "--url", sim, "--dataset", str(data)]) == 2
    err = capsys.readouterr().err
    assert f"{data}:2:" in err
    assert "Traceback" not in err


def test_config_file_section(sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(f"load:\n  url: {sim}\n  requests: 2\n  concurency: 3\n")
    assert main(["load", "run", "-c", str(cfg)]) == 2
    assert f"{cfg}:4" in capsys.readouterr().err
    cfg.write_text(f"load:\n  url: {sim}\n  requests: 2\n  headers: {{X-A: b}}\n")
    assert main(["load", "run", "-c", str(cfg), "-q", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["requests"]["total"] == 2


def test_compare_exit_codes(tmp_path: Path, start_sim: StartSim) -> None:
    fast, _ = start_sim(ttft_ms=20.0, itl_ms=10.0)
    slow, _ = start_sim(ttft_ms=80.0, itl_ms=10.0)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    common = ["--requests", "6", "--output-tokens", "3", "--ignore-eos", "-q"]
    assert main(["load", "run", "--url", fast, "-o", str(a), *common]) == 0
    assert main(["load", "run", "--url", slow, "-o", str(b), *common]) == 0
    # a wide threshold: only the 4x TTFT counts, not the noise of a loaded machine
    wide = ["--threshold-pct", "60"]
    assert main(["load", "compare", str(a), str(a), *wide]) == 0
    assert main(["load", "compare", str(a), str(b), *wide]) == 1
    assert main(["load", "compare", str(b), str(a), *wide]) == 0
    assert main(["load", "compare", str(a), str(tmp_path / "none.json")]) == 2


def test_sweep_and_capacity(
    tmp_path: Path, start_sim: StartSim, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = start_sim(ttft_ms=50.0, itl_ms=0.0, load_factor=0.0, max_num_seqs=2)
    common = ["--url", url, "--requests", "8", "--output-tokens", "1", "-q"]
    assert main(["load", "sweep", "--values", "1,2", *common]) == 0
    assert "measured curve" in capsys.readouterr().out
    assert main(["load", "sweep", "--values", "1,x", *common]) == 2
    out = tmp_path / "cap.json"
    code = main(["load", "capacity", *common, "--stop", "8", "--slo-ttft-p95-ms", "80",
                 "-o", str(out)])  # fmt: skip
    assert code == 0
    assert "capacity: concurrency 2" in capsys.readouterr().out
    assert orjson.loads(out.read_bytes())["capacity"] == 2
    assert main(["load", "capacity", *common, "--slo-ttft-p95-ms", "1"]) == 1
