"""Configuration of the inference simulator (``aire sim``, section ``sim:``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from aire.config.base import Model

__all__ = ["DEGRADATION_KINDS", "FAULT_KINDS", "DegradationSpec", "FaultSpec", "SimConfig"]

FaultKind = Literal[
    "rate_limit",
    "server_error",
    "unavailable",
    "reset",
    "hang",
    "stall",
    "drop",
    "empty",
    "malformed",
    "context_length",
]
FAULT_KINDS: tuple[str, ...] = FaultKind.__args__  # type: ignore[attr-defined]

DegradationKind = Literal["length", "language", "content", "refusal", "schema"]
DEGRADATION_KINDS: tuple[str, ...] = DegradationKind.__args__  # type: ignore[attr-defined]


class FaultSpec(Model):
    """A fault injected into a fraction of requests (or forced by the x-aire-sim-fault header).

    Kinds: rate_limit (429 + Retry-After), server_error (500), unavailable (503),
    reset (TCP reset before any byte), hang (no byte until the client gives up),
    stall (stream stops after ``after_tokens``), drop (connection dropped after
    ``after_tokens``), empty (200 with an empty completion), malformed (broken JSON body
    or SSE chunk), context_length (400 context_length_exceeded).
    """

    kind: FaultKind = Field(description="what goes wrong (see the class docstring)")
    rate: float = Field(1.0, ge=0.0, le=1.0, description="fraction of requests affected")
    retry_after_s: float = Field(1.0, ge=0.0, description="Retry-After of rate_limit/unavailable")
    after_tokens: int | None = Field(
        None, ge=0, description="tokens sent before stall/drop/malformed (default: half)"
    )
    stall_s: float | None = Field(
        None, gt=0.0, description="how long hang/stall last (default: until the client leaves)"
    )
    models: tuple[str, ...] = Field((), description="only these served models (empty: all)")


class DegradationSpec(Model):
    """A silent failure: 200 OK, but a worse answer.

    Kinds: length (answers shrink or grow by ``factor``), language (answers switch to
    ``language``), content (off-topic, repetitive text), refusal (the model declines),
    schema (structured output stops validating against the requested schema).
    """

    kind: DegradationKind = Field(description="how answers get worse (see the class docstring)")
    rate: float = Field(1.0, ge=0.0, le=1.0, description="fraction of answers affected")
    after_s: float = Field(0.0, ge=0.0, description="start this long after it was configured")
    after_requests: int = Field(0, ge=0, description="start after this many requests")
    factor: float = Field(0.25, gt=0.0, description="length multiplier of the length kind")
    language: Literal["de", "fr", "es"] = Field("de", description="language of the language kind")


class SimConfig(Model):
    """The simulator: an OpenAI- and Anthropic-compatible server that models a serving engine."""

    host: str = Field("127.0.0.1", description="address to listen on")
    port: int = Field(8000, ge=0, le=65535, description="port to listen on (0: any free port)")
    header_timeout_s: float = Field(
        10.0, gt=0.0, description="a request head must be complete within this (else 408, closed)"
    )
    max_connections: int = Field(
        2048, ge=1, description="concurrent client connections; past it requests get 503"
    )
    models: tuple[str, ...] = Field(
        ("aire-sim",), min_length=1, description='served model names ("*": accept any)'
    )
    mode: Literal["echo", "random", "script"] = Field(
        "random", description="echo the prompt, random seeded text, or scripted rules"
    )
    script: Path | None = Field(None, description="JSONL or YAML rules file for script mode")
    seed: int | None = Field(None, description="seed for text, latency spread and fault draws")
    output_tokens: int = Field(
        128, ge=1, description="mean answer length when the model stops by itself"
    )
    output_tokens_jitter: float = Field(
        0.25, ge=0.0, le=1.0, description="relative spread of the answer length"
    )
    ttft_ms: float = Field(30.0, ge=0.0, description="base time to first token")
    prefill_ms_per_token: float = Field(0.02, ge=0.0, description="prefill cost per prompt token")
    itl_ms: float = Field(8.0, ge=0.0, description="mean inter-token latency")
    itl_jitter: float = Field(
        0.1, ge=0.0, le=1.0, description="relative standard deviation of inter-token latency"
    )
    load_factor: float = Field(
        0.5,
        ge=0.0,
        description="latency stretch as slots fill: x(1 + f*(running-1)/max_num_seqs)",
    )
    max_num_seqs: int = Field(128, ge=1, description="requests decoded at once (running slots)")
    kv_cache_tokens: int = Field(
        262_144, ge=1, description="KV-cache capacity; requests wait while it is full"
    )
    max_model_len: int = Field(16_384, ge=16, description="context window (prompt + output)")
    max_waiting: int | None = Field(
        None, ge=0, description="waiting-queue limit; beyond it requests get 503 (none: no limit)"
    )
    embedding_dim: int = Field(384, ge=1, le=8192, description="embedding vector size")
    fault_header: bool = Field(True, description="honour the x-aire-sim-fault request header")
    ready: bool = Field(True, description="answer /ready with 200 (false: 503)")
    faults: tuple[FaultSpec, ...] = Field((), description="injected faults")
    degradations: tuple[DegradationSpec, ...] = Field((), description="injected degradations")

    @model_validator(mode="after")
    def _script_needs_file(self) -> SimConfig:
        if self.mode == "script" and self.script is None:
            raise ValueError("mode 'script' needs a script file (sim.script / --script)")
        return self
