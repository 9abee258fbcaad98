"""Reports of a run: files, the latest link, JUnit, compare, and the HTML page in headless
Chromium without console errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from aire.cli.main import main


def _profile(tmp_path: Path, pass_rate: float) -> Path:
    (tmp_path / f"r{pass_rate}.json").write_text(json.dumps(
        {"total": 100, "passed": int(pass_rate * 100), "pass_rate": pass_rate}))  # fmt: skip
    p = tmp_path / f"p{pass_rate}.yml"
    p.write_text(f"format: aire\nname: rel\nkind: app\nevals: {{results_file: r{pass_rate}.json, "
                 "min_pass_rate: 0.9}\nreport: {outdir: runs}\n")  # fmt: skip
    return p


def test_run_dir_latest_link_junit_and_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "-p", str(_profile(tmp_path, 0.99)), "--out", "runs/a"]) == 0
    assert main(["check", "-p", str(_profile(tmp_path, 0.5))]) == 1
    runs = tmp_path / "runs"
    (b,) = [d for d in runs.iterdir() if d.name.startswith("rel-")]
    assert (runs / "latest").resolve() == b.resolve()
    for name in ("report.json", "report.md", "junit.xml", "report.html"):
        assert (b / name).is_file()
    data = json.loads((b / "report.json").read_text())
    for key in ("verdict", "profile", "kind", "generated", "checks", "failed_checks", "warnings",
                "metrics", "thresholds", "artifacts", "intervals", "evidence"):  # fmt: skip
        assert key in data
    assert data["evidence"]["profile"]
    assert data["evidence"]["evals_results"]
    suite = ET.parse(b / "junit.xml").getroot()[0]
    assert suite.get("failures") == "1"
    capsys.readouterr()
    assert main(["check", "compare", "runs/a", "runs/latest"]) == 1
    out = capsys.readouterr().out
    assert "evals          PASS  -> FAIL   <- worse" in out
    assert main(["check", "compare", "runs/latest", "runs/a"]) == 0
    assert main(["check", "compare", "runs/a", "nowhere"]) == 2


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_html_report_opens_in_chromium_without_console_errors(tmp_path: Path) -> None:
    assert main(["check", "-p", str(_profile(tmp_path, 0.95)), "--out", str(tmp_path / "r")]) == 0
    page = tmp_path / "r" / "report.html"
    proc = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
         "--v=0", f"--user-data-dir={tmp_path / 'chrome'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "aire check: rel" in proc.stdout
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
