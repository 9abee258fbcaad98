"""The shipped example suite runs as README shows, against its scripted simulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.evals.conftest import run_cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "evals"


def test_example_suite_passes(start_sim: Callable[..., tuple[str, Any]], tmp_path: Path) -> None:
    url, _ = start_sim(mode="script", script=str(EXAMPLES / "sim-script.yaml"))
    out, html = tmp_path / "r.json", tmp_path / "r.html"
    code = run_cli(
        "eval",
        "run",
        EXAMPLES / "support-bot.yaml",
        "--target",
        f"{url}/v1",
        "--repeat",
        "3",
        "--no-cache",
        "-q",
        "--output",
        out,
        "--html",
        html,
    )
    results = json.loads(out.read_text())
    assert {c["id"]: c["verdict"] for c in results["cases"]} == dict.fromkeys(
        ["refund-window", "opening-hours", "order-status", "cancel-tool", "injection"], "pass"
    )
    assert results["summary"]["mix"]["ok"] is True
    assert code == 0
