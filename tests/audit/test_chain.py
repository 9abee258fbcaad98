"""The chain: canonical bodies, MACs that depend on everything before, signed heads."""

from __future__ import annotations

import hmac

import orjson

from aire.audit.chain import (
    Chain,
    canonical,
    checkpoint_sig,
    genesis,
    new_writer_id,
    record_mac,
)

KEY = b"k" * 32


def test_canonical_json_does_not_depend_on_key_order() -> None:
    assert canonical({"b": 1, "a": [1, {"d": 2, "c": 3}]}) == canonical(
        {"a": [1, {"c": 3, "d": 2}], "b": 1}
    )
    assert canonical({"b": 1, "a": 2}) == b'{"a":2,"b":1}'


def test_each_mac_chains_on_the_previous_one() -> None:
    chain = Chain(KEY, "h:1:2")
    first = chain.seal({"ts": 1.0, "request_id": "a"})
    second = chain.seal({"ts": 2.0, "request_id": "b"})
    assert (first.seq, second.seq) == (1, 2)
    mac1 = record_mac(KEY, genesis(KEY, "h:1:2"), first.body.encode())
    assert first.mac == mac1.hex()
    assert second.mac == record_mac(KEY, mac1, second.body.encode()).hex()
    body = orjson.loads(second.body)
    assert (body["writer"], body["seq"], body["cp"], body["v"]) == ("h:1:2", 2, 0, 1)
    assert (second.ts, second.request_id) == (2.0, "b")


def test_the_same_records_in_another_chain_get_other_macs() -> None:
    one, two = Chain(KEY, "h:1:1"), Chain(KEY, "h:1:2")
    assert one.seal({"ts": 1.0}).mac != two.seal({"ts": 1.0}).mac
    assert (
        Chain(b"x" * 32, "h:1:1").seal({"ts": 1.0}).mac != Chain(KEY, "h:1:1").seal({"ts": 1.0}).mac
    )


def test_a_checkpoint_signs_the_head_and_is_counted_by_later_records() -> None:
    chain = Chain(KEY, "w")
    chain.seal({"ts": 1.0})
    head = chain.seal({"ts": 2.0})
    cp = chain.checkpoint(3.0)
    assert (cp.n, cp.seq, cp.mac, cp.final) == (1, 2, head.mac, False)
    assert hmac.compare_digest(cp.sig, checkpoint_sig(KEY, "w", 1, 2, head.mac, 3.0, False))
    assert cp.sig != checkpoint_sig(KEY, "w", 1, 2, head.mac, 3.0, True)
    assert orjson.loads(chain.seal({"ts": 4.0}).body)["cp"] == 1
    assert chain.checkpoint(5.0, final=True).final


def test_writer_ids_are_host_pid_start_and_unique() -> None:
    ids = {new_writer_id() for _ in range(100)}
    assert len(ids) == 100
    host, pid, start = next(iter(ids)).rsplit(":", 2)
    assert host
    assert pid.isdigit()
    assert start.isdigit()


def test_odd_values_still_serialise() -> None:
    chain = Chain(KEY, "w")
    sealed = chain.seal({"ts": 1.0, "odd": object()})
    assert "object" in sealed.body  # default=str: a bug upstream must not stop the writer
