"""Columns of a dataset as numpy arrays: read from CSV, Parquet or JSONL files, or taken
from a pandas or Polars DataFrame (both optional imports).

A column keeps the storage type it came with (``float``, ``int``, ``bool`` or ``str``)
because the choice of test depends on it (Evidently treats an integer column with at
most 10 distinct values as categorical, a float column never). Missing values are NaN in
numeric columns and ``None`` in string columns; tests drop them.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import orjson

from aire.errors import InputFileError, UsageError
from aire.jsonl import read_jsonl

__all__ = ["Column", "Storage", "Table", "from_frame", "from_records", "read_table"]

Storage = Literal["float", "int", "bool", "str"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: ``values`` is float64 (NaN = missing) for float/int/bool storage, an
    object array of ``str | None`` for str storage."""

    name: str
    storage: Storage
    values: npt.NDArray[Any]

    def __len__(self) -> int:
        return int(self.values.shape[0])

    def present(self) -> npt.NDArray[Any]:
        """The values without missing ones."""
        if self.storage == "str":
            mask = np.array([v is not None for v in self.values], dtype=bool)
            out: npt.NDArray[Any] = self.values[mask]
            return out
        finite = np.isfinite(self.values)
        if finite.all():
            return self.values
        kept: npt.NDArray[Any] = self.values[finite]
        return kept


Table = dict[str, Column]


def read_table(path: str | Path) -> Table:
    """Read a CSV, Parquet or JSONL file by its suffix (.csv, .tsv, .parquet, .jsonl, .ndjson)."""
    p = Path(path)
    if not p.is_file():
        raise InputFileError("no such file", file=str(p))
    suffix = p.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _read_csv(p, "\t" if suffix == ".tsv" else ",")
    if suffix in (".parquet", ".pq"):
        return _read_parquet(p)
    if suffix in (".jsonl", ".ndjson", ".json"):
        return from_records((r.value for r in read_jsonl(p)), source=str(p))
    raise InputFileError(
        f"unknown file type {suffix or '(none)'}: use .csv, .tsv, .parquet or .jsonl", file=str(p)
    )


def _read_csv(path: Path, delimiter: str) -> Table:
    """pyarrow's multithreaded reader when it is installed (a million rows in about a
    second), else the standard library's."""
    try:
        from pyarrow import csv as pa_csv
    except ImportError:
        return _read_csv_stdlib(path, delimiter)
    try:
        table = pa_csv.read_csv(
            path,
            parse_options=pa_csv.ParseOptions(delimiter=delimiter),
            convert_options=pa_csv.ConvertOptions(strings_can_be_null=True),
        )
    except Exception:  # pyarrow.lib.ArrowInvalid and friends: the line-exact reader says where
        return _read_csv_stdlib(path, delimiter)
    return _from_arrow(table, str(path))


def _read_csv_stdlib(path: Path, delimiter: str) -> Table:
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f, delimiter=delimiter)
            header = next(reader, None)
            if not header:
                raise InputFileError("empty file (no header row)", file=str(path))
            cells: list[list[str]] = [[] for _ in header]
            for line, row in enumerate(reader, start=2):
                if not row:
                    continue
                if len(row) != len(header):
                    raise InputFileError(
                        f"{len(row)} fields, the header has {len(header)}",
                        file=str(path),
                        line=line,
                    )
                for i, cell in enumerate(row):
                    cells[i].append(cell)
    except UnicodeDecodeError as exc:
        raise InputFileError(f"not UTF-8 text ({exc.reason})", file=str(path)) from exc
    except csv.Error as exc:
        raise InputFileError(f"not a CSV file: {exc}", file=str(path)) from exc
    _check_names(header, str(path))
    return {name: _column_from_strings(name, col) for name, col in zip(header, cells, strict=True)}


_MISSING = frozenset({"", "na", "nan", "null", "none", "n/a"})


def _column_from_strings(name: str, cells: list[str]) -> Column:
    present = [c for c in cells if c.strip().lower() not in _MISSING]
    lowered = {c.strip().lower() for c in present}
    if present and lowered <= {"true", "false"}:
        vals = [
            math.nan if c.strip().lower() in _MISSING else float(c.strip().lower() == "true")
            for c in cells
        ]
        return Column(name, "bool", np.array(vals, dtype=np.float64))
    try:
        arr = np.array(
            [math.nan if c.strip().lower() in _MISSING else c for c in cells], dtype=np.float64
        )
    except ValueError:
        obj = np.array([None if c == "" else c for c in cells], dtype=object)
        return Column(name, "str", obj)
    finite = arr[np.isfinite(arr)]
    missing = len(present) < len(cells)
    is_int = (
        not missing
        and bool(np.all(finite == np.round(finite)))
        and all("." not in c and "e" not in c.lower() for c in present)
    )
    return Column(name, "int" if is_int else "float", arr)


def _read_parquet(path: Path) -> Table:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise UsageError(
            "reading Parquet needs pyarrow: pip install pyarrow (or use CSV or JSONL)"
        ) from exc
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a bad file
        raise InputFileError(f"not a Parquet file: {exc}", file=str(path)) from exc
    return _from_arrow(table, str(path))


def _from_arrow(table: Any, source: str) -> Table:
    import pyarrow as pa

    out: Table = {}
    _check_names([str(n) for n in table.column_names], source)
    for name in table.column_names:
        col = table.column(name)
        t = col.type
        if pa.types.is_floating(t) or pa.types.is_decimal(t):
            out[name] = Column(name, "float", _arrow_numeric(col))
        elif pa.types.is_integer(t):
            storage: Storage = "int" if col.null_count == 0 else "float"
            out[name] = Column(name, storage, _arrow_numeric(col))
        elif pa.types.is_boolean(t):
            out[name] = Column(name, "bool", _arrow_numeric(col.cast(pa.float64())))
        elif pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_dictionary(t):
            values = (
                col.cast(pa.string()).to_pylist() if pa.types.is_dictionary(t) else col.to_pylist()
            )
            out[name] = Column(name, "str", np.array(values, dtype=object))
        # other types (dates, lists, structs) are not compared
    return out


def _arrow_numeric(col: Any) -> npt.NDArray[np.float64]:
    return np.asarray(col.to_numpy(zero_copy_only=False), dtype=np.float64)


def from_records(records: Iterable[Any], *, source: str = "records") -> Table:
    """Columns from JSON objects: each top-level key is a column; nested objects are
    flattened with dots (``usage.total_tokens``); lists are compared as JSON text."""
    rows: list[dict[str, Any]] = []
    keys: dict[str, None] = {}
    for i, rec in enumerate(records, start=1):
        if not isinstance(rec, Mapping):
            raise InputFileError("a record is not a JSON object", file=source, line=i)
        flat = _flatten(rec)
        rows.append(flat)
        keys.update(dict.fromkeys(flat))
    out: Table = {}
    for key in keys:
        out[key] = _column_from_values(key, [r.get(key) for r in rows])
    return out


def _flatten(rec: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for k, v in rec.items():
        name = f"{prefix}{k}"
        if isinstance(v, Mapping):
            flat.update(_flatten(v, name + "."))
        elif isinstance(v, list):
            flat[name] = orjson.dumps(v).decode()
        else:
            flat[name] = v
    return flat


def _column_from_values(name: str, values: list[Any]) -> Column:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        arr = np.array([math.nan if v is None else float(v) for v in values], dtype=np.float64)
        return Column(name, "bool", arr)
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        arr = np.array([math.nan if v is None else v for v in values], dtype=np.float64)
        is_int = len(present) == len(values) and all(isinstance(v, int) for v in present)
        return Column(name, "int" if is_int else "float", arr)
    strs = [None if v is None else (v if isinstance(v, str) else str(v)) for v in values]
    return Column(name, "str", np.array(strs, dtype=object))


def from_frame(frame: Any) -> Table:
    """Columns of a pandas or Polars DataFrame (neither is imported unless passed)."""
    module = type(frame).__module__.split(".")[0]
    if module == "polars":
        return _from_arrow(frame.to_arrow(), "polars DataFrame")
    if module == "pandas":
        return _from_pandas(frame)
    if isinstance(frame, Mapping):
        return {str(k): _column_from_any(str(k), v) for k, v in frame.items()}
    raise UsageError(f"expected a pandas or Polars DataFrame, got {type(frame).__name__}")


def _from_pandas(df: Any) -> Table:
    out: Table = {}
    _check_names([str(c) for c in df.columns], "pandas DataFrame")
    for name in df.columns:
        out[str(name)] = _column_from_any(str(name), df[name])
    return out


def _column_from_any(name: str, series: Any) -> Column:
    arr = np.asarray(series)
    kind = arr.dtype.kind
    if kind == "f":
        return Column(name, "float", arr.astype(np.float64, copy=False))
    if kind in "iu":
        return Column(name, "int", arr.astype(np.float64))
    if kind == "b":
        return Column(name, "bool", arr.astype(np.float64))
    values = [None if _is_missing(v) else v for v in arr.tolist()]
    return _column_from_values(name, values)


def _is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _check_names(names: list[str], source: str) -> None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise InputFileError(f"column {n!r} appears twice", file=source)
        seen.add(n)
