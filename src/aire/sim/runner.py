"""Play a planned answer over time: queue, first token, inter-token gaps, mid-stream faults.

Durations are slept against absolute deadlines (``time.perf_counter``), so timer
granularity does not accumulate into drift. A client that disconnects cancels its
request and frees its slot, as in a real engine.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from aire.asgi import SSE_HEADERS, Receive, Send
from aire.config.sim import FaultSpec
from aire.sim.engine import Engine
from aire.sim.faults import abort_connection
from aire.sim.framing import Framer
from aire.sim.generate import Choice
from aire.sim.metrics import SimMetrics

__all__ = ["Playback", "Runner"]

_clock = time.perf_counter
_JSON_START = [(b"content-type", b"application/json")]


async def _sleep_until(deadline: float) -> None:
    delay = deadline - _clock()
    if delay > 0:
        await asyncio.sleep(delay)


class _DisconnectWatch:
    """Cancels the request's task when the client goes away."""

    def __init__(self, receive: Receive) -> None:
        self.client_gone = False
        self._active = True
        self._owner = asyncio.current_task()
        self._task = asyncio.get_running_loop().create_task(self._watch(receive))

    async def _watch(self, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                self.client_gone = True
                if self._active and self._owner is not None:
                    self._owner.cancel()
                return

    def stop(self) -> None:
        self._active = False
        self._task.cancel()


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

    def _needs_watch(self, play: Playback) -> bool:
        cfg = self.engine.config
        timed = cfg.ttft_ms > 0 or cfg.prefill_ms_per_token > 0 or cfg.itl_ms > 0
        return timed or self.engine.waiting > 0 or play.fault is not None

    async def run(self, play: Playback, receive: Receive, send: Send) -> None:
        engine = self.engine
        kv_tokens = play.prompt_tokens + sum(len(c.tokens) for c in play.choices)
        engine.check_capacity()
        watch = _DisconnectWatch(receive) if self._needs_watch(play) else None
        t0 = _clock()
        try:
            if play.stream:
                headers = SSE_HEADERS + (play.extra_headers or [])
                await send({"type": "http.response.start", "status": 200, "headers": headers})
            await engine.admit(kv_tokens)
            try:
                await self._play(play, send, t0, watch)
            finally:
                engine.release(kv_tokens)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if watch is not None and watch.client_gone and task is not None:
                task.uncancel()
                self.metrics.aborted.labels(play.model).inc()
                return
            raise
        finally:
            if watch is not None:
                watch.stop()

    async def _play(
        self, play: Playback, send: Send, t0: float, watch: _DisconnectWatch | None
    ) -> None:
        engine, m, model = self.engine, self.metrics, play.model
        rng = self._rng()
        choices, framer, stream = play.choices, play.framer, play.stream
        queue_s = _clock() - t0
        deadline = _clock() + engine.ttft_s(play.prompt_tokens)
        steps = max((len(c.tokens) for c in choices), default=0)
        fault = play.fault
        fault_at = -1
        if fault is not None and fault.kind in ("stall", "drop", "malformed"):
            fault_at = fault.after_tokens if fault.after_tokens is not None else steps // 2
            fault_at = min(fault_at, steps)

        if not stream:
            # One sleep for the whole answer: the same total as streaming it token by token.
            gaps = [engine.itl_s(rng) for _ in range(max(0, steps - 1))]
            await _sleep_until(deadline)
            m.ttft.labels(model).observe(_clock() - t0)
            itl = m.itl.labels(model)
            for gap in gaps:
                itl.observe(gap)
            await _sleep_until(deadline + sum(gaps))
            body = framer.body(choices, play.prompt_tokens)
            if fault is not None and fault.kind == "stall":
                await self._stall(fault)
            if fault is not None and fault.kind in ("drop", "malformed"):
                cut = body[: len(body) // 2]
                headers = [*_JSON_START, (b"content-length", str(len(body)).encode())]
                if fault.kind == "malformed":
                    headers, body = _JSON_START, cut
                await send({"type": "http.response.start", "status": 200, "headers": headers})
                if fault.kind == "drop":
                    await send({"type": "http.response.body", "body": cut, "more_body": True})
                    await _close(send)
                    return
                await send({"type": "http.response.body", "body": body})
            else:
                headers = _JSON_START + (play.extra_headers or [])
                await send({"type": "http.response.start", "status": 200, "headers": headers})
                await send({"type": "http.response.body", "body": body})
            self._settle(play, t0, queue_s, steps)
            return

        await _sleep_until(deadline)
        first = _clock()
        m.ttft.labels(model).observe(first - t0)
        parts = [framer.head(choices, play.prompt_tokens)]
        parts.extend(framer.finish(i, c) for i, c in enumerate(choices) if not c.tokens)
        itl = m.itl.labels(model)
        last = first
        for step in range(steps):
            if step:
                deadline += engine.itl_s(rng)
                await _sleep_until(deadline)
                now = _clock()
                itl.observe(now - last)
                last = now
            if step == fault_at and fault is not None:
                if fault.kind == "malformed":
                    parts.append(framer.malformed())
                else:
                    await send(
                        {"type": "http.response.body", "body": b"".join(parts), "more_body": True}
                    )
                    parts = []
                    if fault.kind == "drop":
                        await _close(send)
                        return
                    await self._stall(fault)
                    deadline = _clock()
            for i, c in enumerate(choices):
                if step < len(c.tokens):
                    parts.append(framer.token(i, c, c.tokens[step]))
                    if step == len(c.tokens) - 1:
                        parts.append(framer.finish(i, c))
            await send({"type": "http.response.body", "body": b"".join(parts), "more_body": True})
            parts = []
        parts.append(framer.end(choices, play.prompt_tokens))
        await send({"type": "http.response.body", "body": b"".join(parts)})
        self._settle(play, t0, queue_s, steps)

    async def _stall(self, fault: FaultSpec) -> None:
        # Without stall_s: until the client gives up (the disconnect watch cancels us).
        await asyncio.sleep(fault.stall_s if fault.stall_s is not None else 1e9)

    def _settle(self, play: Playback, t0: float, queue_s: float, steps: int) -> None:
        m, model = self.metrics, play.model
        e2e = _clock() - t0
        out_tokens = sum(len(c.tokens) for c in play.choices)
        m.e2e.labels(model).observe(e2e)
        m.queue.labels(model).observe(queue_s)
        m.req_prompt.labels(model).observe(play.prompt_tokens)
        m.req_gen.labels(model).observe(out_tokens)
        m.prompt_tokens.labels(model).inc(play.prompt_tokens)
        m.generation_tokens.labels(model).inc(out_tokens)
        if steps > 1:
            m.tpot.labels(model).observe((e2e - queue_s) / steps)
        for c in play.choices:
            m.success.labels(model, c.finish_reason).inc()


async def _close(send: Send) -> None:
    """Drop the connection mid-response (the client sees a truncated body)."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is not None:
        transport.close()
    else:
        abort_connection(send)
    await asyncio.sleep(0)  # let the server see the connection go before we return
