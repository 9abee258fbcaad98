"""The quality worker: a process that turns answers into ``AnswerFeatures``.

Measuring an answer (the refusal detector's regular expressions, language identification,
a JSON parse and a schema check) is pure Python and regular expressions: 0.2-0.5 ms that
hold the GIL. In a thread of the gateway's process that time is taken from the event loop
however the thread is paced (while it holds the GIL the loop waits, up to the 5 ms switch
interval, every time it comes back from a system call): measured, a thread capped at 10%
of a core cost 35% of saturated throughput. In a process it costs the loop nothing but
the hand-off.

One worker process per gateway process, shared by every ``QualityObserver`` in it (a test
suite builds hundreds of gateways; a process each would cost a second of CPU apiece),
spawned on first use, niced (19) and, on Linux, under ``SCHED_IDLE``: it runs only on CPU
time no normal task wants, and a waking gateway preempts it at once (at nice 19 alone the
gateway's p99 grew by 1.5 ms when they shared a core). Under saturation the observers
drop, and count, what the worker cannot take; with spare CPU every answer is measured.

The process is ``python -c`` (not ``multiprocessing``, whose spawn re-imports the
application's main script: a script that embeds ``GatewayApp`` without an ``if __name__
== "__main__"`` guard would run again in the worker). Jobs go in batches over its stdin as
length-prefixed pickles, written by a sender thread (not on the event loop: ``submit`` is
a ``SimpleQueue.put``); each batch comes back on its stdout as one list of features, read
by a receiver thread (``aire-quality``) that hands them to their observer: Prometheus
counters and feature sinks run on that thread, never on the event loop. The worker exits
when its stdin closes (the gateway closed it, or died). If the process dies, the jobs it
held are counted as dropped and a new one is started (at most ``_MAX_RESTARTS`` times in a
row within a minute; then measurement stops, logged).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aire.telemetry.features import AnswerFeatures
    from aire.telemetry.quality_measure import Job

__all__ = ["QualityWorker", "shared_worker"]

log = logging.getLogger("aire.telemetry.quality")

DEFAULT_NICE = 19
_MAX_RESTARTS = 5
_FRAME = struct.Struct("<I")
_CHILD = "from aire.telemetry.quality_worker import child_main; child_main()"

Deliver = Callable[[list["AnswerFeatures | None"]], None]


def _read_frame(stream: IO[bytes]) -> bytes | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (size,) = _FRAME.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None


def _write_frame(stream: IO[bytes], obj: Any) -> None:
    body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(body)) + body)
    stream.flush()


def child_main() -> None:
    """The worker process: measure batches from stdin until it closes (``python -c``)."""
    nice = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_NICE
    with contextlib.suppress(OSError, AttributeError):
        os.nice(nice)
    if nice >= DEFAULT_NICE:  # Linux: run only on CPU time nobody else wants
        with contextlib.suppress(OSError, AttributeError):
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    # the protocol owns the original stdin/stdout; a stray print goes to stderr
    jobs = os.fdopen(os.dup(0), "rb")
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    from aire.malloc import tune

    tune()  # before the language model loads (~15 MB less kept after it)
    from aire.telemetry.language import LanguageIdentifier
    from aire.telemetry.quality_measure import measure

    language = LanguageIdentifier()
    language.available  # noqa: B018 (load the model now, not on the first answer)
    while True:
        frame = _read_frame(jobs)
        if frame is None:
            return  # the gateway closed our stdin, or died
        key, batch = pickle.loads(frame)
        out: list[AnswerFeatures | None] = []
        for job in batch:
            try:
                out.append(measure(job, language))
            except Exception:
                log.exception("quality measurement failed")
                out.append(None)
        try:
            _write_frame(results, (key, out))
        except (BrokenPipeError, OSError):
            return


class _Generation:
    """One worker process and its two threads."""

    def __init__(self, nice: int) -> None:
        self.outbox: queue.SimpleQueue[tuple[int, list[Job]] | None] = queue.SimpleQueue()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(nice)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )


class QualityWorker:
    """A measuring process and the thread that reads its results. ``submit`` is called on
    the event loop and never blocks; ``deliver`` callbacks run on the receiver thread."""

    def __init__(self, nice: int = DEFAULT_NICE) -> None:
        self.nice = nice
        self._lock = threading.Lock()
        self._targets: dict[int, Deliver] = {}
        self._outstanding: dict[int, int] = {}
        #: bytes of answers held per observer, and per batch in flight (oldest first)
        self._outstanding_bytes: dict[int, int] = {}
        self._batch_bytes: dict[int, deque[int]] = {}
        self._lost: dict[int, Callable[[int], None]] = {}
        self._next_key = 1
        self._gen: _Generation | None = None
        self._closing = False
        self._restarts: list[float] = []
        self.broken = False  # the process kept dying: nothing is measured any more
        self.pid = os.getpid()

    @property
    def _proc(self) -> subprocess.Popen[bytes] | None:
        return self._gen.proc if self._gen is not None else None

    # -- observers ------------------------------------------------------------------------

    def register(self, deliver: Deliver, lost: Callable[[int], None]) -> int:
        with self._lock:
            key = self._next_key
            self._next_key += 1
            self._targets[key] = deliver
            self._lost[key] = lost
            self._outstanding[key] = 0
            self._outstanding_bytes[key] = 0
            self._batch_bytes[key] = deque()
            self._ensure_started()
        return key

    def unregister(self, key: int) -> None:
        with self._lock:
            self._targets.pop(key, None)
            self._lost.pop(key, None)
            self._outstanding.pop(key, None)
            self._outstanding_bytes.pop(key, None)
            self._batch_bytes.pop(key, None)

    def outstanding(self, key: int) -> int:
        return self._outstanding.get(key, 0)

    def outstanding_bytes(self, key: int) -> int:
        """Bytes of the answers submitted by ``key`` and not measured yet (as given to
        ``submit``)."""
        return self._outstanding_bytes.get(key, 0)

    def submit(self, key: int, batch: list[Job], nbytes: int = 0) -> bool:
        """Queue a batch (event loop; a non-blocking put). False when it cannot be measured.
        ``nbytes``: what the batch holds, counted in ``outstanding_bytes`` until measured."""
        with self._lock:
            if self.broken or self._gen is None or key not in self._targets:
                return False
            self._outstanding[key] += len(batch)
            self._outstanding_bytes[key] += nbytes
            self._batch_bytes[key].append(nbytes)
            self._gen.outbox.put((key, batch))
        return True

    # -- the process ----------------------------------------------------------------------

    def _ensure_started(self) -> None:  # under self._lock
        if self._gen is not None or self.broken or self._closing:
            return
        gen = self._gen = _Generation(self.nice)
        threading.Thread(
            target=self._send, args=(gen,), name="aire-quality-send", daemon=True
        ).start()
        threading.Thread(
            target=self._receive, args=(gen,), name="aire-quality", daemon=True
        ).start()

    def _send(self, gen: _Generation) -> None:
        stdin = gen.proc.stdin
        assert stdin is not None
        while True:
            item = gen.outbox.get()
            if item is None:
                break
            try:
                _write_frame(stdin, item)
            except (BrokenPipeError, OSError, ValueError):
                break  # the receiver sees the process end and counts what was lost
        with contextlib.suppress(OSError, ValueError):
            stdin.close()

    def _receive(self, gen: _Generation) -> None:
        stdout = gen.proc.stdout
        assert stdout is not None
        while True:
            try:
                frame = _read_frame(stdout)
            except (OSError, ValueError):
                frame = None
            if frame is None:
                break
            key, features = pickle.loads(frame)
            deliver = self._targets.get(key)
            if deliver is not None:
                try:
                    deliver(features)
                except Exception:
                    log.exception("delivering quality features failed")
            with self._lock:  # after delivery: a flush returns once the sinks saw them
                if key in self._outstanding:
                    self._outstanding[key] -= len(features)
                    sizes = self._batch_bytes[key]
                    if sizes:  # results come back one list per batch, in order
                        self._outstanding_bytes[key] -= sizes.popleft()
        gen.outbox.put(None)  # stop its sender
        with contextlib.suppress(OSError, ValueError):
            stdout.close()
        code = gen.proc.wait()
        if not self._closing:
            self._died(gen, code)

    def _died(self, gen: _Generation, code: int) -> None:
        with self._lock:
            if self._gen is not gen:
                return
            log.error("the quality worker process died (exit code %s)", code)
            lost = {k: n for k, n in self._outstanding.items() if n}
            for key in self._outstanding:
                self._outstanding[key] = 0
                self._outstanding_bytes[key] = 0
                self._batch_bytes[key].clear()
            callbacks = [(self._lost[k], n) for k, n in lost.items() if k in self._lost]
            self._gen = None
            now = time.monotonic()
            self._restarts = [t for t in self._restarts if now - t < 60] + [now]
            if len(self._restarts) > _MAX_RESTARTS:
                self.broken = True
                log.error("the quality worker keeps dying: quality SLIs are no longer measured")
            else:
                self._ensure_started()
        for callback, n in callbacks:
            callback(n)

    def close(self, timeout_s: float = 2.0) -> None:
        self._closing = True
        gen, self._gen = self._gen, None
        if gen is None:
            return
        gen.outbox.put(None)  # the sender closes stdin: the worker exits
        try:
            gen.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            gen.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                gen.proc.wait(timeout_s)


_shared: QualityWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> QualityWorker:
    """This process's quality worker (a forked child gets its own)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.pid != os.getpid():
            _shared = QualityWorker()
            atexit.register(_shared.close)
        return _shared
