"""An append-only local file where sealed records wait while the database is down.

One file per writer (``<spool_dir>/<writer>.spool``), one JSON line per record or
checkpoint, in chain order; each batch is written with one ``write`` and fsync'd before
the writer moves on, so a batch that was spooled survives a crash. When the database is
back, the file is replayed from the start in order (the store ignores rows it already
has) and then emptied.

The owner holds an exclusive ``flock`` on its file while it lives. A file nobody holds
belongs to a writer that died before it could replay: the next writer to start takes the
lock and replays it. A torn last line (a crash in the middle of a write) was never
acknowledged and is skipped.

These methods block (disk I/O, fsync): the writer runs them on a thread.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path

import orjson

from aire.audit.chain import Checkpoint, SealedRecord

__all__ = ["Spool", "spool_name"]

log = logging.getLogger("aire.audit")

SUFFIX = ".spool"


def spool_name(writer: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", writer) + SUFFIX


class Spool:
    """One spool file, opened (and locked) on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def for_writer(cls, spool_dir: Path, writer: str) -> Spool:
        return cls(spool_dir / spool_name(writer))

    @classmethod
    def orphans(cls, spool_dir: Path, own: Path) -> list[Spool]:
        """Spool files of writers that are gone (nobody holds their lock), each locked."""
        if not spool_dir.is_dir():
            return []
        found = []
        for path in sorted(spool_dir.glob("*" + SUFFIX)):
            if path == own:
                continue
            spool = cls(path)
            if spool.try_lock():
                found.append(spool)
        return found

    def try_lock(self) -> bool:
        """Open and lock an existing file; False if another process holds it (or it is gone)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Created under another name, locked, then renamed: another process looking
            # for orphans must never find this file unlocked and take it over.
            tmp = self.path.with_name(self.path.name + ".new")
            fd = os.open(tmp, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.rename(tmp, self.path)
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)  # the file's name survives a crash too
            finally:
                os.close(dir_fd)
            self._fd = fd
        return self._fd

    def append(self, records: Sequence[SealedRecord], checkpoints: Sequence[Checkpoint]) -> None:
        lines = [orjson.dumps({"r": [r.writer, r.seq, r.ts, r.request_id, r.body, r.mac]})
                 for r in records]  # fmt: skip
        lines += [orjson.dumps({"c": [c.writer, c.n, c.seq, c.mac, c.ts, c.final, c.sig]})
                  for c in checkpoints]  # fmt: skip
        if not lines:
            return
        fd = self._open()
        data = b"\n".join(lines) + b"\n"
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def read(self, offset: int, limit: int) -> tuple[list[SealedRecord], list[Checkpoint], int]:
        """Up to ``limit`` entries from byte ``offset``, in file order, and the next offset.

        Records and checkpoints come back as two lists: a store writes both in one
        transaction, so their order within one chunk does not matter."""
        records: list[SealedRecord] = []
        checkpoints: list[Checkpoint] = []
        try:
            f = self.path.open("rb")
        except (FileNotFoundError, NotADirectoryError):  # nothing was ever spooled here
            return records, checkpoints, offset
        with f:
            f.seek(offset)
            while len(records) + len(checkpoints) < limit:
                line = f.readline()
                if not line.endswith(b"\n"):
                    if line:
                        log.warning("audit spool %s: torn last line skipped", self.path)
                    break
                offset += len(line)
                try:
                    entry = orjson.loads(line)
                    if "r" in entry:
                        records.append(SealedRecord(*entry["r"]))
                    else:
                        checkpoints.append(Checkpoint(*entry["c"]))
                except (orjson.JSONDecodeError, TypeError, KeyError) as exc:
                    log.error("audit spool %s: unreadable line at byte %d skipped: %s",
                              self.path, offset - len(line), exc)  # fmt: skip
        return records, checkpoints, offset

    def clear(self) -> None:
        """Empty the file (everything in it is in the database now)."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.fsync(self._fd)

    def remove(self) -> None:
        """Delete the file (an orphan that has been replayed) and let go of it."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.close()

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing releases the lock
