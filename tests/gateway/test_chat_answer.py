"""A chat answer assembled from its stream, and replayed as one: nothing lost either way."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from aire.gateway.chat_answer import ChatAssembler, replay_stream
from aire.gateway.inbound.chat import ARGS, TEXT, TOOL, ChatStreamReader

HEAD = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 7, "model": "m"}


def event(choices: list[dict[str, Any]] | None, **extra: Any) -> bytes:
    chunk: dict[str, Any] = {**HEAD, "system_fingerprint": "fp", **extra}
    if choices is not None:
        chunk["choices"] = choices
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


def delta(index: int, finish: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": index, "delta": fields, "logprobs": None, "finish_reason": finish}


USAGE = {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}

#: two choices interleaved: text (with reasoning and logprobs) and a tool call whose
#: arguments arrive in pieces, then a usage chunk, as vLLM and OpenAI send them
STREAM = [
    event([delta(0, role="assistant", content=""), delta(1, role="assistant", content=None)]),
    event([delta(0, reasoning_content="think ")]),
    event(
        [{**delta(0, content="Hel"), "logprobs": {"content": [{"token": "Hel", "logprob": -1}]}}]
    ),
    event(
        [
            delta(
                1,
                tool_calls=[
                    {
                        "index": 0,
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"ci'},
                    }
                ],
            )
        ]
    ),
    event([{**delta(0, content="lo"), "logprobs": {"content": [{"token": "lo", "logprob": -2}]}}]),
    event([delta(1, tool_calls=[{"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}])]),
    event([{**delta(0, finish="stop"), "stop_reason": None}]),
    event([delta(1, finish="tool_calls")]),
    event([], usage=USAGE),
    b"data: [DONE]\n\n",
]


def assemble(chunks: list[bytes], max_bytes: int = 1 << 20) -> ChatAssembler:
    assembler = ChatAssembler(max_bytes)
    for chunk in chunks:
        assembler.feed(chunk)
    return assembler


def test_a_stream_becomes_the_body_it_stands_for() -> None:
    body = assemble(STREAM).body()
    assert body is not None
    assert body["object"] == "chat.completion"
    assert (body["id"], body["created"], body["model"]) == ("chatcmpl-1", 7, "m")
    assert body["system_fingerprint"] == "fp"
    first, second = body["choices"]
    assert first["message"] == {
        "role": "assistant",
        "content": "Hello",
        "refusal": None,
        "reasoning_content": "think ",
    }
    assert first["finish_reason"] == "stop"
    assert [p["token"] for p in first["logprobs"]["content"]] == ["Hel", "lo"]
    assert second["message"]["content"] is None
    assert second["message"]["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
        }
    ]
    assert second["finish_reason"] == "tool_calls"
    assert body["usage"] == USAGE


def test_chunks_split_anywhere_assemble_the_same() -> None:
    whole = b"".join(STREAM)
    pieces = [whole[i : i + 7] for i in range(0, len(whole), 7)]
    assert assemble(pieces).body() == assemble(STREAM).body()


@pytest.mark.parametrize("include_usage", [False, True])
def test_a_replay_assembles_back_into_the_same_body(include_usage: bool) -> None:
    body = assemble(STREAM).body()
    assert body is not None
    replayed = replay_stream(body, include_usage=include_usage)
    again = assemble([replayed]).body()
    if not include_usage:
        assert again is not None
        assert "usage" not in again
        again["usage"] = body["usage"]
    assert again == body


def test_a_replay_has_openais_chunk_shape() -> None:
    body = assemble(STREAM).body()
    assert body is not None
    events = replay_stream(body, include_usage=True).split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    chunks = [orjson.loads(e[6:]) for e in events[:-2]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert all(c["id"] == "chatcmpl-1" and c["system_fingerprint"] == "fp" for c in chunks)
    assert all(c["usage"] is None for c in chunks[:-1])  # as OpenAI: null until the last
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == USAGE
    finishes = [c["choices"][0]["finish_reason"] for c in chunks[:-1]]
    assert finishes == [None, "stop", None, "tool_calls"]
    # the tool call in the form a streaming client reads (index, id, name, arguments)
    call = chunks[2]["choices"][0]["delta"]["tool_calls"][0]
    assert call == {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
    }


def test_the_dialects_reader_reads_a_replay() -> None:
    """The Anthropic and Responses renderers read a replay like any upstream stream."""
    body = assemble(STREAM).body()
    assert body is not None
    reader = ChatStreamReader()
    deltas = reader.read(replay_stream(body, include_usage=True))
    assert (TEXT, "Hello") in deltas  # choice 0: the one the dialects render
    assert not any(d[0] in (TOOL, ARGS) for d in deltas)  # choice 1's call is not choice 0's
    assert reader.finish_reason == "stop"
    assert reader.usage is not None
    assert reader.usage.input == 9
    assert reader.done


def test_an_empty_answer_replays_as_empty_text() -> None:
    body = {
        "id": "x",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": None}, "finish_reason": "stop"}
        ],
    }
    chunks = [
        orjson.loads(e[6:]) for e in replay_stream(body, include_usage=False).split(b"\n\n")[:-2]
    ]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}


@pytest.mark.parametrize(
    ("chunks", "reason"),
    [
        (STREAM[:-1], "incomplete"),  # no [DONE]: the stream was cut
        ([STREAM[0], STREAM[1], b"data: [DONE]\n\n"], "incomplete"),  # no finish reason
        ([b"data: {not json\n\n"], "incomplete"),
        ([event([delta(0, audio={"data": "UklGR"})]), *STREAM], "unreplayable"),
        ([event([delta(0, content=3)]), *STREAM], "unreplayable"),
        ([b"data: [DONE]\n\n"], "incomplete"),  # no choice at all
        (
            [*STREAM[:3], b'data: {"error": {"message": "overloaded"}}\n\n', *STREAM[3:]],
            "incomplete",
        ),
    ],
)
def test_what_cannot_be_replayed_whole_is_not_assembled(chunks: list[bytes], reason: str) -> None:
    assembler = assemble(chunks)
    assert assembler.body() is None
    assert assembler.failure == reason


def test_an_answer_larger_than_the_limit_is_given_up_early(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ChatAssembler, "BATCH_BYTES", 4096)  # parsed every 4 KiB
    big = [event([delta(0, content="x" * 1000)]) for _ in range(20)]
    assembler = assemble([STREAM[0], *big, *STREAM[6:]], max_bytes=10_000)
    assert assembler.failure == "too_large"  # before the end
    assert not assembler._held  # and the stream's bytes are not held any more
    assert assembler.body() is None
    assert not assembler._choices  # nothing more is held for it


def test_keep_alive_comments_are_ignored() -> None:
    body = assemble([b": ping\n\n", *STREAM]).body()
    assert body == assemble(STREAM).body()


@pytest.mark.parametrize("batch", [64, 1 << 20])
def test_batches_of_any_size_assemble_the_same(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(ChatAssembler, "BATCH_BYTES", batch)
    whole = b"".join(STREAM)
    pieces = [whole[i : i + 50] for i in range(0, len(whole), 50)]
    assert assemble(pieces).body() == assemble(STREAM).body()


@pytest.mark.parametrize(
    "bad",
    [
        b'data: {"choices": 5}\n\n',
        b'data: {"choices": [3]}\n\n',
        b'data: {"choices": [{"index": "0", "delta": {}}]}\n\n',
        b'data: {"choices": [{"index": 0, "delta": {"tool_calls": {}}}]}\n\n',
        b'data: {"usage": 3}\n\n',
        b"data: [1, 2]\n\n",
    ],
)
def test_chunks_of_the_wrong_shape_are_not_replayable(bad: bytes) -> None:
    assembler = assemble([STREAM[0], bad, *STREAM[1:]])
    assert assembler.body() is None
    assert assembler.failure == "unreplayable"


def test_crlf_framing_and_multi_line_events() -> None:
    crlf = [c.replace(b"\n", b"\r\n") for c in STREAM]
    assert assemble(crlf).body() == assemble(STREAM).body()
    named = [b"event: chunk\n" + c if c.startswith(b"data: {") else c for c in STREAM]
    assert assemble(named).body() == assemble(STREAM).body()
