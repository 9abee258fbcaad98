"""Fixtures of the gate's tests: aipreflight's folder (shared/peers) copied to a work dir
with aire's extra profiles and probe files, and ``python`` on PATH for eval commands."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
PEERS = HERE.parents[1].parent / "shared" / "peers" / "aipreflight"


@pytest.fixture
def python_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``python`` is this interpreter (Debian has only python3; eval commands say python)."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "python").symlink_to(sys.executable)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    return bindir


@pytest.fixture
def peers_dir(tmp_path: Path, python_on_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if not PEERS.is_dir():
        pytest.skip(f"aipreflight's folder is not at {PEERS}")
    work = tmp_path / "aipreflight"
    shutil.copytree(PEERS, work)
    shutil.copytree(FIXTURES / "profiles", work / "extra")
    shutil.copytree(FIXTURES / "probes", work / "probes")
    monkeypatch.chdir(work)
    return work
