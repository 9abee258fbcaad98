"""SSE and body parsing: first token, gaps, usage, and the content error classes."""

from __future__ import annotations

import orjson

from aire.load.parse import parse_body, parse_stream
from aire.load.record import RequestRecord


def _event(obj: object) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def _delta(text: str, finish: str | None = None) -> bytes:
    return _event({"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]})


ROLE = _event({"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})
DONE = b"data: [DONE]\n\n"


def test_first_token_is_the_first_chunk_with_text_and_gaps_follow_arrivals() -> None:
    rec = RequestRecord(0, start=10.0, end=10.5)
    chunks = [
        (10.05, ROLE),  # a role chunk with no text is not a token
        (10.1, _delta("Hello")),
        (10.15, _delta(" world") + _delta("!")),  # one read, two tokens: one gap of 0
        (10.3, _delta("", "stop") + DONE),
    ]
    parse_stream(chunks, rec, complete=True)
    assert rec.error is None
    assert rec.ttft_s is not None
    assert abs(rec.ttft_s - 0.1) < 1e-9
    assert [round(g, 6) for g in rec.itl_s] == [0.05, 0.0]
    assert rec.output_tokens == 3  # no usage chunk: counted with aire's tokenizer


def test_usage_chunk_wins_over_counting_and_chunks_split_anywhere() -> None:
    usage = _event({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 42}})
    data = _delta("a") + _delta("b") + usage + DONE
    chunks = [(1.0 + i / 100, data[i : i + 7]) for i in range(0, len(data), 7)]
    rec = RequestRecord(0, start=1.0, end=2.0)
    parse_stream(chunks, rec, complete=True)
    assert rec.error is None
    assert (rec.input_tokens, rec.output_tokens) == (7, 42)
    assert len(rec.itl_s) == 1


def test_completions_chunks_count_text() -> None:
    data = _event({"choices": [{"text": "x", "index": 0, "finish_reason": None}]}) + DONE
    rec = RequestRecord(0, start=0.0, end=1.0)
    parse_stream([(0.5, data)], rec, complete=True)
    assert rec.error is None
    assert rec.ttft_s == 0.5


def test_stream_error_classes() -> None:
    cases = {
        "malformed": (
            [(0.1, _delta("a") + b'data: {"choices":[{"delta":{"content":"tr\n\n' + DONE)],
            True,
        ),
        "drop": ([(0.1, _delta("a"))], True),  # clean close before [DONE]
        "empty": ([(0.1, ROLE + _delta("", "stop") + DONE)], True),
    }
    for expected, (chunks, complete) in cases.items():
        rec = RequestRecord(0, start=0.0, end=1.0)
        parse_stream(chunks, rec, complete=complete)
        assert rec.error == expected, (expected, rec.error_detail)
    rec = RequestRecord(0, start=0.0, end=1.0)
    parse_stream(
        [(0.1, _delta("a") + _event({"error": {"message": "upstream died"}}))], rec, complete=True
    )
    assert rec.error == "drop"
    assert "upstream died" in (rec.error_detail or "")


def test_an_answer_that_is_not_an_event_stream_is_malformed_not_a_drop() -> None:
    # a 200 HTML page, or a whole JSON body from a server that ignores "stream": true
    for body in (b"<html><body>hello</body></html>", b'{"choices": [{"message": {}}]}\n'):
        rec = RequestRecord(0, start=0.0, end=1.0)
        parse_stream([(0.1, body)], rec, complete=True)
        assert rec.error == "malformed", body
        assert (rec.error_detail or "").startswith("not an SSE stream: "), rec.error_detail
    # still a drop: nothing at all, an event stream cut short, comments only then a close
    for chunks in ([], [(0.1, b": keep-alive\n\n")], [(0.1, _delta("a"))]):
        rec = RequestRecord(0, start=0.0, end=1.0)
        parse_stream(chunks, rec, complete=True)
        assert rec.error == "drop", chunks
    rec = RequestRecord(0, start=0.0, end=1.0)
    parse_stream([(0.1, b"<html>")], rec, complete=False)  # cut short: a drop
    assert rec.error == "drop"


def test_a_finish_reason_without_done_is_a_complete_stream() -> None:
    rec = RequestRecord(0, start=0.0, end=1.0)
    parse_stream([(0.1, _delta("a", "stop"))], rec, complete=True)
    assert rec.error is None


def test_body_parsing() -> None:
    body = orjson.dumps(
        {
            "choices": [{"message": {"role": "assistant", "content": "hi there"}}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2},
        }
    )
    rec = RequestRecord(0, start=0.0, end=1.0)
    parse_body(body, rec)
    assert rec.error is None
    assert rec.output_tokens == 2
    assert rec.ttft_s is None
    for body, expected in (
        (b'{"choices": [{"message": {"content": "', "malformed"),
        (b'{"choices": [{"message": {"content": ""}}]}', "empty"),
        (b'{"object": "list"}', "malformed"),
    ):
        rec = RequestRecord(0, start=0.0, end=1.0)
        parse_body(body, rec)
        assert rec.error == expected


def test_crlf_streams_multi_line_data_and_comments_parse_like_lf_ones() -> None:
    """A server that writes CRLF (or splits its JSON over data lines, or sends keep-alive
    comments) is timed like one that writes LF; a token's time is the read ending it."""
    hello = b'data: {"choices":[{"index":0,\r\ndata: "delta":{"content":"Hel'
    chunks = [
        (1.0, b": keep-alive\r\n\r\n"),
        (1.1, hello),
        (1.2, b'lo"}}]}\r\n\r'),  # the event ends with this read's CR CR
        (1.3, b"\n" + _delta(" you", "stop").replace(b"\n", b"\r\n") + b"data: [DONE]\r\n\r\n"),
    ]
    rec = RequestRecord(0, start=1.0, end=1.5)
    parse_stream(chunks, rec, complete=True)
    assert rec.error is None
    assert rec.ttft_s is not None
    assert abs(rec.ttft_s - 0.2) < 1e-9
    assert [round(g, 6) for g in rec.itl_s] == [0.1]
    assert rec.output_tokens == 2
