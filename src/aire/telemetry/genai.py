"""Span attributes of the OpenTelemetry GenAI semantic conventions and of OpenInference.

Pure mapping, no SDK import (as tensorzero keeps it): the tracing observer asks for the
attributes of a request, an attempt or a guard scan and sets them. GenAI: span name
``{operation} {model}``, ``gen_ai.operation.name``, ``gen_ai.system`` /
``gen_ai.provider.name``, ``gen_ai.request.*``, ``gen_ai.response.*``,
``gen_ai.usage.input_tokens`` / ``output_tokens``, ``server.address``/``port``,
``error.type``. OpenInference (read natively by Arize Phoenix):
``openinference.span.kind`` (``CHAIN`` for the gateway's request, ``LLM`` for an upstream
call, ``GUARDRAIL`` for a guard scan), ``llm.model_name``, ``llm.provider``,
``llm.invocation_parameters``, ``llm.token_count.*``, ``input.value``/``output.value``
(only with content capture).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import orjson

__all__ = [
    "OPERATIONS",
    "attempt_attributes",
    "deployment_attributes",
    "request_attributes",
    "usage_attributes",
]

OPERATIONS = {"chat": "chat", "completions": "text_completion", "embeddings": "embeddings"}
_PARAMS = ("max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop",
           "frequency_penalty", "presence_penalty", "n")  # fmt: skip
_CONTENT_CAP = 8192

Attributes = dict[str, Any]


def _request_params(body: dict[str, Any]) -> Attributes:
    out: Attributes = {}
    for key, name in (
        ("max_tokens", "gen_ai.request.max_tokens"),
        ("max_completion_tokens", "gen_ai.request.max_tokens"),
        ("temperature", "gen_ai.request.temperature"),
        ("top_p", "gen_ai.request.top_p"),
        ("seed", "gen_ai.request.seed"),
        ("frequency_penalty", "gen_ai.request.frequency_penalty"),
        ("presence_penalty", "gen_ai.request.presence_penalty"),
    ):
        value = body.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[name] = value
    stop = body.get("stop")
    if isinstance(stop, str):
        out["gen_ai.request.stop_sequences"] = [stop]
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        out["gen_ai.request.stop_sequences"] = stop
    return out


def request_attributes(
    endpoint: str, model: str, body: dict[str, Any], *, capture_content: bool
) -> Attributes:
    """The gateway's own span (SERVER): what the client asked for (its parameters and
    usage are on the upstream call's span)."""
    out: Attributes = {
        "gen_ai.operation.name": OPERATIONS.get(endpoint, endpoint),
        "gen_ai.request.model": model,
        "openinference.span.kind": "CHAIN",
    }
    if capture_content:
        messages = body.get("messages") if endpoint == "chat" else body.get("prompt")
        if messages is not None:
            out["input.value"] = orjson.dumps(messages).decode()[:_CONTENT_CAP]
            out["input.mime_type"] = "application/json"
    return out


def deployment_attributes(
    upstream_model: str, upstream_url: str, provider: str, deployment: str
) -> Attributes:
    """What an upstream call's span says about its deployment (the same for every call)."""
    parts = urlsplit(upstream_url)
    out: Attributes = {
        "gen_ai.system": provider,
        "gen_ai.provider.name": provider,
        "gen_ai.request.model": upstream_model,
        "openinference.span.kind": "LLM",
        "llm.model_name": upstream_model,
        "llm.provider": provider,
        "llm.system": provider,
        "aire.deployment": deployment,
    }
    if parts.hostname:
        out["server.address"] = parts.hostname
    if parts.port:
        out["server.port"] = parts.port
    return out


def attempt_attributes(
    endpoint: str, body: dict[str, Any], *, number: int, kind: str, reason: str | None
) -> Attributes:
    """An upstream call (CLIENT): what this request asked, and which try it is."""
    params = {k: body[k] for k in _PARAMS if k in body}
    out: Attributes = {
        "gen_ai.operation.name": OPERATIONS.get(endpoint, endpoint),
        **_request_params(body),
        "llm.invocation_parameters": orjson.dumps(params).decode(),
        "aire.attempt.number": number,
        "aire.attempt.kind": kind,  # first | retry | fallback
    }
    if reason:
        out["aire.attempt.reason"] = reason
    return out


def usage_attributes(
    prompt_tokens: int, completion_tokens: int, finish_reason: str | None = None
) -> Attributes:
    out: Attributes = {
        "gen_ai.usage.input_tokens": prompt_tokens,
        "gen_ai.usage.output_tokens": completion_tokens,
        "llm.token_count.prompt": prompt_tokens,
        "llm.token_count.completion": completion_tokens,
        "llm.token_count.total": prompt_tokens + completion_tokens,
    }
    if finish_reason:
        out["gen_ai.response.finish_reasons"] = [finish_reason]
    return out
