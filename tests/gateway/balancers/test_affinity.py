from collections import Counter

from tests.gateway.helpers import alias, ctx, make_deployment

from aire.gateway.balancers.affinity import SessionAffinity


def session(key: str) -> list[tuple[bytes, bytes]]:
    return [(b"x-session-id", key.encode())]


def test_same_session_same_deployment() -> None:
    deps = [make_deployment(n) for n in "abcd"]
    lb = SessionAffinity(deps, alias("session_affinity"))
    for key in ("alice", "bob", "carol"):
        assert len({lb.pick(deps, ctx(session(key))).name for _ in range(20)}) == 1


def test_sessions_spread_over_deployments() -> None:
    deps = [make_deployment(n) for n in "abcd"]
    lb = SessionAffinity(deps, alias("session_affinity"))
    picks = Counter(lb.pick(deps, ctx(session(f"user-{i}"))).name for i in range(4000))
    assert set(picks) == set("abcd")
    assert min(picks.values()) > 600  # roughly even: 1000 each


def test_losing_a_deployment_moves_only_its_sessions() -> None:
    deps = [make_deployment(n) for n in "abcd"]
    lb = SessionAffinity(deps, alias("session_affinity"))
    keys = [f"user-{i}" for i in range(2000)]
    before = {k: lb.pick(deps, ctx(session(k))).name for k in keys}
    remaining = [d for d in deps if d.name != "c"]
    after = {k: lb.pick(remaining, ctx(session(k))).name for k in keys}
    moved = [k for k in keys if before[k] != after[k]]
    assert moved
    assert all(before[k] == "c" for k in moved)


def test_custom_header_and_missing_header_fallback() -> None:
    deps = [make_deployment("a"), make_deployment("b")]
    lb = SessionAffinity(deps, alias("session_affinity", affinity_header="X-User"))
    headers = [(b"x-user", b"u1")]
    assert len({lb.pick(deps, ctx(headers)).name for _ in range(10)}) == 1
    deps[0].in_flight = 3
    assert lb.pick(deps, ctx()).name == "b"  # no header: least outstanding
