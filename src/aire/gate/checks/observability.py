"""``observability``: what the target really emits, not what a file says it would.

- ``required_series``: the target's ``/metrics`` (or ``metrics_url``) is scraped and
  parsed (Prometheus text format); a series that is not there is a FAIL, and so is an
  HTTP error; nothing answering is ERROR (no evidence either way, exit 3).
- ``logs`` + ``required_fields``: a sample of a JSON-lines log file is read; a field
  missing from any sampled line is a FAIL (a line that is not JSON is skipped, counted).
- ``traces``: a JSONL file of exported spans must hold at least ``min_spans``.
- ``config`` (aipreflight's telemetry contract): the declared fields are compared with
  ``required_fields``; a missing one is a WARN, as aipreflight says, and a contract
  that is only declared is reported as not verified.
"""

from __future__ import annotations

import itertools
import json
import urllib.error
import urllib.request
from typing import Any

import yaml
from prometheus_client.parser import text_string_to_metric_families

from aire.errors import GateRunError
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.probes import probe_config
from aire.gate.profile import ObservabilitySection, Profile
from aire.gate.result import CheckResult, Status, worst

__all__ = ["run", "scrape_series"]


def scrape_series(url: str, timeout_s: float = 10.0) -> set[str]:
    """Names of the samples (and families) a Prometheus endpoint exposes."""
    with urllib.request.urlopen(url, timeout=timeout_s) as resp:
        text = resp.read().decode("utf-8", errors="replace")
    names: set[str] = set()
    for family in text_string_to_metric_families(text):
        names.add(family.name)
        names.update(s.name for s in family.samples)
    return names


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.observability
    if cfg is None:
        return CheckResult("observability", "SKIP", "no observability section in the profile")
    result = CheckResult("observability", "PASS", "", runbook=runbook("silent-degradation"),
                         thresholds=cfg.model_dump(mode="json", exclude_none=True))  # fmt: skip
    statuses: list[Status] = []
    notes: list[str] = []
    if cfg.required_series:
        statuses.append(_series(profile, ctx, cfg, result, notes))
    if cfg.logs is not None:
        statuses.append(_logs(ctx, cfg, result, notes))
    if cfg.traces is not None:
        statuses.append(_traces(ctx, cfg, result, notes))
    if cfg.config is not None:
        statuses.append(_declared(ctx, cfg, result, notes, verified=bool(statuses)))
    if not statuses:
        return CheckResult("observability", "FAIL",
                           "observability section names nothing to check (required_series with "
                           "the target, logs, traces or config)")  # fmt: skip
    result.status = worst(*statuses)
    result.summary = "; ".join(result.reasons) or "; ".join(notes)
    return result


def _series(profile: Profile, ctx: GateContext, cfg: ObservabilitySection,
            result: CheckResult, notes: list[str]) -> Status:  # fmt: skip
    url = cfg.metrics_url
    if url is None:
        base = probe_config(profile, ctx.base).url or ""
        url = base.rstrip("/").removesuffix("/v1") + "/metrics"
    try:
        names = scrape_series(url)
    except urllib.error.HTTPError as exc:  # it answered: it has no such metrics
        result.reasons.append(f"cannot scrape {url}: {exc}")
        return "FAIL"
    except ValueError as exc:  # it answered with something that is not the text format
        result.reasons.append(f"cannot scrape {url}: {exc}")
        return "FAIL"
    except (urllib.error.URLError, OSError) as exc:
        # nothing answered: no evidence either way, as when the probes cannot reach it
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise GateRunError(f"cannot reach {url}: {reason}") from None
    missing = [s for s in cfg.required_series if s not in names]
    result.details["metrics_url"] = url
    result.details["series_missing"] = missing
    result.metrics["series_found"] = len(cfg.required_series) - len(missing)
    if missing:
        result.reasons.append(f"{url} lacks series: {', '.join(missing)}")
        return "FAIL"
    notes.append(f"all {len(cfg.required_series)} required series scraped from {url}")
    return "PASS"


def _logs(ctx: GateContext, cfg: ObservabilitySection, result: CheckResult,
          notes: list[str]) -> Status:  # fmt: skip
    assert cfg.logs is not None
    path = ctx.path(cfg.logs)
    if not path.is_file():
        result.reasons.append(f"log file not found: {path}")
        return "FAIL"
    records: list[dict[str, Any]] = []
    skipped = 0
    with path.open(errors="replace") as f:
        for line in itertools.islice(f, cfg.logs_sample * 4):
            line = line.strip()
            if not line:
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                skipped += 1
                continue
            if isinstance(value, dict):
                records.append(value)
            if len(records) >= cfg.logs_sample:
                break
    result.metrics["log_lines_read"] = len(records)
    result.metrics["log_lines_not_json"] = skipped
    if not records:
        result.reasons.append(f"no JSON log line in {path}")
        return "FAIL"
    missing = {f: sum(f not in r for r in records) for f in cfg.required_fields}
    missing = {f: k for f, k in missing.items() if k}
    result.details["log_fields_missing"] = missing
    if missing:
        shown = ", ".join(f"{f} ({k}/{len(records)} lines)" for f, k in missing.items())
        result.reasons.append(f"log lines lack fields: {shown}")
        return "FAIL"
    notes.append(f"{len(records)} log lines carry all {len(cfg.required_fields)} required fields")
    return "PASS"


def _traces(ctx: GateContext, cfg: ObservabilitySection, result: CheckResult,
            notes: list[str]) -> Status:  # fmt: skip
    assert cfg.traces is not None
    path = ctx.path(cfg.traces)
    spans = 0
    if path.is_file():
        with path.open(errors="replace") as f:
            spans = sum(1 for line in f if line.strip())
    result.metrics["spans"] = spans
    if spans < cfg.min_spans:
        result.reasons.append(f"{spans} spans arrived in {path} (need {cfg.min_spans})")
        return "FAIL"
    notes.append(f"{spans} spans arrived")
    return "PASS"


def _declared(ctx: GateContext, cfg: ObservabilitySection, result: CheckResult,
              notes: list[str], verified: bool) -> Status:  # fmt: skip
    assert cfg.config is not None
    path = ctx.path(cfg.config)
    if not path.is_file():
        result.reasons.append(f"telemetry config not found: {cfg.config}")
        return "FAIL"
    try:
        declared = yaml.safe_load(path.read_text(errors="replace")) or {}
    except yaml.YAMLError as exc:
        result.reasons.append(f"telemetry config {cfg.config} is not valid YAML: {exc}")
        return "FAIL"
    fields = declared.get("fields") if isinstance(declared, dict) else None
    names = {str(f) for f in fields} if isinstance(fields, list) else set()
    missing = [f for f in cfg.required_fields if f not in names]
    result.details["declared_fields"] = sorted(names)
    if missing:
        result.reasons.append(f"telemetry config lacks fields: {', '.join(missing)}")
        return "WARN"
    tail = "" if verified else " (declared only: give logs or required_series to verify)"
    notes.append(f"telemetry config declares all {len(cfg.required_fields)} required fields{tail}")
    return "PASS"
