"""``aire.drift.table``: CSV, Parquet and JSONL read into typed columns; bad files named."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from aire.drift.table import from_frame, read_table
from aire.errors import InputFileError


@pytest.fixture(params=["pyarrow", "stdlib"])
def csv_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "stdlib":
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails: the fallback
    else:
        pytest.importorskip("pyarrow")
    return str(request.param)


def test_csv_types_and_missing_values(tmp_path: Path, csv_reader: str) -> None:
    f = tmp_path / "d.csv"
    f.write_text("a,b,c,d,e\n1,1.5,x,true,\n2,,y,false,3\n3,2.5,x,true,4\n")
    t = read_table(f)
    assert {n: c.storage for n, c in t.items()} == {
        "a": "int",
        "b": "float",
        "c": "str",
        "d": "bool",
        "e": "float",
    }
    assert np.isnan(t["b"].values[1])
    assert t["b"].present().tolist() == [1.5, 2.5]
    assert t["c"].values.tolist() == ["x", "y", "x"]


def test_jsonl_flattens_nested_objects(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text('{"a": 1, "u": {"t": 2.5}, "s": "hi"}\n{"a": 2, "u": {"t": null}, "s": "yo"}\n')
    t = read_table(f)
    assert t["a"].storage == "int"
    assert t["u.t"].storage == "float"
    assert t["s"].storage == "str"
    assert np.isnan(t["u.t"].values[1])


def test_parquet_round_trip(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    f = tmp_path / "d.parquet"
    pq.write_table(pa.table({"i": [1, 2, 3], "f": [0.5, None, 1.0], "s": ["a", "b", None]}), f)
    t = read_table(f)
    assert {n: c.storage for n, c in t.items()} == {"i": "int", "f": "float", "s": "str"}
    assert t["s"].values.tolist() == ["a", "b", None]


@pytest.mark.parametrize(
    ("name", "body", "line"),
    [
        ("ragged.csv", "a,b\n1,2\n3\n", 3),
        ("bad.jsonl", '{"a": 1}\n{oops\n', 2),
        ("dup.csv", "a,a\n1,2\n", None),
        ("x.txt", "a\n", None),
    ],
)
def test_bad_files_are_named(tmp_path: Path, name: str, body: str, line: int | None) -> None:
    f = tmp_path / name
    f.write_text(body)
    with pytest.raises(InputFileError) as info:
        read_table(f)
    assert info.value.line == line


def test_from_frame_rejects_other_objects() -> None:
    from aire.errors import UsageError

    with pytest.raises(UsageError):
        from_frame([1, 2, 3])
