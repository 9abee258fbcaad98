"""JSON logs, written by background threads, never on the event loop.

Rare events go through stdlib logging (a queue and a listener thread). The access log,
one line per request, is hotter: ``AccessLog`` serialises each line with orjson on the
loop and a thread writes them in batches, one ``os.write`` every ``flush_s``, so the
writer wakes ten times a second instead of once per request.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import queue
import sys
import threading
import time
from datetime import UTC, datetime
from typing import Any

import orjson

__all__ = ["AccessLog", "JsonFormatter", "setup_logging"]

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode()


_listener: logging.handlers.QueueListener | None = None


def setup_logging(level: str = "info") -> None:
    """Route the ``aire`` loggers through a queue to a JSON stderr handler (idempotent)."""
    global _listener
    root = logging.getLogger("aire")
    root.setLevel(level.upper())
    if _listener is not None:
        return
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    sink = logging.StreamHandler(sys.stderr)
    sink.setFormatter(JsonFormatter())
    _listener = logging.handlers.QueueListener(records, sink, respect_handler_level=False)
    _listener.start()
    root.addHandler(logging.handlers.QueueHandler(records))
    root.propagate = False
    atexit.register(_listener.stop)


class AccessLog:
    """Batched JSON lines to a file descriptor (stderr by default)."""

    def __init__(self, fd: int | None = None, flush_s: float = 0.1) -> None:
        self._fd = sys.stderr.fileno() if fd is None else fd
        self._flush_s = flush_s
        self._lines: list[bytes] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="aire-access-log", daemon=True)
            self._thread.start()
            atexit.register(self.close)

    def emit(self, record: dict[str, Any]) -> None:
        # ISO 8601 in UTC, as the other log lines (orjson formats it: ~0.3 us)
        record["ts"] = datetime.now(UTC)
        self._lines.append(orjson.dumps(record, option=orjson.OPT_UTC_Z))

    def _run(self) -> None:
        while not self._stop.wait(self._flush_s):
            self.flush()
        self.flush()

    def flush(self) -> None:
        lines, self._lines = self._lines, []  # a swap is atomic under the GIL
        if lines:
            data = b"\n".join(lines) + b"\n"
            try:
                while data:
                    data = data[os.write(self._fd, data) :]
            except OSError:
                pass  # a closed stderr must not take the gateway down

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None
