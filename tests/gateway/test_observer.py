"""The observer seam: only overridden events are dispatched; a failing observer is contained."""

from __future__ import annotations

import logging

from tests.gateway.helpers import ctx

from aire.gateway.observer import GatewayObserver, Observers


class Settles(GatewayObserver):
    def __init__(self) -> None:
        self.count = 0

    def on_settle(self, c: object) -> None:  # type: ignore[override]
        self.count += 1


class Broken(GatewayObserver):
    def on_settle(self, c: object) -> None:  # type: ignore[override]
        raise RuntimeError("bug in an observer")


def test_events_reach_the_observers_that_want_them() -> None:
    a, b = Settles(), Settles()
    both = Observers([a, GatewayObserver(), b])
    both.on_settle(ctx())
    both.on_request(ctx())  # nobody listens: a no-op
    assert (a.count, b.count) == (1, 1)


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_failing_observer_does_not_fail_the_request_nor_the_others() -> None:
    good = Settles()
    observers = Observers([Broken(), good])
    logger = logging.getLogger("aire.gateway.observer")
    collect = Collect()
    logger.addHandler(collect)  # direct: the "aire" logger may not propagate to root
    try:
        for _ in range(3):
            observers.on_settle(ctx())
    finally:
        logger.removeHandler(collect)
    assert good.count == 3
    assert len(collect.records) == 1  # logged once, not per request
