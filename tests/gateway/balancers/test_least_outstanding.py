from collections import Counter

from tests.gateway.helpers import alias, ctx, make_deployment

from aire.gateway.balancers.least_outstanding import LeastOutstanding


def test_picks_the_deployment_with_fewest_in_flight() -> None:
    deps = [make_deployment("a"), make_deployment("b"), make_deployment("c")]
    deps[0].in_flight, deps[1].in_flight, deps[2].in_flight = 5, 1, 3
    lb = LeastOutstanding(deps, alias("least_outstanding"))
    assert {lb.pick(deps, ctx()).name for _ in range(10)} == {"b"}


def test_load_is_relative_to_weight() -> None:
    deps = [make_deployment("big", weight=4), make_deployment("small", weight=1)]
    deps[0].in_flight, deps[1].in_flight = 3, 1  # 0.75 vs 1.0 per unit of weight
    lb = LeastOutstanding(deps, alias("least_outstanding"))
    assert lb.pick(deps, ctx()).name == "big"


def test_ties_rotate() -> None:
    deps = [make_deployment("a"), make_deployment("b"), make_deployment("c")]
    lb = LeastOutstanding(deps, alias("least_outstanding"))
    assert Counter(lb.pick(deps, ctx()).name for _ in range(300)) == {"a": 100, "b": 100, "c": 100}
