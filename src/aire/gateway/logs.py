"""JSON logs: one line per event, written by a background thread, never on the event loop."""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import queue
import sys
import time
from typing import Any

import orjson

__all__ = ["JsonFormatter", "setup_logging"]

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
