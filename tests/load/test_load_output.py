"""Result files: checked writable before a run, one clear message when they are not."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import orjson
import pytest

from aire.errors import UsageError
from aire.load.output import check_writable, write_json


def test_a_writable_path_is_accepted_and_left_absent(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "a.json"
    check_writable(path)
    assert not path.exists()  # no empty file left behind
    existing = tmp_path / "b.json"
    existing.write_text("keep")
    check_writable(existing)
    assert existing.read_text() == "keep"  # not truncated by the check
    check_writable(Path("/dev/null"))  # a device is taken as it is


def test_a_parent_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    path = tmp_path / "afile" / "sub" / "a.json"
    with pytest.raises(UsageError, match=r"afile is not a directory"):
        check_writable(path)
    with pytest.raises(UsageError, match=r"^cannot write .*afile is not a directory$"):
        write_json(path, {})


def test_a_directory_is_not_a_result_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="Is a directory"):
        check_writable(tmp_path)


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "summary.json"
    write_json(path, {"run": 1})
    path.chmod(0o640)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(UsageError, match="No space left on device"):
        write_json(path, {"run": 2})
    assert orjson.loads(path.read_bytes()) == {"run": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.json"]
    monkeypatch.undo()
    write_json(path, {"run": 3})
    assert orjson.loads(path.read_bytes()) == {"run": 3}
    assert stat.S_IMODE(path.stat().st_mode) == 0o640  # the file's mode is kept
    write_json(Path("/dev/null"), {"run": 4})  # a device is written in place


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    write_json(path, {})
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
