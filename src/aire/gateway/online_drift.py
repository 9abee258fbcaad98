"""The gateway's online drift detectors: ``aire.drift.monitor.DriftMonitor`` as a feature
sink of the quality SLIs, when ``gateway.drift`` turns it on (by default: when the
``drift`` extra, which brings scipy, is installed)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aire.errors import ConfigError

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from aire.config.gateway import OnlineDriftConfig
    from aire.drift.monitor import DriftMonitor

__all__ = ["online_drift"]

log = logging.getLogger("aire.gateway")


def online_drift(config: OnlineDriftConfig, registry: CollectorRegistry) -> DriftMonitor | None:
    if config.enabled is False:
        return None
    try:
        from aire.drift.monitor import DriftMonitor
        from aire.drift.profile import Profile
    except ImportError:
        if config.enabled:
            raise ConfigError(
                "gateway.drift.enabled needs the 'drift' extra: pip install 'aire[drift]'"
            ) from None
        log.info("online drift detectors off: install the 'drift' extra to turn them on")
        return None
    profile = Profile.load(config.profile) if config.profile is not None else None
    return DriftMonitor(
        profile,
        warmup=config.warmup_answers,
        arl=config.arl_answers,
        registry=registry,
        latency=config.latency,
    )
