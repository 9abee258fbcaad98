from collections import Counter

from tests.gateway.helpers import alias, ctx, make_deployment

from aire.gateway.balancers.round_robin import WeightedRoundRobin


def test_shares_follow_weights_exactly_over_a_cycle() -> None:
    deps = [
        make_deployment("a", weight=3),
        make_deployment("b", weight=1),
        make_deployment("c", weight=2),
    ]
    rr = WeightedRoundRobin(deps, alias("weighted_round_robin"))
    picks = [rr.pick(deps, ctx()).name for _ in range(600)]
    assert Counter(picks) == {"a": 300, "b": 100, "c": 200}


def test_interleaves_instead_of_bursting() -> None:
    deps = [make_deployment("a", weight=2), make_deployment("b", weight=1)]
    rr = WeightedRoundRobin(deps, alias("weighted_round_robin"))
    picks = "".join(rr.pick(deps, ctx()).name for _ in range(6))
    assert "aaa" not in picks
    assert picks.count("b") == 2


def test_only_candidates_are_picked() -> None:
    deps = [make_deployment("a"), make_deployment("b")]
    rr = WeightedRoundRobin(deps, alias("weighted_round_robin"))
    assert {rr.pick(deps[1:], ctx()).name for _ in range(10)} == {"b"}
