"""Canary deployments: a share of an alias's traffic goes to one deployment, which is
rolled back (its weight set to 0, logged, ``on_canary`` to the observers) as soon as a
sequential test says it is worse than the rest of the alias by more than a margin.

The test, per signal (errors from the attempts; refusals, empty, cut and schema-invalid
answers from the answer features): a Bernoulli CUSUM on the canary's answers whose
in-control rate ``p0`` is the primary's rate (its one-sided upper 95% Wilson bound, so a short
primary history cannot make the canary look worse) plus the margin, rounded up to 0.5
points, looking for ``p1 = p0 + max(p0, 0.1)``; its threshold holds ``arl`` canary
answers between false rollbacks (``aire.drift.online``). Primary answers only update
the rate; the canary is judged once the primary has ``min_primary`` answers, its
earlier answers included.

Power, with the defaults (``weight`` 0.2, margins 2 points, ``arl`` 10^5 per signal):
"rolled back within 1,000 requests" counts all of the alias's requests, of which the
canary gets ~200 (binomial, sd ~13). Against a primary refusing 1%, ``p0`` is ~4% (the
primary's upper bound, ~2%, plus the margin) and ``p1`` 14%; the threshold for an ARL of
10^5 is ~7.8, and a canary refusing 21% raises the statistic by ~0.18 per answer (the
Kullback-Leibler divergence), so it is rolled back after ~46 canary answers on average,
~270 requests (1,000 seeds: 95% by ~520, all by ~880; ``benchmarks/drift/canary_power.py``).
At a 10% share the same test needs ~480 requests at the median and ~3% of runs go past
1,000: ~100 canary answers do not reliably separate 21% from 4% at this false-rollback
rate.
An equally good canary (1% against ``p0`` ~4%) has an expected run length of ~10^10 canary
answers: it is never rolled back in practice. At the edge of the margin (3% against 1%)
it is ~10^6 (``arl`` is met at ``p0`` itself). Five signals are tested, so the canary's
expected answers between false rollbacks are at least ``arl / 5``. A primary that already
refuses 5% puts ``p0`` at ~8.5%: a canary at 25% then takes ~430 requests at the median
and ~1% of runs go past 1,000.

Thread-safe: attempts end on the event loop, features arrive on the features worker.
"""

from __future__ import annotations

import logging
import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from aire.config.gateway import CanaryConfig
from aire.drift.online import bernoulli_threshold
from aire.drift.profile import signals
from aire.stats import wilson
from aire.telemetry.features import AnswerFeatures

__all__ = ["QUALITY_SIGNALS", "Canary", "CanaryFeatures"]

log = logging.getLogger("aire.gateway.canary")

#: rates from the answer features that judge a canary (errors come from the attempts)
QUALITY_SIGNALS = ("refused", "empty", "truncated", "schema_invalid")
_STEP = 0.005
_LEVEL = 0.9  # the primary rate's upper bound: one-sided 95%
_PENDING = 1000  # canary answers kept until the primary has enough to judge them by


@dataclass(slots=True)
class _Signal:
    name: str
    margin: float
    primary_bad: int = 0
    primary_n: int = 0
    canary_bad: int = 0
    canary_n: int = 0
    s: float = 0.0
    p0: float = math.nan
    up: float = 0.0
    down: float = 0.0
    threshold: float = math.inf
    pending: list[bool] = field(default_factory=list)  # canary answers before judging

    def calibrate(self, arl: float) -> None:
        high = wilson(self.primary_bad, self.primary_n, _LEVEL).high
        p0 = min(0.9, math.ceil((high + self.margin) / _STEP - 1e-9) * _STEP)
        p0 = max(p0, _STEP)
        if p0 != self.p0:
            p1 = min(0.99, p0 + max(p0, 0.1))
            self.p0 = p0
            self.up, self.down = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
            self.threshold = bernoulli_threshold(p0, p1, arl)


class Canary:
    """One alias's canary: ``takes()`` decides per request, ``on_attempt`` and
    ``on_features`` feed the test, ``rolled_back`` says why it stopped."""

    def __init__(
        self,
        alias: str,
        config: CanaryConfig,
        *,
        on_change: Callable[[str, str, float, str], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.alias = alias
        self.config = config
        self.deployment = config.deployment
        self.weight = config.weight
        self.rolled_back: str | None = None
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._on_change = on_change
        self.signals = {"error": _Signal("error", config.error_margin)}
        for name in QUALITY_SIGNALS:
            self.signals[name] = _Signal(name, config.quality_margin)

    def takes(self) -> bool:
        """This request goes to the canary (the weight is read without a lock)."""
        w = self.weight
        return w > 0.0 and self._rng.random() < w

    def on_attempt(self, deployment: str, ok: bool) -> None:
        """An attempt ended (only failures that count against a deployment are not ok)."""
        self._record("error", deployment == self.deployment, not ok)

    def on_features(self, features: AnswerFeatures) -> None:
        """A ``FeatureSink``: one answer's quality signals."""
        if features.alias != self.alias or features.deployment is None:
            return
        values = signals(features)
        is_canary = features.deployment == self.deployment
        for name in QUALITY_SIGNALS:
            v = values.get(name)
            if v is not None:
                self._record(name, is_canary, bool(v))

    def _record(self, name: str, is_canary: bool, bad: bool) -> None:
        with self._lock:
            sig = self.signals[name]
            if not is_canary:
                sig.primary_n += 1
                sig.primary_bad += bad
                return
            sig.canary_n += 1
            sig.canary_bad += bad
            if self.rolled_back is not None:
                return
            if sig.primary_n < self.config.min_primary:
                if len(sig.pending) < _PENDING:
                    sig.pending.append(bad)
                return
            sig.calibrate(self.config.arl)
            backlog, sig.pending = [*sig.pending, bad], []
            for b in backlog:  # answers from before the primary had enough count too
                sig.s = max(0.0, sig.s + (sig.up if b else sig.down))
                if sig.s >= sig.threshold:
                    break
            if sig.s < sig.threshold:
                return
            self.weight = 0.0
            self.rolled_back = name
        log.warning(
            "canary %s of alias %s rolled back: its %s rate %.1f%% (%d/%d) is worse than the "
            "primary's %.1f%% (%d/%d) by more than %.1f points",
            self.deployment,
            self.alias,
            name,
            100 * sig.canary_bad / sig.canary_n,
            sig.canary_bad,
            sig.canary_n,
            100 * sig.primary_bad / sig.primary_n,
            sig.primary_bad,
            sig.primary_n,
            100 * sig.margin,
            extra={"alias": self.alias, "deployment": self.deployment, "signal": name},
        )
        if self._on_change is not None:
            self._on_change(self.alias, self.deployment, 0.0, name)

    def status(self) -> dict[str, object]:
        with self._lock:
            return {
                "deployment": self.deployment,
                "weight": self.weight,
                "rolled_back": self.rolled_back,
                "signals": {
                    n: {
                        "canary": f"{s.canary_bad}/{s.canary_n}",
                        "primary": f"{s.primary_bad}/{s.primary_n}",
                        "score": 0.0 if not math.isfinite(s.threshold) else s.s / s.threshold,
                    }
                    for n, s in self.signals.items()
                },
            }


class CanaryFeatures:
    """A ``FeatureSink`` for the whole gateway: each answer's features go to its alias's
    canary, looked up per answer (routes are rebuilt on reload). Wiring, with the quality
    observer's sinks: ``app.quality.add_sink(CanaryFeatures(lambda a: app.canary_of(a)))``."""

    def __init__(self, canary_of: Callable[[str], Canary | None]) -> None:
        self._canary_of = canary_of

    def on_features(self, features: AnswerFeatures) -> None:
        canary = self._canary_of(features.alias)
        if canary is not None:
            canary.on_features(features)
