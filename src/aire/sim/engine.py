"""The serving-engine model: running slots, a FIFO waiting queue, a KV cache, latency.

A request is admitted when a slot is free and the KV cache can hold its prompt and
planned output (the head of the queue blocks the rest, as in vLLM's FCFS scheduler).
Latency stretches as slots fill: every duration is multiplied by
``1 + load_factor * (running - 1) / max_num_seqs``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import deque

from aire.config.sim import SimConfig
from aire.errors import EngineOverloaded

__all__ = ["Engine", "EngineOverloaded"]


def _timed(config: SimConfig) -> bool:
    """Whether any latency is configured (if not, answers go out in one pass)."""
    return config.ttft_ms > 0 or config.prefill_ms_per_token > 0 or config.itl_ms > 0


class Engine:
    def __init__(self, config: SimConfig) -> None:
        self.config = config
        self.timed = _timed(config)
        self.running = 0
        self.kv_used = 0
        self._waiting: deque[tuple[asyncio.Future[None], int]] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def kv_usage(self) -> float:
        return min(1.0, self.kv_used / self.config.kv_cache_tokens)

    def reconfigure(self, config: SimConfig) -> None:
        """Apply new limits at once; more slots or KV room may admit waiting requests."""
        self.config = config
        self.timed = _timed(config)
        self._admit_waiting()

    def _fits(self, kv_tokens: int) -> bool:
        if self.running >= self.config.max_num_seqs:
            return False
        # A request larger than the whole cache still runs when it is alone.
        return self.running == 0 or self.kv_used + kv_tokens <= self.config.kv_cache_tokens

    def _take(self, kv_tokens: int) -> None:
        self.running += 1
        self.kv_used += kv_tokens

    def try_admit(self, kv_tokens: int) -> asyncio.Future[None] | None:
        """Take a slot now (None) or join the queue: a future to await, ``abandon`` on failure.

        EngineOverloaded (503) when the request would wait and the queue is at
        ``max_waiting``: raised before any response byte, so the client sees the status.
        """
        if not self._waiting and self._fits(kv_tokens):
            self.running += 1
            self.kv_used += kv_tokens
            return None
        limit = self.config.max_waiting
        if limit is not None and len(self._waiting) >= limit:
            raise EngineOverloaded(
                f"the server is overloaded: {len(self._waiting)} requests waiting"
            )
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((future, kv_tokens))
        return future

    def abandon(self, future: asyncio.Future[None], kv_tokens: int) -> None:
        """A queued request gives up (client gone, error): leave no trace."""
        if future.done() and not future.cancelled():
            self.release(kv_tokens)  # admitted in the same instant as the cancel
            return
        future.cancel()
        with contextlib.suppress(ValueError):
            self._waiting.remove((future, kv_tokens))
        self._admit_waiting()  # the head may have left: the next one may fit now

    async def admit(self, kv_tokens: int) -> None:
        """Wait for a slot and KV room; cancellation while waiting leaves no trace."""
        future = self.try_admit(kv_tokens)
        if future is None:
            return
        try:
            await future
        except BaseException:
            self.abandon(future, kv_tokens)
            raise

    def release(self, kv_tokens: int) -> None:
        self.running -= 1
        self.kv_used -= kv_tokens
        if self._waiting:
            self._admit_waiting()

    def _admit_waiting(self) -> None:
        waiting = self._waiting
        while waiting:
            future, kv_tokens = waiting[0]
            if future.done():  # cancelled while queued
                waiting.popleft()
                continue
            if not self._fits(kv_tokens):
                return
            waiting.popleft()
            self._take(kv_tokens)
            future.set_result(None)

    def stretch(self) -> float:
        cfg = self.config
        return 1.0 + cfg.load_factor * max(0, self.running - 1) / cfg.max_num_seqs

    def ttft_s(self, prompt_tokens: int) -> float:
        cfg = self.config
        return (cfg.ttft_ms + cfg.prefill_ms_per_token * prompt_tokens) * self.stretch() / 1000.0

    def itl_s(self, rng: random.Random) -> float:
        cfg = self.config
        if cfg.itl_ms <= 0.0:
            return 0.0
        gap = cfg.itl_ms
        if cfg.itl_jitter > 0.0:
            gap = max(0.0, rng.gauss(cfg.itl_ms, cfg.itl_jitter * cfg.itl_ms))
        return gap * self.stretch() / 1000.0
