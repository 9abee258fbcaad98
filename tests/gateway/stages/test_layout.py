"""The request path reads as its stages: one small file per stage."""

from __future__ import annotations

from pathlib import Path

import aire.gateway.stages as stages


def test_every_stage_file_is_under_300_lines() -> None:
    folder = Path(stages.__file__).parent
    sizes = {p.name: len(p.read_text().splitlines()) for p in folder.glob("*.py")}
    assert len(sizes) >= 8  # parse ... settle: the glob found them
    assert {name: n for name, n in sizes.items() if n >= 300} == {}
