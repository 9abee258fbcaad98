"""Per-request state carried through the gateway pipeline."""

from __future__ import annotations

import time
from typing import Any

from aire.tokenizer import count_tokens

__all__ = ["RequestContext"]


class RequestContext:
    __slots__ = (
        "_needed_tokens",
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
        self._needed_tokens: int | None = None

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return bytes(value)
        return None

    def needed_tokens(self) -> int:
        """Estimated context the request needs: prompt tokens + requested output tokens."""
        if self._needed_tokens is None:
            body = self.body
            prompt = 0
            for message in body.get("messages") or ():
                content = message.get("content") if isinstance(message, dict) else None
                if isinstance(content, str):
                    prompt += count_tokens(content)
                elif isinstance(content, list):
                    prompt += sum(
                        count_tokens(str(p.get("text", ""))) for p in content if isinstance(p, dict)
                    )
                prompt += 4  # per-message template overhead
            raw_prompt = body.get("prompt")
            if isinstance(raw_prompt, str):
                prompt += count_tokens(raw_prompt)
            output = body.get("max_completion_tokens") or body.get("max_tokens") or 0
            self._needed_tokens = prompt + 3 + (output if isinstance(output, int) else 0)
        return self._needed_tokens
