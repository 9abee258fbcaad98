"""The audit writer: records in, sealed batches out, off the request path.

``submit`` is all a request pays: it appends the record to a deque (a fraction of a
microsecond) and wakes the writer task when a batch is full. The task wakes every
``flush_ms`` (or on a full batch), seals what waits (canonical JSON + HMAC, in the order
submitted), adds a signed checkpoint when one is due, and writes the batch to the store
in one transaction. If the store fails, the batch and every later one go to the spool
file (fsync'd), and the store is retried every ``retry_s``; once it answers, the spool is
replayed in order, and only when it is empty do batches go straight to the store again.
Spool files left by writers that died are replayed too. ``aclose`` seals what is left,
writes the final checkpoint, and flushes it all (to the store, or the spool).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from aire.audit.chain import Chain, Checkpoint, SealedRecord, new_writer_id
from aire.audit.spool import Spool
from aire.audit.store import AuditStore, open_store
from aire.config.audit import AuditConfig

__all__ = ["AuditStats", "AuditWriter"]

log = logging.getLogger("aire.audit")

T = TypeVar("T")
Batch = tuple[list[SealedRecord], list[Checkpoint]]
#: records sealed between two yields to the loop (~0.2 ms): a big batch never holds it long
SEAL_SLICE = 64


@dataclass(slots=True)
class AuditStats:
    submitted: int = 0
    written: int = 0  # records stored directly
    spooled: int = 0  # records that went to the spool file
    replayed: int = 0  # records moved from a spool file to the store
    dropped: int = 0  # records lost: the memory cap was reached (the spool failed too)
    checkpoints: int = 0
    outages: int = 0


class AuditWriter:
    def __init__(
        self,
        store: AuditStore,
        key: bytes,
        *,
        spool_dir: Path,
        batch_size: int = 500,
        flush_ms: float = 200,
        checkpoint_records: int = 1000,
        checkpoint_s: float = 10.0,
        retry_s: float = 1.0,
        max_pending: int = 100_000,
        writer: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.writer = writer or new_writer_id()
        self.chain = Chain(key, self.writer)
        self.spool = Spool.for_writer(spool_dir, self.writer)
        self.spool_dir = spool_dir
        self.batch_size = batch_size
        self.flush_s = flush_ms / 1000
        self.checkpoint_records = checkpoint_records
        self.checkpoint_s = checkpoint_s
        self.retry_s = retry_s
        self.max_pending = max_pending
        self.clock = clock
        self.stats = AuditStats()
        self._pending: deque[dict[str, Any]] = deque()
        self._unsaved: deque[Batch] = deque()  # sealed, but neither stored nor spooled
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._io: ThreadPoolExecutor | None = None
        self._closing = False
        self._sealed_final = False
        self._spooling = False  # the store failed: batches go to the spool until replayed
        self._spool_offset = 0  # how far the spool has been replayed
        self._orphans: list[Spool] = []
        self._next_retry = 0.0
        self._next_checkpoint = 0.0
        self._dropping = False
        self._flush_waiters: list[asyncio.Future[None]] = []

    @classmethod
    def from_config(cls, config: AuditConfig) -> AuditWriter:
        return cls(
            open_store(config.dsn, config.table_prefix),
            config.hmac_key.get_secret_value().encode(),
            spool_dir=config.spool_dir,
            batch_size=config.batch_size,
            flush_ms=config.flush_ms,
            checkpoint_records=config.checkpoint_records,
            checkpoint_s=config.checkpoint_s,
            retry_s=config.retry_s,
            max_pending=config.max_pending,
        )

    # -- the request path ------------------------------------------------------------------

    def submit(self, record: dict[str, Any]) -> None:
        """Queue one record (its ``ts`` set). Never blocks, never raises for a full queue."""
        pending = self._pending
        if len(pending) >= self.max_pending or self._sealed_final:
            self._drop()
            return
        pending.append(record)
        self.stats.submitted += 1
        if self._task is None:
            self._start_soon()
        elif len(pending) >= self.batch_size:
            self._wake.set()

    def _drop(self) -> None:
        self.stats.dropped += 1
        if not self._dropping:
            self._dropping = True  # once per episode, not once per record
            why = "the writer is closed" if self._sealed_final else f"{self.max_pending} waiting"
            log.error("audit: records dropped (%s)", why)

    def _start_soon(self) -> None:
        with contextlib.suppress(RuntimeError):  # no running loop: start() will do it
            self._task = asyncio.get_running_loop().create_task(self._run(), name="aire-audit")

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the writer task (idempotent; ``submit`` also starts it on first use)."""
        if self._task is None:
            self._start_soon()

    async def aclose(self) -> None:
        """Write everything submitted so far, with a final checkpoint, then stop."""
        if self._closing:
            if self._task is not None:
                await asyncio.shield(self._task)
            return
        self._closing = True
        if self._task is None and self._pending:
            self._start_soon()
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.shield(self._task)
            except Exception:  # shutdown goes on: the store and the threads must close
                log.exception("audit writer failed while closing")
        self._sealed_final = True  # even with no task: nothing may be queued after close
        if self._unsaved:
            lost = sum(len(r) for r, _ in self._unsaved)
            self.stats.dropped += lost
            log.error("audit: %d record(s) lost at exit: neither the store nor the spool "
                      "could be written", lost)  # fmt: skip
        await self.store.aclose()
        if self._io is not None:
            await self._io_call(self.spool.close)
            self._io.shutdown(wait=False)

    async def flush(self) -> None:
        """Wait until every record submitted so far is stored (or spooled)."""
        if self._task is None:
            self._start_soon()
        if self._task is None or self._task.done():
            return
        waiter = asyncio.get_running_loop().create_future()
        self._flush_waiters.append(waiter)
        self._wake.set()
        await waiter

    async def _io_call(self, fn: Callable[[], T]) -> T:
        if self._io is None:
            self._io = ThreadPoolExecutor(1, thread_name_prefix="aire-audit-spool")
        return await asyncio.get_running_loop().run_in_executor(self._io, fn)

    # -- the writer task -------------------------------------------------------------------

    async def _run(self) -> None:
        try:
            await self._loop()
        finally:
            for waiter in self._flush_waiters:
                if not waiter.done():
                    waiter.set_result(None)

    async def _loop(self) -> None:
        self._next_checkpoint = self.clock() + self.checkpoint_s
        try:
            await self.store.open()
        except Exception as exc:
            self._outage(exc)
        try:
            self._orphans = await self._io_call(
                lambda: Spool.orphans(self.spool_dir, self.spool.path)
            )
        except OSError as exc:
            log.error("audit: cannot look for spools to replay in %s: %s", self.spool_dir, exc)
        closing_passes = 0
        while True:
            if not self._closing:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.flush_s):
                        await self._wake.wait()
            self._wake.clear()
            waiters, self._flush_waiters = self._flush_waiters, []
            try:
                await self._flush(final=self._closing)
                if self._spooling or self._orphans:
                    await self._retry()
            except Exception:  # a bug here must not end the task: records keep coming
                log.exception("audit writer failed; retrying")
                if not self._closing:
                    await asyncio.sleep(self.retry_s)
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)
            if self._closing:
                closing_passes += 1
                # done once the final checkpoint is out; a few more tries if a batch could
                # be neither stored nor spooled (aclose counts what is left as lost)
                if (self._sealed_final and not self._unsaved) or closing_passes >= 3:
                    return

    async def _flush(self, *, final: bool = False) -> None:
        """Seal and persist everything pending, with a checkpoint when one is due (and
        the final one when ``final`` and nothing is left)."""
        while self._unsaved:  # batches that could be neither stored nor spooled, in order
            if not await self._persist(*self._unsaved[0]):
                return
            self._unsaved.popleft()
        while True:
            records = await self._seal(self.batch_size)
            now = self.clock()
            last = not self._pending
            checkpoints = []
            if final and last and not self._sealed_final:
                self._sealed_final = True  # from here on, submit() drops: nothing may follow
                if self.chain.seq > 0:
                    checkpoints.append(self.chain.checkpoint(now, final=True))
            elif self._checkpoint_due(now):
                checkpoints.append(self.chain.checkpoint(now))
                self._next_checkpoint = now + self.checkpoint_s
            self.stats.checkpoints += len(checkpoints)
            if (records or checkpoints) and not await self._persist(records, checkpoints):
                self._unsaved.append((records, checkpoints))
                return
            if last:
                return

    def _checkpoint_due(self, now: float) -> bool:
        since = self.chain.since_checkpoint
        return since > 0 and (since >= self.checkpoint_records or now >= self._next_checkpoint)

    async def _seal(self, limit: int) -> list[SealedRecord]:
        pending, seal = self._pending, self.chain.seal
        out: list[SealedRecord] = []
        while pending and len(out) < limit:
            for _ in range(min(SEAL_SLICE, limit - len(out), len(pending))):
                out.append(seal(pending.popleft()))
            if pending and len(out) < limit:
                await asyncio.sleep(0)
        self._dropping = False
        return out

    async def _persist(self, records: list[SealedRecord], checkpoints: list[Checkpoint]) -> bool:
        """Store the batch, or spool it; False if neither worked (it stays in memory)."""
        if not records and not checkpoints:
            return True
        if not self._spooling:
            try:
                await self.store.append(records, checkpoints)
            except Exception as exc:
                self._outage(exc)
            else:
                self.stats.written += len(records)
                return True
        try:
            await self._io_call(lambda: self.spool.append(records, checkpoints))
        except OSError as exc:
            log.error("audit: cannot write the spool %s either: %s", self.spool.path, exc)
            return False
        self.stats.spooled += len(records)
        return True

    def _outage(self, exc: BaseException) -> None:
        if not self._spooling:
            self._spooling = True
            self.stats.outages += 1
            self._next_retry = self.clock() + self.retry_s
            log.error("audit store %s unavailable (%s: %s); spooling to %s",
                      self.store.where, type(exc).__name__, exc, self.spool.path)  # fmt: skip

    # -- replay ----------------------------------------------------------------------------

    async def _retry(self) -> None:
        """When due: reconnect, replay our spool (then orphans'); back to direct writes."""
        now = self.clock()
        if now < self._next_retry and not self._closing:
            return
        self._next_retry = now + self.retry_s
        try:
            if self._spooling:
                await self.store.open()
                await self._replay(self.spool, own=True)
                self._spooling = False
                log.warning("audit store %s is back; the spool is replayed", self.store.where)
            while self._orphans:
                await self._replay(self._orphans[0], own=False)
                self._orphans.pop(0)
        except Exception as exc:
            if not self._spooling:
                self._outage(exc)

    async def _replay(self, spool: Spool, *, own: bool) -> None:
        offset = self._spool_offset if own else 0
        while True:
            read = functools.partial(spool.read, offset, self.batch_size)
            records, checkpoints, offset = await self._io_call(read)
            if not records and not checkpoints:
                break
            await self.store.append(records, checkpoints)
            self.stats.replayed += len(records)
            if own:
                self._spool_offset = offset
            if len(self._pending) >= self.batch_size:
                await self._flush()  # still spooling: new records join the end of the file
        if own:
            await self._io_call(spool.clear)
            self._spool_offset = 0
        else:
            await self._io_call(spool.remove)
            log.warning("audit: replayed the spool %s of a writer that is gone", spool.path)
