"""gateway.drift: the online detectors are a feature sink of the quality SLIs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry
from tests.gateway.drift_e2e import KINDS, Lane, run_until, scrape_alarms
from tests.gateway.helpers import deployment

from aire.config.gateway import GatewayConfig, OnlineDriftConfig
from aire.drift.monitor import DriftMonitor
from aire.errors import InputFileError
from aire.gateway.app import GatewayApp
from aire.gateway.online_drift import online_drift
from aire.server import serve_in_thread
from aire.sim.app import SimApp
from aire.telemetry.features import AnswerFeatures

MODELS = {"chat": {"deployments": [{"url": "http://127.0.0.1:9/v1", "model": "m"}]}}


def test_on_by_default() -> None:
    app = GatewayApp(GatewayConfig.model_validate({"models": MODELS}))
    assert isinstance(app.drift, DriftMonitor)
    assert app.drift.warmup == 1000
    assert app.drift.arl == 1e7
    assert app.quality is not None
    assert app.drift in app.quality.sinks
    assert app.drift.latency is False  # latency follows the load: opt in with drift.latency
    on = GatewayApp(GatewayConfig.model_validate({"models": MODELS, "drift": {"latency": True}}))
    assert on.drift is not None
    assert on.drift.latency is True


def test_off_by_config_or_without_quality_slis() -> None:
    off = GatewayApp(GatewayConfig.model_validate({"models": MODELS, "drift": {"enabled": False}}))
    assert off.drift is None
    no_quality = GatewayApp(GatewayConfig.model_validate({"models": MODELS, "quality_slis": False}))
    assert no_quality.drift is None


def test_a_missing_profile_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        online_drift(OnlineDriftConfig(profile=tmp_path / "nope.json"), CollectorRegistry())


# --- end to end: a real gateway in front of degrading simulators ----------------------

WARMUP = 1000  # the default warm-up (answers per alias)
ROUND = 25  # requests per alias and round; alarms are read between rounds
#: the detector each kind must trip (others may trip too)
EXPECTED = {
    "length": "answer_chars",
    "language": "language_mismatch",
    "content": "distinct_word_share",
    "refusal": "refused",
    "schema": "schema_invalid",
}


@pytest.mark.acceptance
@pytest.mark.timeout(300)
async def test_each_degradation_is_detected_within_500_requests_and_clean_traffic_is_quiet(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    """Five simulators, one per ``--degrade`` kind at rate 0.2 from request 1001 on, and a
    clean one, behind one gateway with the default detectors (warm-up of 1000 answers per
    alias, ARL 10^7 per detector). Every kind raises an alarm for its alias within 500
    requests after its degradation starts; the clean alias (every other request asking for
    JSON, so that every detector is armed) raises none."""
    with ExitStack() as exits:
        await _degradations_detected(start_sim, exits)


async def _degradations_detected(
    start_sim: Callable[..., tuple[str, SimApp]], exits: ExitStack
) -> None:
    models: dict[str, Any] = {}
    for i, kind in enumerate((*KINDS, "clean")):
        degradations = (
            [] if kind == "clean" else [{"kind": kind, "rate": 0.2, "after_requests": WARMUP}]
        )
        url, _ = start_sim(seed=100 + i, degradations=degradations)
        models[kind] = {"deployments": [deployment(url, f"sim-{kind}")]}
    app = GatewayApp(
        GatewayConfig.model_validate(
            {"models": models, "log_requests": False, "health": {"enabled": False}}
        )
    )
    assert app.drift is not None
    assert app.quality is not None
    threads: set[str] = set()
    on_features = app.drift.on_features

    def watched(features: AnswerFeatures) -> None:
        threads.add(threading.current_thread().name)
        on_features(features)

    app.drift.on_features = watched  # type: ignore[method-assign]
    gw = exits.enter_context(serve_in_thread(app))
    lanes = [Lane(k, json_every=1 if k == "schema" else 0) for k in KINDS]
    clean = Lane("clean", json_every=2)

    # the warm-up: clean answers on every alias (no alarm can come before the reference)
    await run_until(gw, app, [*lanes, clean], rounds=WARMUP // ROUND, per_round=ROUND)
    status = app.drift.status()
    assert all(status[k]["state"] == "armed" for k in (*KINDS, "clean")), status
    armed = set(status["clean"]["detectors"])
    assert {"refused", "schema_invalid", "language_mismatch", "answer_chars"} <= armed

    detected_after: dict[str, int] = {}

    def note(r: int) -> None:
        for alias, names in app.drift.alarms().items() if app.drift else ():
            if names and alias not in detected_after:
                detected_after[alias] = r * ROUND

    pending = list(lanes)
    await run_until(
        gw,
        app,
        [*pending, clean],
        rounds=500 // ROUND,
        per_round=ROUND,
        done=lambda: set(detected_after) >= set(KINDS),
        after_round=note,
    )
    alarms = app.drift.alarms()
    print({k: (detected_after.get(k), alarms.get(k)) for k in (*KINDS, "clean")})
    assert app.quality.dropped == 0  # every answer reached the detectors
    assert set(detected_after) == set(KINDS), alarms
    assert all(n <= 500 for n in detected_after.values())
    for kind, detector in EXPECTED.items():
        assert detector in alarms[kind], (kind, alarms[kind])
    assert alarms["clean"] == []
    assert threads == {"aire-quality"}  # the quality worker, never the event loop
    scraped = await scrape_alarms(gw)
    assert set(scraped) == set(KINDS)  # the gauges say the same on /metrics
    assert "clean" not in scraped


CLEAN_REQUESTS = 20_000


@pytest.mark.acceptance
@pytest.mark.timeout(300)
async def test_a_clean_run_of_20000_requests_raises_no_alarm(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    """Every detector armed (every other request asks for JSON against a schema), the
    default warm-up and ARL: 20,000 clean requests after the warm-up, no alarm."""
    with ExitStack() as exits:
        url, _ = start_sim(seed=11)
        app = GatewayApp(
            GatewayConfig.model_validate(
                {
                    "models": {"chat": {"deployments": [deployment(url, "sim")]}},
                    "log_requests": False,
                    "health": {"enabled": False},
                }
            )
        )
        assert app.drift is not None
        assert app.quality is not None
        gw = exits.enter_context(serve_in_thread(app))
        lane = Lane("chat", json_every=2)
        await run_until(gw, app, [lane], rounds=WARMUP // 500, per_round=500)
        assert app.drift.status()["chat"]["state"] == "armed"
        detectors = set(app.drift.status()["chat"]["detectors"])
        assert {"refused", "schema_invalid", "language_mismatch", "answer_chars"} <= detectors
        await run_until(
            gw,
            app,
            [lane],
            rounds=CLEAN_REQUESTS // 500,
            per_round=500,
            done=lambda: bool(app.drift and app.drift.alarms()["chat"]),
        )
        status = app.drift.status()["chat"]
        print(
            sorted(detectors),
            status["answers"],
            max(d["score"] for d in status["detectors"].values()),
        )
        assert lane.statuses == {200: WARMUP + CLEAN_REQUESTS}
        assert app.quality.dropped == 0
        assert status["answers"] == WARMUP + CLEAN_REQUESTS
        assert app.drift.alarms() == {"chat": []}
        assert await scrape_alarms(gw) == {}
