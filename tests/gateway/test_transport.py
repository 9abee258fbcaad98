import email.utils
import time

import pytest

from aire.gateway.transport import SSEBuffer, retry_after_s, sse_data


def test_sse_buffer_splits_events_across_reads() -> None:
    buf = SSEBuffer()
    assert buf.feed(b'data: {"a"') == []
    assert buf.feed(b": 1}\n\ndata: [DO") == [b'data: {"a": 1}']
    assert buf.feed(b"NE]\n\n") == [b"data: [DONE]"]
    assert buf.pending == b""


def test_sse_buffer_handles_crlf_even_split_between_reads() -> None:
    buf = SSEBuffer()
    assert buf.feed(b"data: x\r") == []
    assert buf.feed(b"\n\r\ndata: y\r\n\r\n") == [b"data: x", b"data: y"]


def test_sse_data_parses_names_and_multiline_data() -> None:
    assert sse_data(b"data: {}") == (None, b"{}")
    assert sse_data(b"data:{}") == (None, b"{}")
    assert sse_data(b'event: message_start\ndata: {"a":1}') == (b"message_start", b'{"a":1}')
    assert sse_data(b"data: a\ndata: b") == (None, b"a\nb")
    assert sse_data(b": keep-alive") == (None, None)


def test_retry_after_forms() -> None:
    assert retry_after_s({"retry-after": "3"}) == 3
    assert retry_after_s({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert retry_after_s({"retry-after": when}) == pytest.approx(30, abs=2)
    assert retry_after_s({"retry-after": "soon"}) is None
    assert retry_after_s({}) is None
