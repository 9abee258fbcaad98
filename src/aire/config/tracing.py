"""Tracing settings (``gateway.tracing``), and the standard OpenTelemetry variables.

Tracing is on when ``enabled: true`` or, as in every OTel-instrumented service, when the
environment says so: ``OTEL_TRACES_EXPORTER=otlp`` or an ``OTEL_EXPORTER_OTLP_ENDPOINT``
/ ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``; ``OTEL_SDK_DISABLED=true`` or
``OTEL_TRACES_EXPORTER=none`` turn it off whatever the file says. ``OTEL_SERVICE_NAME``
and ``OTEL_TRACES_SAMPLER_ARG`` (a ratio) override the file's values.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from pydantic import Field

from aire.config.base import Model

__all__ = ["TracingConfig", "resolve_tracing"]


class TracingConfig(Model):
    """OpenTelemetry traces of the gateway (extra ``otel``), exported over OTLP/HTTP."""

    enabled: bool = Field(False, description="export traces (also on by OTEL_* variables)")
    endpoint: str | None = Field(
        None,
        description="OTLP/HTTP base URL, e.g. http://collector:4318 (default: OTEL_* or "
        "http://localhost:4318)",
    )
    service_name: str = Field("aire-gateway", description="resource service.name")
    sample_ratio: float = Field(1.0, ge=0.0, le=1.0, description="share of new traces kept")
    capture_content: bool = Field(
        False,
        description="put prompts and answers on spans (after the guard's redaction)",
    )
    max_queue: int = Field(2048, ge=16, description="spans waiting for export (then dropped)")
    export_interval_ms: int = Field(1000, ge=10, description="batch export delay")


def resolve_tracing(config: TracingConfig, env: Mapping[str, str]) -> TracingConfig | None:
    """The settings in force (None: tracing is off)."""
    if env.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return None
    exporter = env.get("OTEL_TRACES_EXPORTER", "").lower()
    if exporter == "none":
        return None
    endpoint = (
        env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
        or env.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        or config.endpoint
    )
    if not (config.enabled or exporter == "otlp" or endpoint):
        return None
    update: dict[str, object] = {"enabled": True}
    if endpoint:
        update["endpoint"] = endpoint
    if env.get("OTEL_SERVICE_NAME"):
        update["service_name"] = env["OTEL_SERVICE_NAME"]
    ratio = env.get("OTEL_TRACES_SAMPLER_ARG")
    if ratio:
        with contextlib.suppress(ValueError):
            update["sample_ratio"] = min(1.0, max(0.0, float(ratio)))
    return config.model_copy(update=update)
