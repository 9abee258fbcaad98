"""Result files: checked writable before a run, one clear message when they are not."""

from __future__ import annotations

from pathlib import Path

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
