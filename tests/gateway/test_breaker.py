"""The circuit breaker's rules, with an injected clock (no sleeping, no timing)."""

from __future__ import annotations

import random

import pytest

from aire.config.gateway import BreakerConfig
from aire.gateway.breaker import BreakerState, CircuitBreaker, wilson_lower


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(**cfg: object) -> tuple[CircuitBreaker, Clock, list[BreakerState]]:
    clock = Clock()
    changes: list[BreakerState] = []
    breaker = CircuitBreaker(
        BreakerConfig.model_validate(cfg), clock=clock, on_change=changes.append
    )
    return breaker, clock, changes


def outcome(b: CircuitBreaker, ok: bool, n: int = 1) -> None:
    for _ in range(n):
        b.record(b.acquire(), ok)


def test_wilson_lower_bound() -> None:
    assert wilson_lower(0, 0) == 0.0
    assert wilson_lower(5, 5) == pytest.approx(0.649, abs=0.001)
    assert wilson_lower(4, 5) < 0.5 < wilson_lower(5, 5)
    assert wilson_lower(300, 1000) == pytest.approx(0.276, abs=0.002)


def test_a_dead_upstream_trips_after_five_failures() -> None:
    b, _, changes = make()
    outcome(b, False, 4)
    assert b.state is BreakerState.CLOSED
    outcome(b, False)
    assert b.state is BreakerState.OPEN
    assert changes == [BreakerState.OPEN]
    assert not b.in_service()


def test_thirty_percent_failures_never_trip_it() -> None:
    """The bug of the old breaker: 16 concurrent clients on a 30%-failing upstream opened
    it again and again (fast failures come back first, in streaks)."""
    b, clock, changes = make()
    rng = random.Random(7)
    in_flight: list[tuple[int, bool]] = []
    for _ in range(20_000):
        clock.now += 0.001
        in_flight.append((b.acquire(), rng.random() >= 0.3))
        if len(in_flight) >= 16:
            # failures (fast) complete before successes (slow)
            in_flight.sort(key=lambda t: t[1])
            token, ok = in_flight.pop(0)
            b.record(token, ok)
    assert changes == []


def test_in_flight_requests_count_as_successes_to_be() -> None:
    b, _, _ = make()
    pending = [b.acquire() for _ in range(11)]
    outcome(b, False, 6)  # six fast failures while eleven are still on their way
    assert b.state is BreakerState.CLOSED
    for token in pending:
        b.record(token, False)
    assert b.state is BreakerState.OPEN


def test_a_streak_alone_does_not_trip_when_the_window_disagrees() -> None:
    b, _, changes = make(consecutive_failures=3, min_requests=100)
    outcome(b, True, 20)
    outcome(b, False, 3)  # 3 of 23: far under 50%
    assert changes == []
    b2, _, changes2 = make(consecutive_failures=3, min_requests=100)
    outcome(b2, True, 2)
    outcome(b2, False, 3)  # 3 of 5 and a streak of 3: both say so
    assert changes2 == [BreakerState.OPEN]


def test_old_outcomes_leave_the_window() -> None:
    b, clock, changes = make(window_s=10, consecutive_failures=100)
    outcome(b, False, 4)
    clock.now += 11
    outcome(b, True, 4)
    outcome(b, False, 4)  # 4 of 8 in the window: not confidently over 50%
    assert changes == []


def test_half_open_after_the_open_time_and_closes_on_a_success_ratio() -> None:
    b, clock, changes = make(open_s=5, half_open_requests=5)
    outcome(b, False, 5)
    assert b.state is BreakerState.OPEN
    clock.now += 4.9
    assert b.state is BreakerState.OPEN
    clock.now += 0.2
    assert b.state is BreakerState.HALF_OPEN
    outcome(b, True, 3)
    outcome(b, False)  # one failure of five probes: under the ratio
    assert b.state is BreakerState.HALF_OPEN
    outcome(b, True)
    assert b.state is BreakerState.CLOSED
    assert changes == [BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED]


def test_failing_probes_reopen_with_a_doubled_capped_open_time() -> None:
    b, clock, _ = make(open_s=5, max_open_s=12)
    outcome(b, False, 5)
    opens = []
    for _ in range(4):
        clock.now += b.open_s + 0.01
        assert b.state is BreakerState.HALF_OPEN
        outcome(b, False, 3)  # three failing probes: confidently bad
        assert b.state is BreakerState.OPEN
        opens.append(b.open_s)
    assert opens == [10, 12, 12, 12]


def test_open_time_resets_after_a_healthy_period() -> None:
    b, clock, _ = make(open_s=5, max_open_s=60, half_open_requests=1)
    outcome(b, False, 5)
    clock.now += 5.1
    outcome(b, False, 3)
    assert b.open_s == 10
    clock.now += 10.1
    outcome(b, True)
    assert b.state is BreakerState.CLOSED
    clock.now += 30  # trips again soon after closing: the open time keeps growing
    outcome(b, False, 5)
    assert b.open_s == 20
    clock.now += 20.1
    outcome(b, True)
    clock.now += 61  # closed for longer than max_open_s: back to open_s
    outcome(b, False, 5)
    assert b.open_s == 5


def test_half_open_lets_a_fraction_through() -> None:
    b, clock, _ = make(half_open_ratio=0.1, half_open_requests=100)
    outcome(b, False, 5)
    clock.now += 5.1
    assert b.want_probe()  # none in flight: always one
    token = b.acquire()
    admitted = sum(b.want_probe() for _ in range(100))
    assert admitted == 10
    b.record(token, True)


def test_late_answers_from_before_a_state_change_are_ignored() -> None:
    b, clock, _ = make()
    early = [b.acquire() for _ in range(3)]
    outcome(b, False, 5)  # 5 of 8: open... in-flight counted: 5/(5+3)
    outcome(b, False, 1)
    assert b.state is BreakerState.OPEN
    clock.now += 5.1
    assert b.state is BreakerState.HALF_OPEN
    for token in early:  # answers to requests sent while closed
        b.record(token, True)
    assert b.state is BreakerState.HALF_OPEN


def test_released_requests_give_no_verdict() -> None:
    b, _, changes = make()
    for _ in range(10):
        b.release(b.acquire())
    outcome(b, False, 5)
    assert changes == [BreakerState.OPEN]


def test_disabled_breaker_never_opens() -> None:
    b, _, changes = make(enabled=False)
    outcome(b, False, 100)
    assert b.in_service()
    assert changes == []
