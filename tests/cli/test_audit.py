"""``aire audit verify|tail``: exit 0 intact, 1 broken (first link named), 2 usage,
3 cannot read; never a traceback."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from tests.audit.helpers import KEY, Db, write_log

from aire.cli.main import main

KEY_TEXT = KEY.decode()


@pytest.fixture
def log(tmp_path: Path) -> Db:
    """An audit database with two closed chains of 10 records."""
    db = Db("sqlite", f"sqlite:///{tmp_path}/audit.db", "aire_audit_")
    for _ in range(2):
        asyncio.run(write_log(db, tmp_path / "spool", 10))
    return db


@pytest.fixture
def key_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRE_AUDIT_KEY", KEY_TEXT)


def test_intact(log: Db, key_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--dsn", log.dsn, "--strict"]) == 0
    out = capsys.readouterr().out
    assert out.count("10 records, 3 checkpoints (closed): intact") == 2
    assert "OK: 2 chain(s), 20 records intact" in out


def test_broken_names_the_first_link(
    log: Db, key_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    writer = asyncio.run(log.sql("SELECT writer FROM {p}records ORDER BY ts LIMIT 1"))[0][0]
    asyncio.run(log.sql(f"DELETE FROM {{p}}records WHERE writer = '{writer}' AND seq = 7"))
    assert main(["audit", "verify", "--dsn", log.dsn]) == 1
    captured = capsys.readouterr()
    assert f"{writer}: 6 records, 3 checkpoints" in captured.out
    assert "BROKEN at seq 7" in captured.out
    assert (
        f"FAIL: first broken link: writer {writer} seq 7: record 7 missing (deleted)"
        in captured.err
    )


def test_json_report(log: Db, key_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(log.sql("UPDATE {p}records SET body = body || ' ' WHERE seq = 2"))
    assert main(["audit", "verify", "--dsn", log.dsn, "--json"]) == 1
    report = orjson.loads(capsys.readouterr().out)
    assert report["intact"] is False
    assert report["first_break"]["seq"] == 2
    assert report["records"] == 2  # each chain stops at its first broken link (seq 2)
    assert [c["broken"]["seq"] for c in report["chains"]] == [2, 2]


def test_wrong_key_hints(log: Db, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("another-key-of-enough-length\n")
    assert main(["audit", "verify", "--dsn", log.dsn, "--key-file", str(key_file)]) == 1
    assert "is this the key it was written with?" in capsys.readouterr().err


def test_key_file_and_config_file(log: Db, tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(KEY_TEXT + "\n")
    assert main(["audit", "verify", "--dsn", log.dsn, "--key-file", str(key_file)]) == 0
    config = tmp_path / "aire.yaml"
    config.write_text(f"audit:\n  dsn: {log.dsn}\n  hmac_key: {KEY_TEXT}\n")
    assert main(["audit", "verify", "-c", str(config)]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "no HMAC key: set AIRE_AUDIT_KEY, give --key-file"),
        (["--key-file", "/nonexistent/key"], "cannot read --key-file"),
        (["--hmac-key", "short"], "audit.hmac_key: must be at least 16 characters"),
        (["--dsn", "mysql://u@h/db", "--hmac-key", KEY_TEXT], "audit.dsn"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dsn = ["--dsn", f"sqlite:///{tmp_path}/a.db"] if "--dsn" not in args else []
    assert main(["audit", "verify", *dsn, *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_unknown_writer_is_a_usage_error(
    log: Db, key_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", "--dsn", log.dsn, "--writer", "nobody"]) == 2
    assert "no records or checkpoints of writer 'nobody'" in capsys.readouterr().err


def test_cannot_read_exits_3(
    tmp_path: Path, key_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", "--dsn", f"sqlite:///{tmp_path}/none.db"]) == 3
    assert "no audit database at" in capsys.readouterr().err
    sqlite3.connect(tmp_path / "empty.db").execute("CREATE TABLE t (x)").connection.close()
    assert main(["audit", "verify", "--dsn", f"sqlite:///{tmp_path}/empty.db"]) == 3
    assert "holds no audit log" in capsys.readouterr().err
    assert main(["audit", "verify", "--dsn", "postgresql://u:pw@127.0.0.1:1/db"]) == 3
    err = capsys.readouterr().err
    assert "cannot connect to postgresql://u:***@127.0.0.1:1/db" in err
    assert "pw@" not in err


def test_cannot_read_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aire", "audit", "verify", "--dsn", f"sqlite:///{tmp_path}/x.db"],
        env={"AIRE_AUDIT_KEY": KEY_TEXT, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.startswith("error: no audit database at")
    assert "Traceback" not in done.stderr


def test_tail_prints_the_latest_records_oldest_first(
    log: Db, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "tail", "--dsn", log.dsn, "-n", "3"]) == 0
    rows = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3
    assert [r["ts"] for r in rows] == sorted(r["ts"] for r in rows)
    newest = asyncio.run(log.sql("SELECT max(ts) FROM {p}records"))[0][0]
    assert rows[-1]["ts"] == newest
    writer = rows[0]["writer"]
    assert main(["audit", "tail", "--dsn", log.dsn, "--writer", writer, "-n", "100"]) == 0
    mine = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["seq"] for r in mine] == list(range(1, 11))


def test_tail_needs_no_key_but_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "tail", "--dsn", f"sqlite:///{tmp_path}/none.db"]) == 3
    assert "no audit database" in capsys.readouterr().err
    assert main(["audit", "tail", "-n", "0"]) == 2
