"""Workbook windows: built in, equal to Sloth's files, factors as Sloth computes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.errors import ConfigError
from aire.slo.windows import WORKBOOK, load_windows

PEER = Path("/work/shared/peers/sloth/windows")


@pytest.mark.parametrize("period", ["28d", "30d"])
def test_builtin_windows_are_sloths(period: str) -> None:
    path = PEER / f"google-{period}.yaml"
    if not path.exists():
        pytest.skip("Sloth's windows are not in ../shared/peers")
    assert load_windows(path) == WORKBOOK[period]


def test_factors() -> None:
    w = WORKBOOK["30d"]
    assert [w.factor(p) for p in w.pairs().values()] == [14.4, 6, 3, 1]
    assert WORKBOOK["28d"].factor(WORKBOOK["28d"].page_quick) == pytest.approx(13.44)
    short = w.scaled(12 * 3600)  # a 12 h period for tests: windows shrink in proportion
    assert short.page_quick.short_s == 5
    assert short.factor(short.page_quick) == pytest.approx(14.4)


def test_bad_windows_file(tmp_path: Path) -> None:
    f = tmp_path / "w.yml"
    f.write_text(
        "apiVersion: sloth.slok.dev/v1\nkind: AlertWindows\nspec:\n  sloPeriod: 7d\n"
        "  page:\n    quick: {errorBudgetPercent: 2, shortWindow: 1h, longWindow: 5m}\n"
        "    slow: {errorBudgetPercent: 5, shortWindow: 30m, longWindow: 6h}\n"
        "  ticket:\n    quick: {errorBudgetPercent: 10, shortWindow: 2h, longWindow: 1d}\n"
        "    slow: {errorBudgetPercent: 10, shortWindow: 6h, longWindow: 3d}\n"
    )
    with pytest.raises(ConfigError) as info:
        load_windows(f)
    assert info.value.path == "spec.page.quick"
    assert info.value.line == 6
