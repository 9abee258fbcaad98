"""deploy/prometheus/generate.sh without aire at hand says so (it was `aire: command not
found` for anyone who followed the README's quick start, which never activates the venv)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "prometheus" / "generate.sh"


def test_no_aire_is_a_message_and_exit_2_before_anything_is_written() -> None:
    rules = ROOT / "deploy" / "prometheus" / "rules" / "aire-slos.yml"
    before = rules.stat().st_mtime_ns
    env = {**os.environ, "AIRE": "/nonexistent/aire"}
    out = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env, timeout=30)
    assert out.returncode == 2
    assert "generate.sh: aire not found: activate its venv, or set AIRE=" in out.stderr
    assert rules.stat().st_mtime_ns == before


def test_the_script_names_no_bare_aire_or_python3_for_aire() -> None:
    lines = [ln.strip() for ln in SCRIPT.read_text().splitlines()]
    commands = [ln for ln in lines if ln and not ln.startswith(("#", "echo"))]
    assert not [ln for ln in commands if ln.startswith("aire ")]
    assert any(ln.startswith('"$AIRE" slo generate') for ln in commands)
