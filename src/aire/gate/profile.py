"""Readiness profiles: aire's own format, and aipreflight's three kinds read as they are.

A profile says what to check before traffic moves and where the evidence comes from:

    name: chat-v2
    kind: inference                  # inference | app | rag
    target: {url: http://127.0.0.1:8000, model: aire-sim}
    probe: {requests: 40, concurrency: 4}      # aire load (LoadConfig fields)
    sla: {ttft_p95_ms: 500, e2e_p95_ms: 10000, max_error_rate: 0.01, min_pass_rate: 0.95}
    evals: {command: "aire eval run golden.yaml --target ...", min_pass_rate: 0.9}
    rollback: {runbook: docs/runbooks/rollback.md, previous_version: chat-v1}

Every section is optional; a check whose section is absent is SKIP with the reason.
Relative paths resolve against the profile's directory (aipreflight's profiles: against
the current directory, as aipreflight does). ``read_profile`` tells the formats apart
(aipreflight's has ``thresholds:``, ``deployment:`` or ``probe.config``) and returns one
``Profile`` either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from aire.config.base import Model
from aire.config.load import LoadConfig
from aire.config.loader import validate_config
from aire.config.yaml_source import parse_yaml, read_config_text
from aire.errors import ConfigError

__all__ = [
    "Bounds",
    "CapacitySection",
    "CommandSource",
    "CostSection",
    "EvalsSection",
    "ObservabilitySection",
    "Profile",
    "RagSection",
    "RedteamSection",
    "RollbackSection",
    "SlaSection",
    "SloSection",
    "TargetSection",
    "read_profile",
]

Kind = Literal["inference", "app", "rag"]


class TargetSection(Model):
    url: str | None = Field(None, description="OpenAI-compatible base URL of the target")
    model: str | None = Field(None, description="model name (none: the first of /v1/models)")
    api_key: str | None = Field(None, description="sent as Authorization: Bearer")
    config: Path | None = Field(None, description="the target's config file (hashed as evidence)")
    llmprobe_config: Path | None = Field(
        None, description="an llmprobe config: its first provider and model are the target"
    )


class SlaSection(Model):
    """Limits on the probes (p95s interpolated, each with a bootstrap interval)."""

    ttft_p95_ms: float | None = Field(None, gt=0.0)
    e2e_p95_ms: float | None = Field(None, gt=0.0)
    min_throughput_tok_s: float | None = Field(
        None, gt=0.0, description="median per-request output tokens/s"
    )
    max_error_rate: float | None = Field(0.01, ge=0.0, le=1.0)
    min_pass_rate: float | None = Field(
        0.95, ge=0.0, le=1.0, description="share of probes that are healthy"
    )
    min_probes: int = Field(5, ge=1)
    confidence: float = Field(0.95, gt=0.5, lt=1.0)
    #: a probe slower than these is "degraded" (llmprobe's per-model thresholds)
    degraded_ttft_ms: float | None = Field(None, gt=0.0)
    degraded_e2e_ms: float | None = Field(None, gt=0.0)
    degraded_min_tok_s: float | None = Field(None, gt=0.0)
    warn_on_degraded: bool = Field(True, description="any degraded probe is a WARN")


class CapacitySection(Model):
    expected_peak_concurrency: int = Field(ge=1)
    start: int = Field(1, ge=1)
    stop: int = Field(64, ge=1)
    requests_per_step: int = Field(20, ge=1)


class Bounds(Model):
    min: float | None = None
    max: float | None = None


class CommandSource(Model):
    """Evidence from a command printing JSON, or from a JSON file (a command may write
    the file). A command is a shell line (string) or an argument list."""

    command: str | list[str] | None = None
    results_file: Path | None = None
    timeout_s: float = Field(600.0, gt=0.0)

    @model_validator(mode="after")
    def _needs_a_source(self) -> CommandSource:
        if self.command is None and self.results_file is None:
            raise ValueError("needs a 'command' or a 'results_file'")
        return self


class EvalsSection(CommandSource):
    min_pass_rate: float | None = Field(None, ge=0.0, le=1.0)
    metrics: dict[str, Bounds] = Field(default_factory=dict)
    confidence: float = Field(0.95, gt=0.5, lt=1.0)
    presence_only: bool = Field(False, description="only check that a suite is configured")
    path: Path | None = Field(None, description="the suite's files (must exist)")


#: the metrics the rag check reads from the eval result, and their default bounds
RAG_METRICS: dict[str, Bounds] = {
    "retrieval_precision": Bounds(min=0.8),
    "answer_quality": Bounds(min=0.7),
    "citation_rate": Bounds(min=0.9),
    "hallucination_rate": Bounds(max=0.05),
    "empty_retrieval_handled": Bounds(min=0.9),
}


class RagSection(Model):
    metrics: dict[str, Bounds] = Field(default_factory=lambda: dict(RAG_METRICS))


class RedteamSection(CommandSource):
    max_jailbreak_rate: float = Field(0.05, ge=0.0, le=1.0)
    confidence: float = Field(0.95, gt=0.5, lt=1.0)


class CostSection(Model):
    model: str | None = Field(None, description="priced model name (default: the target's)")
    calls_per_month: int = Field(1000, ge=0)
    max_cost_per_request_usd: float | None = Field(None, ge=0.0)
    max_monthly_cost_usd: float | None = Field(None, ge=0.0)
    scan_paths: list[Path] = Field(
        default_factory=list, description="source to scan for call sites when nothing measured"
    )
    input_price_per_mtok: float | None = Field(None, ge=0.0)
    output_price_per_mtok: float | None = Field(None, ge=0.0)


class ObservabilitySection(Model):
    metrics_url: str | None = Field(None, description="scrape this (default: target + /metrics)")
    required_series: list[str] = Field(default_factory=list)
    logs: Path | None = Field(None, description="a JSON-lines log file to read")
    logs_sample: int = Field(200, ge=1)
    required_fields: list[str] = Field(default_factory=list)
    config: Path | None = Field(None, description="a declared telemetry contract (fields:)")
    traces: Path | None = Field(None, description="a JSONL file of exported spans")
    min_spans: int = Field(1, ge=1)


class SloSection(CommandSource):
    min_budget_remaining: float = Field(0.0, ge=-10.0, le=1.0)
    warn_budget_remaining: float = Field(0.25, ge=-10.0, le=1.0)


class RollbackSection(Model):
    runbook: Path | None = None
    previous_version: str | None = None
    require_previous_version: bool = True


class ReportSection(Model):
    outdir: Path = Path("runs")


class Profile(Model):
    name: str = Field(min_length=1)
    kind: Kind = "inference"
    description: str = ""
    format: Literal["aire", "aipreflight"] = "aire"
    target: TargetSection = Field(default_factory=TargetSection)
    probe: LoadConfig | None = None
    sla: SlaSection | None = None
    capacity: CapacitySection | None = None
    evals: EvalsSection | None = None
    rag: RagSection | None = None
    redteam: RedteamSection | None = None
    cost: CostSection | None = None
    observability: ObservabilitySection | None = None
    slo: SloSection | None = None
    drift: CommandSource | None = None
    rollback: RollbackSection | None = None
    report: ReportSection = Field(default_factory=ReportSection)
    prometheus: str | None = Field(None, description="Prometheus URL (diagnose)")
    checks: list[str] | None = Field(None, description="checks to run (default: all)")


def read_profile(path: str | Path, env: dict[str, str] | None = None) -> tuple[Profile, Path]:
    """The profile in ``path`` and the directory its relative paths resolve against."""
    source = str(path)
    p = Path(path)
    if not p.is_file():
        raise ConfigError("profile not found" if not p.exists() else "not a file", file=source)
    data, lines = parse_yaml(read_config_text(p), source=source, env=env)
    if data is None:
        raise ConfigError("the profile is empty", file=source)
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping", file=source, line=1)
    from aire.gate.aipreflight import is_aipreflight, translate

    if is_aipreflight(data):
        return translate(data, lines, source, p), Path.cwd()
    data = dict(data.items())
    data["format"] = "aire"
    profile = validate_config(Profile, data, source=source, lines=lines)
    return profile, p.resolve().parent


def resolve(base: Path, path: Path | str) -> Path:
    p = Path(path)
    return p if p.is_absolute() else base / p


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
