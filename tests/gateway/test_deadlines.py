"""The stream deadlines in one place: first token, idle between reads, total; SSE on top."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest

from aire.errors import UpstreamProtocolError, UpstreamTimeout
from aire.gateway.deadlines import DeadlineReader, first_token_deadline


class Scripted:
    """A response whose body pieces the test hands over (``give``); a read waits for the
    next piece until its deadline, as a real client does."""

    status = 200
    headers: Mapping[str, str] = {}
    content_type = "text/event-stream"

    def __init__(self) -> None:
        self.pieces: asyncio.Queue[bytes] = asyncio.Queue()
        self.deadlines: list[float | None] = []
        self.ended = ""

    def give(self, *pieces: bytes) -> None:
        for piece in pieces:
            self.pieces.put_nowait(piece)

    async def readany(self, deadline: float | None = None) -> bytes:
        self.deadlines.append(deadline)
        async with asyncio.timeout_at(deadline):
            return await self.pieces.get()

    async def read(self, deadline: float | None = None) -> bytes:
        raise NotImplementedError

    async def read_upto(self, limit: int, deadline: float | None = None) -> bytes:
        raise NotImplementedError

    def release(self) -> None:
        self.ended = self.ended or "released"

    def close(self) -> None:
        self.ended = self.ended or "closed"


def reader(
    resp: Scripted, *, first_s: float = 30, idle_s: float = 30, total_s: float = 60
) -> DeadlineReader:
    now = asyncio.get_running_loop().time()
    return DeadlineReader(
        resp,
        name="http://up/v1",
        first_deadline=now + first_s,
        idle_s=idle_s,
        deadline=now + total_s,
    )


async def test_nothing_at_all_is_a_first_token_timeout() -> None:
    resp = Scripted()
    with pytest.raises(
        UpstreamTimeout, match=r"upstream http://up/v1 timed out \(first_token\)"
    ) as info:
        await reader(resp, first_s=0.05).read()
    assert info.value.phase == "first_token"


async def test_silence_after_the_first_bytes_is_an_idle_timeout() -> None:
    resp = Scripted()
    r = reader(resp, first_s=5, idle_s=0.05)
    resp.give(b"data: 1\n\n")
    assert await r.read() == b"data: 1\n\n"
    with pytest.raises(UpstreamTimeout) as info:
        await r.read()
    assert info.value.phase == "idle"


async def test_idle_counts_from_the_next_read_not_from_the_last_bytes() -> None:
    """Time the consumer spends (sending to a slow client) is not upstream silence."""
    resp = Scripted()
    r = reader(resp, idle_s=0.05)
    resp.give(b"a")
    assert await r.read() == b"a"
    await asyncio.sleep(0.2)  # a consumer slower than the idle timeout
    resp.give(b"b")
    started = asyncio.get_running_loop().time()
    assert await r.read() == b"b"
    # the deadline was set when this read began, not when "a" arrived (0.2 s before)
    assert resp.deadlines[-1] is not None
    assert resp.deadlines[-1] >= started + 0.05


async def test_the_total_deadline_caps_both() -> None:
    resp = Scripted()
    with pytest.raises(UpstreamTimeout) as info:
        await reader(resp, first_s=30, total_s=0.05).read()
    assert info.value.phase == "total"
    resp = Scripted()
    r = reader(resp, idle_s=30, total_s=0.1)
    resp.give(b"x")
    await r.read()
    with pytest.raises(UpstreamTimeout) as info:
        await r.read()
    assert info.value.phase == "total"


async def test_first_token_deadline_and_its_phase() -> None:
    now = asyncio.get_running_loop().time()
    first, phase = first_token_deadline(5, now + 60)
    assert phase == "first_token"
    assert now + 5 <= first < now + 60
    assert first_token_deadline(60, now + 5) == (now + 5, "total")


async def test_events_come_whole_across_reads_with_comments() -> None:
    resp = Scripted()
    r = reader(resp)
    resp.give(b": ping\r\n\r\nda", b'ta: {"a"', b":1}\r\n\r\ndata: [DONE]\r\n\r\n", b"")
    first = await r.events()
    assert first is not None
    assert [(e.data, e.comment) for e in first] == [(None, b" ping")]
    second = await r.events()  # two reads, one event
    assert second is not None
    assert [e.data for e in second] == [b'{"a":1}', b"[DONE]"]
    assert await r.events() is None
    r.release()
    assert resp.ended == "released"


async def test_an_endless_event_is_a_protocol_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("aire.gateway.deadlines.MAX_EVENT_BYTES", 1000)
    resp = Scripted()
    r = reader(resp)
    resp.give(b"data: " + b"x" * 600, b"x" * 600)
    with pytest.raises(UpstreamProtocolError, match="upstream http://up/v1 sent an event longer"):
        await r.events()
