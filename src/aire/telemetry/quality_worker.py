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

Jobs go in batches through a ``multiprocessing`` queue (pickled by the queue's feeder
thread, not on the event loop); each batch comes back as one list of features, read by a
receiver thread (``aire-quality``) that hands them to their observer: Prometheus counters
and feature sinks run on that thread, never on the event loop. If the process dies, the
jobs it held are counted as dropped and a new one is started (at most ``_MAX_RESTARTS``
times in a row within a minute; then measurement stops, logged).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aire.telemetry.features import AnswerFeatures
    from aire.telemetry.quality_measure import Job

__all__ = ["QualityWorker", "shared_worker"]

log = logging.getLogger("aire.telemetry.quality")

DEFAULT_NICE = 19
_MAX_RESTARTS = 5
_POLL_S = 0.5

# (observer key, features; None where a job could not be measured)
_Results = tuple[int, list["AnswerFeatures | None"]]
Deliver = Callable[[list["AnswerFeatures | None"]], None]


def _child_main(jobs: Any, results: Any, nice: int, parent: int) -> None:
    """The worker process: measure batches until told to stop or the parent is gone."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(nice)
    if nice >= DEFAULT_NICE:  # Linux: run only on CPU time nobody else wants
        with contextlib.suppress(OSError, AttributeError):
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    from aire.telemetry.language import LanguageIdentifier
    from aire.telemetry.quality_measure import measure

    language = LanguageIdentifier()
    language.available  # noqa: B018 (load the model now, not on the first answer)
    while True:
        try:
            item = jobs.get(timeout=_POLL_S * 4)
        except queue.Empty:
            if os.getppid() != parent:
                return  # the gateway died without telling us
            continue
        if item is None:
            return
        key, batch = item
        out: list[AnswerFeatures | None] = []
        for job in batch:
            try:
                out.append(measure(job, language))
            except Exception:
                log.exception("quality measurement failed")
                out.append(None)
        results.put((key, out))


class QualityWorker:
    """A measuring process and the thread that reads its results. ``submit`` is called on
    the event loop and never blocks; ``deliver`` callbacks run on the receiver thread."""

    def __init__(self, nice: int = DEFAULT_NICE) -> None:
        self.nice = nice
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._targets: dict[int, Deliver] = {}
        self._outstanding: dict[int, int] = {}
        self._lost: dict[int, Callable[[int], None]] = {}
        self._next_key = 1
        self._proc: Any = None
        self._jobs: Any = None
        self._results: Any = None
        self._receiver: threading.Thread | None = None
        self._closing = False
        self._restarts: list[float] = []
        self.broken = False  # the process kept dying: nothing is measured any more
        self.pid = os.getpid()

    # -- observers ------------------------------------------------------------------------

    def register(self, deliver: Deliver, lost: Callable[[int], None]) -> int:
        with self._lock:
            key = self._next_key
            self._next_key += 1
            self._targets[key] = deliver
            self._lost[key] = lost
            self._outstanding[key] = 0
            self._ensure_started()
        return key

    def unregister(self, key: int) -> None:
        with self._lock:
            self._targets.pop(key, None)
            self._lost.pop(key, None)
            self._outstanding.pop(key, None)

    def outstanding(self, key: int) -> int:
        return self._outstanding.get(key, 0)

    def submit(self, key: int, batch: list[Job]) -> bool:
        """Queue a batch (event loop; a non-blocking put). False when it cannot be measured."""
        with self._lock:
            if self.broken or self._jobs is None or key not in self._targets:
                return False
            self._outstanding[key] += len(batch)
            self._jobs.put((key, batch))
        return True

    # -- the process ----------------------------------------------------------------------

    def _ensure_started(self) -> None:  # under self._lock
        if self._proc is not None or self.broken or self._closing:
            return
        self._jobs = self._ctx.Queue()
        self._results = self._ctx.Queue()
        self._proc = self._ctx.Process(
            target=_child_main,
            args=(self._jobs, self._results, self.nice, os.getpid()),
            name="aire-quality-worker",
            daemon=True,
        )
        self._proc.start()
        if self._receiver is None:
            self._receiver = threading.Thread(
                target=self._receive, name="aire-quality", daemon=True
            )
            self._receiver.start()

    def _receive(self) -> None:
        while True:
            results = self._results
            try:
                key, features = results.get(timeout=_POLL_S)
            except queue.Empty:
                if self._closing:
                    return
                self._check_alive()
                continue
            except (EOFError, OSError, ValueError):  # the queue was closed under us
                if self._closing:
                    return
                self._check_alive()
                continue
            deliver = self._targets.get(key)
            if deliver is not None:
                try:
                    deliver(features)
                except Exception:
                    log.exception("delivering quality features failed")
            with self._lock:  # after delivery: a flush returns once the sinks saw them
                if key in self._outstanding:
                    self._outstanding[key] -= len(features)

    def _check_alive(self) -> None:
        proc = self._proc
        if proc is None or proc.is_alive() or self._closing:
            return
        with self._lock:
            log.error("the quality worker process died (exit code %s)", proc.exitcode)
            lost = {k: n for k, n in self._outstanding.items() if n}
            for key in self._outstanding:
                self._outstanding[key] = 0
            callbacks = [(self._lost[k], n) for k, n in lost.items() if k in self._lost]
            for q in (self._jobs, self._results):
                with contextlib.suppress(Exception):
                    q.cancel_join_thread()
                    q.close()
            self._proc = None
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
        proc, jobs = self._proc, self._jobs
        if proc is None:
            return
        with contextlib.suppress(Exception):
            jobs.put(None)
        proc.join(timeout_s)
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout_s)
        for q in (self._jobs, self._results):
            with contextlib.suppress(Exception):
                q.cancel_join_thread()  # never wait on a pipe nobody reads any more
                q.close()
        if self._receiver is not None:
            self._receiver.join(timeout_s)


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
