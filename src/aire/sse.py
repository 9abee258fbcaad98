"""Server-sent events (WHATWG HTML, "9.2 Server-sent events"): an incremental parser and
the encoder, one module for every part of aire that reads or writes ``text/event-stream``:
the gateway (upstream streams in, client streams out), the simulator (writer) and the load
generator (reader).

The parser works on bytes: the format's delimiters (CR, LF, ``:``, space) are ASCII, so
splitting UTF-8 bytes gives what splitting the decoded text would, and JSON payloads go to
``orjson.loads`` without a decode and re-encode. As the spec says:

- lines end with CRLF, LF or a lone CR (a CRLF split across two reads is one line end);
- an empty line dispatches the event; an event without ``data`` lines is not dispatched;
- ``data`` lines are joined with LF; one space after the colon is dropped, no more;
- ``event`` names the event (empty: the default, ``None`` here); ``id`` sets the last
  event id unless it contains NUL; ``retry`` is kept when it is all ASCII digits;
- lines starting with ``:`` are comments; other field names are ignored;
- a leading UTF-8 BOM is dropped; an event not ended by an empty line when the stream
  ends is not dispatched (``pending`` shows it).

Comments are not events for the spec; a gateway forwards them as keep-alives, so
``SSEParser(comments=True)`` reports a block that has comments but no data as an
``Event`` with ``data=None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

__all__ = [
    "DATA",
    "DONE",
    "END",
    "BlockSplitter",
    "Event",
    "SSEParser",
    "block_data",
    "comment",
    "encode",
    "json_event",
]

DATA = b"data: "  # the start of a data line
END = b"\n\n"  # the end of an event
DONE = b"data: [DONE]\n\n"  # OpenAI's last event

_BOM = b"\xef\xbb\xbf"
_dumps = orjson.dumps


@dataclass(slots=True)
class Event:
    """One event: ``data`` (its data lines joined with LF; None for a comment-only block),
    ``event`` (its name; None for the default, ``message``), ``id`` (the stream's last
    event id when it was dispatched) and ``comment`` (the first comment line of its block,
    without the colon)."""

    data: bytes | None
    event: bytes | None = None
    id: bytes | None = None
    comment: bytes | None = None


class SSEParser:
    """Feed bytes as they arrive; get the events they complete.

    ``max_event_bytes`` bounds the bytes of one incomplete event held between reads (a
    stream that never ends an event would otherwise grow without limit): past it,
    ``feed`` raises ValueError.
    """

    __slots__ = (
        "_comments",
        "_limit",
        "_parts",
        "_size",
        "_skip_lf",
        "_start",
        "last_event_id",
        "retry_ms",
    )

    def __init__(self, *, comments: bool = False, max_event_bytes: int | None = None) -> None:
        self._comments = comments
        self._limit = max_event_bytes
        self._parts: list[bytes] = []  # the incomplete event, as it arrived
        self._size = 0
        self._skip_lf = False  # the last read ended with CR: a LF first in the next is its pair
        self._start = True  # no byte yet after a possible BOM
        self.last_event_id: bytes | None = None
        self.retry_ms: int | None = None

    @property
    def pending(self) -> bytes:
        """The bytes of an event that has begun but not ended (line ends as LF)."""
        return b"".join(self._parts)

    def feed(self, data: bytes) -> list[Event]:
        """The events that ``data`` completes, in order."""
        if self._skip_lf:
            self._skip_lf = False
            if data[:1] == b"\n":
                data = data[1:]
        if not data:
            return []
        if self._start:
            data = self._strip_bom(data)
            if not data:
                return []
        # bytes.find, not "in": "in" tries the operand as an int first (an exception raised
        # and cleared each time, ~3x slower on this path)
        if data.find(b"\r") >= 0:
            self._skip_lf = data[-1:] == b"\r"
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        parts = self._parts
        if data.find(b"\n\n") < 0 and not (parts and data[:1] == b"\n" and parts[-1][-1:] == b"\n"):
            parts.append(data)  # no event ends here: keep the piece, join later (no copies)
            self._size += len(data)
            if self._limit is not None and self._size > self._limit:
                raise ValueError(f"an event longer than {self._limit} bytes")
            return []
        if parts:
            parts.append(data)
            data = b"".join(parts)
        blocks = data.split(b"\n\n")
        rest = blocks.pop()
        self._parts = [rest] if rest else []
        self._size = len(rest)
        if self._limit is not None and self._size > self._limit:
            raise ValueError(f"an event longer than {self._limit} bytes")
        events = []
        for block in blocks:
            if block[:5] == b"data:" and block.find(b"\n") < 0:  # the common case, inline
                value = block[5:]
                events.append(
                    Event(value[1:] if value[:1] == b" " else value, None, self.last_event_id)
                )
                continue
            event = self._parse(block)
            if event is not None:
                events.append(event)
        return events

    def _strip_bom(self, data: bytes) -> bytes:
        """``data`` without a leading BOM, which may arrive split over reads."""
        head = b"".join(self._parts) + data
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._parts = [head]  # too early to tell
            self._size = len(head)
            return b""
        self._start = False
        self._parts = []
        self._size = 0
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _parse(self, block: bytes) -> Event | None:
        if block[:1] == b"\n":  # the rest of a run of empty lines: nothing to dispatch
            block = block.lstrip(b"\n")
        data: list[bytes] = []
        name: bytes | None = None
        note: bytes | None = None
        for line in block.split(b"\n"):
            if line[:1] == b":":
                if note is None:
                    note = line[1:]
                continue
            field, colon, value = line.partition(b":")
            if colon and value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                data.append(value)
            elif field == b"event":
                name = value or None
            elif field == b"id":
                if value.find(b"\0") < 0:
                    self.last_event_id = value
            elif field == b"retry" and value.isdigit():  # bytes.isdigit: ASCII digits only
                self.retry_ms = int(value)
        if data:
            return Event(b"\n".join(data), name, self.last_event_id, note)
        if note is not None and self._comments:
            return Event(None, None, self.last_event_id, note)
        return None


def encode(
    data: bytes | str,
    *,
    event: bytes | str | None = None,
    id: bytes | str | None = None,
    retry_ms: int | None = None,
) -> bytes:
    """One event as bytes; data with line breaks becomes several ``data`` lines."""
    raw = data.encode() if isinstance(data, str) else data
    out = []
    if event is not None:
        out.append(b"event: " + _field_value("event", event) + b"\n")
    if id is not None:
        out.append(b"id: " + _field_value("id", id) + b"\n")
    if retry_ms is not None:
        out.append(b"retry: %d\n" % retry_ms)
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    for line in raw.split(b"\n"):
        out.append(DATA + line + b"\n")
    out.append(b"\n")
    return b"".join(out)


def json_event(obj: Any, *, event: bytes | None = None) -> bytes:
    """``obj`` as JSON in one event (orjson escapes control characters: one data line)."""
    if event is None:
        return DATA + _dumps(obj) + END
    return b"event: " + _field_value("event", event) + b"\n" + DATA + _dumps(obj) + END


def comment(text: bytes | str = b"") -> bytes:
    """A comment block (keeps a connection alive, ignored by readers)."""
    raw = text.encode() if isinstance(text, str) else text
    if b"\n" in raw or b"\r" in raw:
        raise ValueError("a comment is one line")
    return b":" + raw + END


def _field_value(field: str, value: bytes | str) -> bytes:
    raw = value.encode() if isinstance(value, str) else value
    if b"\n" in raw or b"\r" in raw:
        raise ValueError(f"an SSE {field} cannot contain a line break")
    return raw


class BlockSplitter:
    """Whole event blocks (without their blank line) of a stream aire itself encoded:
    LF line endings, events ended by a blank line (what the providers pass between the
    gateway's stages). A transform that re-frames such a stream keeps each block's bytes
    as they are; for an upstream's raw bytes, use ``SSEParser``."""

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, data: bytes) -> list[bytes]:
        buf = self._buf + data if self._buf else data
        parts = buf.split(END)
        self._buf = parts.pop()
        return [p for p in parts if p]

    @property
    def pending(self) -> bytes:
        return self._buf


def block_data(block: bytes) -> bytes | None:
    """The data of one event block (data lines joined with LF), or None (a comment)."""
    if block.startswith(b"data:") and b"\n" not in block:
        data = block[5:]
        return data[1:] if data.startswith(b" ") else data
    lines = [line[5:] for line in block.split(b"\n") if line.startswith(b"data:")]
    if not lines:
        return None
    return b"\n".join(v[1:] if v.startswith(b" ") else v for v in lines)
