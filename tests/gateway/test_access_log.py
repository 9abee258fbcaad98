"""The access log: one JSON line per request, batched, with an ISO 8601 UTC timestamp as
the other log lines have (log pipelines parse one format)."""

from __future__ import annotations

import os
import re

import orjson

from aire.gateway.logs import AccessLog


def test_lines_are_json_with_an_iso_utc_timestamp() -> None:
    read, write = os.pipe()
    try:
        log = AccessLog(fd=write)
        log.emit({"status": 200, "alias": "chat"})
        log.emit({"status": 502, "alias": "chat"})
        log.flush()
        lines = os.read(read, 65536).decode().splitlines()
    finally:
        os.close(read)
        os.close(write)
    records = [orjson.loads(line) for line in lines]
    assert [r["status"] for r in records] == [200, 502]
    for r in records:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", r["ts"]), r["ts"]
