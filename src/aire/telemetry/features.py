"""Answer features: the contract between what the gateway measures about each answer
(the quality SLIs) and what consumes it (Prometheus counters, the drift detectors, shadow
and canary comparison, the status page).

Features are computed once per settled request, off the event loop (the answer's text is
handed to a worker with a bounded queue), and published to every ``FeatureSink``. A sink
is called on that worker's thread, never on the event loop: it must be thread-safe and
cheap (update counters or a window; queue anything slow).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["AnswerFeatures", "FeatureSink"]


@dataclass(frozen=True, slots=True)
class AnswerFeatures:
    """What one answer looked like. Fields that could not be measured are None."""

    alias: str
    deployment: str | None  # the deployment that answered (None: none did)
    status: int  # the HTTP status the client got
    error_code: str | None  # aire's error code when it failed
    stream: bool
    latency_s: float  # arrival to settle
    ttft_s: float | None  # first streamed bytes (None for a whole answer)
    prompt_tokens: int
    completion_tokens: int
    answer_chars: int
    finish_reason: str | None  # stop | length | tool_calls | content_filter | ...
    empty: bool  # a successful answer with no text and no tool call
    refusal_score: float | None  # the refusal detector's score, 0..1
    refused: bool  # a refusal at the detector's default threshold
    language: str | None  # ISO 639-1 code of the answer; None when too short to tell
    prompt_language: str | None
    schema_requested: bool  # response_format json_schema / json_object, or tools
    schema_valid: bool | None  # the answer parsed and matched; None when not requested
    guard_findings: int
    guard_blocked: bool
    variant: str = "primary"  # "primary", "shadow" or "canary"
    text: str = ""  # the answer's text, capped (for text statistics and embeddings)


class FeatureSink(Protocol):
    def on_features(self, features: AnswerFeatures) -> None:
        """One answer's features (on the features worker's thread, not the event loop)."""
