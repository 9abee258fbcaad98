from collections import Counter

from tests.gateway.helpers import alias, ctx, make_deployment

from aire.gateway.balancers.p2c import PowerOfTwoChoices


def test_never_picks_the_most_loaded_of_three() -> None:
    deps = [make_deployment("a"), make_deployment("b"), make_deployment("c")]
    deps[0].in_flight, deps[1].in_flight, deps[2].in_flight = 0, 1, 9
    lb = PowerOfTwoChoices(deps, alias("p2c"))
    picks = Counter(lb.pick(deps, ctx()).name for _ in range(3000))
    # c is chosen only when both samples are c (1/9 of the time)
    assert 200 < picks["c"] < 470
    assert picks["a"] > picks["b"] > picks["c"]


def test_equal_load_spreads_by_weight() -> None:
    deps = [make_deployment("a", weight=3), make_deployment("b", weight=1)]
    lb = PowerOfTwoChoices(deps, alias("p2c"))
    picks = Counter(lb.pick(deps, ctx()).name for _ in range(4000))
    assert picks["a"] > 2 * picks["b"]
