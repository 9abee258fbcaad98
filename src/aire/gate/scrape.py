"""Reading a serving engine's metrics: its own ``/metrics`` (vLLM names) or Prometheus.

``Snapshot`` is one scrape: gauges by name (summed over labels), histograms by name (the
cumulative bucket counts, summed over labels), counters by name. Two snapshots taken
around a probe run give what the server saw during it (``Histogram.minus``), and a
histogram's quantile is interpolated within its bucket as Prometheus'
``histogram_quantile`` does.
"""

from __future__ import annotations

import json
import math
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families

__all__ = ["Histogram", "Snapshot", "prometheus_query", "scrape"]


@dataclass(slots=True)
class Histogram:
    buckets: dict[float, float] = field(default_factory=dict)  # le -> cumulative count
    sum: float = 0.0
    count: float = 0.0

    def minus(self, earlier: Histogram) -> Histogram:
        return Histogram(
            {le: c - earlier.buckets.get(le, 0.0) for le, c in self.buckets.items()},
            self.sum - earlier.sum,
            self.count - earlier.count,
        )

    def quantile(self, q: float) -> float | None:
        """The q-quantile (0-1), linear within its bucket; None without observations."""
        if self.count <= 0 or not self.buckets:
            return None
        rank = q * self.count
        lower_le, lower_count = 0.0, 0.0
        for le in sorted(self.buckets):
            c = self.buckets[le]
            if c >= rank:
                if math.isinf(le):
                    return lower_le
                span = c - lower_count
                return lower_le + (le - lower_le) * ((rank - lower_count) / span if span else 0.0)
            lower_le, lower_count = le, c
        return lower_le

    @property
    def mean(self) -> float | None:
        return self.sum / self.count if self.count > 0 else None


@dataclass(slots=True)
class Snapshot:
    gauges: dict[str, float] = field(default_factory=dict)
    counters: dict[str, float] = field(default_factory=dict)
    histograms: dict[str, Histogram] = field(default_factory=dict)


def parse(text: str) -> Snapshot:
    snap = Snapshot()
    for family in text_string_to_metric_families(text):
        if family.type == "histogram":
            hist = snap.histograms.setdefault(family.name, Histogram())
            for s in family.samples:
                if s.name.endswith("_bucket"):
                    le = float(s.labels["le"])
                    hist.buckets[le] = hist.buckets.get(le, 0.0) + s.value
                elif s.name.endswith("_sum"):
                    hist.sum += s.value
                elif s.name.endswith("_count"):
                    hist.count += s.value
        elif family.type == "counter":
            total = sum(s.value for s in family.samples if s.name.endswith("_total"))
            snap.counters[family.name] = snap.counters.get(family.name, 0.0) + total
        else:
            for s in family.samples:
                snap.gauges[s.name] = snap.gauges.get(s.name, 0.0) + s.value
    return snap


def scrape(url: str, timeout_s: float = 5.0) -> Snapshot:
    with urllib.request.urlopen(url, timeout=timeout_s) as resp:
        return parse(resp.read().decode("utf-8", errors="replace"))


def prometheus_query(base: str, expr: str, timeout_s: float = 10.0) -> float | None:
    """An instant query's value (the largest, when the result has several series)."""
    url = base.rstrip("/") + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=timeout_s) as resp:
        data = json.loads(resp.read())
    if data.get("status") != "success":
        raise ValueError(f"Prometheus answered {data.get('status')}: {data.get('error')}")
    values = []
    for item in data.get("data", {}).get("result", []):
        try:
            v = float(item["value"][1])
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if math.isfinite(v):
            values.append(v)
    return max(values) if values else None
