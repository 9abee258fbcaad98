"""The one JSONL reader of aire: guard data, load datasets, simulator scripts, eval suites.

Records are split on ``\\n`` only (a trailing ``\\r`` is dropped). ``str.splitlines`` is
wrong for JSONL: it also splits on U+2028/U+2029, U+0085, ``\\x0b``, ``\\x0c`` and
``\\x1c``-``\\x1e``, all of which are legal unescaped inside a JSON string, and real data
has them. Blank lines are skipped; files are read line by line, never whole; a bad record
is an ``InputFileError`` naming ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from aire.errors import InputFileError

__all__ = ["Record", "iter_records", "read_jsonl", "split_records"]

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Record:
    """One JSONL record: its 1-based line number in the file and its decoded value."""

    line: int
    value: Any


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__


def _not_utf8(raw: bytes) -> str | None:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
    return None


def iter_records(lines: Iterable[bytes], source: str, *, objects: bool = True) -> Iterator[Record]:
    """Decode ``lines`` (each one record, as split on ``\\n``) into records.

    ``objects``: every record must be a JSON object (else an error naming the line).
    """
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if not raw.strip():
            continue
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            reason = _not_utf8(raw) or f"not valid JSON: {exc}"
            raise InputFileError(reason, file=source, line=number) from None
        if objects and not isinstance(value, dict):
            raise InputFileError(
                f"expected a JSON object, got {_type_name(value)}", file=source, line=number
            )
        yield Record(number, value)


def split_records(data: bytes | str) -> Iterator[bytes]:
    """Split in-memory JSONL (stdin, a string) on ``\\n`` only, as a file is read."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    start = 0
    while start < len(raw):
        end = raw.find(b"\n", start)
        if end < 0:
            yield raw[start:]
            return
        yield raw[start:end]
        start = end + 1


def _lines_of(stream: BinaryIO) -> Iterator[bytes]:
    # iterating a binary file splits on b"\n" only and reads a buffer at a time
    for raw in stream:
        yield raw.rstrip(b"\n")


def read_jsonl(path: str | Path, *, objects: bool = True) -> Iterator[Record]:
    """Stream the records of a JSONL file (``-`` for stdin); errors name ``file:line``.

    An unreadable file is an ``InputFileError`` naming the file.
    """
    source = str(path)
    if source == "-":
        import sys

        binary = getattr(sys.stdin, "buffer", None)  # absent when stdin was replaced by text
        lines = _lines_of(binary) if binary is not None else split_records(sys.stdin.read())
        yield from iter_records(lines, "<stdin>", objects=objects)
        return
    try:
        stream = Path(path).open("rb")  # noqa: SIM115 (closed by the with below)
    except FileNotFoundError:
        raise InputFileError("no such file", file=source) from None
    except IsADirectoryError:
        raise InputFileError("is a directory, not a file", file=source) from None
    except OSError as exc:
        raise InputFileError(f"cannot read: {exc.strerror or exc}", file=source) from None
    with stream:
        try:
            yield from iter_records(_lines_of(stream), source, objects=objects)
        except OSError as exc:  # EIO mid-file, a FIFO that breaks
            raise InputFileError(f"cannot read: {exc.strerror or exc}", file=source) from None
