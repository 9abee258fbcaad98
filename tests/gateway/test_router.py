"""Routing with ejection and Envoy's panic mode (no servers: deployments and breakers only)."""

from __future__ import annotations

from collections import Counter

from tests.gateway.helpers import alias, ctx, make_deployment

from aire.config.gateway import RetryConfig, TimeoutsConfig
from aire.gateway.breaker import BreakerState
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver
from aire.gateway.router import Route


class Panics(GatewayObserver):
    def __init__(self) -> None:
        self.seen: list[tuple[str, bool]] = []

    def on_panic(self, alias: str, active: bool) -> None:
        self.seen.append((alias, active))


def route(*deps: Deployment, **extra: object) -> tuple[Route, Panics]:
    panics = Panics()
    r = Route(
        "chat",
        alias("least_outstanding", **extra),
        deps,
        timeouts=TimeoutsConfig(),
        retries=RetryConfig(),
        observer=panics,
    )
    return r, panics


def eject(dep: Deployment) -> None:
    for _ in range(5):
        dep.breaker.record(dep.breaker.acquire(), False)
    assert dep.breaker.state is BreakerState.OPEN


def picks(r: Route, n: int = 100) -> Counter[str]:
    out: Counter[str] = Counter()
    for _ in range(n):
        dep = r.pick(ctx())
        out[dep.name if dep else "none"] += 1
    return out


def test_a_lone_ejected_deployment_still_serves_in_panic() -> None:
    a = make_deployment("a")
    r, panics = route(a)
    eject(a)
    c = ctx()
    assert r.pick(c) is a
    assert c.panic
    assert panics.seen == [("chat", True)]
    assert r.health() == 0.0


def test_one_of_two_ejected_keeps_the_traffic_on_the_live_one() -> None:
    a, b = make_deployment("a"), make_deployment("b")
    r, panics = route(a, b)
    eject(a)
    assert r.health() == 0.7  # min(1, 1.4 x 1/2)
    assert picks(r) == Counter({"b": 100})
    assert panics.seen == []


def test_two_of_three_ejected_spreads_over_all_as_envoy_does() -> None:
    a, b, c = make_deployment("a"), make_deployment("b"), make_deployment("c")
    r, panics = route(a, b, c)
    eject(a)
    eject(b)
    assert r.health() < 0.5
    assert set(picks(r)) == {"a", "b", "c"}
    assert panics.seen == [("chat", True)]
    c.breaker.record(c.breaker.acquire(), True)
    a.breaker = type(a.breaker)(a.breaker.config)  # a recovered: health 0.93, no panic
    assert r.pick(ctx()) in (a, c)
    assert panics.seen[-1] == ("chat", False)


def test_a_healthy_lower_priority_group_is_not_panic() -> None:
    primary1 = make_deployment("p1")
    primary2 = make_deployment("p2")
    backup = make_deployment("backup", priority=1)
    r, _ = route(primary1, primary2, backup)
    eject(primary1)
    eject(primary2)
    assert r.health() == 1.0  # the backup group alone counts as full
    assert picks(r) == Counter({"backup": 100})


def test_an_alias_with_fallbacks_does_not_panic_by_itself() -> None:
    a = make_deployment("a")
    r, panics = route(a, fallbacks=("other",))
    eject(a)
    assert r.pick(ctx()) is None
    assert r.pick(ctx(), panic=True) is a  # the request's last resort
    assert panics.seen == [("chat", True)]


def test_hard_limits_hold_even_in_panic() -> None:
    a = make_deployment("a", max_concurrency=1)
    b = make_deployment("b")
    r, _ = route(a, b)
    eject(b)
    a.in_flight = 1
    assert r.pick(ctx()) is None  # a is full, b is ejected: nothing in normal routing
    assert r.pick(ctx(), panic=True) is b  # the request's panic pass takes b
    b.cool_down(30)
    assert r.pick(ctx(), panic=True) is None  # b asked to wait: not even in panic


def test_half_open_probes_go_first() -> None:
    a, b = make_deployment("a"), make_deployment("b")
    r, _ = route(a, b)
    eject(a)
    a.breaker._open_until = 0  # the open time is over: half-open
    assert a.breaker.state is BreakerState.HALF_OPEN
    assert r.pick(ctx()) is a  # none in flight: the first probe
    a.breaker.acquire()
    got = picks(r, 100)
    assert got["a"] == 10  # then 10% of traffic (half_open_ratio)
