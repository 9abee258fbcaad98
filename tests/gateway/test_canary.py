"""Canary split and automatic rollback (``aire.gateway.canary`` wired into the router),
with the default config (a 20% share): a canary that starts refusing 20% of requests is
rolled back within 1,000 of the alias's requests (all traffic, ~200 of them the canary's)
in every one of 100 seeds; an equally good canary is not rolled back."""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError
from tests.gateway.helpers import ctx, make_deployment

from aire.config.gateway import AliasConfig, GatewayConfig, RetryConfig, TimeoutsConfig
from aire.gateway.metrics import GatewayMetrics
from aire.gateway.observer import GatewayObserver
from aire.gateway.observers.prometheus import PrometheusObserver
from aire.gateway.router import Route
from aire.sim.app import SimApp
from aire.telemetry.features import AnswerFeatures


class Seen(GatewayObserver):
    def __init__(self) -> None:
        self.changes: list[tuple[str, str, float, str]] = []

    def on_canary(self, alias: str, deployment: str, weight: float, reason: str) -> None:
        self.changes.append((alias, deployment, weight, reason))


def _route(
    seed: int, observer: GatewayObserver | None = None, weight: float | None = None
) -> Route:
    canary: dict[str, Any] = {"deployment": "canary"}
    if weight is not None:
        canary["weight"] = weight
    config = AliasConfig.model_validate(
        {
            "deployments": [
                {"url": "http://a.invalid/v1", "model": "m", "name": "a"},
                {"url": "http://b.invalid/v1", "model": "m", "name": "b"},
                {"url": "http://c.invalid/v1", "model": "m2", "name": "canary"},
            ],
            "canary": canary,
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


_ANSWERS = {(d, b): _answer(d, b) for d in ("a", "b", "canary") for b in (False, True)}


def _serve(
    r: Route,
    n: int,
    seed: int,
    canary_refusals: float,
    canary_errors: float = 0.005,
    *,
    primary: float = 0.01,
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
            p = canary_refusals if is_canary else primary
            r.canary.on_features(_ANSWERS[(dep.name, rng.random() < p)])
        if r.canary.rolled_back is not None:
            return i
    return None


def test_the_default_share_is_20_percent() -> None:
    r = _route(0)
    assert r.canary is not None
    assert r.canary.weight == 0.2


@pytest.mark.parametrize(("primary", "canary"), [(0.01, 0.21), (0.0, 0.20)])
def test_a_canary_refusing_20_percent_is_rolled_back_within_1000_requests(
    primary: float, canary: float
) -> None:
    # the default 20% share: ~200 canary answers in the first 1,000 requests
    at = [_serve(_route(seed), 1000, seed, canary, primary=primary) for seed in range(100)]
    rolled = [a for a in at if a is not None]
    assert len(rolled) == 100, at
    assert sorted(rolled)[50] < 500, at  # the median is ~270


def test_at_a_10_percent_share_the_test_has_half_the_answers_and_is_slower() -> None:
    # ~100 canary answers per 1,000 requests: most runs still roll back by 1,000, later
    at = [_serve(_route(seed, weight=0.1), 3000, seed, 0.21) or 3001 for seed in range(40)]
    default = [_serve(_route(seed), 3000, seed, 0.21) or 3001 for seed in range(40)]
    assert max(at) <= 3000, at
    assert max(default) <= 1000, default
    assert sorted(at)[20] > sorted(default)[20]


def test_a_rolled_back_canary_serves_nothing_and_is_reported() -> None:
    seen = Seen()
    r = _route(3, seen)
    assert _serve(r, 2000, 3, canary_refusals=0.21) is not None
    assert r.canary is not None
    assert r.canary.rolled_back == "refused"
    assert r.canary.weight == 0.0
    assert seen.changes == [("chat", "canary", 0.0, "refused")]
    assert all(r.pick(ctx()).name != "canary" for _ in range(500))  # type: ignore[union-attr]


def _good_canary_runs(seeds: int, n: int) -> tuple[list[int | None], list[float]]:
    at, shares = [], []
    for seed in range(seeds):
        r = _route(seed)
        at.append(_serve(r, n, seed, canary_refusals=0.01, canary_errors=0.005))
        assert r.canary is not None
        status = r.canary.status()
        assert status["weight"] == 0.2 or at[-1] is not None
        served = int(str(status["signals"]["error"]["canary"]).split("/")[1])  # type: ignore[index]
        shares.append(served / n)
    return at, shares


def test_an_equally_good_canary_is_not_rolled_back() -> None:
    # 100 seeds x 3,000 requests (~600 canary answers each); 20,000 in the acceptance run
    at, shares = _good_canary_runs(100, 3000)
    assert at == [None] * 100
    assert all(0.17 < s < 0.23 for s in shares), shares


@pytest.mark.acceptance
def test_an_equally_good_canary_is_not_rolled_back_in_20000_requests() -> None:
    at, shares = _good_canary_runs(100, 20_000)
    assert at == [None] * 100
    assert all(0.19 < s < 0.21 for s in shares), shares


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


# --- end to end: a real gateway in front of simulators, the default canary config ------


@pytest.mark.acceptance
@pytest.mark.timeout(300)
async def test_behind_a_gateway_a_refusing_canary_is_rolled_back_and_a_good_one_is_not(
    start_sim: Callable[..., tuple[str, SimApp]],
) -> None:
    """Two aliases, each with a stable deployment and a canary (default config: 20% share):
    ``bad``'s canary simulator refuses 20% of its answers from the first request,
    ``good``'s is as clean as the stable one. Rounds of 25 requests per alias, the quality
    worker settled after each: ``bad`` is rolled back within 1,000 of its requests (all
    traffic), ``good`` serves 2,000 without a rollback."""
    from tests.gateway.drift_e2e import Lane, run_until
    from tests.gateway.helpers import deployment

    from aire.gateway.app import GatewayApp
    from aire.server import serve_in_thread

    stable, _ = start_sim(seed=21)
    refusing, _ = start_sim(seed=22, degradations=[{"kind": "refusal", "rate": 0.2}])
    clean, _ = start_sim(seed=23)
    models = {
        alias: {
            "deployments": [deployment(stable, f"{alias}-stable"), deployment(url, f"{alias}-new")],
            "canary": {"deployment": f"{alias}-new"},
        }
        for alias, url in (("bad", refusing), ("good", clean))
    }
    app = GatewayApp(
        GatewayConfig.model_validate(
            {"models": models, "log_requests": False, "health": {"enabled": False}}
        )
    )
    assert app.quality is not None
    bad, good = app.state.routes["bad"].canary, app.state.routes["good"].canary
    assert bad is not None
    assert good is not None
    assert bad.weight == good.weight == 0.2
    with serve_in_thread(app) as url:
        lanes = [Lane("bad"), Lane("good")]
        rolled_at: list[int] = []

        def note(r: int) -> None:
            if bad.rolled_back is not None and not rolled_at:
                rolled_at.append(r * 25)

        await run_until(url, app, lanes, rounds=1000 // 25, per_round=25, after_round=note)
        await run_until(url, app, lanes[1:], rounds=1000 // 25, per_round=25)
    print(rolled_at, bad.status(), good.status())
    assert rolled_at, bad.status()
    assert rolled_at[0] <= 1000
    assert bad.rolled_back == "refused"
    assert bad.weight == 0.0
    assert good.rolled_back is None, good.status()
    assert good.weight == 0.2
    assert lanes[1].statuses == {200: 2000}
    assert app.quality.dropped == 0
