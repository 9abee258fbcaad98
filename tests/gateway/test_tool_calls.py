"""Tool calls in chat answers, whole and streamed: held until complete, checked, then sent
whole; a blocked call never reaches the client, however the stream is cut."""

from __future__ import annotations

import itertools
from typing import Any

import orjson
import pytest

from aire.config.tools import ToolPolicy
from aire.errors import ToolCallBlocked
from aire.gateway.tool_calls import StreamToolGate, check_body
from aire.guard.tools import CompiledToolPolicy, ToolGate

SECRET = "AKIA4J7QX2M9PLR3ZT6W"
POLICY = {
    "allowed": ["get_weather", "pay", "lookup_*"],
    "rules": [{"tool": "pay", "arg": "amount", "max": 100}],
}


def gate(**policy: Any) -> ToolGate:
    spec = ToolPolicy.model_validate(policy or POLICY)
    return ToolGate([CompiledToolPolicy(spec, "guard.policies.p.tools")])


def event(obj: Any) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def chunk(*choices: dict[str, Any], **extra: Any) -> bytes:
    return event(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 7,
            "model": "m",
            "choices": list(choices),
            **extra,
        }
    )


def delta(index: int = 0, finish: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": index, "delta": fields, "logprobs": None, "finish_reason": finish}


def call_parts(
    k: int, name: str, args: str, pieces: int | list[int] = 4, id_: str | None = None
) -> list[dict[str, Any]]:
    """A call as OpenAI streams it: index, id, name and "" first, then argument pieces
    (``pieces`` equal parts, or cut at the given offsets)."""
    first = {
        "index": k,
        "id": id_ or f"call_{k}",
        "type": "function",
        "function": {"name": name, "arguments": ""},
    }
    if isinstance(pieces, int):
        step = max(1, -(-len(args) // pieces))
        cuts = list(range(0, len(args), step))
    else:
        cuts = [0, *pieces]
    bounds = [*cuts, len(args)]
    rest = [
        {"index": k, "function": {"arguments": args[a:b]}}
        for a, b in itertools.pairwise(bounds)
        if b > a
    ]
    return [first, *rest]


def stream_of(
    calls: list[tuple[str, str]], *, text: str = "", usage: bool = True, pieces: Any = 4
) -> bytes:
    """A whole OpenAI chat stream: role, optional text, each call in turn, finish, usage."""
    out = [chunk(delta(role="assistant", content=None))]
    if text:
        out.append(chunk(delta(content=text)))
    for k, (name, args) in enumerate(calls):
        for part in call_parts(k, name, args, pieces):
            out.append(chunk(delta(tool_calls=[part])))
    out.append(chunk(delta(finish="tool_calls" if calls else "stop")))
    if usage:
        out.append(chunk(usage={"prompt_tokens": 3, "completion_tokens": 9, "total_tokens": 12}))
    out.append(b"data: [DONE]\n\n")
    return b"".join(out)


class ClientView:
    """What an SDK makes of the SSE bytes (per choice: text, calls, finish), and a check
    of the rule: every tool-call delta the client gets is a whole, checked call."""

    def __init__(self) -> None:
        self.text: dict[int, str] = {}
        self.calls: dict[int, dict[int, dict[str, str]]] = {}
        self.finish: dict[int, str] = {}
        self.usage: Any = None
        self.done = False
        self.call_deltas = 0

    def read(self, data: bytes) -> ClientView:
        for raw in data.split(b"\n\n"):
            if not raw:
                continue
            assert raw.startswith(b"data: "), raw
            payload = raw[6:]
            if payload == b"[DONE]":
                self.done = True
                continue
            obj = orjson.loads(payload)
            if obj.get("usage"):
                self.usage = obj["usage"]
            for choice in obj["choices"]:
                i = choice["index"]
                d = choice["delta"]
                if d.get("content"):
                    self.text[i] = self.text.get(i, "") + d["content"]
                for part in d.get("tool_calls") or ():
                    self.call_deltas += 1
                    calls = self.calls.setdefault(i, {})
                    assert part["index"] not in calls, "a call was sent in pieces"
                    fn = part["function"]
                    calls[part["index"]] = {
                        "id": part["id"],
                        "name": fn["name"],
                        "arguments": fn["arguments"],
                    }
                    assert orjson.loads(fn["arguments"]) is not None  # whole JSON
                if choice.get("finish_reason"):
                    self.finish[i] = choice["finish_reason"]
        return self

    def named(self, choice: int = 0) -> list[tuple[str, str]]:
        calls = self.calls.get(choice, {})
        return [(calls[k]["name"], calls[k]["arguments"]) for k in sorted(calls)]


def run(g: ToolGate, feeds: list[bytes]) -> tuple[bytes, ToolCallBlocked | None, list[Any]]:
    """Feed the pieces; (what the client got, the block if any, the recorded verdicts)."""
    record: list[Any] = []
    sg = StreamToolGate(g, record)
    out: list[bytes] = []
    for piece in feeds:
        out.append(sg.feed(piece))
        if sg.blocked is not None:
            return b"".join(out), sg.blocked, record
    out.append(sg.finish())
    return b"".join(out), sg.blocked, record


WEATHER = '{"city": "Zürich \\u00e9 \\"quoted\\"", "unit": "C"}'
PAY_OK = '{"amount": 99.5, "to": "acct-1"}'
PAY_BAD = f'{{"amount": 150, "note": "{SECRET}"}}'


# -- streams that pass -------------------------------------------------------------------


def test_a_passing_stream_reaches_the_client_with_every_call_whole() -> None:
    data = stream_of([("get_weather", WEATHER), ("pay", PAY_OK)], text="Let me check.")
    out, err, record = run(gate(), [data])
    assert err is None
    view = ClientView().read(out)
    assert view.named() == [("get_weather", WEATHER), ("pay", PAY_OK)]
    assert view.calls[0][0]["id"] == "call_0"
    assert view.text == {0: "Let me check."}
    assert view.finish == {0: "tool_calls"}
    assert view.usage["total_tokens"] == 12
    assert view.done
    assert view.call_deltas == 2  # one delta per call
    assert record == [
        {"name": "get_weather", "verdict": "allowed", "rule": None},
        {"name": "pay", "verdict": "allowed", "rule": None},
    ]


def test_a_stream_without_calls_passes_byte_for_byte() -> None:
    data = stream_of([], text="just text")
    out, err, record = run(gate(), [data])
    assert (out, err, record) == (data, None, [])


def test_every_byte_split_of_the_stream_gives_the_same_answer() -> None:
    data = stream_of([("get_weather", WEATHER), ("pay", PAY_OK)], text="é")
    whole = ClientView().read(run(gate(), [data])[0])
    for cut in range(1, len(data)):
        out, err, _ = run(gate(), [data[:cut], data[cut:]])
        assert err is None
        view = ClientView().read(out)
        assert (view.named(), view.text, view.finish, view.done) == (
            whole.named(),
            whole.text,
            whole.finish,
            whole.done,
        ), cut
    out, err, _ = run(gate(), [data[i : i + 1] for i in range(len(data))])
    assert err is None
    assert ClientView().read(out).named() == whole.named()


@pytest.mark.parametrize("args", [WEATHER, PAY_OK, '{"a": "😀 \\ud83d\\ude00"}'])
def test_arguments_cut_at_every_character_are_joined_exactly(args: str) -> None:
    g = gate(allowed=["t"])
    for cut in range(1, len(args)):
        data = stream_of([("t", args)], pieces=[cut])
        out, err, _ = run(g, [data])
        assert err is None
        assert ClientView().read(out).named() == [("t", args)], cut


def test_parallel_calls_in_one_delta_and_a_call_sent_whole() -> None:
    both = [
        {"index": 0, "id": "a", "type": "function",
         "function": {"name": "get_weather", "arguments": WEATHER}},
        {"index": 1, "id": "b", "type": "function",
         "function": {"name": "pay", "arguments": PAY_OK}},
    ]  # fmt: skip
    data = chunk(delta(tool_calls=both)) + chunk(delta(finish="tool_calls")) + b"data: [DONE]\n\n"
    out, err, record = run(gate(), [data])
    assert err is None
    assert ClientView().read(out).named() == [("get_weather", WEATHER), ("pay", PAY_OK)]
    assert [r["verdict"] for r in record] == ["allowed", "allowed"]


def test_several_choices_are_checked_apart() -> None:
    parts0 = call_parts(0, "pay", PAY_OK, 3)
    parts1 = call_parts(0, "get_weather", WEATHER, 3)
    chunks = [chunk(delta(0, role="assistant"), delta(1, role="assistant"))]
    for p0, p1 in zip(parts0, parts1, strict=True):  # interleaved across choices
        chunks.append(chunk(delta(0, tool_calls=[p0]), delta(1, tool_calls=[p1])))
    chunks.append(chunk(delta(0, finish="tool_calls"), delta(1, finish="tool_calls")))
    chunks.append(b"data: [DONE]\n\n")
    out, err, _ = run(gate(max_calls=1), chunks)  # one call per choice: within the cap
    assert err is None
    view = ClientView().read(out)
    assert view.named(0) == [("pay", PAY_OK)]
    assert view.named(1) == [("get_weather", WEATHER)]


def test_a_call_completed_by_done_alone_is_still_checked_and_sent() -> None:
    parts = call_parts(0, "pay", PAY_OK)
    chunks = [chunk(delta(tool_calls=[p])) for p in parts] + [b"data: [DONE]\n\n"]
    out, err, record = run(gate(), chunks)
    assert err is None
    view = ClientView().read(out)
    assert view.named() == [("pay", PAY_OK)]
    assert view.done
    assert out.index(b'"pay"') < out.index(b"[DONE]")
    assert len(record) == 1


def test_provider_fields_of_a_call_are_kept() -> None:
    part = {
        "index": 0, "id": "c", "type": "function",
        "function": {"name": "pay", "arguments": PAY_OK},
        "extra_content": {"google": {"thought_signature": "sig"}},
    }  # fmt: skip
    out, _, _ = run(gate(), [chunk(delta(tool_calls=[part], finish="tool_calls"))])
    sent = orjson.loads(out.split(b"\n\n")[0][6:])
    assert sent["choices"][0]["delta"]["tool_calls"][0]["extra_content"] == {
        "google": {"thought_signature": "sig"}
    }
    assert sent["id"] == "chatcmpl-1"
    assert sent["model"] == "m"


def test_a_legacy_function_call_is_held_and_checked() -> None:
    pieces = [PAY_BAD[:9], PAY_BAD[9:]]
    chunks = [chunk(delta(role="assistant", function_call={"name": "pay", "arguments": ""}))]
    chunks += [chunk(delta(function_call={"arguments": p})) for p in pieces]
    chunks.append(chunk(delta(finish="function_call")))
    out, err, _ = run(gate(), chunks)
    assert isinstance(err, ToolCallBlocked)
    assert b"function_call" not in out
    good = [chunk(delta(function_call={"name": "pay", "arguments": PAY_OK}))]
    out, err, _ = run(gate(), [*good, chunk(delta(finish="function_call"))])
    assert err is None
    sent = [orjson.loads(e[6:]) for e in out.split(b"\n\n") if e]
    assert sent[0]["choices"][0]["delta"]["function_call"] == {"name": "pay", "arguments": PAY_OK}


# -- streams that are blocked ------------------------------------------------------------


def test_a_blocked_call_never_reaches_the_client_at_any_split() -> None:
    data = stream_of([("get_weather", WEATHER), ("pay", PAY_BAD)], text="ok")
    for cut in range(1, len(data)):
        out, err, record = run(gate(), [data[:cut], data[cut:]])
        assert isinstance(err, ToolCallBlocked), cut
        assert b'"pay"' not in out
        assert b"amount" not in out
        assert SECRET.encode() not in out
        assert b"[DONE]" not in out
        assert record[-1] == {
            "name": "pay",
            "verdict": "blocked",
            "rule": "guard.policies.p.tools.rules[0]",
        }
    assert err.tool == "pay"
    assert err.rule == "guard.policies.p.tools.rules[0]"
    assert SECRET not in err.message
    assert "150" not in err.message


def test_the_block_comes_when_the_next_call_starts() -> None:
    parts = call_parts(0, "pay", PAY_BAD) + call_parts(1, "get_weather", WEATHER)
    record: list[Any] = []
    sg = StreamToolGate(gate(), record)
    starts_next = len(call_parts(0, "pay", PAY_BAD))
    for part in parts[:starts_next]:
        assert sg.feed(chunk(delta(tool_calls=[part]))) == b""  # held
    assert sg.blocked is None
    assert sg.feed(chunk(delta(tool_calls=[parts[starts_next]]))) == b""
    assert sg.blocked is not None
    assert [r["verdict"] for r in record] == ["blocked"]


def test_a_name_outside_the_allowed_list_is_blocked() -> None:
    out, err, _ = run(gate(), [stream_of([("delete_account", "{}")])])
    assert err is not None
    assert err.rule == "guard.policies.p.tools.allowed"
    assert b"delete_account" not in out


def test_max_calls_blocks_the_call_over_the_cap() -> None:
    calls = [("lookup_a", "{}"), ("lookup_b", "{}"), ("lookup_c", "{}")]
    out, err, record = run(gate(allowed=["lookup_*"], max_calls=2), [stream_of(calls)])
    assert err is not None
    assert err.rule == "guard.policies.p.tools.max_calls"
    view = ClientView().read(out)
    assert view.named() == [("lookup_a", "{}"), ("lookup_b", "{}")]
    assert [r["verdict"] for r in record] == ["allowed", "allowed", "blocked"]


def test_arguments_of_a_call_already_sent_block_the_answer() -> None:
    a = call_parts(0, "lookup_a", '{"x": 1} ', [8])  # a whole object, then a space
    b = call_parts(1, "lookup_b", '{"y": 2}', 2)
    interleaved = [a[0], a[1], b[0], a[2], b[1], b[2]]
    chunks = [chunk(delta(tool_calls=[p])) for p in interleaved]
    out, err, record = run(gate(allowed=["lookup_*"]), chunks)
    assert err is not None
    assert err.rule == "stream_order"
    assert err.tool == "lookup_a"
    assert record[-1]["rule"] == "stream_order"
    view = ClientView().read(out)
    assert view.named() == [("lookup_a", '{"x": 1}')]  # what was checked, never more


def test_what_a_call_holds_is_bounded() -> None:
    g = gate(allowed=["t"], max_arguments_chars=1000)
    record: list[Any] = []
    sg = StreamToolGate(g, record)
    sg.feed(chunk(delta(tool_calls=call_parts(0, "t", "")[:1])))
    piece = chunk(delta(tool_calls=[{"index": 0, "function": {"arguments": "x" * 100}}]))
    fed = 0
    while sg.blocked is None:
        assert sg.feed(piece) == b""
        fed += 100
    assert 1000 <= fed < 1000 + 100  # blocked as soon as the bound is crossed
    assert sg.blocked.rule == "guard.policies.p.tools.max_arguments_chars"


def test_a_log_policy_flags_and_lets_the_call_through() -> None:
    out, err, record = run(gate(allowed=["x"], action="log"), [stream_of([("pay", PAY_BAD)])])
    assert err is None
    assert ClientView().read(out).named() == [("pay", PAY_BAD)]
    assert record == [
        {"name": "pay", "verdict": "flagged", "rule": "guard.policies.p.tools.allowed"}
    ]


def test_a_key_with_escapes_is_read_as_the_client_reads_it() -> None:
    sneaky = (
        b'data: {"choices":[{"index":0,"delta":{"tool\\u005fcalls":[{"index":0,"id":"c",'
        b'"type":"function","function":{"name":"rm","arguments":"{}"}}]},'
        b'"finish_reason":"stop"}]}\n\n'
    )
    assert b"tool_calls" not in sneaky
    out, err, _ = run(gate(), [sneaky])
    assert err is not None
    assert b"rm" not in out


# -- whole answers -----------------------------------------------------------------------


def body(*messages: dict[str, Any]) -> bytes:
    choices = [
        {"index": i, "message": {"role": "assistant", **m}, "finish_reason": "tool_calls"}
        for i, m in enumerate(messages)
    ]
    return orjson.dumps({"id": "x", "object": "chat.completion", "choices": choices})


def calls(*pairs: tuple[str, Any]) -> dict[str, Any]:
    return {
        "content": None,
        "tool_calls": [
            {"id": f"c{i}", "type": "function", "function": {"name": n, "arguments": a}}
            for i, (n, a) in enumerate(pairs)
        ],
    }


def test_a_whole_answer_that_passes_is_left_as_it_is() -> None:
    record: list[Any] = []
    check_body(gate(), body(calls(("get_weather", WEATHER), ("pay", PAY_OK))), record)
    assert [r["verdict"] for r in record] == ["allowed", "allowed"]
    check_body(gate(), body({"content": "plain text"}), record)
    assert len(record) == 2


def test_every_call_is_recorded_and_the_first_block_named() -> None:
    record: list[Any] = []
    answer = body(calls(("pay", PAY_BAD), ("get_weather", WEATHER), ("rm", "{}")))
    with pytest.raises(ToolCallBlocked) as info:
        check_body(gate(), answer, record)
    assert [(r["name"], r["verdict"]) for r in record] == [
        ("pay", "blocked"),
        ("get_weather", "allowed"),
        ("rm", "blocked"),
    ]
    assert info.value.tool == "pay"
    assert info.value.to_body()["error"] == {
        "message": info.value.message,
        "type": "invalid_request_error",
        "param": None,
        "code": "tool_call_blocked",
        "tool": "pay",
        "rule": "guard.policies.p.tools.rules[0]",
    }
    assert SECRET not in info.value.message


def test_whole_answers_count_per_choice_and_read_legacy_and_custom_calls() -> None:
    record: list[Any] = []
    two = body(calls(("lookup_a", "{}")), calls(("lookup_b", "{}")))
    check_body(gate(allowed=["lookup_*"], max_calls=1), two, record)
    legacy = body({"content": None, "function_call": {"name": "pay", "arguments": PAY_BAD}})
    with pytest.raises(ToolCallBlocked):
        check_body(gate(), legacy, record)
    custom = body(
        {"tool_calls": [{"id": "c", "type": "custom", "custom": {"name": "notes", "input": "hi"}}]}
    )
    check_body(gate(allowed=["notes"]), custom, record)  # free text is not malformed
    with pytest.raises(ToolCallBlocked):
        check_body(gate(allowed=["other"]), custom, record)
    assert [r["verdict"] for r in record] == ["allowed", "allowed", "blocked", "allowed", "blocked"]


def test_a_whole_answer_with_an_escaped_key_is_checked() -> None:
    raw = body(calls(("rm", "{}"))).replace(b"tool_calls", b"tool\\u005fcalls")
    with pytest.raises(ToolCallBlocked):
        check_body(gate(), raw, [])


def test_tool_calls_in_odd_shapes_are_not_passed_unchecked() -> None:
    record: list[Any] = []
    lone = {"id": "c", "type": "function", "function": {"name": "rm", "arguments": "{}"}}
    with pytest.raises(ToolCallBlocked):  # a single call object instead of a list
        check_body(gate(), body({"content": None, "tool_calls": lone}), record)
    with pytest.raises(ToolCallBlocked):  # not a call at all: malformed
        check_body(gate(allowed=["x"]), body({"content": None, "tool_calls": "rm"}), record)
    out, err, _ = run(gate(), [chunk(delta(tool_calls={**lone, "index": 0}, finish="stop"))])
    assert err is not None
    assert b"rm" not in out
    out, err, _ = run(gate(), [chunk(delta(content="hi", tool_calls="rm"))])
    assert err is None
    assert b"rm" not in out
    assert ClientView().read(out).text == {0: "hi"}
