"""Verification of stored chains: the first broken link of each writer, if any.

Per writer, the records are read in seq order and the chain is recomputed with the key:
a missing seq is a deletion, a MAC that does not match is an edit, a forged or inserted
record or a reordering (a record's MAC depends on all before it), and a column that no
longer matches the signed body is an edit of that column. The checkpoints are checked
against the chain: a checkpoint that vouches for a seq past the last record means the
tail was cut; a gap in their numbers, or a record that counts a checkpoint that is not
there, means one was deleted. See ``aire.audit.chain`` for what cannot be detected (the
open tail of a chain without a final checkpoint; ``strict`` reports such a chain).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from aire.audit.chain import Checkpoint, SealedRecord, checkpoint_sig, genesis, record_signer
from aire.audit.store import AuditStore
from aire.errors import UsageError

__all__ = ["Break", "ChainCheck", "ChainReport", "Report", "verify_store"]

PAGE = 2000
_EDITED = "MAC does not match: the record was edited, forged or moved (or the key is wrong)"


@dataclass(frozen=True, slots=True)
class Break:
    """The first broken link of one writer's chain."""

    writer: str
    seq: int
    problem: str

    def show(self) -> str:
        return f"writer {self.writer} seq {self.seq}: {self.problem}"


@dataclass(slots=True)
class ChainReport:
    writer: str
    records: int = 0
    checkpoints: int = 0
    last_seq: int = 0
    closed: bool = False
    #: records after the last checkpoint (no signed head vouches for them yet)
    unvouched: int = 0
    first_ts: float | None = None
    last_ts: float | None = None
    broken: Break | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "writer": self.writer,
            "records": self.records,
            "checkpoints": self.checkpoints,
            "last_seq": self.last_seq,
            "closed": self.closed,
            "unvouched": self.unvouched,
            "first_ts": self.first_ts,
            "last_ts": self.last_ts,
            "broken": None if self.broken is None else
            {"seq": self.broken.seq, "problem": self.broken.problem},
        }  # fmt: skip


@dataclass(slots=True)
class Report:
    chains: list[ChainReport] = field(default_factory=list)

    @property
    def breaks(self) -> list[Break]:
        """One per broken chain, the earliest chain (by its first record) first."""
        return [c.broken for c in self.chains if c.broken is not None]

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def records(self) -> int:
        return sum(c.records for c in self.chains)

    def hint(self) -> str | None:
        """A likely cause when every chain breaks at its first record."""
        broken = self.breaks
        if (
            broken
            and len(broken) == len(self.chains)
            and all(b.seq == 1 and b.problem == _EDITED for b in broken)
        ):
            return "every chain fails at its first record: is this the key it was written with?"
        return None

    def to_dict(self) -> dict[str, Any]:
        first = self.breaks[0] if self.breaks else None
        return {
            "intact": self.intact,
            "writers": len(self.chains),
            "records": self.records,
            "first_break": None if first is None else
            {"writer": first.writer, "seq": first.seq, "problem": first.problem},
            "hint": self.hint(),
            "chains": [c.to_dict() for c in self.chains],
        }  # fmt: skip


class ChainCheck:
    """Checks one writer's chain: give it the checkpoints, then ``feed`` records by seq."""

    def __init__(self, key: bytes, writer: str, checkpoints: Sequence[Checkpoint]) -> None:
        self.key = key
        self._sign = record_signer(key)
        self.report = ChainReport(writer, checkpoints=len(checkpoints))
        self._problems: list[Break] = []
        self._prev = genesis(key, writer)
        self._expected = 1
        self._counted = 0  # the highest checkpoint number a record has counted so far
        self._stopped = False
        #: valid checkpoints by number, and the ones that vouch for each seq
        self._valid: dict[int, Checkpoint] = {}
        self._at_seq: dict[int, list[Checkpoint]] = {}
        self._check_checkpoints(checkpoints)

    def _fail(self, seq: int, problem: str) -> None:
        self._problems.append(Break(self.report.writer, seq, problem))

    def _check_checkpoints(self, checkpoints: Sequence[Checkpoint]) -> None:
        previous_seq = 0
        for position, cp in enumerate(checkpoints, 1):
            sig = checkpoint_sig(self.key, cp.writer, cp.n, cp.seq, cp.mac, cp.ts, cp.final)
            if not hmac.compare_digest(sig, cp.sig):
                self._fail(max(cp.seq, 1), f"checkpoint {cp.n}: signature does not match "
                           "(edited or forged, or the key is wrong)")  # fmt: skip
                continue
            if cp.n > position:
                missing = cp.n - 1 if cp.n - 1 == position else f"{position}..{cp.n - 1}"
                self._fail(previous_seq + 1, f"checkpoint {missing} missing (deleted)")
            if cp.final and position != len(checkpoints):
                self._fail(cp.seq + 1, f"checkpoint {cp.n} is final but more follow (forged)")
            self._valid[cp.n] = cp
            self._at_seq.setdefault(cp.seq, []).append(cp)
            previous_seq = cp.seq
        if 0 in self._at_seq:  # a head before the first record: the genesis MAC
            for cp in self._at_seq.pop(0):
                if cp.mac != self._prev.hex():
                    self._fail(1, f"checkpoint {cp.n} vouches for another chain start")

    def feed(self, rows: Sequence[SealedRecord]) -> bool:
        """Check the next rows (by seq); False once the chain is broken (stop reading)."""
        report = self.report
        for row in rows:
            seq = row.seq
            if seq != self._expected:
                gap = f"{self._expected}" if seq == self._expected + 1 else \
                    f"{self._expected}..{seq - 1}"  # fmt: skip
                self._stop(self._expected, f"record {gap} missing (deleted)"
                           if seq > self._expected else f"seq {seq} out of order")  # fmt: skip
                return False
            mac = self._sign(self._prev, row.body.encode())
            if not hmac.compare_digest(mac.hex(), row.mac):
                self._stop(seq, _EDITED)
                return False
            problem = self._check_body(row)
            if problem is not None:
                self._stop(seq, problem)
                return False
            for cp in self._at_seq.get(seq, ()):
                if cp.mac != row.mac:
                    self._stop(seq, f"checkpoint {cp.n} vouches for another record here")
                    return False
            self._prev = mac
            self._expected += 1
            report.records += 1
            report.last_seq = seq
            if report.first_ts is None:
                report.first_ts = row.ts
            report.last_ts = row.ts
        return True

    def _check_body(self, row: SealedRecord) -> str | None:
        try:
            body = orjson.loads(row.body)
        except orjson.JSONDecodeError:
            return "the signed body is not JSON"
        if not isinstance(body, dict):
            return "the signed body is not a JSON object"
        if body.get("writer") != row.writer or body.get("seq") != row.seq:
            return f"the signed record is writer {body.get('writer')} seq {body.get('seq')}"
        if body.get("ts") != row.ts:
            return f"column ts was changed (the signed record says {body.get('ts')})"
        if body.get("request_id") != row.request_id:
            return "column request_id was changed"
        counted = body.get("cp")
        if not isinstance(counted, int) or counted < self._counted:
            return f"checkpoint count {counted} goes back (from {self._counted})"
        for n in range(self._counted + 1, counted + 1):
            if n not in self._valid:
                return f"checkpoint {n} missing (deleted): this record was written after it"
        self._counted = counted
        return None

    def _stop(self, seq: int, problem: str) -> None:
        self._fail(seq, problem)
        self._stopped = True

    def finish(self, *, strict: bool = False) -> ChainReport:
        report = self.report
        last = self._expected - 1
        if not self._stopped:
            beyond = [cp for cp in self._valid.values() if cp.seq > last]
            if beyond:
                cp = max(beyond, key=lambda c: c.seq)
                self._fail(last + 1, f"records {last + 1}..{cp.seq} missing: checkpoint {cp.n} "
                           f"vouches for seq {cp.seq} (the tail was cut)")  # fmt: skip
        heads = sorted(self._valid.values(), key=lambda c: c.n)
        head = heads[-1] if heads else None
        report.closed = head is not None and head.final and head.seq == last
        report.unvouched = max(0, last - (head.seq if head is not None else 0))
        if not self._stopped and not report.closed:
            if head is not None and head.final and last > head.seq:
                self._fail(head.seq + 1, "records after the final checkpoint (forged)")
            elif strict:
                where = f"seq {head.seq}" if head is not None else "none"
                self._fail(
                    (head.seq if head is not None else 0) + 1,
                    f"open chain: no final checkpoint (last checkpoint: {where}; "
                    f"{report.unvouched} record(s) after it): the writer runs or crashed, "
                    "or the tail was cut with its last checkpoint",
                )
        if self._problems:
            report.broken = min(self._problems, key=lambda b: b.seq)
        return report


async def verify_store(
    store: AuditStore, key: bytes, *, writer: str | None = None, strict: bool = False
) -> Report:
    """Check every writer's chain in ``store`` (or only ``writer``'s)."""
    writers = await store.writers()
    if writer is not None:
        if writer not in writers:
            raise UsageError(f"no records or checkpoints of writer {writer!r} in {store.where}")
        writers = [writer]
    report = Report()
    for name in writers:
        check = ChainCheck(key, name, await store.checkpoints(name))
        after = 0
        while True:
            rows = await store.records(name, after, PAGE)
            if not rows or not check.feed(rows):
                break
            after = rows[-1].seq
        report.chains.append(check.finish(strict=strict))
    return report
