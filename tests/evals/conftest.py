"""Shared helpers of the eval tests: a scripted simulator and the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aire.cli.main import main


@pytest.fixture
def scripted_sim(start_sim: Callable[..., tuple[str, Any]], tmp_path: Path) -> Callable[..., str]:
    """``url = scripted_sim([{"match": ..., "response": ...}], **sim_overrides)``: the /v1 URL
    of a simulator in script mode."""
    counter = iter(range(1000))

    def start(rules: list[dict[str, Any]], **overrides: Any) -> str:
        script = tmp_path / f"script-{next(counter)}.jsonl"
        script.write_text("".join(json.dumps(r) + "\n" for r in rules))
        url, _ = start_sim(mode="script", script=str(script), **overrides)
        return url + "/v1"

    return start


def run_cli(*args: str | Path) -> int:
    return main([str(a) for a in args])
