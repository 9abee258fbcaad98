"""Canary split and automatic rollback (``aire.gateway.canary`` wired into the router):
a canary that starts refusing 20% of requests is rolled back within 1,000 requests; an
equally good canary is not rolled back in 20,000."""

from __future__ import annotations

import dataclasses
import logging
import random

import pytest
from pydantic import ValidationError
from tests.gateway.helpers import ctx, make_deployment

from aire.config.gateway import AliasConfig, GatewayConfig, RetryConfig, TimeoutsConfig
from aire.gateway.metrics import GatewayMetrics
from aire.gateway.observer import GatewayObserver
from aire.gateway.observers.prometheus import PrometheusObserver
from aire.gateway.router import Route
from aire.telemetry.features import AnswerFeatures


class Seen(GatewayObserver):
    def __init__(self) -> None:
        self.changes: list[tuple[str, str, float, str]] = []

    def on_canary(self, alias: str, deployment: str, weight: float, reason: str) -> None:
        self.changes.append((alias, deployment, weight, reason))


def _route(seed: int, observer: GatewayObserver | None = None, weight: float = 0.1) -> Route:
    config = AliasConfig.model_validate(
        {
            "deployments": [
                {"url": "http://a.invalid/v1", "model": "m", "name": "a"},
                {"url": "http://b.invalid/v1", "model": "m", "name": "b"},
                {"url": "http://c.invalid/v1", "model": "m2", "name": "canary"},
            ],
            "canary": {"deployment": "canary", "weight": weight},
        }
    )
    deps = [make_deployment("a"), make_deployment("b"), make_deployment("canary")]
    r = Route(
        "chat", config, deps, timeouts=TimeoutsConfig(), retries=RetryConfig(), observer=observer
    )
    assert r.canary is not None
    r.canary._rng = random.Random(seed)
    return r


def _answer(dep: str, refused: bool) -> AnswerFeatures:
    return AnswerFeatures(
        alias="chat",
        deployment=dep,
        status=200,
        error_code=None,
        stream=False,
        latency_s=0.2,
        ttft_s=None,
        prompt_tokens=10,
        completion_tokens=40,
        answer_chars=160,
        finish_reason="stop",
        empty=False,
        refusal_score=0.9 if refused else 0.1,
        refused=refused,
        language="en",
        prompt_language="en",
        schema_requested=False,
        schema_valid=None,
        guard_findings=0,
        guard_blocked=False,
    )


def _serve(
    r: Route, n: int, seed: int, canary_refusals: float, canary_errors: float = 0.005
) -> int | None:
    """n requests; the request count at the rollback, or None."""
    rng = random.Random(seed + 1000)
    assert r.canary is not None
    for i in range(1, n + 1):
        dep = r.pick(ctx())
        assert dep is not None
        is_canary = dep.name == "canary"
        ok = rng.random() >= (canary_errors if is_canary else 0.005)
        r.observe(dep, ok, 0.1 if ok else None)
        if ok:
            p = canary_refusals if is_canary else 0.01
            r.canary.on_features(_answer(dep.name, rng.random() < p))
        if r.canary.rolled_back is not None:
            return i
    return None


def test_a_canary_refusing_20_percent_is_rolled_back_within_1000_requests() -> None:
    # a 10% canary: it sees ~100 of the first 1,000 requests
    at = [_serve(_route(seed), 2000, seed, canary_refusals=0.21) for seed in range(20)]
    assert all(a is not None for a in at), at
    within = sum(1 for a in at if a is not None and a <= 1000)
    assert within >= 19, at  # >= 95% of runs; the rest by 2,000


def test_a_rolled_back_canary_serves_nothing_and_is_reported() -> None:
    seen = Seen()
    r = _route(3, seen)
    assert _serve(r, 2000, 3, canary_refusals=0.21) is not None
    assert r.canary is not None
    assert r.canary.rolled_back == "refused"
    assert r.canary.weight == 0.0
    assert seen.changes == [("chat", "canary", 0.0, "refused")]
    assert all(r.pick(ctx()).name != "canary" for _ in range(500))  # type: ignore[union-attr]


@pytest.mark.parametrize("seed", range(3))
def test_an_equally_good_canary_is_not_rolled_back(seed: int) -> None:
    r = _route(seed)
    assert _serve(r, 20_000, seed, canary_refusals=0.01) is None
    assert r.canary is not None
    status = r.canary.status()
    assert status["weight"] == 0.1
    canary_share = int(str(status["signals"]["error"]["canary"]).split("/")[1]) / 20_000  # type: ignore[index]
    assert 0.08 < canary_share < 0.12


def test_a_canary_failing_20_percent_is_rolled_back_on_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    metrics = GatewayMetrics()
    r = _route(1, PrometheusObserver(metrics, ["chat"]))
    with caplog.at_level(logging.WARNING, logger="aire.gateway.canary"):
        at = _serve(r, 1000, 1, canary_refusals=0.01, canary_errors=0.205)
    assert at is not None
    assert r.canary is not None
    assert r.canary.rolled_back == "error"
    assert "canary canary of alias chat rolled back: its error rate" in caplog.text
    text = metrics.exposition().decode()
    assert 'aire_gateway_canary_weight{alias="chat",deployment="canary"} 0.0' in text
    assert (
        'aire_gateway_canary_rollbacks_total{alias="chat",deployment="canary",signal="error"} 1.0'
        in text
    )


def test_canary_config_names_a_deployment_of_its_alias() -> None:
    base = {"url": "http://a.invalid/v1", "model": "m"}
    with pytest.raises(ValidationError, match=r"unknown deployment .nope."):
        GatewayConfig.model_validate(
            {"models": {"chat": {"deployments": [base, base], "canary": {"deployment": "nope"}}}}
        )
    ok = GatewayConfig.model_validate(
        {"models": {"chat": {"deployments": [base, base], "canary": {"deployment": "chat/1"}}}}
    )
    assert ok.models["chat"].canary is not None


def test_the_gateway_wide_sink_finds_each_alias_canary() -> None:
    from aire.gateway.canary import CanaryFeatures
    from aire.telemetry.features import FeatureSink

    r = _route(5)
    sink: FeatureSink = CanaryFeatures(lambda alias: r.canary if alias == "chat" else None)
    sink.on_features(_answer("canary", True))
    sink.on_features(_answer("a", False))
    sink.on_features(dataclasses.replace(_answer("a", True), alias="other"))  # no canary
    assert r.canary is not None
    status = r.canary.status()["signals"]["refused"]  # type: ignore[index]
    assert status["canary"] == "1/1"
    assert status["primary"] == "0/1"
