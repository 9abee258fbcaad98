"""Per-request state carried through the gateway pipeline."""

from __future__ import annotations

import time
from typing import Any

__all__ = ["RequestContext"]


class RequestContext:
    __slots__ = (
        "alias",
        "attempts",
        "body",
        "completion_tokens",
        "deployment",
        "endpoint",
        "error_code",
        "fallbacks",
        "headers",
        "include_usage",
        "prompt_tokens",
        "request_id",
        "retries",
        "status",
        "stream",
        "t0",
        "ttft_s",
        "upstream_s",
    )

    def __init__(self, request_id: str, headers: list[tuple[bytes, bytes]], endpoint: str) -> None:
        self.request_id = request_id
        self.headers = headers
        self.endpoint = endpoint
        self.t0 = time.perf_counter()
        self.body: dict[str, Any] = {}
        self.alias = ""
        self.stream = False
        self.include_usage = False
        self.deployment = ""
        self.attempts = 0
        self.retries = 0
        self.fallbacks = 0
        self.status = 0
        self.error_code: str | None = None
        self.ttft_s: float | None = None
        self.upstream_s = 0.0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return bytes(value)
        return None
