"""aire.sse: the WHATWG event-stream rules, and any split of a stream parses the same."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aire import sse
from aire.sse import Event, SSEParser


def parse(*pieces: bytes, comments: bool = False) -> list[Event]:
    parser = SSEParser(comments=comments)
    events: list[Event] = []
    for piece in pieces:
        events += parser.feed(piece)
    return events


def data(events: list[Event]) -> list[bytes | None]:
    return [e.data for e in events]


def test_one_data_line_per_event() -> None:
    assert data(parse(b'data: {"a": 1}\n\ndata: [DONE]\n\n')) == [b'{"a": 1}', b"[DONE]"]


def test_line_ends_crlf_cr_and_lf_mixed() -> None:
    stream = b"data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: d\r\n\n"
    assert data(parse(stream)) == [b"a", b"b", b"c", b"d"]


def test_a_crlf_split_between_reads_is_one_line_end() -> None:
    # "x\r" then "\n": one line end, not an empty line (which would end the event)
    parser = SSEParser()
    assert parser.feed(b"data: x\r") == []
    assert parser.feed(b"\ndata: y\r") == []
    assert data(parser.feed(b"\n\r\n")) == [b"x\ny"]


def test_a_lone_cr_ends_an_event_without_waiting_for_more() -> None:
    # the CR could be the first half of a CRLF, but the event is complete already
    parser = SSEParser()
    assert data(parser.feed(b"data: x\r\r")) == [b"x"]
    assert data(parser.feed(b"\ndata: y\r\r")) == [b"y"]  # the LF pairs with the CR before


def test_multi_line_data_is_joined_with_lf() -> None:
    assert data(parse(b"data: a\ndata:b\ndata:  c\ndata\n\n")) == [b"a\nb\n c\n"]


def test_only_one_space_after_the_colon_is_dropped() -> None:
    assert data(parse(b"data:  two\n\ndata:none\n\n")) == [b" two", b"none"]


def test_event_names_ids_and_retry() -> None:
    parser = SSEParser()
    events = parser.feed(b"event: message_start\nid: 7\nretry: 1500\ndata: {}\n\n")
    assert events == [Event(b"{}", b"message_start", b"7")]
    assert parser.retry_ms == 1500
    # the id stays for later events; an empty event name is the default
    assert parser.feed(b"event:\ndata: x\n\n") == [Event(b"x", None, b"7")]
    # an id with NUL is ignored; a retry that is not all digits too
    parser.feed(b"id: a\0b\nretry: 1e3\ndata: y\n\n")
    assert parser.last_event_id == b"7"
    assert parser.retry_ms == 1500
    # an id without data still sets the last event id, and nothing is dispatched
    assert parser.feed(b"id: 9\n\n") == []
    assert parser.last_event_id == b"9"


def test_events_without_data_are_not_dispatched() -> None:
    assert parse(b"event: ping\n\n: comment\n\nunknown: field\n\n") == []


def test_an_empty_data_field_is_an_event_with_empty_data() -> None:
    assert data(parse(b"data\n\ndata:\n\n")) == [b"", b""]


def test_field_names_are_exact() -> None:
    assert parse(b"Data: x\n\ndata : x\n\n data: x\n\n") == []


def test_comments_are_kept_as_keep_alives_when_asked() -> None:
    events = parse(b": keep-alive\n\n:\n\ndata: x\n: note\n\n", comments=True)
    assert events == [
        Event(None, None, None, b" keep-alive"),
        Event(None, None, None, b""),
        Event(b"x", None, None, b" note"),
    ]


def test_a_bom_at_the_start_is_dropped_even_split() -> None:
    assert data(parse(b"\xef\xbb\xbfdata: x\n\n")) == [b"x"]
    assert data(parse(b"\xef", b"\xbb", b"\xbfdata: x\n\n")) == [b"x"]
    # only at the start of the stream
    assert data(parse(b"data: x\n\n\xef\xbb\xbfdata: y\n\n")) == [b"x"]


def test_an_unfinished_event_at_the_end_is_pending_not_dispatched() -> None:
    parser = SSEParser()
    assert data(parser.feed(b"data: x\n\ndata: y\n")) == [b"x"]
    assert parser.pending == b"data: y\n"


def test_runs_of_empty_lines_dispatch_nothing_more() -> None:
    assert data(parse(b"\n\n\ndata: a\n\n\n\n\ndata: b\n\n")) == [b"a", b"b"]


def test_an_event_is_not_copied_again_for_every_piece() -> None:
    parser = SSEParser()
    big = b"x" * 1000
    parser.feed(b"data: ")
    for _ in range(1000):
        assert parser.feed(big) == []
    assert parser._size == 6 + 1000 * 1000
    assert data(parser.feed(b"\n\n")) == [big * 1000]


def test_an_event_past_the_limit_is_an_error() -> None:
    parser = SSEParser(max_event_bytes=100)
    parser.feed(b"data: " + b"x" * 90)
    with pytest.raises(ValueError, match="longer than 100 bytes"):
        parser.feed(b"x" * 20)
    with pytest.raises(ValueError, match="longer than"):
        SSEParser(max_event_bytes=100).feed(b"data: a\n\ndata: " + b"y" * 200)


# -- encoding --------------------------------------------------------------------------------


def test_encode_splits_data_lines_and_round_trips() -> None:
    raw = sse.encode("a\nb\r\nc", event="update", id="3", retry_ms=10)
    assert raw == b"event: update\nid: 3\nretry: 10\ndata: a\ndata: b\ndata: c\n\n"
    assert parse(raw) == [Event(b"a\nb\nc", b"update", b"3")]
    with pytest.raises(ValueError, match="line break"):
        sse.encode("x", event="a\nb")


def test_json_event_comment_and_done() -> None:
    assert sse.json_event({"a": "x\ny"}) == b'data: {"a":"x\\ny"}\n\n'
    assert sse.json_event({}, event=b"ping") == b"event: ping\ndata: {}\n\n"
    assert sse.comment("keep-alive") == b":keep-alive\n\n"
    with pytest.raises(ValueError, match="one line"):
        sse.comment("a\nb")
    assert data(parse(sse.DONE)) == [b"[DONE]"]


# -- any split of a stream parses to the same events ----------------------------------------

_line_end = st.sampled_from([b"\n", b"\r\n", b"\r"])
_value = st.binary(max_size=12).filter(lambda b: b"\n" not in b and b"\r" not in b)
_field = st.sampled_from([b"data", b"event", b"id", b"retry", b"", b"other"])


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    """Event streams with every line-end style, comments, odd fields and empty lines."""
    out = [draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))]
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            out.append(b":" + draw(_value))
        elif kind == 1:
            out.append(b"")  # an empty line: dispatch
        else:
            sep = draw(st.sampled_from([b":", b": ", b""]))
            out.append(draw(_field) + sep + draw(_value))
        out.append(draw(_line_end))
    return b"".join(out)


def _split(stream: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(stream)) for c in cuts})
    pieces, last = [], 0
    for p in [*points, len(stream)]:
        pieces.append(stream[last:p])
        last = p
    return pieces


@settings(max_examples=400, deadline=None)
@given(streams(), st.lists(st.integers(0, 200), max_size=8), st.booleans())
def test_any_split_parses_to_the_same_events(
    stream: bytes, cuts: list[int], comments: bool
) -> None:
    whole = SSEParser(comments=comments)
    expected = whole.feed(stream)
    split = SSEParser(comments=comments)
    got: list[Event] = []
    for piece in _split(stream, cuts):
        got += split.feed(piece)
    assert got == expected
    assert (split.last_event_id, split.retry_ms) == (whole.last_event_id, whole.retry_ms)
    # byte by byte, the hardest split
    single = SSEParser(comments=comments)
    one_by_one: list[Event] = []
    for i in range(len(stream)):
        one_by_one += single.feed(stream[i : i + 1])
    assert one_by_one == expected


def _reference(stream: bytes) -> list[tuple[bytes, bytes | None, bytes | None]]:
    """The spec's algorithm, line by line, on decoded text: (data, event, id) per event."""
    text = stream.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    lines, buf, i = [], "", 0
    while i < len(text):
        ch = text[i]
        if ch in "\r\n":
            lines.append(buf)
            buf = ""
            if ch == "\r" and text[i + 1 : i + 2] == "\n":
                i += 1
        else:
            buf += ch
        i += 1
    events: list[tuple[bytes, bytes | None, bytes | None]] = []
    data, name, last_id = "", "", None
    for line in lines:
        if line == "":
            if data:
                enc = "utf-8", "surrogateescape"
                events.append(
                    (
                        data.removesuffix("\n").encode(*enc),
                        name.encode(*enc) or None,
                        None if last_id is None else last_id.encode(*enc),
                    )
                )
            data, name = "", ""
            continue
        if line.startswith(":"):
            continue
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "data":
            data += value + "\n"
        elif field == "event":
            name = value
        elif field == "id" and "\0" not in value:
            last_id = value
    return events


@settings(max_examples=400, deadline=None)
@given(streams())
def test_the_parser_agrees_with_the_spec_algorithm(stream: bytes) -> None:
    got = [(e.data, e.event, e.id) for e in SSEParser().feed(stream)]
    assert got == _reference(stream)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=5), st.text(max_size=8)), max_size=6))
def test_what_encode_writes_parses_back(objs: list[dict[str, str]]) -> None:
    raw = b"".join(sse.json_event(o) for o in objs)
    assert [orjson.loads(e.data or b"") for e in parse(raw)] == objs
