"""aire's own SLO spec (``version: aire/v1``): SLIs named by kind, on aire's own metrics.

```yaml
version: aire/v1
service: chat
labels: {team: ai}
selector: 'job="aire-gateway"'   # added to every series selector (optional)
period: 30d                      # 28d or 30d (workbook windows), or windows: a file
slos:
  - name: availability
    objective: 99.9
    sli: {kind: availability, alias: chat}          # 5xx answers / answers
  - name: ttft
    objective: 99
    sli: {kind: latency, metric: ttft, threshold_s: 1, alias: chat}   # slower than 1 s
  - name: refusals
    objective: 98
    sli: {kind: quality, signal: refusal, alias: chat}
  - name: custom
    objective: 99.5
    sli: {kind: ratio, error_query: '...[{{.window}}]...', total_query: '...'}
    alerting: {name: ChatCustom, min_events: 0, absent: false,
               page: {labels: {severity: critical}}, ticket: {disable: true}}
```

Availability counts 5xx answers as errors (a client's 4xx and a 429 are not the
service's failures). Latency needs the threshold to be one of the histogram's bucket
bounds (listed in the error otherwise). Quality signals are the gateway's answer
features (``aire.telemetry.quality``): refusal, empty, truncated, schema_invalid (over
answers that asked for a schema), language_switch, guard_blocked, guard_finding.
The rules use Sloth's series names and labels (``sloth_spec: aire/v1``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from aire.config.base import FieldError, Model
from aire.config.loader import validate_config
from aire.slo.model import SLI, SLO, WINDOW, AlertSpec

if TYPE_CHECKING:
    from aire.slo.specs import Document

__all__ = ["LATENCY_BUCKETS", "QUALITY_SIGNALS", "read_aire"]

#: latency metric -> (histogram, its bucket bounds), as aire.gateway.metrics defines them
LATENCY_BUCKETS: dict[str, tuple[str, tuple[float, ...]]] = {
    "e2e": (
        "aire_gateway_request_duration_seconds",
        (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
    ),
    "ttft": (
        "aire_gateway_time_to_first_token_seconds",
        (0.002, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30),
    ),
}
QUALITY_SIGNALS = (
    "refusal",
    "empty",
    "truncated",
    "schema_invalid",
    "language_switch",
    "guard_blocked",
    "guard_finding",
)
_RUNBOOKS = {"availability": "slo-burn-rate.md", "latency": "slo-burn-rate.md"}


class _SLI(Model):
    kind: Literal["availability", "latency", "quality", "ratio"]
    alias: str | None = Field(default=None, pattern=r'^[^"\\]+$')
    metric: Literal["ttft", "e2e"] | None = None
    threshold_s: float | None = Field(default=None, gt=0)
    signal: Literal[QUALITY_SIGNALS] | None = None  # type: ignore[valid-type]
    error_query: str | None = None
    total_query: str | None = None
    error_ratio_query: str | None = None

    @model_validator(mode="after")
    def _fields(self) -> _SLI:
        need = {
            "latency": ("metric", "threshold_s"),
            "quality": ("signal",),
        }.get(self.kind, ())
        for name in need:
            if getattr(self, name) is None:
                raise FieldError(f"required for kind {self.kind}", name)
        if self.kind == "latency":
            assert self.metric is not None
            assert self.threshold_s is not None
            bounds = LATENCY_BUCKETS[self.metric][1]
            if self.threshold_s not in bounds:
                listed = ", ".join(str(b) for b in bounds)
                raise FieldError(
                    f"must be a bucket bound of the histogram: {listed}", "threshold_s"
                )
        if self.kind == "ratio":
            events = self.error_query is not None and self.total_query is not None
            if events == (self.error_ratio_query is not None):
                raise ValueError(
                    "kind ratio: give error_query and total_query, or error_ratio_query"
                )
            for q in (self.error_query, self.total_query, self.error_ratio_query):
                if q is not None and WINDOW not in q:
                    raise ValueError(f"queries need the {WINDOW} placeholder")
        return self


class _Alert(Model):
    disable: bool = False
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)


class _Alerting(Model):
    name: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    page: _Alert = Field(default_factory=lambda: _Alert(labels={"severity": "critical"}))
    ticket: _Alert = Field(default_factory=lambda: _Alert(labels={"severity": "warning"}))
    min_events: int | None = Field(default=None, ge=0)
    absent: bool | None = None


class _SLO(Model):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=128)
    objective: float = Field(gt=0, lt=100)
    description: str = ""
    labels: dict[str, str] = Field(default_factory=dict)
    sli: _SLI
    alerting: _Alerting = Field(default_factory=_Alerting)


class _Spec(Model):
    version: Literal["aire/v1"]
    service: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    labels: dict[str, str] = Field(default_factory=dict)
    selector: str = ""
    period: str | None = None
    slos: list[_SLO] = Field(min_length=1)


def _matchers(selector: str, alias: str | None, *more: str) -> str:
    parts = [p for p in (selector.strip(), f'alias="{alias}"' if alias else "", *more) if p]
    return ",".join(parts)


def _sli(s: _SLI, selector: str) -> SLI:
    w = WINDOW
    if s.kind == "availability":
        m = _matchers(selector, s.alias)
        sep = "," if m else ""
        return SLI(
            error_query=_or_zero(
                f'sum(rate(aire_gateway_requests_total{{{m}{sep}status=~"5.."}}[{w}]))'
            ),
            total_query=f"sum(rate(aire_gateway_requests_total{{{m}}}[{w}]))",
        )
    if s.kind == "latency":
        assert s.metric is not None
        assert s.threshold_s is not None
        hist = LATENCY_BUCKETS[s.metric][0]
        m = _matchers(selector, s.alias)
        le = _matchers(selector, s.alias, f'le="{_go_float(s.threshold_s)}"')
        total = f"sum(rate({hist}_count{{{m}}}[{w}]))"
        return SLI(
            error_query=f"({total} - sum(rate({hist}_bucket{{{le}}}[{w}])))",
            total_query=total,
        )
    if s.kind == "quality":
        assert s.signal is not None
        sig = _matchers(selector, s.alias, f'signal="{s.signal}"')
        if s.signal == "schema_invalid":
            tot = _matchers(selector, s.alias, 'signal="schema_requested"')
            total = f"sum(rate(aire_quality_signals_total{{{tot}}}[{w}]))"
        else:
            total = f"sum(rate(aire_quality_answers_total{{{_matchers(selector, s.alias)}}}[{w}]))"
        return SLI(
            error_query=_or_zero(f"sum(rate(aire_quality_signals_total{{{sig}}}[{w}]))"),
            total_query=total,
        )
    return SLI(s.error_query, s.total_query, s.error_ratio_query)


def _or_zero(query: str) -> str:
    """No error series yet (no 5xx so far) is zero errors, not an unknown ratio."""
    return f"({query} or vector(0))"


def _go_float(value: float) -> str:
    """A bucket bound as prometheus_client writes ``le`` (``1.0``, ``0.25``)."""
    return repr(float(value))


def _camel(*parts: str) -> str:
    words = [w for p in parts for w in p.replace(".", "-").replace("_", "-").split("-") if w]
    return "".join(w[:1].upper() + w[1:] for w in words)


def read_aire(doc: Document, docs: list[Document]) -> list[SLO]:
    spec = validate_config(_Spec, doc.data, source=doc.source, lines=doc.lines)
    out = []
    for s in spec.slos:
        a = s.alerting
        out.append(
            SLO(
                service=spec.service,
                name=s.name,
                objective=s.objective,
                sli=_sli(s.sli, spec.selector),
                description=s.description,
                labels={**spec.labels, **s.labels},
                alert_name=a.name or _camel(spec.service, s.name) + "ErrorBudgetBurn",
                alert_labels=dict(a.labels),
                alert_annotations=dict(a.annotations),
                page=AlertSpec(a.page.disable, dict(a.page.labels), dict(a.page.annotations)),
                ticket=AlertSpec(
                    a.ticket.disable, dict(a.ticket.labels), dict(a.ticket.annotations)
                ),
                period=spec.period,
                spec="aire/v1",
                mode="cli-gen-aire",
                kind=s.sli.kind,
                runbook="slo-quality.md"
                if s.sli.kind == "quality"
                else _RUNBOOKS.get(s.sli.kind, "slo-burn-rate.md"),
                min_events=a.min_events,
                absent_alert=a.absent,
            )
        )
    return out
