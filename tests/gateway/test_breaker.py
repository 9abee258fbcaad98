from aire.config.gateway import BreakerConfig
from aire.gateway.breaker import BreakerState, CircuitBreaker


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


def fail(b: CircuitBreaker, n: int = 1) -> None:
    for _ in range(n):
        assert b.available()
        b.acquire()
        b.record(False)


def test_opens_exactly_at_the_configured_consecutive_failures() -> None:
    b, _, changes = make(consecutive_failures=3, min_requests=100)
    fail(b, 2)
    assert b.state is BreakerState.CLOSED
    fail(b)
    assert b.state is BreakerState.OPEN
    assert not b.available()
    assert changes == [BreakerState.OPEN]


def test_a_success_resets_the_consecutive_count() -> None:
    b, _, _ = make(consecutive_failures=3, min_requests=100)
    fail(b, 2)
    b.acquire()
    b.record(True)
    fail(b, 2)
    assert b.state is BreakerState.CLOSED


def test_opens_on_error_rate_over_the_window_with_enough_requests() -> None:
    b, clock, _ = make(consecutive_failures=100, error_rate=0.5, min_requests=10, window_s=10)
    for i in range(10):
        b.acquire()
        b.record(i % 2 == 0)  # alternate: never 2 failures in a row, 50% failure rate
        clock.now += 0.1
    assert b.state is BreakerState.OPEN


def test_old_outcomes_leave_the_window() -> None:
    b, clock, _ = make(consecutive_failures=100, error_rate=0.5, min_requests=10, window_s=5)
    fail(b, 9)  # one short of min_requests
    clock.now += 10  # those failures are now outside the window
    fail(b)
    assert b.state is BreakerState.CLOSED
    fail(b, 9)  # ten failures inside the window
    assert b.state is BreakerState.OPEN


def test_half_open_after_open_time_then_closes_on_probe_success() -> None:
    b, clock, changes = make(consecutive_failures=1, open_s=5, half_open_probes=1)
    fail(b)
    clock.now += 4.9
    assert not b.available()
    clock.now += 0.2
    assert b.available()
    assert b.state is BreakerState.HALF_OPEN
    b.acquire()
    assert not b.available()  # only one probe at a time
    b.record(True)
    assert b.state is BreakerState.CLOSED
    assert changes == [BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED]


def test_failed_probe_reopens_with_doubled_open_time() -> None:
    b, clock, _ = make(consecutive_failures=1, open_s=5, max_open_s=8)
    fail(b)
    clock.now += 5.1
    fail(b)  # the probe fails
    assert b.state is BreakerState.OPEN
    clock.now += 7.9
    assert not b.available()
    clock.now += 0.2
    assert b.available()
    fail(b)
    clock.now += 8.1  # capped at max_open_s
    assert b.available()


def test_released_probe_frees_its_slot() -> None:
    b, clock, _ = make(consecutive_failures=1, open_s=1)
    fail(b)
    clock.now += 2
    assert b.available()
    b.acquire()
    assert not b.available()
    b.release()
    assert b.available()


def test_disabled_breaker_never_opens() -> None:
    b, _, _ = make(enabled=False, consecutive_failures=1)
    fail(b, 10)
    assert b.available()
