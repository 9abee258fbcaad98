"""The response cache: one SQLite file, keyed by the full request (URL, body, the
target's kind and model, the repeat index), so a rerun of an unchanged suite sends
nothing, and each repeat of a case is its own fresh call (``--repeat 5`` is five calls,
then five cache hits). Credentials are not part of the key and never stored.

Reads are single-row primary-key lookups (tens of microseconds); writes are buffered and
committed in one transaction when the run ends.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import orjson

from aire.errors import UsageError
from aire.evals.targets import CallResult

__all__ = ["ResponseCache", "request_key"]


def request_key(kind: str, url: str, body: Any, repeat: int) -> str:
    material = orjson.dumps(
        {"kind": kind, "url": url, "body": body, "repeat": repeat}, option=orjson.OPT_SORT_KEYS
    )
    return hashlib.sha256(material).hexdigest()


class ResponseCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
            )
        except (OSError, sqlite3.Error) as exc:
            raise UsageError(
                f"cannot open the response cache {path}: {exc} (see --cache-path, --no-cache)"
            ) from None
        self._pending: dict[str, bytes] = {}
        #: requests on their way: an identical one waits for that answer (counted a hit)
        self.inflight: dict[str, asyncio.Future[CallResult]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> CallResult | None:
        raw = self._pending.get(key)
        if raw is None:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
            raw = row[0] if row else None
        if raw is None:
            self.misses += 1
            return None
        self.hits += 1
        return CallResult.from_json(orjson.loads(raw))

    def put(self, key: str, result: CallResult) -> None:
        if result.error is None:  # a failed call is tried again next time
            self._pending[key] = orjson.dumps(result.to_json())

    def close(self) -> None:
        if self._pending:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO answers (key, value) VALUES (?, ?)",
                    list(self._pending.items()),
                )
            self._pending.clear()
        self._db.close()
