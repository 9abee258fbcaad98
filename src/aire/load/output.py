"""Result files: the per-request JSONL and the summary (or capacity) JSON."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import orjson

from aire.errors import UsageError
from aire.load.runner import RunResult

__all__ = ["check_writable", "write_json", "write_records"]


def check_writable(path: Path) -> None:
    """Raise ``UsageError`` now if ``path`` cannot be written later (checked before a run,
    so a long run does not end in "cannot write"). Creates missing parent directories,
    leaves no file behind; a device or a pipe (``/dev/stdout``) is taken as it is."""
    existed = path.exists()
    if existed and not path.is_dir() and not path.is_file():
        return
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {_reason(path, exc)}") from None
    if not existed:
        path.unlink(missing_ok=True)


def write_records(path: Path, result: RunResult) -> None:
    """One JSON object per measured request, in the order they were sent."""
    t0 = result.t_start
    lines = [orjson.dumps(r.to_json(t0)) for r in sorted(result.records, key=lambda r: r.index)]
    _write(path, b"\n".join(lines) + (b"\n" if lines else b""))


def write_json(path: Path, data: dict[str, Any]) -> None:
    _write(path, orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a regular file is written next to its place and renamed over
    it, so a full disk or a crash never leaves half a summary (or destroys the previous
    one). A device or a pipe (``/dev/stdout``) is written as it is."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            path.write_bytes(data)
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            if path.exists():
                os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
            else:
                os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {_reason(path, exc)}") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(path: Path, exc: OSError) -> str:
    for parent in path.parents:
        if parent.exists():  # the nearest existing ancestor
            if not parent.is_dir():
                return f"{parent} is not a directory"
            break
    return exc.strerror or str(exc)
