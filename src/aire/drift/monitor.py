"""The gateway's drift monitor: a ``FeatureSink`` that feeds every answer's signals to a
set of online detectors per alias, against a reference profile (loaded from a file, or
learnt from each alias's first ``warmup`` answers).

Detectors: a Bernoulli CUSUM per rate signal (alarm when the rate rises), a two-sided
Gaussian CUSUM on normal scores per continuous signal (with at least 200 reference
values); each calibrated to ``arl`` answers between false alarms (default 10^7). Per
detector, a run of H answers alarms falsely with probability about H/``arl``: with ~10
detectors per alias, 10^6 each would give a clean run of 20,000 answers a ~5-15% chance
of an alarm (measured: 1.5% per continuous detector after a 200-answer warm-up, 0.75-1.25%
after 1,000; the rate detectors, whose ``p0`` is an upper bound, far less); 10^7 makes it
~1% at most for the whole alias, for ~25 more answers to detect a 20% degradation.

A rate's in-control value ``p0`` is the upper 95% Wilson bound of its reference rate
(floor 0.2%), so a short warm-up does not under-state it; the detectors look for
``p1 = max(2 p0, p0 + 0.1)``.

Latency and time to first token get no detector unless ``latency=True``: at the gateway
they follow the load (queueing, the machine, the upstream's batch) more than the answers,
so consecutive answers are not independent and a CUSUM calibrated for independent values
alarms whenever the load changes (a clean run behind a real gateway on a busy machine
alarmed on ``latency_s`` after ~150 answers past its warm-up, with the median moving
between 1.6 and 4.7 ms from one 250-answer stretch to the next). Latency SLOs with
burn-rate alerts (``aire slo``) are the tool for latency.

Thread-safe (the features worker calls ``on_features`` off the event loop). Gauges:
``aire_drift_score{alias,detector}`` (1.0 is the alarm line) and
``aire_drift_alarm{alias,detector}`` (0/1, latched until ``reset``; the score gauge is
refreshed every 16th answer and at each alarm, to keep the worker cheap); an alarm is logged
once, as a warning on the ``aire.drift`` logger.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Gauge

from aire.drift.online import BernoulliCusum, Detector, GaussianCusum
from aire.drift.profile import Profile, signals
from aire.stats import wilson
from aire.telemetry.features import AnswerFeatures

__all__ = ["LOAD_DEPENDENT", "AliasMonitor", "DriftMonitor", "detectors_for"]

log = logging.getLogger("aire.drift")

_P0_FLOOR = 0.002
_MIN_RATE_N = 100  # fewer reference answers with a signal: no detector for it
#: fewer reference values: no continuous detector (the reference's error would push the
#: threshold out of reach: at 50 values it is ~100x the exact one)
_MIN_CONTINUOUS_N = 200
_GAUGE_EVERY = 16  # score gauges follow every 16th answer (and every alarm) per alias
#: signals that follow the load rather than the answers: detectors only with latency=True
LOAD_DEPENDENT = frozenset({"latency_s", "ttft_s"})


def detectors_for(
    profile: Profile, *, arl: float = 1e7, k: float = 0.25, latency: bool = False
) -> list[Detector]:
    out: list[Detector] = []
    for name, ref in profile.rates.items():
        if ref.n < _MIN_RATE_N:
            continue
        p0 = max(wilson(ref.ones, ref.n).high, _P0_FLOOR)
        p1 = max(2.0 * p0, p0 + 0.1)
        if p1 >= 0.99:
            continue
        out.append(BernoulliCusum(name, p0, p1, arl))
    for name, sample in profile.continuous.items():
        if name in LOAD_DEPENDENT and not latency:
            continue
        if len(set(sample)) < 10:  # (almost) constant in the reference: no scale to test on
            continue
        if len(sample) < _MIN_CONTINUOUS_N:
            continue
        out.append(GaussianCusum(name, sample, k=k, arl=arl))
    return out


@dataclass(slots=True)
class AliasMonitor:
    alias: str
    profile: Profile | None = None
    detectors: dict[str, Detector] = field(default_factory=dict)
    warmup: list[AnswerFeatures] = field(default_factory=list)
    n: int = 0


class DriftMonitor:
    """A ``FeatureSink``: ``on_features`` for each settled answer."""

    def __init__(
        self,
        profile: Profile | None = None,
        *,
        warmup: int = 1000,
        arl: float = 1e7,
        variants: Iterable[str] = ("primary",),
        registry: CollectorRegistry | None = None,
        latency: bool = False,
    ) -> None:
        self.profile = profile
        self.latency = latency
        self.warmup = warmup
        self.arl = arl
        self.variants = frozenset(variants)
        self._aliases: dict[str, AliasMonitor] = {}
        self._lock = threading.Lock()
        reg = registry if registry is not None else CollectorRegistry()
        self.registry = reg
        self._score = Gauge(
            "aire_drift_score",
            "Online drift detector statistic over its alarm threshold (1 = alarm line).",
            ["alias", "detector"],
            registry=reg,
        )
        self._alarm = Gauge(
            "aire_drift_alarm",
            "1 while an online drift detector is in alarm (latched until reset).",
            ["alias", "detector"],
            registry=reg,
        )
        self._children: dict[tuple[str, str], tuple[Any, Any]] = {}

    def on_features(self, features: AnswerFeatures) -> None:
        if features.variant not in self.variants:
            return
        with self._lock:
            mon = self._aliases.get(features.alias)
            if mon is None:
                mon = self._aliases[features.alias] = AliasMonitor(features.alias, self.profile)
                if self.profile is not None:
                    self._arm(mon, self.profile)
            mon.n += 1
            if mon.profile is None:
                mon.warmup.append(features)
                if len(mon.warmup) >= self.warmup:
                    profile = Profile.from_features(mon.warmup, source=f"warm-up of {mon.alias}")
                    mon.warmup = []
                    self._arm(mon, profile)
                return
            values = signals(features, mon.profile.main_language)
            for name, det in mon.detectors.items():
                v = values.get(name)
                if v is None:
                    continue
                was = det.alarm
                det.update(v)
                if mon.n % _GAUGE_EVERY and det.alarm == was:
                    continue
                score, alarm = self._children[(mon.alias, name)]
                score.set(det.score())
                if det.alarm and not was:
                    alarm.set(1)
                    log.warning(
                        "drift alarm: alias %s, detector %s (after %d answers; score %.2f)",
                        mon.alias,
                        name,
                        mon.n,
                        det.score(),
                        extra={"alias": mon.alias, "detector": name},
                    )

    def _arm(self, mon: AliasMonitor, profile: Profile) -> None:
        mon.profile = profile
        mon.detectors = {
            d.name: d for d in detectors_for(profile, arl=self.arl, latency=self.latency)
        }
        for name in mon.detectors:
            key = (mon.alias, name)
            child = (self._score.labels(*key), self._alarm.labels(*key))
            child[0].set(0.0)
            child[1].set(0.0)
            self._children[key] = child

    def alarms(self) -> dict[str, list[str]]:
        """alias -> detectors in alarm."""
        with self._lock:
            return {
                a: [n for n, d in m.detectors.items() if d.alarm] for a, m in self._aliases.items()
            }

    def status(self) -> dict[str, Any]:
        """Per alias: warming up or armed, and each detector's score and alarm."""
        with self._lock:
            return {
                a: {
                    "state": "armed" if m.profile is not None else "warming_up",
                    "answers": m.n,
                    "detectors": {
                        n: {"score": round(d.score(), 4), "alarm": d.alarm}
                        for n, d in m.detectors.items()
                    },
                }
                for a, m in self._aliases.items()
            }

    def reset(self, alias: str | None = None) -> None:
        with self._lock:
            for a, m in self._aliases.items():
                if alias is not None and a != alias:
                    continue
                for name, det in m.detectors.items():
                    det.reset()
                    score, alarm = self._children[(a, name)]
                    score.set(0.0)
                    alarm.set(0.0)
