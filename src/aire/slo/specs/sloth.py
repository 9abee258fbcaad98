"""Sloth's SLO specs: ``version: prometheus/v1`` and the Kubernetes ``PrometheusServiceLevel``.

Field for field as Sloth reads them (``sli.events``, ``sli.raw``; ``alerting.name``,
``page_alert``/``ticket_alert`` with ``disable``, labels and annotations; camelCase in
the Kubernetes form). ``sli.plugin`` is refused: aire has no Sloth plugins. Unknown fields
are refused too (a typo is not silently an SLO without alerts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, model_validator

from aire.config.base import FieldError, Model
from aire.config.loader import validate_config
from aire.config.yaml_source import format_loc
from aire.errors import ConfigError
from aire.slo.model import SLI, SLO, WINDOW, AlertSpec

if TYPE_CHECKING:
    from aire.slo.specs import Document

__all__ = ["read_kubernetes", "read_prometheus_v1"]

_Name = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=128)


class _Events(Model):
    error_query: str = Field(min_length=1)
    total_query: str = Field(min_length=1)


class _Raw(Model):
    error_ratio_query: str = Field(min_length=1)


class _SLI(Model):
    events: _Events | None = None
    raw: _Raw | None = None
    plugin: dict[str, object] | None = None

    @model_validator(mode="after")
    def _one(self) -> _SLI:
        if self.plugin is not None:
            raise FieldError("SLI plugins are not supported by aire: write events or raw", "plugin")
        if (self.events is None) == (self.raw is None):
            raise ValueError("give exactly one of events or raw")
        return self


class _Alert(Model):
    disable: bool = False
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)


class _Alerting(Model):
    name: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    page_alert: _Alert = Field(default_factory=_Alert)
    ticket_alert: _Alert = Field(default_factory=_Alert)


class _SLO(Model):
    name: str = _Name
    objective: float = Field(gt=0, lt=100)
    description: str = ""
    labels: dict[str, str] = Field(default_factory=dict)
    sli: _SLI
    alerting: _Alerting = Field(default_factory=_Alerting)


class _PrometheusV1(Model):
    version: str
    service: str = _Name
    labels: dict[str, str] = Field(default_factory=dict)
    slos: list[_SLO] = Field(min_length=1)


# -- Kubernetes form (camelCase) --


class _KEvents(Model):
    errorQuery: str = Field(min_length=1)
    totalQuery: str = Field(min_length=1)


class _KRaw(Model):
    errorRatioQuery: str = Field(min_length=1)


class _KSLI(Model):
    events: _KEvents | None = None
    raw: _KRaw | None = None
    plugin: dict[str, object] | None = None

    @model_validator(mode="after")
    def _one(self) -> _KSLI:
        if self.plugin is not None:
            raise FieldError("SLI plugins are not supported by aire: write events or raw", "plugin")
        if (self.events is None) == (self.raw is None):
            raise ValueError("give exactly one of events or raw")
        return self


class _KAlerting(Model):
    name: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    pageAlert: _Alert = Field(default_factory=_Alert)
    ticketAlert: _Alert = Field(default_factory=_Alert)


class _KSLO(Model):
    name: str = _Name
    objective: float = Field(gt=0, lt=100)
    description: str = ""
    labels: dict[str, str] = Field(default_factory=dict)
    sli: _KSLI
    alerting: _KAlerting = Field(default_factory=_KAlerting)


class _KSpec(Model):
    service: str = _Name
    labels: dict[str, str] = Field(default_factory=dict)
    slos: list[_KSLO] = Field(min_length=1)


class _Kubernetes(Model):
    apiVersion: str
    kind: str
    metadata: dict[str, object] = Field(default_factory=dict)
    spec: _KSpec


def _check_window(query: str, doc: Document, loc: tuple[str | int, ...]) -> None:
    if WINDOW not in query:
        raise ConfigError(
            f"the query has no {WINDOW} placeholder (where the rate window goes)",
            file=doc.source,
            line=doc.lines.line_for(loc),
            path=format_loc(loc),
        )


def _alert(a: _Alert) -> AlertSpec:
    return AlertSpec(disabled=a.disable, labels=dict(a.labels), annotations=dict(a.annotations))


def _need_name(
    name: str | None, page: _Alert, ticket: _Alert, doc: Document, loc: tuple[str | int, ...]
) -> None:
    if name is None and not (page.disable and ticket.disable):
        raise ConfigError(
            "alerting.name is required unless both alerts are disabled",
            file=doc.source,
            line=doc.lines.line_for(loc),
            path=format_loc(loc),
        )


def read_prometheus_v1(doc: Document, docs: list[Document]) -> list[SLO]:
    spec = validate_config(_PrometheusV1, doc.data, source=doc.source, lines=doc.lines)
    out = []
    for i, s in enumerate(spec.slos):
        if s.sli.events is not None:
            for q in ("error_query", "total_query"):
                _check_window(getattr(s.sli.events, q), doc, ("slos", i, "sli", "events", q))
            sli = SLI(error_query=s.sli.events.error_query, total_query=s.sli.events.total_query)
        else:
            assert s.sli.raw is not None
            q = s.sli.raw.error_ratio_query
            _check_window(q, doc, ("slos", i, "sli", "raw", "error_ratio_query"))
            sli = SLI(error_ratio_query=q)
        a = s.alerting
        _need_name(a.name, a.page_alert, a.ticket_alert, doc, ("slos", i, "alerting"))
        out.append(
            SLO(
                service=spec.service,
                name=s.name,
                objective=s.objective,
                sli=sli,
                description=s.description,
                labels={**spec.labels, **s.labels},
                alert_name=a.name,
                alert_labels=dict(a.labels),
                alert_annotations=dict(a.annotations),
                page=_alert(a.page_alert),
                ticket=_alert(a.ticket_alert),
                spec="prometheus/v1",
                mode="cli-gen-prom",
            )
        )
    return out


def read_kubernetes(doc: Document, docs: list[Document]) -> list[SLO]:
    k = validate_config(_Kubernetes, doc.data, source=doc.source, lines=doc.lines)
    out = []
    for i, s in enumerate(k.spec.slos):
        base = ("spec", "slos", i, "sli")
        if s.sli.events is not None:
            _check_window(s.sli.events.errorQuery, doc, (*base, "events", "errorQuery"))
            _check_window(s.sli.events.totalQuery, doc, (*base, "events", "totalQuery"))
            sli = SLI(error_query=s.sli.events.errorQuery, total_query=s.sli.events.totalQuery)
        else:
            assert s.sli.raw is not None
            _check_window(s.sli.raw.errorRatioQuery, doc, (*base, "raw", "errorRatioQuery"))
            sli = SLI(error_ratio_query=s.sli.raw.errorRatioQuery)
        a = s.alerting
        _need_name(a.name, a.pageAlert, a.ticketAlert, doc, ("spec", "slos", i, "alerting"))
        out.append(
            SLO(
                service=k.spec.service,
                name=s.name,
                objective=s.objective,
                sli=sli,
                description=s.description,
                labels={**k.spec.labels, **s.labels},
                alert_name=a.name,
                alert_labels=dict(a.labels),
                alert_annotations=dict(a.annotations),
                page=_alert(a.pageAlert),
                ticket=_alert(a.ticketAlert),
                spec="sloth.slok.dev/v1",
                mode="cli-gen-k8s",
            )
        )
    return out
