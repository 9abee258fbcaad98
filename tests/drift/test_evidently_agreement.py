"""``--method evidently`` against Evidently 0.7.23's own verdicts, recorded as fixtures by
benchmarks/drift/fixtures.py (Evidently runs in its own venv there, not here)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from aire.drift import DriftOptions, compare, read_table

FIXTURES = Path(__file__).parent / "fixtures"
DATASETS = sorted(p for p in FIXTURES.iterdir() if (p / "evidently.json").is_file())

# Evidently's display names of its tests -> aire's names
_TESTS = {
    "K-S p_value": "ks",
    "chi-square p_value": "chisquare",
    "Z-test p_value": "z",
    "Wasserstein distance (normed)": "wasserstein",
    "Jensen-Shannon distance": "jensenshannon",
}


def test_there_are_fixtures_of_both_regimes() -> None:
    assert len(DATASETS) >= 20


def test_evidently_method_agrees_with_evidently_on_at_least_95_percent_of_columns() -> None:
    total = agree = same_test = 0
    disagreements = []
    for d in DATASETS:
        expected = orjson.loads((d / "evidently.json").read_bytes())
        res = compare(
            read_table(d / "reference.csv"),
            read_table(d / "current.csv"),
            DriftOptions(method="evidently"),
        )
        got = {c.column: c for c in res.columns}
        assert set(got) == set(expected), d.name
        for col, ev in expected.items():
            total += 1
            mine = got[col]
            same_test += mine.test == _TESTS[ev["method"]]
            if mine.drift == ev["drift"]:
                agree += 1
            else:
                disagreements.append((d.name, col, ev, mine.p_value, mine.effect))
    assert agree / total >= 0.95, disagreements
    assert same_test == total


@pytest.mark.parametrize("dataset", DATASETS[:1], ids=lambda p: p.name)
def test_evidently_values_match_closely(dataset: Path) -> None:
    expected = orjson.loads((dataset / "evidently.json").read_bytes())
    res = compare(
        read_table(dataset / "reference.csv"),
        read_table(dataset / "current.csv"),
        DriftOptions(method="evidently"),
    )
    for c in res.columns:
        value = c.p_value if c.p_value is not None else c.effect
        assert value == pytest.approx(expected[c.column]["value"], rel=1e-6, abs=1e-9), c.column
