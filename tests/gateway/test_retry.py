import random

from aire.gateway.retry import RetryBudget, backoff_s


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_budget_allows_ratio_of_requests_plus_reserve() -> None:
    clock = Clock()
    budget = RetryBudget(0.2, 0.0, window_s=10, clock=clock)
    for _ in range(100):
        budget.record_request()
    allowed = sum(budget.try_retry() for _ in range(50))
    assert allowed == 20


def test_reserve_allows_retries_without_traffic() -> None:
    budget = RetryBudget(0.0, 1.0, window_s=10, clock=Clock())
    assert sum(budget.try_retry() for _ in range(30)) == 10


def test_budget_refills_as_the_window_slides() -> None:
    clock = Clock()
    budget = RetryBudget(0.5, 0.0, window_s=2, clock=clock)
    for _ in range(10):
        budget.record_request()
    assert sum(budget.try_retry() for _ in range(10)) == 5
    clock.now += 5  # everything above has left the window
    assert not budget.try_retry()
    for _ in range(4):
        budget.record_request()
    assert sum(budget.try_retry() for _ in range(10)) == 2


def test_backoff_is_full_jitter_under_an_exponential_cap() -> None:
    rng = random.Random(1)
    for attempt, cap_ms in [(0, 10), (1, 20), (2, 40), (3, 80), (10, 100)]:
        samples = [backoff_s(attempt, 10, 100, rng) for _ in range(500)]
        assert max(samples) <= cap_ms / 1000
        assert min(samples) >= 0
        assert max(samples) > 0.8 * cap_ms / 1000  # the whole range is used
