"""Result files: the per-request JSONL and the summary (or capacity) JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from aire.errors import UsageError
from aire.load.runner import RunResult

__all__ = ["write_json", "write_records"]


def write_records(path: Path, result: RunResult) -> None:
    """One JSON object per measured request, in the order they were sent."""
    t0 = result.t_start
    lines = [orjson.dumps(r.to_json(t0)) for r in sorted(result.records, key=lambda r: r.index)]
    _write(path, b"\n".join(lines) + (b"\n" if lines else b""))


def write_json(path: Path, data: dict[str, Any]) -> None:
    _write(path, orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
