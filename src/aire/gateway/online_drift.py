"""The gateway's online drift detectors: ``aire.drift.monitor.DriftMonitor`` as a feature
sink of the quality SLIs, unless ``gateway.drift.enabled`` is false."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from aire.config.gateway import OnlineDriftConfig
    from aire.drift.monitor import DriftMonitor

__all__ = ["online_drift"]


def online_drift(config: OnlineDriftConfig, registry: CollectorRegistry) -> DriftMonitor | None:
    if not config.enabled:
        return None
    from aire.drift.monitor import DriftMonitor
    from aire.drift.profile import Profile

    profile = Profile.load(config.profile) if config.profile is not None else None
    return DriftMonitor(
        profile,
        warmup=config.warmup_answers,
        arl=config.arl_answers,
        registry=registry,
        latency=config.latency,
    )
