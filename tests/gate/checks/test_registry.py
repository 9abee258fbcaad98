from __future__ import annotations

from pathlib import Path

from aire.gate.checks import CHECK_RUNBOOKS, CHECKS, DEFAULT_ORDER, runbook

ROOT = Path(__file__).resolve().parents[3]


def test_every_check_resolves_and_has_a_runbook_that_exists() -> None:
    assert set(CHECKS.names()) == set(DEFAULT_ORDER) == set(CHECK_RUNBOOKS)
    for name in CHECKS.names():
        assert callable(CHECKS.get(name))
        assert (ROOT / runbook(CHECK_RUNBOOKS[name])).is_file(), name


def test_every_runbook_named_in_the_code_exists() -> None:
    import re

    names = set()
    for f in (ROOT / "src" / "aire" / "gate").rglob("*.py"):
        names.update(re.findall(r'runbook\("([a-z-]+)"\)', f.read_text()))
    assert names
    for name in names:
        assert (ROOT / runbook(name)).is_file(), name
