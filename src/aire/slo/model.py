"""What every SLO spec format becomes: one ``SLO`` per objective, ready for rule generation.

Sloth's ``prometheus/v1`` (and its Kubernetes ``PrometheusServiceLevel``), OpenSLO and
aire's own spec are read into these (``aire.slo.specs``); the rule generator, dashboards
and ``aire slo status`` only see this shape. Series names and labels follow Sloth's, so
dashboards made for Sloth read aire's rules too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["SLI", "SLO", "AlertSpec", "format_number"]

#: the placeholder of a window in SLI queries (Sloth's syntax; OpenSLO specs use it too)
WINDOW = "{{.window}}"


@dataclass(frozen=True, slots=True)
class SLI:
    """Either events (``error_query`` and ``total_query``, two rates) or a ratio query.

    Queries contain ``{{.window}}`` where the window goes (``[{{.window}}]``).
    """

    error_query: str | None = None
    total_query: str | None = None
    error_ratio_query: str | None = None  # "raw": already errors / total

    @property
    def events(self) -> bool:
        return self.error_query is not None and self.total_query is not None

    def error_ratio(self, window: str) -> str:
        """The error ratio over ``window`` as PromQL (Sloth's layout for events)."""
        if self.events:
            assert self.error_query is not None
            assert self.total_query is not None
            err = self.error_query.strip().replace(WINDOW, window)
            tot = self.total_query.strip().replace(WINDOW, window)
            return f"({err})\n/\n({tot})\n"
        assert self.error_ratio_query is not None
        return self.error_ratio_query.strip().replace(WINDOW, window)

    def total(self, window: str) -> str | None:
        """Events per second over ``window`` (None for a ratio query)."""
        if self.total_query is None:
            return None
        return self.total_query.strip().replace(WINDOW, window)


@dataclass(frozen=True, slots=True)
class AlertSpec:
    """A page or ticket alert of an SLO (both share the alert's name)."""

    disabled: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SLO:
    service: str
    name: str
    objective: float  # percent, 0 < objective < 100
    sli: SLI
    description: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # the spec's and the SLO's
    alert_name: str | None = None
    alert_labels: dict[str, str] = field(default_factory=dict)
    alert_annotations: dict[str, str] = field(default_factory=dict)
    page: AlertSpec = field(default_factory=lambda: AlertSpec(disabled=True))
    ticket: AlertSpec = field(default_factory=lambda: AlertSpec(disabled=True))
    period: str | None = None  # the spec's own period (OpenSLO timeWindow, aire spec)
    spec: str = "prometheus/v1"  # the format it was read from (label sloth_spec)
    mode: str = "cli-gen-prom"  # label sloth_mode, as Sloth names how it was generated
    kind: str = "ratio"  # aire's SLI kind: availability, latency, quality, ratio
    runbook: str = "slo-burn-rate.md"  # the runbook page of its burn-rate alerts
    min_events: int | None = None  # the spec's low-traffic guard (None: the default)
    absent_alert: bool | None = None  # the spec's choice (None: the default)

    @property
    def id(self) -> str:
        return f"{self.service}-{self.name}"

    @property
    def error_budget(self) -> float:
        """The error budget as a ratio, computed as Sloth does (bit for bit)."""
        return (100 - self.objective) / 100

    @property
    def objective_ratio(self) -> float:
        return self.objective / 100


def format_number(value: float) -> str:
    """The shortest text that reads back as ``value`` (Go's ``%g``-like, as Sloth prints)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)
