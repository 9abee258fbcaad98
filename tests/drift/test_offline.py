"""``aire.drift.offline``: the acceptance list of issue 13 on seeded synthetic data."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from aire.drift import Column, DriftOptions, compare, compare_frames
from aire.drift.table import Table
from aire.errors import UsageError


def _table(rng: np.random.Generator, n: int, shift: float = 0.0) -> Table:
    cats = np.array(["a", "b", "c", "d"], dtype=object)
    return {
        "num": Column("num", "float", rng.normal(shift, 1.0, n)),
        "cat": Column("cat", "str", cats[rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])]),
        "flag": Column("flag", "bool", (rng.random(n) < 0.3).astype(np.float64)),
        "count": Column("count", "int", rng.poisson(20, n).astype(np.float64)),
    }


def test_false_alarm_rate_per_column_at_most_8_percent_over_200_trials() -> None:
    rng = np.random.default_rng(2026)
    trials = 200
    p_hits: dict[str, int] = {}
    verdict_hits: dict[str, int] = {}
    for _ in range(trials):
        result = compare(_table(rng, 400), _table(rng, 400))
        for c in result.columns:
            assert c.p_value is not None
            p_hits[c.column] = p_hits.get(c.column, 0) + (c.p_value < 0.05)
            verdict_hits[c.column] = verdict_hits.get(c.column, 0) + c.drift
    assert set(p_hits) == {"num", "cat", "flag", "count"}
    for col in p_hits:
        # the test alone is calibrated (a nominal 5%), the verdict is stricter still
        assert p_hits[col] / trials <= 0.08, (col, p_hits[col])
        assert verdict_hits[col] / trials <= 0.08, (col, verdict_hits[col])
    # the tests are not so conservative that they never fire
    assert sum(p_hits.values()) > 0


def test_a_shift_of_0_2_sd_is_detected_at_n_5000() -> None:
    rng = np.random.default_rng(7)
    for _ in range(20):
        ref = {"x": Column("x", "float", rng.normal(0, 1, 5000))}
        cur = {"x": Column("x", "float", rng.normal(0.2, 1, 5000))}
        res = compare(ref, cur)
        assert res.columns[0].drift
        assert res.drift
        assert 0.15 < res.columns[0].effect < 0.25


def test_a_million_rows_do_not_make_a_negligible_shift_drift() -> None:
    rng = np.random.default_rng(3)
    n = 1_000_000
    ref = {"x": Column("x", "float", rng.normal(0, 1, n))}
    cur = {"x": Column("x", "float", rng.normal(0.01, 1, n))}
    col = compare(ref, cur).columns[0]
    assert col.p_value is not None
    assert col.p_value < 0.05
    assert col.effect < 0.05  # ...but tiny
    assert not col.drift


def test_categorical_and_binary_shifts_are_detected() -> None:
    rng = np.random.default_rng(5)
    cats = np.array(["a", "b", "c"], dtype=object)
    ref = {
        "cat": Column("cat", "str", cats[rng.choice(3, 3000, p=[0.5, 0.3, 0.2])]),
        "flag": Column("flag", "bool", (rng.random(3000) < 0.3).astype(float)),
    }
    cur = {
        "cat": Column("cat", "str", cats[rng.choice(3, 3000, p=[0.3, 0.3, 0.4])]),
        "flag": Column("flag", "bool", (rng.random(3000) < 0.5).astype(float)),
    }
    res = compare(ref, cur)
    by = {c.column: c for c in res.columns}
    assert by["cat"].kind == "categorical"
    assert by["cat"].test == "chisquare"
    assert by["cat"].drift
    assert by["flag"].kind == "binary"
    assert by["flag"].test == "z"
    assert by["flag"].drift
    assert res.drift
    assert res.share == 1.0


def test_text_columns_drift_through_their_statistics() -> None:
    rng = np.random.default_rng(11)
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]

    def texts(n: int, lo: int, hi: int, accent: bool = False) -> Column:
        out = []
        for i in range(n):
            k = int(rng.integers(lo, hi))
            t = " ".join(rng.choice(words, k)) + f" {i}"
            out.append(t.replace("a", "à") if accent else t)
        return Column("answer", "str", np.array(out, dtype=object))

    same = compare({"answer": texts(800, 5, 30)}, {"answer": texts(800, 5, 30)})
    assert same.columns[0].kind == "text"
    assert not same.columns[0].drift
    longer = compare({"answer": texts(800, 5, 30)}, {"answer": texts(800, 20, 60)})
    assert longer.columns[0].drift
    assert any(p.column == "answer:words" and p.drift for p in longer.columns[0].parts)
    accented = compare({"answer": texts(800, 5, 30)}, {"answer": texts(800, 5, 30, accent=True)})
    assert any(p.column == "answer:non_ascii_share" and p.drift for p in accented.columns[0].parts)


def test_evidently_method_picks_evidentlys_test_by_size_and_cardinality() -> None:
    rng = np.random.default_rng(1)
    small = compare(_table(rng, 800), _table(rng, 800), DriftOptions(method="evidently"))
    assert {c.column: c.test for c in small.columns} == {
        "num": "ks",
        "cat": "chisquare",
        "flag": "z",
        "count": "ks",
    }
    big = compare(_table(rng, 2000), _table(rng, 2000), DriftOptions(method="evidently"))
    assert {c.column: c.test for c in big.columns} == {
        "num": "wasserstein",
        "cat": "jensenshannon",
        "flag": "jensenshannon",
        "count": "wasserstein",
    }
    assert all(c.p_value is None for c in big.columns)


def test_dataset_drift_is_a_share_of_columns() -> None:
    rng = np.random.default_rng(4)
    ref = {f"c{i}": Column(f"c{i}", "float", rng.normal(0, 1, 2000)) for i in range(4)}
    cur = {
        f"c{i}": Column(f"c{i}", "float", rng.normal(0.5 if i < 2 else 0, 1, 2000))
        for i in range(4)
    }
    res = compare(ref, cur)
    assert res.drifted == ["c0", "c1"]
    assert res.share == 0.5
    assert res.drift
    assert not compare(ref, cur, DriftOptions(drift_share=0.75)).drift


def test_missing_values_and_columns_on_one_side() -> None:
    ref = {
        "x": Column("x", "float", np.array([1.0, np.nan, 3.0, 4.0])),
        "old": Column("old", "float", np.ones(4)),
    }
    cur = {
        "x": Column("x", "float", np.array([1.0, 2.0, np.nan, np.nan])),
        "new": Column("new", "float", np.ones(4)),
    }
    res = compare(ref, cur)
    assert [c.column for c in res.columns] == ["x"]
    assert res.columns[0].missing_ref == 0.25
    assert res.columns[0].missing_cur == 0.5
    assert res.skipped == {"old": "only in the reference", "new": "only in the current data"}
    with pytest.raises(UsageError):
        compare({"a": ref["x"]}, {"b": cur["x"]})
    # a kind for a column that is nowhere (a typo) is an error, not silently unused
    with pytest.raises(UsageError, match="nosuch"):
        compare(ref, cur, DriftOptions(kinds=(("nosuch", "text"),)))
    assert compare(ref, cur, DriftOptions(kinds=(("old", "numeric"),))).columns  # one side: ok


def test_pandas_and_polars_frames() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    rng = np.random.default_rng(9)
    ref = {"x": rng.normal(0, 1, 3000), "g": rng.choice(["u", "v"], 3000)}
    cur = {"x": rng.normal(1, 1, 3000), "g": rng.choice(["u", "v"], 3000)}
    for make in (pd.DataFrame, pl.DataFrame):
        res = compare_frames(make(ref), make(cur))
        assert {c.column: (c.kind, c.drift) for c in res.columns} == {
            "x": ("numeric", True),
            "g": ("binary", False),
        }


def test_text_columns_with_an_embedder_get_an_mmd_test() -> None:
    rng = np.random.default_rng(12)

    class Hashing:
        """A stand-in embedder: bag of hashed words (the real one is aire.embeddings)."""

        def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
            out = np.zeros((len(texts), 32))
            for i, t in enumerate(texts):
                for w in t.split():
                    out[i, zlib.crc32(w.encode()) % 32] += 1.0
            return out

    words_a = ["refund", "order", "ship", "track", "account"]
    words_b = ["banana", "orbit", "quiet", "purple", "violin"]

    def col(words: list[str], n: int) -> Column:
        texts = [" ".join(rng.choice(words, 8)) + f" {i}" for i in range(n)]
        return Column("t", "str", np.array(texts, dtype=object))

    opts = DriftOptions(embedder=Hashing())
    same = compare({"t": col(words_a, 300)}, {"t": col(words_a, 300)}, opts).columns[0]
    moved = compare({"t": col(words_a, 300)}, {"t": col(words_b, 300)}, opts).columns[0]
    emb = {p.column: p for p in moved.parts}["t:embedding"]
    assert emb.test == "mmd"
    assert emb.p_value is not None
    assert emb.p_value < 0.01
    assert emb.drift
    assert moved.drift
    assert not {p.column: p for p in same.parts}["t:embedding"].drift


@pytest.mark.parametrize(("n1", "n2"), [(1000, 1000), (500, 3000), (1000, 20_000), (30, 40)])
def test_the_evidently_method_s_ks_is_scipy_s_auto_to_the_bit(n1: int, n2: int) -> None:
    from scipy import stats  # type: ignore[import-untyped]

    from aire.drift import stattests as st

    rng = np.random.default_rng(n1 + n2)
    a, b = rng.normal(size=n1), rng.normal(0.1, size=n2)
    if n1 < 100:  # ties
        a, b = np.round(a, 1), np.round(b, 1)
    pair = st.numeric_pair(a, b, ks_method="auto")
    want = stats.ks_2samp(a, b, method="auto")
    assert (pair.ks_statistic, pair.ks_p) == (float(want.statistic), float(want.pvalue))
