"""Helpers of the check tests: a profile from a dict, a context rooted at tmp_path."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from aire.gate.context import GateContext
from aire.gate.profile import Profile


def py(code: str) -> list[str]:
    """A command (argv) running ``code`` in this interpreter."""
    return [sys.executable, "-c", code]


def printing(data: Any, exit_code: int = 0) -> list[str]:
    """A command printing ``data`` as JSON, then exiting with ``exit_code``."""
    return py(f"import sys; print({json.dumps(data)!r}); sys.exit({exit_code})")


@pytest.fixture
def make(tmp_path: Path) -> Any:
    def build(**sections: Any) -> tuple[Profile, GateContext]:
        profile = Profile.model_validate({"name": "t", **sections})
        return profile, GateContext(profile, tmp_path)

    return build
