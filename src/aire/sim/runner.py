"""Play a planned answer over time: queue, first token, inter-token gaps, mid-stream faults.

Durations are slept against absolute deadlines (``time.perf_counter``), so timer
granularity does not accumulate into drift. Tokens whose deadline has already passed
(gaps under the timer's granularity, or no latency at all) go out in one write, as a
busy server's socket would carry them. A client that disconnects cancels its request
and frees its slot, as in a real engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aire.asgi import SSE_HEADERS, Receive, Send
from aire.config.sim import FaultSpec
from aire.sim.engine import Engine
from aire.sim.framing import Framer
from aire.sim.generate import Choice
from aire.sim.metrics import ModelMetrics, SimMetrics

__all__ = ["Playback", "Runner", "drop_connection", "transport_of"]

_clock = time.perf_counter
_JSON = b"application/json"
_SSE = b"text/event-stream; charset=utf-8"
_MID_STREAM = ("stall", "drop", "malformed")


async def _sleep_until(deadline: float) -> None:
    delay = deadline - _clock()
    if delay > 0:
        await asyncio.sleep(delay)


def transport_of(send: Send) -> Any:
    """uvicorn's transport behind ``send`` (a bound method of its request cycle), or None."""
    return getattr(getattr(send, "__self__", None), "transport", None)


class DisconnectWatch:
    """Watches ``receive`` for the client leaving; cancels the request's task if it does.

    uvicorn also reports ``http.disconnect`` once the response is complete, so the owner
    sets ``done`` before its last write: from then on a disconnect is not a client leaving.
    """

    __slots__ = ("_closed", "_owner", "_task", "client_gone", "done")

    def __init__(self, receive: Receive) -> None:
        loop = asyncio.get_running_loop()
        self.client_gone = False
        self.done = False
        self._owner = asyncio.current_task()
        self._closed: asyncio.Future[None] = loop.create_future()
        self._task = loop.create_task(self._watch(receive))

    async def _watch(self, receive: Receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass
        if not self._closed.done():
            self._closed.set_result(None)
        if not self.done:
            self.client_gone = True
            if self._owner is not None:
                self._owner.cancel()

    async def wait_closed(self, timeout_s: float) -> None:
        """Until the server has seen the connection go (or ``timeout_s``)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._closed), timeout_s)

    def stop(self) -> None:
        self.done = True
        self._task.cancel()


async def drop_connection(send: Send, watch: DisconnectWatch | None) -> None:
    """Close the connection mid-response: the client sees a truncated body, no error."""
    if watch is not None:
        watch.done = True
    transport = transport_of(send)
    if transport is None:
        return  # another server: returning with the response unfinished closes it
    transport.close()
    if watch is not None:
        # uvicorn logs an error if the app returns before it has seen the connection go
        await watch.wait_closed(1.0)


@dataclass(slots=True)
class Playback:
    """One request to play."""

    choices: list[Choice]
    prompt_tokens: int
    stream: bool
    framer: Framer
    model: str
    fault: FaultSpec | None = None
    extra_headers: list[tuple[bytes, bytes]] | None = None


class Runner:
    def __init__(
        self, engine: Engine, metrics: SimMetrics, rng: Callable[[], random.Random]
    ) -> None:
        self.engine = engine
        self.metrics = metrics
        self._rng = rng

    async def run(self, play: Playback, receive: Receive, send: Send) -> None:
        engine, choices = self.engine, play.choices
        out_tokens = len(choices[0].tokens) if len(choices) == 1 else _out_tokens(choices)
        kv_tokens = play.prompt_tokens + out_tokens
        t0 = _clock()
        queued = engine.try_admit(kv_tokens)  # may raise 503 before any byte is sent
        if queued is None and play.fault is None and not engine.timed:
            try:  # nothing to wait for: the whole answer in one pass
                await self._instant(play, send, t0, out_tokens)
            finally:
                engine.release(kv_tokens)
            return
        watch: DisconnectWatch | None = None
        if queued is not None or play.fault is not None or engine.timed:
            watch = DisconnectWatch(receive)
        try:
            try:
                if play.stream:
                    # headers go at once, as vLLM's do; the body waits for a slot
                    headers = SSE_HEADERS + (play.extra_headers or [])
                    await send({"type": "http.response.start", "status": 200, "headers": headers})
                if queued is not None:
                    await queued
            except BaseException:
                if queued is not None:
                    engine.abandon(queued, kv_tokens)
                raise
            try:
                if play.stream:
                    await self._stream(play, send, t0, watch)
                else:
                    await self._whole(play, send, t0, watch)
            finally:
                engine.release(kv_tokens)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            gone = watch is not None and watch.client_gone and task is not None
            # uncancel() == 0: nobody else (e.g. a shutdown) asked to cancel this request
            if gone and task is not None and task.uncancel() == 0:
                self.metrics.model(play.model).aborted += 1
                return
            raise
        finally:
            if watch is not None:
                watch.stop()

    async def _instant(self, play: Playback, send: Send, t0: float, out_tokens: int) -> None:
        """An answer with no latency and no fault: every token is due at once."""
        m = self.metrics.model(play.model)
        choices, framer, prompt_tokens = play.choices, play.framer, play.prompt_tokens
        steps = len(choices[0].tokens) if len(choices) == 1 else _steps(choices)
        ttft_s = _clock() - t0
        if play.stream:
            body = framer.stream_body(choices, prompt_tokens)
            # sent whole: a content-length spares the chunked framing's copy, and there is
            # no proxy buffering to defeat (cache-control, x-accel-buffering)
            headers = [(b"content-type", _SSE), (b"content-length", b"%d" % len(body))]
            if play.extra_headers:
                headers.extend(play.extra_headers)
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        else:
            body = framer.body(choices, prompt_tokens)
            headers = [(b"content-type", _JSON), (b"content-length", b"%d" % len(body))]
            if play.extra_headers:
                headers.extend(play.extra_headers)
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        e2e = _clock() - t0
        tpot = (e2e - ttft_s) / (steps - 1) if steps > 1 else -1.0
        reason = choices[0].finish_reason if choices else "stop"
        # TTFT and the (zero) gaps go into the batch as well: nothing was observed yet
        m.settle(e2e, 0.0, tpot, prompt_tokens, out_tokens, reason, ttft_s, max(0, steps - 1))

    def _decode_s(self, steps: int, m: ModelMetrics) -> float:
        """The planned decode time of ``steps`` tokens; observes each gap."""
        gaps = max(0, steps - 1)
        if self.engine.config.itl_ms <= 0:
            m.itl.observe_n(0.0, gaps)
            return 0.0
        rng, itl_s, observe = self._rng(), self.engine.itl_s, m.itl.observe
        total = 0.0
        for _ in range(gaps):
            gap = itl_s(rng)
            observe(gap)
            total += gap
        return total

    async def _whole(
        self, play: Playback, send: Send, t0: float, watch: DisconnectWatch | None
    ) -> None:
        m = self.metrics.model(play.model)
        start = _clock()
        queue_s = start - t0
        steps = _steps(play.choices)
        first = start + self.engine.ttft_s(play.prompt_tokens)
        await _sleep_until(first)
        ttft_s = _clock() - t0
        m.ttft.observe(ttft_s)
        await _sleep_until(first + self._decode_s(steps, m))
        body = play.framer.body(play.choices, play.prompt_tokens)
        fault = play.fault
        kind = fault.kind if fault is not None else None
        if fault is not None and kind == "stall":
            await _stall(fault)
        full_length = len(body)
        if kind in ("drop", "malformed"):
            body = body[: full_length // 2]
        headers = [
            (b"content-type", _JSON),
            (b"content-length", b"%d" % (full_length if kind == "drop" else len(body))),
            *(play.extra_headers or []),
        ]
        if watch is not None:
            watch.done = True
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if kind == "drop":
            await send({"type": "http.response.body", "body": body, "more_body": True})
            await drop_connection(send, watch)
            return
        await send({"type": "http.response.body", "body": body})
        self._settle(play, m, t0, queue_s, ttft_s, steps)

    async def _stream(
        self, play: Playback, send: Send, t0: float, watch: DisconnectWatch | None
    ) -> None:
        engine, m = self.engine, self.metrics.model(play.model)
        choices, framer = play.choices, play.framer
        start = _clock()
        queue_s = start - t0
        steps = _steps(choices)
        fault = play.fault
        fault_at = -1
        if fault is not None and fault.kind in _MID_STREAM:
            fault_at = fault.after_tokens if fault.after_tokens is not None else steps // 2
            fault_at = min(fault_at, steps)  # past the last token: just before the end
        await _sleep_until(start + engine.ttft_s(play.prompt_tokens))
        ttft_s = _clock() - t0
        m.ttft.observe(ttft_s)
        parts = [framer.head(choices, play.prompt_tokens)]
        parts.extend(framer.finish(i, c) for i, c in enumerate(choices) if not c.tokens)
        rest: list[bytes] | None = parts
        if engine.config.itl_ms > 0:
            rest = await self._decode_timed(play, send, watch, m, parts, steps, fault_at)
        else:
            # every token is due at once: frame them in runs, one write (two with a fault)
            m.itl.observe_n(0.0, steps - 1)
            cut = fault_at if fault_at >= 0 else steps
            _frame_run(framer, choices, 0, cut, parts)
            if fault_at >= 0:
                rest = await self._mid_stream_fault(play, send, watch, parts)
            if rest is not None:
                _frame_run(framer, choices, cut, steps, rest)
        if rest is None:
            return  # the connection was dropped
        parts = rest
        parts.append(framer.end(choices, play.prompt_tokens))
        if watch is not None:
            watch.done = True
        await send({"type": "http.response.body", "body": b"".join(parts)})
        self._settle(play, m, t0, queue_s, ttft_s, steps)

    async def _decode_timed(
        self,
        play: Playback,
        send: Send,
        watch: DisconnectWatch | None,
        m: ModelMetrics,
        parts: list[bytes],
        steps: int,
        fault_at: int,
    ) -> list[bytes] | None:
        """Token by token against absolute deadlines; tokens already due share a write.

        Returns the events not yet written, or None if a fault dropped the connection.
        """
        engine, rng, framer, choices = self.engine, self._rng(), play.framer, play.choices
        observe = m.itl.observe
        last = deadline = _clock()
        for step in range(steps + 1):
            if step == fault_at:
                rest = await self._mid_stream_fault(play, send, watch, parts)
                if rest is None:
                    return None
                parts = rest
                deadline = last = _clock()
            if step == steps:
                break
            if step:
                deadline += engine.itl_s(rng)
                if deadline > _clock():
                    if parts:
                        await _write(send, parts)
                        parts = []
                    await _sleep_until(deadline)
                now = _clock()
                observe(now - last)
                last = now
            for i, c in enumerate(choices):
                tokens = c.tokens
                if step < len(tokens):
                    parts.append(framer.token(i, c, tokens[step]))
                    if step == len(tokens) - 1:
                        parts.append(framer.finish(i, c))
        return parts

    async def _mid_stream_fault(
        self, play: Playback, send: Send, watch: DisconnectWatch | None, parts: list[bytes]
    ) -> list[bytes] | None:
        """Apply a stall, drop or malformed fault here; None if the connection was dropped."""
        fault = play.fault
        assert fault is not None
        if fault.kind == "malformed":
            parts.append(play.framer.malformed())
            return parts
        await _write(send, parts)
        if fault.kind == "drop":
            await drop_connection(send, watch)
            return None
        await _stall(fault)
        return []

    def _settle(
        self,
        play: Playback,
        m: ModelMetrics,
        t0: float,
        queue_s: float,
        ttft_s: float,
        steps: int,
    ) -> None:
        e2e = _clock() - t0
        choices = play.choices
        out_tokens = len(choices[0].tokens) if len(choices) == 1 else _out_tokens(choices)
        tpot = (e2e - ttft_s) / (steps - 1) if steps > 1 else -1.0
        reason = choices[0].finish_reason if choices else "stop"
        m.settle(e2e, queue_s, tpot, play.prompt_tokens, out_tokens, reason)


def _out_tokens(choices: list[Choice]) -> int:
    return sum(len(c.tokens) for c in choices)


def _steps(choices: list[Choice]) -> int:
    return max((len(c.tokens) for c in choices), default=0)


def _frame_run(
    framer: Framer, choices: list[Choice], start: int, stop: int, parts: list[bytes]
) -> None:
    """Append the events of tokens ``[start, stop)`` of every choice, and their finish."""
    for i, c in enumerate(choices):
        n = len(c.tokens)
        if start < n:
            framer.extend_tokens(parts, i, c, start, stop)
            if stop >= n:
                parts.append(framer.finish(i, c))


async def _write(send: Send, parts: list[bytes]) -> None:
    await send({"type": "http.response.body", "body": b"".join(parts), "more_body": True})


async def _stall(fault: FaultSpec) -> None:
    if fault.stall_s is not None:
        await asyncio.sleep(fault.stall_s)
    else:
        # until the client gives up: the disconnect watch cancels the request
        await asyncio.get_running_loop().create_future()
