"""gateway.drift: the online detectors are a feature sink of the quality SLIs."""

from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from aire.config.gateway import GatewayConfig, OnlineDriftConfig
from aire.drift.monitor import DriftMonitor
from aire.errors import InputFileError
from aire.gateway.app import GatewayApp
from aire.gateway.online_drift import online_drift

MODELS = {"chat": {"deployments": [{"url": "http://127.0.0.1:9/v1", "model": "m"}]}}


def test_on_by_default_when_the_extra_is_installed() -> None:
    app = GatewayApp(GatewayConfig.model_validate({"models": MODELS}))
    assert isinstance(app.drift, DriftMonitor)
    assert app.drift.warmup == 1000
    assert app.drift.arl == 1e6
    assert app.quality is not None
    assert app.drift in app.quality.sinks


def test_off_by_config_or_without_quality_slis() -> None:
    off = GatewayApp(GatewayConfig.model_validate({"models": MODELS, "drift": {"enabled": False}}))
    assert off.drift is None
    no_quality = GatewayApp(GatewayConfig.model_validate({"models": MODELS, "quality_slis": False}))
    assert no_quality.drift is None


def test_a_missing_profile_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        online_drift(OnlineDriftConfig(profile=tmp_path / "nope.json"), CollectorRegistry())
