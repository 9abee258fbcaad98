"""aipreflight's profiles (kinds ``inference``, ``app``, ``rag``), read as they are.

aipreflight (MIT, github.com/Jwrede/aipreflight) is the readiness gate aire's is measured
against. Its profiles translate to aire's ``Profile`` field by field:

- ``probe.config`` (an llmprobe YAML): the target (its first provider's URL and model);
  that model's thresholds say when a probe is degraded.
- ``probe.duration`` / ``interval``: ``probe.requests`` = duration / interval.
- ``thresholds.sla``: ``ttft_ms`` -> ``sla.ttft_p95_ms`` and ``latency_ms`` ->
  ``sla.e2e_p95_ms`` (interpolated, with intervals), ``min_throughput`` ->
  ``sla.min_throughput_tok_s`` (median), ``max_error_rate`` (default 0.01).
- ``thresholds.gate``: ``min_probes``, ``pass_rate`` -> ``sla.min_probes``,
  ``sla.min_pass_rate``.
- ``cost``: ``cost`` (aire prices the call sites itself: no tokentoll).
- ``evals``: ``evals``; for ``kind: rag`` the RAG metrics go to the ``rag`` check.
- ``observability.config`` + ``required_fields``: ``observability`` (a declared contract).
- ``deployment.rollback_runbook``: ``rollback.runbook`` (no previous version required).

Where aipreflight crashes (a wrong type, a non-mapping section) aire says which field and
line is wrong (exit 2). Unknown keys under ``thresholds`` are refused too: a typo there
would silently drop a limit.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from aire.config.loader import LineMap, validate_config
from aire.errors import ConfigError
from aire.gate.profile import RAG_METRICS, Profile

__all__ = ["is_aipreflight", "parse_duration_s", "translate"]

_SECTIONS = ("cost", "evals", "observability", "deployment")
_SLA_KEYS = {
    "ttft_ms": "ttft_p95_ms",
    "latency_ms": "e2e_p95_ms",
    "min_throughput": "min_throughput_tok_s",
    "max_error_rate": "max_error_rate",
}
_GATE_KEYS = {"min_probes": "min_probes", "pass_rate": "min_pass_rate"}


_TOP_LEVEL = {"name", "kind", "description", "probe", "thresholds", "observability", "report",
              "cost", "evals", "deployment"}  # fmt: skip


def is_aipreflight(data: dict[str, Any]) -> bool:
    """aipreflight's format: ``format: aipreflight``, or (no ``format`` key) a profile
    with aipreflight's own sections (``thresholds``, ``deployment``, an llmprobe
    ``probe.config``) or with no section aire's format alone has."""
    if "format" in data:
        return bool(data["format"] == "aipreflight")
    probe = data.get("probe")
    if "thresholds" in data or "deployment" in data:
        return True
    if isinstance(probe, dict) and ("config" in probe or "tool" in probe):
        return True
    return set(map(str, data)) <= _TOP_LEVEL and "probe" not in data


def parse_duration_s(text: object) -> float | None:
    """``30s``, ``5m``, ``500ms``, ``1h``, or a number of seconds; None if not a duration."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*", str(text))
    if not m:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}[m.group(2) or "s"]
    return float(m.group(1)) * scale


class _Reader:
    def __init__(self, lines: LineMap, source: str) -> None:
        self.lines, self.source = lines, source

    def fail(self, loc: tuple[str | int, ...], message: str) -> ConfigError:
        path = ".".join(str(p) for p in loc) or None
        return ConfigError(message, file=self.source, line=self.lines.line_for(loc), path=path)

    def mapping(self, data: dict[str, Any], key: str, loc: tuple[str | int, ...] = ()) -> Any:
        value = data.get(key)
        if value is not None and not isinstance(value, dict):
            raise self.fail((*loc, key), "must be a mapping")
        return value

    def number(self, value: Any, loc: tuple[str | int, ...]) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise self.fail(loc, f"must be a number, got {value!r}")
        return float(value)


def translate(data: dict[str, Any], lines: LineMap, source: str, path: Path) -> Profile:
    """aire's ``Profile`` for an aipreflight profile (paths stay relative to the cwd)."""
    r = _Reader(lines, source)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise r.fail(("name",), "required field 'name' is missing (a short profile name)")
    kind = data.get("kind", "inference")
    if kind not in ("inference", "app", "rag"):
        raise r.fail(("kind",), f"must be one of inference, app, rag; got {kind!r}")
    data = {k: v for k, v in data.items() if k != "format"}
    report = r.mapping(data, "report") or {}
    out: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "format": "aipreflight",
        "description": str(data.get("description") or ""),
        "report": {"outdir": report.get("outdir", "runs")},
    }
    if kind == "inference":
        out.update(_inference(data, r))
    else:
        out.update(_app(data, r, kind))
    return validate_config(Profile, out, source=source)


def _inference(data: dict[str, Any], r: _Reader) -> dict[str, Any]:
    probe = r.mapping(data, "probe")
    if probe is None:
        raise r.fail(("probe",), "required section 'probe' is missing")
    config = probe.get("config")
    if not isinstance(config, str) or not config.strip():
        raise r.fail(("probe", "config"), "required: the path of the llmprobe config")
    duration = parse_duration_s(probe.get("duration", "30s"))
    interval = parse_duration_s(probe.get("interval", "5s"))
    if duration is None or duration <= 0:
        raise r.fail(("probe", "duration"), f"not a duration: {probe.get('duration')!r}")
    if interval is None or interval <= 0:
        raise r.fail(("probe", "interval"), f"not a duration: {probe.get('interval')!r}")
    thresholds = r.mapping(data, "thresholds")
    if thresholds is None:
        raise r.fail(("thresholds",), "required section 'thresholds' is missing")
    sla_in = r.mapping(thresholds, "sla", ("thresholds",))
    if not sla_in:
        raise r.fail(("thresholds", "sla"), "required: at least one SLA limit")
    gate_in = r.mapping(thresholds, "gate", ("thresholds",)) or {}
    sla: dict[str, Any] = {"max_error_rate": 0.01, "min_probes": 5, "min_pass_rate": 0.95}
    for group, keys, loc in ((sla_in, _SLA_KEYS, "sla"), (gate_in, _GATE_KEYS, "gate")):
        for key, value in group.items():
            if key not in keys:
                known = ", ".join(keys)
                raise r.fail(("thresholds", loc, key), f"unknown limit (known: {known})")
            if value is None:
                continue
            number = r.number(value, ("thresholds", loc, key))
            if key in ("ttft_ms", "latency_ms", "min_throughput") and number == 0:
                continue  # aipreflight treats 0 as "no limit"
            sla[keys[key]] = int(number) if key == "min_probes" else number
    observability = r.mapping(data, "observability") or {}
    requests = max(1, math.ceil(duration / interval))
    return {
        "target": {"llmprobe_config": config},
        "probe": {"requests": requests, "concurrency": 1, "stream": True},
        "sla": sla,
        "prometheus": observability.get("prometheus"),
        "checks": ["sla"],
    }


def _app(data: dict[str, Any], r: _Reader, kind: str) -> dict[str, Any]:
    present = {s: r.mapping(data, s) for s in _SECTIONS if data.get(s) is not None}
    if not present:
        raise r.fail((), f"an {kind} profile must define at least one of {', '.join(_SECTIONS)}")
    out: dict[str, Any] = {"checks": ["cost", "evals", "observability", "rollback"]}
    cost = present.get("cost")
    if cost is not None:
        scan = cost.get("scan_paths")
        if not isinstance(scan, list) or not scan:
            raise r.fail(("cost", "scan_paths"), "required: a non-empty list of paths")
        out["cost"] = {
            "scan_paths": [str(s) for s in scan],
            "calls_per_month": int(r.number(cost.get("calls_per_month", 1000),
                                            ("cost", "calls_per_month"))),
            **{k: r.number(cost[k], ("cost", k)) for k in
               ("max_cost_per_request_usd", "max_monthly_cost_usd") if cost.get(k) is not None},
        }  # fmt: skip
    evals = present.get("evals")
    gated = evals is not None and any(
        evals.get(k) is not None for k in ("min_pass_rate", "metrics", "results_file")
    )
    if kind == "rag" and not (evals is not None and any(
        evals.get(k) is not None for k in ("min_pass_rate", "metrics")
    )):  # fmt: skip
        raise r.fail(("evals",), "a rag profile must gate on eval results (min_pass_rate/metrics)")
    if evals is not None:
        out["evals"], rag = _evals(evals, r, kind, gated)
        if kind == "rag":
            out["rag"] = {"metrics": rag}
            out["checks"].insert(2, "rag")
    obs = present.get("observability")
    if obs is not None:
        fields = obs.get("required_fields") or []
        if not isinstance(fields, list):
            raise r.fail(("observability", "required_fields"), "must be a list of field names")
        out["observability"] = {"config": obs.get("config"), "required_fields": fields}
    deployment = present.get("deployment")
    if deployment is not None:
        out["rollback"] = {
            "runbook": deployment.get("rollback_runbook"),
            "require_previous_version": False,
        }
    return out


def _evals(
    evals: dict[str, Any], r: _Reader, kind: str, gated: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    metrics = r.mapping(evals, "metrics", ("evals",)) or {}
    own: dict[str, Any] = {}
    rag: dict[str, Any] = {}
    for name, bounds in metrics.items():
        if not isinstance(bounds, dict):
            raise r.fail(("evals", "metrics", name), "must be a mapping such as {min: 0.8}")
        for k, v in bounds.items():
            if k not in ("min", "max"):
                raise r.fail(("evals", "metrics", name, k), "bounds are 'min' and 'max'")
            if v is not None:
                r.number(v, ("evals", "metrics", name, k))
        (rag if kind == "rag" and name in RAG_METRICS else own)[name] = bounds
    out: dict[str, Any] = {"metrics": own, "presence_only": not gated}
    for key in ("command", "results_file"):
        if evals.get(key) is not None:
            out[key] = evals[key]
    if evals.get("min_pass_rate") is not None:
        out["min_pass_rate"] = r.number(evals["min_pass_rate"], ("evals", "min_pass_rate"))
    if evals.get("path") is not None:
        out["path"] = evals["path"]
    if "command" not in out and "results_file" not in out:
        raise r.fail(("evals",), "needs a 'command' (or a 'results_file')")
    return out, rag
