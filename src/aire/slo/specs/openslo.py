"""OpenSLO specs (``openslo/v1alpha`` and ``openslo/v1``), ratio SLIs only.

v1alpha (as Sloth reads it): ``spec.objectives[i].ratioMetrics`` with ``good`` (or
``bad``) and ``total`` PromQL queries, ``target`` a ratio; each objective is one SLO named
``<metadata.name>-<i>``; ``timeWindows[0]`` (``count`` + ``unit`` Day) is its period.
v1: ``spec.indicator`` (or ``indicatorRef`` to an ``SLI`` document of the same file)
with ``ratioMetric.good|bad`` and ``total``, each a ``metricSource`` whose
``spec.query`` is the PromQL; ``objectives[].target`` (ratio) or ``targetPercent``;
``timeWindow[0].duration``. A query without ``{{.window}}`` that is a plain counter
(``ratioMetric.counter: true``) is wrapped as ``sum(rate(<query>[{{.window}}]))``.

Burn-rate alerts: Sloth generates none from OpenSLO, and neither does aire, unless a v1
SLO lists ``alertPolicies`` (then the page and ticket alerts, named after the SLO).
Threshold (latency) metrics are refused with the field named: write them as a ratio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aire.config.yaml_source import format_loc
from aire.errors import ConfigError
from aire.slo.model import SLI, SLO, WINDOW, AlertSpec

if TYPE_CHECKING:
    from aire.slo.specs import Document

__all__ = ["read_openslo"]

_UNITS = {"minute": "m", "hour": "h", "day": "d", "week": "w"}


class _Where:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def fail(self, message: str, *loc: str | int) -> ConfigError:
        return ConfigError(
            message,
            file=self.doc.source,
            line=self.doc.lines.line_for(loc),
            path=format_loc(loc) or None,
        )

    def get(self, data: Any, key: str, kind: type, *loc: str | int) -> Any:
        if not isinstance(data, dict) or key not in data:
            raise self.fail(f"missing field {key!r}", *loc)
        value = data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind):
            raise self.fail(f"{key} must be a {kind.__name__}", *loc, key)
        return value


def _query(w: _Where, metric: Any, counter: bool, *loc: str | int) -> str:
    if isinstance(metric, dict) and "query" in metric:  # v1alpha: {source, queryType, query}
        q = metric["query"]
        qloc: tuple[str | int, ...] = (*loc, "query")
    else:
        src = w.get(metric, "metricSource", dict, *loc)
        spec = w.get(src, "spec", dict, *loc, "metricSource")
        kind = str(src.get("type", "Prometheus")).lower()
        if kind != "prometheus":
            raise w.fail(
                f"metricSource type {src.get('type')!r}: aire reads Prometheus",
                *loc,
                "metricSource",
                "type",
            )
        q = spec.get("query", spec.get("promql"))
        qloc = (*loc, "metricSource", "spec", "query")
    if not isinstance(q, str) or not q.strip():
        raise w.fail("the query must be a non-empty string", *qloc)
    if WINDOW not in q:
        if not counter:
            raise w.fail(
                f"the query has no {WINDOW} placeholder (or set ratioMetric.counter: true)", *qloc
            )
        q = f"sum(rate({q.strip()}[{WINDOW}]))"
    return q


def _ratio_sli(w: _Where, ratio: Any, *loc: str | int) -> SLI:
    if not isinstance(ratio, dict):
        raise w.fail("a ratio metric must be a mapping", *loc)
    counter = bool(ratio.get("counter", False))
    total = _query(w, w.get(ratio, "total", dict, *loc), counter, *loc, "total")
    if "bad" in ratio:
        bad = _query(w, w.get(ratio, "bad", dict, *loc), counter, *loc, "bad")
        return SLI(error_query=bad, total_query=total)
    good = _query(w, w.get(ratio, "good", dict, *loc), counter, *loc, "good")
    g, t = good.strip(), total.strip()
    # Sloth's layout of "1 - good/total" (same operations, so the same values)
    raw = f"(\n  1 - (\n    (\n      {g}\n    )\n    /\n    (\n      {t}\n    )\n  )\n)"
    return SLI(error_ratio_query=raw)


def _target(w: _Where, objective: Any, *loc: str | int) -> float:
    if isinstance(objective, dict) and "targetPercent" in objective:
        pct = w.get(objective, "targetPercent", float, *loc)
    else:
        pct = w.get(objective, "target", float, *loc) * 100
    if not 0 < pct < 100:
        raise w.fail("the target must be between 0 and 1 (exclusive)", *loc, "target")
    return float(pct)


def read_openslo(doc: Document, docs: list[Document]) -> list[SLO]:
    w = _Where(doc)
    d = doc.data
    if d.get("kind") != "SLO":
        return []
    meta = w.get(d, "metadata", dict)
    name = w.get(meta, "name", str, "metadata")
    spec = w.get(d, "spec", dict)
    service = w.get(spec, "service", str, "spec")
    description = str(spec.get("description", ""))
    labels = {
        str(k): str(v)
        for k, v in (meta.get("labels") or {}).items()
        if not isinstance(v, (list, dict))
    }
    if d["apiVersion"] == "openslo/v1alpha":
        return _v1alpha(w, name, service, description, spec)
    return _v1(w, name, service, description, labels, spec, docs)


def _v1alpha(
    w: _Where, name: str, service: str, description: str, spec: dict[str, Any]
) -> list[SLO]:
    period = None
    windows = spec.get("timeWindows") or []
    if windows:
        tw = windows[0]
        count = w.get(tw, "count", int, "spec", "timeWindows", 0)
        unit = str(w.get(tw, "unit", str, "spec", "timeWindows", 0)).lower()
        if unit not in _UNITS:
            raise w.fail(
                f"unit {unit!r}: one of Minute, Hour, Day, Week", "spec", "timeWindows", 0, "unit"
            )
        period = f"{count}{_UNITS[unit]}"
    objectives = w.get(spec, "objectives", list, "spec")
    out = []
    for i, obj in enumerate(objectives):
        loc = ("spec", "objectives", i)
        if not isinstance(obj, dict) or "ratioMetrics" not in obj:
            raise w.fail("only ratioMetrics objectives are supported", *loc)
        out.append(
            SLO(
                service=service,
                name=f"{name}-{i}",
                objective=_target(w, obj, *loc),
                sli=_ratio_sli(w, obj["ratioMetrics"], *loc, "ratioMetrics"),
                description=description,
                period=period,
                spec="openslo/v1alpha",
                mode="cli-gen-openslo",
            )
        )
    return out


def _v1(
    w: _Where,
    name: str,
    service: str,
    description: str,
    labels: dict[str, str],
    spec: dict[str, Any],
    docs: list[Document],
) -> list[SLO]:
    if "indicator" in spec:
        indicator = spec["indicator"]
        iloc: tuple[str | int, ...] = ("spec", "indicator")
        iw = w
    else:
        ref = w.get(spec, "indicatorRef", str, "spec")
        found = [
            x
            for x in docs
            if x.data.get("kind") == "SLI" and (x.data.get("metadata") or {}).get("name") == ref
        ]
        if not found:
            raise w.fail(
                f"indicatorRef {ref!r}: no SLI document of that name in the file",
                "spec",
                "indicatorRef",
            )
        indicator, iloc, iw = found[0].data, (), _Where(found[0])
    ispec = iw.get(indicator, "spec", dict, *iloc)
    if "thresholdMetric" in ispec:
        raise iw.fail(
            "threshold metrics are not supported: write the SLI as a ratioMetric",
            *iloc,
            "spec",
            "thresholdMetric",
        )
    sli = _ratio_sli(
        iw, iw.get(ispec, "ratioMetric", dict, *iloc, "spec"), *iloc, "spec", "ratioMetric"
    )
    period = None
    tws = spec.get("timeWindow") or []
    if tws:
        period = str(w.get(tws[0], "duration", str, "spec", "timeWindow", 0))
    alerting = bool(spec.get("alertPolicies"))
    alert_name = (
        "".join(p.capitalize() for p in name.replace("_", "-").split("-")) + "ErrorBudgetBurn"
    )
    objectives = w.get(spec, "objectives", list, "spec")
    out = []
    for i, obj in enumerate(objectives):
        suffix = f"-{obj.get('name') or i}" if len(objectives) > 1 else ""
        out.append(
            SLO(
                service=service,
                name=f"{name}{suffix}",
                objective=_target(w, obj, "spec", "objectives", i),
                sli=sli,
                description=description,
                labels=labels,
                alert_name=alert_name if alerting else None,
                page=AlertSpec(disabled=not alerting),
                ticket=AlertSpec(disabled=not alerting),
                period=period,
                spec="openslo/v1",
                mode="cli-gen-openslo",
            )
        )
    return out
