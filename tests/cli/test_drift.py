"""``aire drift``: exit 1 on drift, 0 without, 2 on bad input; JSON and HTML reports."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import orjson
import pytest

from aire.cli.main import main


def _csv(path: Path, n: int, shift: float, seed: int) -> Path:
    rng = np.random.default_rng(seed)
    lines = ["x,y,g"]
    for _ in range(n):
        lines.append(f"{rng.normal(shift):.6f},{rng.normal():.6f},{rng.choice(['a', 'b', 'c'])}")
    path.write_text("\n".join(lines) + "\n")
    return path


def test_drift_exit_codes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = _csv(tmp_path / "ref.csv", 2000, 0.0, 1)
    same = _csv(tmp_path / "same.csv", 2000, 0.0, 2)
    assert main(["drift", str(ref), str(same)]) == 0
    assert "no dataset drift" in capsys.readouterr().out
    shifted = tmp_path / "shifted.csv"
    rng = np.random.default_rng(3)
    rows = ["x,y,g"] + [f"{rng.normal(1):.6f},{rng.normal(1):.6f},a" for _ in range(2000)]
    shifted.write_text("\n".join(rows) + "\n")
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    code = main(["drift", str(ref), str(shifted), "--html", str(html), "--json", str(js)])
    assert code == 1
    data = orjson.loads(js.read_bytes())
    assert data["drift"] is True
    assert set(data["drifted_columns"]) == {"x", "y", "g"}
    page = html.read_text()
    assert "<svg" in page
    assert "<script" not in page
    assert "DRIFT" in page


def test_drift_evidently_method(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = _csv(tmp_path / "ref.csv", 500, 0.0, 1)
    cur = _csv(tmp_path / "cur.csv", 500, 0.0, 2)
    assert main(["drift", str(ref), str(cur), "--method", "evidently", "--json", "-"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert {c["column"]: c["test"] for c in data["columns"]} == {
        "x": "ks",
        "y": "ks",
        "g": "chisquare",
    }


@pytest.mark.parametrize(
    "args",
    [
        ["drift", "missing.csv", "other.csv"],
        ["drift", "REF", "REF", "--kind", "x=weird"],
        ["drift", "REF", "REF", "--column", "nope"],
    ],
)
def test_drift_bad_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    ref = _csv(tmp_path / "ref.csv", 50, 0.0, 1)
    argv = [str(ref) if a == "REF" else a for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error")
    assert "Traceback" not in err


def test_bias_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "evals.csv"
    rng = np.random.default_rng(0)
    rows = ["group,approved,deserved"]
    for g, p in (("x", 0.6), ("y", 0.35)):
        rows += [f"{g},{int(rng.random() < p)},1" for _ in range(500)]
    f.write_text("\n".join(rows) + "\n")
    argv = ["drift", "bias", str(f), "--group", "group", "--outcome", "approved"]
    assert main([*argv, "--label", "deserved"]) == 1
    out = capsys.readouterr().out
    assert "four-fifths rule: fail" in out
    assert "verdict: FAIL" in out
    assert main([*argv, "--group", "nope"]) == 2


def test_profile_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logs = tmp_path / "features.jsonl"
    rng = np.random.default_rng(0)
    lines = []
    for _ in range(300):
        rec = {
            "alias": "chat",
            "status": 200,
            "refused": bool(rng.random() < 0.05),
            "answer_chars": int(rng.integers(50, 400)),
            "latency_s": float(rng.gamma(3, 0.1)),
            "text": "fine answer " * int(rng.integers(2, 9)),
        }
        lines.append(orjson.dumps(rec).decode())
    logs.write_text("\n".join(lines) + "\n")
    out = tmp_path / "profile.json"
    assert main(["drift", "profile", str(logs), "-o", str(out)]) == 0
    data = orjson.loads(out.read_bytes())
    assert data["n"] == 300
    assert data["rates"]["refused"]["n"] == 300
    assert len(data["continuous"]["answer_chars"]) == 300
    empty = tmp_path / "empty.csv"
    empty.write_text("a\n1\n")
    assert main(["drift", "profile", str(empty), "-o", str(tmp_path / "p.json")]) == 2


def test_embeddings_flag_needs_the_shared_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "aire.embeddings", None)  # not installed
    ref = _csv(tmp_path / "ref.csv", 50, 0.0, 1)
    assert main(["drift", str(ref), str(ref), "--embeddings"]) == 2
    assert "aire[ml]" in capsys.readouterr().err


def test_compare_without_the_drift_extra_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "scipy" else real(name, *a)
    )
    data = tmp_path / "a.csv"
    data.write_text("x\n1\n2\n")
    assert main(["drift", "compare", str(data), str(data)]) == 2
    assert "pip install 'aire[drift]'" in capsys.readouterr().err
