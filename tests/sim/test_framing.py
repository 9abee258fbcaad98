"""Wire bytes: templated token events equal the JSON they stand for."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from aire.sim.framing import AnthropicFramer, ChatFramer, CompletionFramer, Framer
from aire.sim.generate import Choice
from aire.sse import SSEParser

TRICKY = ["Hello", ' "quoted"', "\n", "\\", " ünïcødé", " 😀", "\t", "</script>", "\u2028"]


def events(data: bytes) -> list[Any]:
    """The JSON of every event but [DONE], read by aire.sse as every reader of aire does."""
    parsed = SSEParser().feed(data)
    assert SSEParser().feed(data + b"\n\n") == parsed, "every event is complete"
    return [orjson.loads(e.data) for e in parsed if e.data is not None and e.data != b"[DONE]"]


FRAMERS: dict[str, Any] = {
    "chat": lambda: ChatFramer("chatcmpl-1", "m", include_usage=True),
    "completion": lambda: CompletionFramer("cmpl-1", "m", include_usage=False),
    "anthropic": lambda: AnthropicFramer("msg_1", "m"),
}


@pytest.mark.parametrize("kind", sorted(FRAMERS))
@pytest.mark.parametrize("tool", [False, True])
def test_tokens_run_equals_single_tokens(kind: str, tool: bool) -> None:
    framer: Framer = FRAMERS[kind]()
    choice = Choice(list(TRICKY), "stop", tool_name="f" if tool else None, tool_id="call_1")
    index = 0 if kind == "anthropic" else 2
    singles = b"".join(framer.token(index, choice, t) for t in choice.tokens)
    assert framer.tokens(index, choice, 0, len(TRICKY)) == singles
    assert framer.tokens(index, choice, 3, 5) == b"".join(
        framer.token(index, choice, t) for t in TRICKY[3:5]
    )
    assert framer.tokens(index, choice, 5, 5) == b""
    parsed = events(singles)
    assert len(parsed) == len(TRICKY)
    pieces = []
    for event in parsed:
        if kind == "chat":
            (c,) = event["choices"]
            assert c["index"] == index
            delta = c["delta"]
            pieces.append(
                delta["tool_calls"][0]["function"]["arguments"] if tool else delta["content"]
            )
            assert event["usage"] is None
        elif kind == "completion":
            (c,) = event["choices"]
            assert c["index"] == index
            pieces.append(c["text"])
        else:
            delta = event["delta"]
            pieces.append(delta["partial_json"] if tool else delta["text"])
    assert pieces == TRICKY


def test_chat_stream_head_finish_end() -> None:
    f = ChatFramer("chatcmpl-1", "m", include_usage=True)
    choices = [Choice(["a", "b"], "length"), Choice(["x"], "tool_calls", "f", "call_9")]
    head = events(f.head(choices, 5))
    assert head[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    tool_head = head[1]["choices"][0]["delta"]["tool_calls"][0]
    assert tool_head == {
        "index": 0,
        "id": "call_9",
        "type": "function",
        "function": {"name": "f", "arguments": ""},
    }
    (finish,) = events(f.finish(1, choices[1]))
    assert finish["choices"][0] == {
        "index": 1,
        "delta": {},
        "logprobs": None,
        "finish_reason": "tool_calls",
    }
    end = f.end(choices, 5)
    assert end.endswith(b"data: [DONE]\n\n")
    (usage,) = events(end)
    assert usage["choices"] == []
    assert usage["usage"] == {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}
    assert usage["id"] == "chatcmpl-1"


def test_chat_body() -> None:
    f = ChatFramer("chatcmpl-1", "m", include_usage=False)
    body = orjson.loads(
        f.body([Choice(["Hi"], "stop"), Choice(['{"a":', "1}"], "tool_calls", "f", "call_2")], 4)
    )
    assert body["choices"][0]["message"] == {"role": "assistant", "content": "Hi", "refusal": None}
    call = body["choices"][1]["message"]["tool_calls"][0]
    assert call == {
        "id": "call_2",
        "type": "function",
        "function": {"name": "f", "arguments": '{"a":1}'},
    }
    assert body["usage"]["completion_tokens"] == 3


def test_completion_echo_per_choice() -> None:
    f = CompletionFramer("cmpl-1", "m", include_usage=False, echo=["P1", "P2"])
    choices = [Choice([" a"], "stop"), Choice([" b"], "stop")]
    body = orjson.loads(f.body(choices, 2))
    assert [c["text"] for c in body["choices"]] == ["P1 a", "P2 b"]
    head = events(f.head(choices, 2))
    assert [(e["choices"][0]["index"], e["choices"][0]["text"]) for e in head] == [
        (0, "P1"),
        (1, "P2"),
    ]
    assert CompletionFramer("c", "m", False).head(choices, 2) == b""


def test_anthropic_body_and_events() -> None:
    f = AnthropicFramer("msg_1", "m")
    tool = Choice(['{"city"', ': "Oslo"}'], "tool_calls", "weather", "call_abc")
    body = orjson.loads(f.body([tool], 9))
    assert body["content"] == [
        {"type": "tool_use", "id": "toolu_abc", "name": "weather", "input": {"city": "Oslo"}}
    ]
    assert body["stop_reason"] == "tool_use"
    text = Choice(["x"], "stop", stop_sequence="END")
    assert orjson.loads(f.body([text], 1))["stop_reason"] == "stop_sequence"
    head = f.head([text], 1)
    assert head.startswith(b"event: message_start\n")
    assert [e["type"] for e in events(head)] == ["message_start", "content_block_start", "ping"]
    end = events(f.end([text], 1))
    assert end[0]["delta"] == {"stop_reason": "stop_sequence", "stop_sequence": "END"}
    assert end[1] == {"type": "message_stop"}


@pytest.mark.parametrize("kind", sorted(FRAMERS))
def test_malformed_is_not_json(kind: str) -> None:
    data = FRAMERS[kind]().malformed()
    line = next(x for x in data.split(b"\n") if x.startswith(b"data: "))
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(line[6:])


def test_corpus_encoded_tokens_frame_like_fresh_encoding() -> None:
    import random

    from aire.config.sim import SimConfig
    from aire.sim.generate import Generator, GenRequest

    g = Generator(SimConfig(output_tokens=3000, output_tokens_jitter=0.5), None)
    framer = ChatFramer("chatcmpl-1", "m", include_usage=False)
    for seed in range(30):
        req = GenRequest(model="m", prompt_tokens=1, last_user="x", limit=2000 + seed)
        (choice,) = g.plan(req, random.Random(seed), None)
        fresh = Choice(list(choice.tokens), choice.finish_reason)
        assert fresh.encoded_tokens() is None
        for start, stop in ((0, len(choice.tokens)), (3, 17), (5, 5)):
            assert framer.tokens(0, choice, start, stop) == framer.tokens(0, fresh, start, stop)
    choice.tokens = choice.tokens[:2]  # a new list: the encoding no longer applies
    assert choice.encoded_tokens() is None


@pytest.mark.parametrize("kind", sorted(FRAMERS))
def test_stream_body_is_head_tokens_finish_end(kind: str) -> None:
    framer = FRAMERS[kind]()
    for choices in (
        [Choice(list(TRICKY), "length")],
        [Choice(["a", " b"], "stop"), Choice([], "stop"), Choice(["c"], "length")],
        [Choice([], "stop")],
    ):
        if kind == "anthropic" and len(choices) > 1:
            continue
        expected = [framer.head(choices, 3)]
        expected += [framer.finish(i, c) for i, c in enumerate(choices) if not c.tokens]
        for i, c in enumerate(choices):
            if c.tokens:
                expected += [framer.tokens(i, c, 0, len(c.tokens)), framer.finish(i, c)]
        expected.append(framer.end(choices, 3))
        assert framer.stream_body(choices, 3) == b"".join(expected)
