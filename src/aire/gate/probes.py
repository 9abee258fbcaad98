"""Probe samples: recorded llmprobe JSONL, or a run of aire's own load generator.

A probe is one request's outcome in llmprobe's terms: ``healthy``, ``degraded`` (it
answered, slower than the per-model thresholds) or ``error``, with its TTFT, end-to-end
latency and output tokens per second. aipreflight's ``probe:`` section (llmprobe watch
for ``duration`` every ``interval``) runs here as ``duration / interval`` requests through
``aire.load``, so no llmprobe binary is needed; ``--probes FILE`` scores a recorded file.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aire.config.load import LoadConfig
from aire.config.yaml_source import parse_yaml, read_config_text
from aire.errors import ConfigError, GateRunError, InputFileError
from aire.gate.profile import Profile, SlaSection, resolve
from aire.jsonl import read_jsonl

__all__ = [
    "Probe",
    "ProbeRun",
    "degraded_limits",
    "from_records",
    "probe_config",
    "read_llmprobe",
    "run_probes",
]

STATUSES = ("healthy", "degraded", "error")


@dataclass(frozen=True, slots=True)
class Probe:
    status: str
    ttft_ms: float | None = None
    latency_ms: float | None = None
    tokens_per_sec: float | None = None
    error: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(slots=True)
class ProbeRun:
    probes: list[Probe]
    source: str  # the file scored, or the URL probed
    summary: dict[str, Any] | None = None  # aire.load's summary of a live run
    model: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)


def _num(value: Any, source: str, line: int, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputFileError(f"{name} must be a number, got {value!r}", file=source, line=line)
    return float(value)


_AIRE_RECORD = ("e2e_ms", "ttft_ms", "output_tokens", "error", "error_detail", "input_tokens")


def read_llmprobe(path: Path, sla: SlaSection | None = None) -> ProbeRun:
    """Probes from llmprobe's JSONL (``status``, ``ttft_ms``, ``latency_ms``,
    ``tokens_per_sec``, ``error``), or the ``probes.jsonl`` of an earlier ``aire check``
    (``aire load``'s records, judged degraded by ``sla``); a bad line is an error naming
    file:line (exit 2)."""
    source = str(path)
    if not path.is_file():
        raise InputFileError("probe file not found", file=source)
    probes = []
    model = None
    for rec in read_jsonl(path):
        v = rec.value
        if not isinstance(v.get("status"), str) and all(k in v for k in _AIRE_RECORD):
            probes.extend(from_records([v], sla))
            continue
        status = v.get("status")
        if status not in STATUSES:
            raise InputFileError(
                f"status must be one of {', '.join(STATUSES)}, got {status!r}",
                file=source,
                line=rec.line,
            )
        model = model or v.get("model")
        probes.append(
            Probe(
                status=status,
                ttft_ms=_num(v.get("ttft_ms"), source, rec.line, "ttft_ms"),
                latency_ms=_num(v.get("latency_ms"), source, rec.line, "latency_ms"),
                tokens_per_sec=_num(v.get("tokens_per_sec"), source, rec.line, "tokens_per_sec"),
                error=str(v["error"]) if v.get("error") is not None else None,
                input_tokens=int(_num(v.get("input_tokens"), source, rec.line, "x") or 0),
                output_tokens=int(_num(v.get("output_tokens"), source, rec.line, "x") or 0),
            )
        )
    return ProbeRun(probes, source, model=model)


def from_records(records: list[dict[str, Any]], sla: SlaSection | None) -> list[Probe]:
    """Probes from aire.load's per-request JSON (``RequestRecord.to_json``)."""
    out = []
    for r in records:
        if r["error"] is not None:
            out.append(Probe("error", error=f"{r['error']}: {r['error_detail'] or ''}".strip()))
            continue
        e2e, ttft, n = r["e2e_ms"], r["ttft_ms"], r["output_tokens"]
        tps = n / (e2e / 1000.0) if e2e and n else None
        status = "healthy"
        if sla is not None and (
            (sla.degraded_ttft_ms is not None and ttft is not None and ttft > sla.degraded_ttft_ms)
            or (sla.degraded_e2e_ms is not None and e2e > sla.degraded_e2e_ms)
            or (sla.degraded_min_tok_s is not None and tps is not None
                and tps < sla.degraded_min_tok_s)
        ):  # fmt: skip
            status = "degraded"
        out.append(Probe(status, ttft, e2e, tps, None, r["input_tokens"], n))
    return out


def _llmprobe_target(path: Path) -> tuple[str, str | None, dict[str, float]]:
    """URL, model and degraded-thresholds of an llmprobe config's first provider/model."""
    from aire.gate.aipreflight import parse_duration_s

    source = str(path)
    if not path.is_file():
        raise ConfigError("llmprobe config not found (probe.config)", file=source)
    data, _lines = parse_yaml(read_config_text(path), source=source)
    try:
        provider = data["providers"][0]
        url = provider["base_url"]
        model_entry = (provider.get("models") or [{}])[0]
    except (KeyError, IndexError, TypeError):
        raise ConfigError("needs providers[0].base_url", file=source) from None
    if not isinstance(url, str):
        raise ConfigError("must be a URL", file=source, path="providers[0].base_url")
    model = model_entry.get("name") if isinstance(model_entry, dict) else None
    limits: dict[str, float] = {}
    th = model_entry.get("thresholds") if isinstance(model_entry, dict) else None
    if isinstance(th, dict):
        for key, name in (("max_ttft", "degraded_ttft_ms"), ("max_latency", "degraded_e2e_ms")):
            if (s := parse_duration_s(th.get(key))) is not None:
                limits[name] = s * 1000.0
        if isinstance(th.get("min_throughput"), int | float):
            limits["degraded_min_tok_s"] = float(th["min_throughput"])
    return url, model if isinstance(model, str) else None, limits


def probe_config(profile: Profile, base: Path, requests: int | None = None) -> LoadConfig:
    """The load config of the profile's probe run (target and probe sections merged)."""
    config = profile.probe or LoadConfig(requests=20, concurrency=1)
    update: dict[str, Any] = {}
    t = profile.target
    url, model = t.url, t.model
    if url is None and t.llmprobe_config is not None:
        url, model, _ = _llmprobe_target(resolve(base, t.llmprobe_config))
    if url is not None:
        update["url"] = url
    if model is not None:
        update["model"] = model
    if t.api_key is not None:
        update["api_key"] = t.api_key
    if requests is not None:
        update["requests"] = requests
        update["duration_s"] = None
    if config.dataset is not None:
        update["dataset"] = resolve(base, config.dataset)
    merged = config.model_copy(update=update)
    if merged.url is None:
        raise ConfigError("the profile names no target (target.url)", path="target.url")
    return merged


def degraded_limits(profile: Profile, base: Path) -> SlaSection | None:
    sla = profile.sla
    t = profile.target
    if sla is not None and t.url is None and t.llmprobe_config is not None:
        _, _, limits = _llmprobe_target(resolve(base, t.llmprobe_config))
        return sla.model_copy(update={k: v for k, v in limits.items() if getattr(sla, k) is None})
    return sla


async def _run(config: LoadConfig) -> tuple[list[dict[str, Any]], dict[str, Any], str]:
    from aire.load import open_target, run

    async with open_target(config) as target:
        result, summary = await run(config, target)
    t0 = result.t_start
    return [r.to_json(t0) for r in result.records], summary, target.model


def run_probes(profile: Profile, base: Path, requests: int | None = None) -> ProbeRun:
    """Probe the profile's target through ``aire.load`` (TargetUnreachable: exit 3)."""
    config = probe_config(profile, base, requests)
    try:
        records, summary, model = asyncio.run(_run(config))
    except OSError as exc:  # aire.load maps connection errors; anything else is this
        raise GateRunError(f"probe run failed: {exc}") from None
    sla = degraded_limits(profile, base)
    return ProbeRun(from_records(records, sla), str(config.url), summary, model, records)
