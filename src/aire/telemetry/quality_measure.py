"""Measuring one answer: the pure function the quality worker process runs.

``measure(job, language)`` turns what the gateway kept of a settled request (``Job``: the
answer's bytes, whole or streamed, the prompt's last user turn, ``response_format``) into
``AnswerFeatures``: refusal (``aire.guard``'s refusal detector), empty answer, truncation,
JSON/schema validity, answer and prompt language, guard findings and blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from aire.guard.detect.refusal import refusal_score
from aire.telemetry.answer_text import AnswerText, from_body, from_stream
from aire.telemetry.features import AnswerFeatures
from aire.telemetry.language import LanguageIdentifier

__all__ = ["REFUSAL_THRESHOLD", "Job", "measure"]

REFUSAL_THRESHOLD = 0.5
_TEXT_CAP = 4096  # the text kept in AnswerFeatures.text
_BLOCKED = ("guard_blocked", "tool_call_blocked")


@dataclass(slots=True)
class Job:
    """What the gateway kept of one settled request (pickled to the worker process)."""

    alias: str
    deployment: str | None
    status: int
    error_code: str | None
    stream: bool
    latency_s: float
    ttft_s: float | None
    prompt_tokens: int
    completion_tokens: int
    blocks: list[bytes]
    prompt: str
    response_format: Any
    guard_findings: int


def measure(job: Job, language: LanguageIdentifier) -> AnswerFeatures:
    """One job's features (pure; runs in the quality worker process)."""
    answer = (
        from_stream(job.blocks)
        if job.stream
        else (from_body(job.blocks[0]) if job.blocks else AnswerText())
    )
    ok = 200 <= job.status < 300
    text = answer.text
    score = refusal_score(text) if ok and text else None
    requested, valid = _schema(job.response_format, text, ok)
    answer_language = language.identify(text) if ok else None
    return AnswerFeatures(
        alias=job.alias,
        deployment=job.deployment,
        status=job.status,
        error_code=job.error_code,
        stream=job.stream,
        latency_s=job.latency_s,
        ttft_s=job.ttft_s,
        prompt_tokens=answer.prompt_tokens or job.prompt_tokens,
        completion_tokens=answer.completion_tokens or job.completion_tokens,
        answer_chars=len(text),
        finish_reason=answer.finish_reason,
        empty=ok and not text.strip() and not answer.tool_call,
        refusal_score=score,
        refused=score is not None and score >= REFUSAL_THRESHOLD,
        language=answer_language,
        # the prompt's language only matters next to the answer's (and prompts repeat)
        prompt_language=language.identify_cached(job.prompt[:400]) if answer_language else None,
        schema_requested=requested,
        schema_valid=valid,
        guard_findings=job.guard_findings,
        guard_blocked=job.error_code in _BLOCKED,
        text=text[:_TEXT_CAP],
    )


def _schema(response_format: Any, text: str, ok: bool) -> tuple[bool, bool | None]:
    if not isinstance(response_format, dict):
        return False, None
    kind = response_format.get("type")
    if kind not in ("json_object", "json_schema"):
        return False, None
    if not ok:
        return True, None
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return True, False
    if kind == "json_object":
        return True, isinstance(doc, dict)
    schema = (response_format.get("json_schema") or {}).get("schema")
    if not isinstance(schema, dict):
        return True, True
    import jsonschema

    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError:
        return True, False
    except jsonschema.SchemaError:
        return True, None
    return True, True
