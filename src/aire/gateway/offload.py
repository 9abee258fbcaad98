"""Guard scans of large texts in a worker process, so a huge prompt stalls nobody else.

The guard's scanners are regular expressions and numpy, which hold the GIL: a thread
would not free the event loop, a process does. The worker compiles the same guard
policies once, at its start; each job ships the text (pickled, ~1 ms per MB), runs the
same ``GuardedRequest`` code as the inline path, and ships back the sanitized text, the
scan context (with the reversible-redaction vault) and what the scanners reported, which
are replayed into this process's guard metrics. Small texts stay inline: below
``guard_offload_bytes`` the round trip costs more than the scan.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
from typing import Any

from aire.config.guard import GuardConfig
from aire.errors import GuardBlocked
from aire.gateway.guarding import GuardedRequest
from aire.guard import Guard, GuardObserver, ScanContext, compile_guards
from aire.guard.types import Action, Family, Finding

__all__ = ["ScanOffload"]

log = logging.getLogger("aire.gateway.offload")

_Observation = tuple[str, Family, str, Action, float, tuple[Finding, ...], bool]
# (sanitized body fields, scan context, observations, (blocked message, param) or None)
_Outcome = tuple[dict[str, Any], ScanContext, list[_Observation], tuple[str, str | None] | None]

_guards: dict[str, Guard] = {}
_recorded: list[_Observation] = []


def _count_findings(observations: list[_Observation]) -> int:
    return sum(len(row[5]) for row in observations)


class _Recorder:
    def observe(
        self,
        policy: str,
        family: Family,
        scanner: str,
        action: Action,
        elapsed_s: float,
        findings: tuple[Finding, ...],
        blocked: bool,
    ) -> None:
        _recorded.append((policy, family, scanner, action, elapsed_s, findings, blocked))


def _init(config: dict[str, Any]) -> None:
    global _guards
    _guards = compile_guards(GuardConfig.model_validate(config), observer=_Recorder())


def _ready() -> bool:
    return True


def _check_input(policy: str, endpoint: str, fields: dict[str, Any], request_id: str) -> _Outcome:
    _recorded.clear()
    guarded = GuardedRequest(_guards[policy], endpoint, request_id)
    blocked = None
    try:
        guarded.check_input(fields)
    except GuardBlocked as exc:
        blocked = (exc.message, exc.param)
    return fields, guarded.ctx, list(_recorded), blocked


def _check_output(
    policy: str, endpoint: str, raw: bytes, ctx: ScanContext
) -> tuple[bytes | None, ScanContext, list[_Observation], tuple[str, str | None] | None]:
    _recorded.clear()
    guarded = GuardedRequest(_guards[policy], endpoint, ctx.request_id or "")
    guarded.ctx = ctx
    try:
        return guarded.check_output(raw), guarded.ctx, list(_recorded), None
    except GuardBlocked as exc:
        return None, guarded.ctx, list(_recorded), (exc.message, exc.param)


class ScanOffload:
    """A one-process pool that runs guard scans; started with the gateway, lazily."""

    def __init__(self, config: GuardConfig, observer: GuardObserver) -> None:
        self.config = config
        self.observer = observer
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the worker now (it takes about a second to import and compile), so the
        first large request does not wait for it."""
        if self._pool is None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init,
                initargs=(self.config.model_dump(mode="json"),),
            )
            self._pool.submit(_ready)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def _run(self, fn: Any, *args: Any) -> Any:
        self.start()
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, fn, *args)
        except concurrent.futures.process.BrokenProcessPool:
            log.error("guard scan worker died; starting a new one")
            self.close()
            self.start()
            assert self._pool is not None
            return await loop.run_in_executor(self._pool, fn, *args)

    def _replay(self, observations: list[_Observation]) -> None:
        for row in observations:
            self.observer.observe(*row)

    async def check_input(self, guarded: GuardedRequest, policy: str, body: dict[str, Any]) -> None:
        """``guarded.check_input(body)``, run in the worker; same effects and errors. If
        the worker cannot run (it keeps dying), the scan runs inline: slower for the
        others, never skipped."""
        try:
            await self._check_input(guarded, policy, body)
        except concurrent.futures.process.BrokenProcessPool:
            log.error("guard scan worker unusable: scanning on the event loop")
            guarded.check_input(body)

    async def _check_input(
        self, guarded: GuardedRequest, policy: str, body: dict[str, Any]
    ) -> None:
        keys = ("messages", "prompt", "response_format")
        fields = {k: body[k] for k in keys if k in body}
        sanitized, ctx, observations, blocked = await self._run(
            _check_input, policy, guarded.endpoint, fields, guarded.ctx.request_id or ""
        )
        self._replay(observations)
        guarded.findings += _count_findings(observations)  # the quality SLIs count them
        guarded.ctx = ctx
        if blocked is not None:
            raise GuardBlocked(blocked[0], param=blocked[1])
        for key in ("messages", "prompt"):
            if key in sanitized:
                body[key] = sanitized[key]

    async def check_output(self, guarded: GuardedRequest, policy: str, raw: bytes) -> bytes:
        """``guarded.check_output(raw)``, run in the worker (inline if it cannot run)."""
        try:
            return await self._check_output(guarded, policy, raw)
        except concurrent.futures.process.BrokenProcessPool:
            log.error("guard scan worker unusable: scanning on the event loop")
            return guarded.check_output(raw)

    async def _check_output(self, guarded: GuardedRequest, policy: str, raw: bytes) -> bytes:
        out, ctx, observations, blocked = await self._run(
            _check_output, policy, guarded.endpoint, raw, guarded.ctx
        )
        self._replay(observations)
        guarded.findings += _count_findings(observations)
        guarded.ctx = ctx
        if blocked is not None:
            raise GuardBlocked(blocked[0], param=blocked[1])
        assert out is not None
        return bytes(out)
