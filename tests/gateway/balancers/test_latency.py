from tests.gateway.helpers import alias, ctx, make_deployment

from aire.gateway.balancers.latency import PeakEwma


def test_unmeasured_deployments_are_explored_first() -> None:
    deps = [make_deployment("a"), make_deployment("b")]
    lb = PeakEwma(deps, alias("latency"))
    lb.observe(deps[0], True, 0.01)
    assert lb.pick(deps, ctx()).name == "b"


def test_prefers_the_faster_deployment() -> None:
    deps = [make_deployment("fast"), make_deployment("slow")]
    lb = PeakEwma(deps, alias("latency"))
    for _ in range(5):
        lb.observe(deps[0], True, 0.05)
        lb.observe(deps[1], True, 0.50)
    assert {lb.pick(deps, ctx()).name for _ in range(10)} == {"fast"}


def test_a_queue_on_the_fast_one_shifts_traffic() -> None:
    deps = [make_deployment("fast"), make_deployment("slow")]
    lb = PeakEwma(deps, alias("latency"))
    lb.observe(deps[0], True, 0.05)
    lb.observe(deps[1], True, 0.20)
    deps[0].in_flight = 5  # 0.05 * 6 = 0.3 > 0.2 * 1
    assert lb.pick(deps, ctx()).name == "slow"


def test_ewma_follows_recent_latency_and_ignores_failures() -> None:
    deps = [make_deployment("a")]
    lb = PeakEwma(deps, alias("latency"))
    lb.observe(deps[0], True, 1.0)
    for _ in range(20):
        lb.observe(deps[0], True, 0.1)
    lb.observe(deps[0], False, None)
    assert deps[0].ewma_ttft_s is not None
    assert abs(deps[0].ewma_ttft_s - 0.1) < 0.01
