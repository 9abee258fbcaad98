"""What one request measured, and the error classes it can end in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ERROR_CLASSES", "RequestRecord"]

#: Every way a request can fail, in the order they are reported.
ERROR_CLASSES: tuple[str, ...] = (
    "connect",  # no TCP connection (refused, unresolvable, connect timeout)
    "disconnect",  # the connection closed or reset before the response started
    "timeout",  # no complete answer within timeout_s
    "http_4xx",
    "http_5xx",
    "drop",  # the response started but ended early (or carried an error event)
    "empty",  # 200 and well formed, but no output at all
    "malformed",  # a body or SSE chunk that is not valid JSON
)


@dataclass(slots=True)
class RequestRecord:
    """Times are ``time.perf_counter()`` seconds, taken when bytes arrived."""

    index: int
    start: float
    end: float = 0.0
    status: int = 0
    error: str | None = None
    error_detail: str | None = None
    first_token: float | None = None
    #: gaps between successive output chunks (the first gap follows the first token)
    itl_s: list[float] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    warmup: bool = False
    #: the W3C trace id sent in this request's ``traceparent`` (find its trace by it)
    trace_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def e2e_s(self) -> float:
        return self.end - self.start

    @property
    def ttft_s(self) -> float | None:
        return None if self.first_token is None else self.first_token - self.start

    @property
    def tpot_s(self) -> float | None:
        """Time per output token after the first (needs 2 tokens and a first-token time)."""
        if self.first_token is None or self.output_tokens < 2:
            return None
        return (self.end - self.first_token) / (self.output_tokens - 1)

    @property
    def mean_itl_s(self) -> float | None:
        return sum(self.itl_s) / len(self.itl_s) if self.itl_s else None

    def to_json(self, t0: float) -> dict[str, Any]:
        """One line of the per-request JSONL (times in ms; ``t_ms`` from the run start)."""

        def ms(v: float | None) -> float | None:
            return None if v is None else round(v * 1000.0, 3)

        return {
            "index": self.index,
            "t_ms": ms(self.start - t0),
            "status": self.status,
            "error": self.error,
            "error_detail": self.error_detail,
            "ttft_ms": ms(self.ttft_s),
            "tpot_ms": ms(self.tpot_s),
            "e2e_ms": ms(self.e2e_s),
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "itl_ms": [round(g * 1000.0, 3) for g in self.itl_s],
            "warmup": self.warmup,
            "trace_id": self.trace_id,
        }
