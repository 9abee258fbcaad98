"""Configuration of the load generator (``aire load``, section ``load:``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from aire.config.base import Model

__all__ = ["CapacityConfig", "LengthDist", "LoadConfig"]

LengthDist = Literal["fixed", "normal", "uniform", "lognormal"]


class CapacityConfig(Model):
    """``aire load capacity``: the highest load whose latency and errors stay within limits.

    The search doubles from ``start`` until a step fails (or ``stop`` is reached), then
    bisects between the last passing and the first failing value.
    """

    model_config = ConfigDict(allow_inf_nan=False)  # an infinite stop never ends

    by: Literal["concurrency", "rate"] = Field("concurrency", description="what to search")
    start: float = Field(1.0, gt=0.0, description="first value tried")
    stop: float = Field(256.0, gt=0.0, description="highest value tried")
    resolution: float = Field(
        0.05, gt=0.0, description="rate search: stop bisecting at this relative gap"
    )
    slo_ttft_p95_ms: float | None = Field(None, gt=0.0, description="limit on p95 TTFT")
    slo_itl_p95_ms: float | None = Field(None, gt=0.0, description="limit on p95 inter-token gap")
    slo_e2e_p95_ms: float | None = Field(None, gt=0.0, description="limit on p95 end-to-end")
    slo_error_rate: float = Field(0.01, ge=0.0, le=1.0, description="limit on the error rate")

    @model_validator(mode="after")
    def _start_within_stop(self) -> CapacityConfig:
        if self.start > self.stop:
            raise ValueError(f"start ({self.start:g}) is above stop ({self.stop:g})")
        if self.by == "concurrency" and self.stop < 1:
            raise ValueError(f"a concurrency search needs stop >= 1, got {self.stop:g}")
        return self


class LoadConfig(Model):
    """One load run: the target, the load shape, the prompts and the SLO for goodput.

    Closed loop (``concurrency`` users, each sending its next request when the last one
    ends) unless ``rate_rps`` is set: then requests arrive open loop at that rate, spaced
    by ``arrival`` (constant, poisson, or gamma with shape ``burstiness``).
    """

    model_config = ConfigDict(allow_inf_nan=False)  # an infinite duration never ends

    url: str | None = Field(
        None, description="OpenAI-compatible base URL (none: an embedded aire sim)"
    )
    api: Literal["chat", "completions"] = Field("chat", description="which API to call")
    model: str | None = Field(None, description="model name (none: the first of /v1/models)")
    api_key: str | None = Field(None, description="sent as Authorization: Bearer")
    headers: dict[str, str] = Field(default_factory=dict, description="extra request headers")
    traceparent: bool = Field(
        True, description="send a new sampled W3C traceparent with each request (trace id recorded)"
    )
    stream: bool = Field(True, description="stream the answers (SSE)")
    include_usage: bool = Field(
        True, description="ask for a usage chunk when streaming (stream_options)"
    )
    ignore_eos: bool = Field(
        False, description="send ignore_eos (vLLM, aire sim): answers are exactly max_tokens"
    )
    temperature: float | None = Field(None, ge=0.0, description="sampling temperature")

    concurrency: int = Field(1, ge=1, description="closed loop: simultaneous users")
    rate_rps: float | None = Field(
        None, gt=0.0, description="open loop: mean arrival rate in requests/s"
    )
    arrival: Literal["constant", "poisson", "gamma"] = Field(
        "poisson", description="open loop: spacing of arrivals"
    )
    burstiness: float = Field(
        1.0, gt=0.0, description="gamma shape of the arrivals (<1 bursty, 1 poisson, >1 even)"
    )
    max_concurrency: int | None = Field(
        None, ge=1, description="open loop: cap on requests in flight (none: no cap)"
    )
    requests: int | None = Field(
        None, ge=1, description="measured requests to send (no bound given: 100 or 30 s)"
    )
    duration_s: float | None = Field(None, gt=0.0, description="length of the measured phase")
    warmup_s: float = Field(0.0, ge=0.0, description="warm-up time, excluded from results")
    warmup_requests: int = Field(0, ge=0, description="warm-up requests, excluded from results")
    max_error_rate: float | None = Field(
        None, ge=0.0, le=1.0, description="stop early and fail when the error rate passes this"
    )
    error_rate_min_requests: int = Field(
        20, ge=1, description="requests finished before max_error_rate is judged"
    )
    timeout_s: float = Field(120.0, gt=0.0, description="whole-request timeout")
    connect_timeout_s: float = Field(10.0, gt=0.0, description="TCP connect timeout")
    seed: int = Field(0, description="seed of arrivals, prompt lengths and prompt order")

    dataset: Path | None = Field(
        None, description="JSONL prompts: {prompt} or {messages}, optional max_tokens"
    )
    shuffle: bool = Field(False, description="shuffle the dataset (seeded)")
    input_tokens: int = Field(256, ge=1, description="synthetic prompts: mean input tokens")
    input_tokens_stdev: float = Field(0.0, ge=0.0, description="spread of input tokens")
    input_dist: LengthDist = Field("fixed", description="distribution of input tokens")
    output_tokens: int = Field(128, ge=1, description="max_tokens: mean output tokens")
    output_tokens_stdev: float = Field(0.0, ge=0.0, description="spread of output tokens")
    output_dist: LengthDist = Field("fixed", description="distribution of output tokens")

    slo_ttft_ms: float | None = Field(None, gt=0.0, description="goodput: max TTFT")
    slo_itl_ms: float | None = Field(
        None, gt=0.0, description="goodput: max mean inter-token latency of a request"
    )
    slo_e2e_ms: float | None = Field(None, gt=0.0, description="goodput: max end-to-end latency")
    min_goodput_ratio: float | None = Field(
        None, ge=0.0, le=1.0, description="fail when fewer requests than this meet the SLO"
    )
    capacity: CapacityConfig = Field(
        default_factory=CapacityConfig, description="limits of `aire load capacity`"
    )
