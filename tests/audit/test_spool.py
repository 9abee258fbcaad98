"""The spool file: append-only, fsync'd lines, read back in order; locks mark the owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.audit.chain import Chain
from aire.audit.spool import Spool, spool_name


def test_append_then_read_in_order_in_chunks(tmp_path: Path) -> None:
    chain = Chain(b"k" * 32, "h:1:2")
    spool = Spool.for_writer(tmp_path, chain.writer)
    first = [chain.seal({"ts": float(i)}) for i in range(5)]
    cp = chain.checkpoint(9.0)
    spool.append(first, [cp])
    second = [chain.seal({"ts": float(i)}) for i in range(5, 8)]
    spool.append(second, [])
    records, cps, offset = spool.read(0, 4)
    assert records == first[:4]
    assert cps == []
    records, cps, offset = spool.read(offset, 4)
    assert records == [first[4], *second[:2]]
    assert cps == [cp]
    records, cps, offset = spool.read(offset, 100)
    assert records == second[2:]
    assert spool.read(offset, 100) == ([], [], offset)
    assert offset == spool.size()
    spool.clear()
    assert spool.size() == 0
    spool.close()


def test_a_torn_last_line_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    chain = Chain(b"k" * 32, "w")
    spool = Spool.for_writer(tmp_path, "w")
    spool.append([chain.seal({"ts": 1.0})], [])
    spool.close()
    with spool.path.open("ab") as f:
        f.write(b'{"r":["w",2,2.0,null,"{')  # the crash came in the middle of a write
    records, _, offset = spool.read(0, 10)
    assert [r.seq for r in records] == [1]
    assert offset < spool.size()
    assert "torn last line" in caplog.text


def test_only_unlocked_files_are_orphans(tmp_path: Path) -> None:
    chain = Chain(b"k" * 32, "dead")
    dead = Spool.for_writer(tmp_path, "dead")
    dead.append([chain.seal({"ts": 1.0})], [])
    dead.close()  # the process is gone: its lock with it
    live = Spool.for_writer(tmp_path, "live")
    live.append([Chain(b"k" * 32, "live").seal({"ts": 1.0})], [])
    mine = Spool.for_writer(tmp_path, "me")
    orphans = Spool.orphans(tmp_path, mine.path)
    assert [o.path for o in orphans] == [dead.path]
    assert Spool.orphans(tmp_path, mine.path) == []  # now held by the first finder
    orphans[0].remove()
    assert not dead.path.exists()
    live.close()
    assert Spool.orphans(tmp_path / "nowhere", mine.path) == []


def test_file_names_are_safe(tmp_path: Path) -> None:
    assert spool_name("host/x:12:34") == "host_x_12_34.spool"
