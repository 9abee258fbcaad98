"""The one JSONL reader: records split on \\n only, errors naming file:line."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import orjson
import pytest

from aire.errors import InputFileError
from aire.jsonl import iter_records, read_jsonl, split_records

# Every character str.splitlines() splits on besides \n and \r. U+2028, U+2029 and U+0085
# may stand raw inside a JSON string (orjson.dumps writes them raw); the C0 ones only
# escaped, so raw they make a bad record, but on its own line number.
RAW_BREAKS = ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"]


def write(tmp_path: Path, data: bytes, name: str = "rows.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_unicode_line_breaks_inside_strings_stay_in_one_record(tmp_path: Path) -> None:
    texts = [f"before{ch}after" for ch in RAW_BREAKS]
    lines = [orjson.dumps({"text": t}) for t in texts]
    assert b"\xe2\x80\xa8" in lines[0]  # U+2028 raw in the file, as real data has it
    path = write(tmp_path, b"\n".join(lines) + b"\n")
    assert str.splitlines("a\u2028b") == ["a", "b"]  # the bug this reader exists for
    records = list(read_jsonl(path))
    assert [r.value["text"] for r in records] == texts
    assert [r.line for r in records] == list(range(1, len(lines) + 1))


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_a_raw_control_character_is_a_bad_record_on_its_own_line(tmp_path: Path, char: str) -> None:
    path = write(tmp_path, b'{"a": 1}\n{"a": "x' + char.encode() + b'y"}\n{"a": 3}\n')
    with pytest.raises(InputFileError) as info:
        list(read_jsonl(path))
    assert info.value.line == 2


def test_crlf_blank_lines_bom_and_no_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, b'\xef\xbb\xbf{"a": 1}\r\n\r\n   \n{"a": 2}\r\n{"a": 3}')
    assert [(r.line, r.value) for r in read_jsonl(path)] == [
        (1, {"a": 1}),
        (4, {"a": 2}),
        (5, {"a": 3}),
    ]


def test_a_bad_line_in_the_middle_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"a": 1}\n{"a": 2}\n{"a": \n{"a": 4}\n')
    records = read_jsonl(path)
    assert [next(records).value, next(records).value] == [{"a": 1}, {"a": 2}]
    with pytest.raises(InputFileError) as info:
        next(records)
    assert info.value.file == str(path)
    assert info.value.line == 3
    assert "not valid JSON" in info.value.message
    assert info.value.show().startswith(f"error: {path}:3: not valid JSON")
    assert info.value.exit_code == 2


def test_non_utf8_bytes_name_line_and_byte(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"a": "ok"}\n{"a": "caf\xe9"}\n')
    with pytest.raises(InputFileError) as info:
        list(read_jsonl(path))
    assert info.value.line == 2
    assert info.value.message == "not UTF-8 text (byte 0xe9 at column 11)"


@pytest.mark.parametrize(
    ("line", "kind"),
    [(b"[1, 2]", "an array"), (b'"text"', "a string"), (b"3", "a number"),
     (b"null", "null"), (b"true", "a boolean")],
)  # fmt: skip
def test_a_top_level_non_object_is_an_error_where_objects_are_required(
    tmp_path: Path, line: bytes, kind: str
) -> None:
    path = write(tmp_path, b'{"a": 1}\n' + line + b"\n")
    with pytest.raises(InputFileError) as info:
        list(read_jsonl(path))
    assert (info.value.line, info.value.message) == (2, f"expected a JSON object, got {kind}")
    assert [r.value for r in read_jsonl(path, objects=False)][1] == orjson.loads(line)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        list(read_jsonl(tmp_path / "missing.jsonl"))
    with pytest.raises(InputFileError, match="is a directory"):
        list(read_jsonl(tmp_path))


def test_records_are_streamed_as_they_arrive(tmp_path: Path) -> None:
    # A FIFO whose writer sends the second record only after the reader has the first:
    # a reader that read the whole file before yielding would wait forever (bounded here).
    fifo = tmp_path / "rows.jsonl"
    os.mkfifo(fifo)
    got_first = threading.Event()

    def writer() -> None:
        with fifo.open("wb") as out:
            out.write(b'{"i": 1}\n')
            out.flush()
            if got_first.wait(10):
                out.write(b'{"i": 2}\n')

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    records = read_jsonl(fifo)
    first = next(records)
    got_first.set()
    assert (first.line, first.value) == (1, {"i": 1})
    assert [(r.line, r.value) for r in records] == [(2, {"i": 2})]
    thread.join(10)


def test_in_memory_text_splits_the_same_way() -> None:
    text = '{"t": "x\u2028y"}\r\n\n{"t": "z"}'
    assert list(split_records(text)) == [b'{"t": "x\xe2\x80\xa8y"}\r', b"", b'{"t": "z"}']
    assert [r.value["t"] for r in iter_records(split_records(text), "<stdin>")] == ["x\u2028y", "z"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"a": "\xe2\x80\xa8"}\n')))
    assert [r.value for r in read_jsonl("-")] == [{"a": "\u2028"}]
    monkeypatch.setattr("sys.stdin", io.StringIO('{"a": 1}\n{bad\n'))
    with pytest.raises(InputFileError) as info:
        list(read_jsonl("-"))
    assert (info.value.file, info.value.line) == ("<stdin>", 2)
