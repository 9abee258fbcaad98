"""Verification finds every kind of tampering, on both backends, and names the first
broken link (writer, seq, what is wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.audit.helpers import KEY, Db, record, write_log

# A closed chain of 10 records: batches of 4 with a checkpoint after each (seq 4, 8),
# and the final checkpoint at seq 10.
N = 10


async def written(db: Db, tmp_path: Path, n: int = N) -> str:
    writer = await write_log(db, tmp_path / "spool", n)
    assert writer.stats.written == n
    return writer.writer


async def test_an_untouched_log_is_intact(db: Db, tmp_path: Path) -> None:
    writer = await written(db, tmp_path)
    report = await db.verify(strict=True)
    assert report.intact
    (chain,) = report.chains
    assert (chain.writer, chain.records, chain.checkpoints) == (writer, N, 3)
    assert chain.closed
    assert chain.unvouched == 0


async def test_an_edited_field(db: Db, tmp_path: Path) -> None:
    writer = await written(db, tmp_path)
    await db.sql("""UPDATE {p}records SET body = replace(body, '"status":200', '"status":500')
                    WHERE seq = 5""")
    report = await db.verify()
    (broken,) = report.breaks
    assert (broken.writer, broken.seq) == (writer, 5)
    assert "MAC does not match" in broken.problem


async def test_an_edited_column_outside_the_signed_body(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("UPDATE {p}records SET ts = ts + 3600 WHERE seq = 3")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 3
    assert "column ts was changed" in broken.problem


async def test_a_deleted_row(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}records WHERE seq = 5")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 5
    assert broken.problem == "record 5 missing (deleted)"


async def test_two_swapped_rows(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("UPDATE {p}records SET seq = -5 WHERE seq = 5")
    await db.sql("UPDATE {p}records SET seq = 5 WHERE seq = 6")
    await db.sql("UPDATE {p}records SET seq = 6 WHERE seq = -5")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 5
    assert "MAC does not match" in broken.problem


async def test_a_forged_row_inserted_in_the_middle(db: Db, tmp_path: Path) -> None:
    writer = await written(db, tmp_path)
    # make room at seq 6 (two steps: the primary key must hold after each statement)
    await db.sql("UPDATE {p}records SET seq = -(seq + 1) WHERE seq >= 6")
    await db.sql("UPDATE {p}records SET seq = -seq WHERE seq < 0")
    body = '{"request_id":"forged","seq":6,"status":200,"ts":1700000000.0055,"writer":"%s"}'
    await db.sql(
        "INSERT INTO {p}records (writer, seq, ts, request_id, body, mac) VALUES "
        f"('{writer}', 6, 1700000000.0055, 'forged', '{body % writer}', '{'ab' * 32}')"
    )
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 6
    assert "MAC does not match" in broken.problem


async def test_a_forged_row_appended(db: Db, tmp_path: Path) -> None:
    writer = await written(db, tmp_path)
    await db.sql(
        "INSERT INTO {p}records (writer, seq, ts, request_id, body, mac) VALUES "
        f"('{writer}', 11, 1700000001.0, 'x', '{{}}', '{'00' * 32}')"
    )
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 11


async def test_a_row_copied_from_another_chain(db: Db, tmp_path: Path) -> None:
    """A genuine record of another writer, with its genuine MAC, moved into this chain."""
    first = await written(db, tmp_path)
    second = await written(db, tmp_path)
    await db.sql(f"DELETE FROM {{p}}records WHERE writer = '{first}' AND seq = 4")
    await db.sql(
        "INSERT INTO {p}records (writer, seq, ts, request_id, body, mac) SELECT "
        f"'{first}', seq, ts, request_id, body, mac FROM {{p}}records "
        f"WHERE writer = '{second}' AND seq = 4"
    )
    report = await db.verify()
    (broken,) = report.breaks
    assert (broken.writer, broken.seq) == (first, 4)
    assert [c.broken is None for c in report.chains] == [False, True]


async def test_a_cut_tail(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}records WHERE seq > 7")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 8
    assert "checkpoint 3 vouches for seq 10 (the tail was cut)" in broken.problem


async def test_a_cut_tail_past_the_last_surviving_checkpoint(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}records WHERE seq > 6")
    await db.sql("DELETE FROM {p}checkpoints WHERE n = 3")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 7
    assert "checkpoint 2 vouches for seq 8" in broken.problem


async def test_a_cut_tail_with_its_final_checkpoint_needs_strict(db: Db, tmp_path: Path) -> None:
    """Cut exactly back to a checkpoint, and delete the ones after it: what is left looks
    like a chain whose writer is still running. Only --strict (every chain must be
    closed) can call that broken."""
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}records WHERE seq > 8")
    await db.sql("DELETE FROM {p}checkpoints WHERE n = 3")
    report = await db.verify()
    assert report.intact
    assert not report.chains[0].closed
    (broken,) = (await db.verify(strict=True)).breaks
    assert broken.seq == 9
    assert "open chain: no final checkpoint" in broken.problem


async def test_a_deleted_checkpoint(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}checkpoints WHERE n = 2")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 5  # the first record after checkpoint 1, which still stands
    assert broken.problem == "checkpoint 2 missing (deleted)"


async def test_a_deleted_last_checkpoint_is_seen_by_the_records_after_it(
    db: Db, tmp_path: Path
) -> None:
    """An open chain (no final checkpoint yet): the records written after checkpoint 2
    count it, so deleting it shows."""
    writer = db.writer(tmp_path / "spool", batch_size=4, checkpoint_records=4)
    await writer.start()
    for i in range(1, 11):
        writer.submit(record(i))
    await writer.flush()  # what a running writer does every flush_ms
    await db.sql("DELETE FROM {p}checkpoints WHERE n = 2")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 9
    assert "checkpoint 2 missing (deleted): this record was written after it" in broken.problem
    await writer.aclose()


async def test_an_edited_checkpoint(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("UPDATE {p}checkpoints SET seq = 6 WHERE n = 2")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 6
    assert "checkpoint 2: signature does not match" in broken.problem


async def test_the_wrong_key(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await written(db, tmp_path)
    report = await db.verify(b"w" * 32)
    assert [b.seq for b in report.breaks] == [1, 1]
    assert report.hint() is not None
    assert "key" in report.hint()  # type: ignore[operator]
    assert (await db.verify(KEY)).hint() is None


async def test_an_open_chain_is_intact_but_says_what_no_checkpoint_vouches_for(
    db: Db, tmp_path: Path
) -> None:
    writer = db.writer(tmp_path / "spool", batch_size=100, checkpoint_records=4)
    await writer.start()
    for i in range(1, 7):
        writer.submit(record(i))
    await writer.flush()  # one batch of 6 and a checkpoint at seq 6
    for i in range(7, 9):
        writer.submit(record(i))
    await writer.flush()  # 2 more: no checkpoint due yet
    report = await db.verify()
    assert report.intact
    assert (report.chains[0].records, report.chains[0].unvouched) == (8, 2)
    assert not (await db.verify(strict=True)).intact
    await writer.aclose()
    assert (await db.verify(strict=True)).intact


async def test_only_the_first_broken_link_of_each_chain_is_named(db: Db, tmp_path: Path) -> None:
    await written(db, tmp_path)
    await db.sql("DELETE FROM {p}records WHERE seq = 7")
    await db.sql("DELETE FROM {p}records WHERE seq = 3")
    (broken,) = (await db.verify()).breaks
    assert broken.seq == 3


@pytest.mark.parametrize("n", [1, 4, 5])
async def test_short_chains(db: Db, tmp_path: Path, n: int) -> None:
    await written(db, tmp_path, n)
    report = await db.verify(strict=True)
    assert report.intact
    assert report.records == n
