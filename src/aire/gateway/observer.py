"""The one seam for side effects that watch requests: metrics, logs, traces, audit, drift.

An observer subclasses ``GatewayObserver`` and overrides the events it cares about. Every
method is called on the event loop in the middle of a request, so it must be cheap and
must not block: queue anything slow (a write, an export) and do it in the background.
Observers watch; they never change a request or its answer (stages do that).

Request events, in order: ``on_request`` (arrived), ``on_attempt`` / ``on_attempt_end``
(each try at a deployment), ``on_first_chunk`` and ``on_chunk`` (streamed answers),
``on_settle`` (done, whatever happened; ``ctx.status`` and ``ctx.error_code`` say how).
Deployment events: ``on_breaker`` (a circuit breaker changed state), ``on_health`` (an
active health check changed its verdict), ``on_panic`` (an alias started or stopped
routing to ejected deployments).

An observer that raises never fails the request: the error is logged (once per observer
and event) and the other observers still run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aire.gateway.breaker import BreakerState
    from aire.gateway.context import Attempt, RequestContext
    from aire.gateway.deployment import Deployment
    from aire.gateway.shadow_compare import ShadowResult

__all__ = ["GatewayObserver", "Observers"]

log = logging.getLogger("aire.gateway.observer")

_EVENTS = (
    "on_request",
    "on_attempt",
    "on_attempt_end",
    "on_first_chunk",
    "on_chunk",
    "on_settle",
    "on_breaker",
    "on_health",
    "on_panic",
    "on_canary",
    "on_shadow",
)


class GatewayObserver:
    """Base class: every event is a no-op until overridden."""

    def on_request(self, ctx: RequestContext) -> None:
        """The request arrived (only its id, endpoint and headers are known)."""

    def on_attempt(self, ctx: RequestContext, attempt: Attempt) -> None:
        """A try at a deployment starts."""

    def on_attempt_end(self, ctx: RequestContext, attempt: Attempt) -> None:
        """A try ended: ``attempt.error`` is None on success (for a stream: it ended well)."""

    def on_first_chunk(self, ctx: RequestContext) -> None:
        """The first streamed bytes went to the client (``ctx.ttft_s`` is set)."""

    def on_chunk(self, ctx: RequestContext, chunk: bytes, gap_s: float) -> None:
        """Another streamed block went to the client, ``gap_s`` after the previous one."""

    def on_settle(self, ctx: RequestContext) -> None:
        """The request is over: answered, failed or abandoned by the client."""

    def on_breaker(self, deployment: Deployment, state: BreakerState) -> None:
        """A deployment's circuit breaker changed state."""

    def on_health(self, deployment: Deployment, healthy: bool) -> None:
        """An active health check changed its verdict on a deployment."""

    def on_panic(self, alias: str, active: bool) -> None:
        """An alias started (or stopped) sending traffic to ejected deployments."""

    def on_canary(self, alias: str, deployment: str, weight: float, reason: str) -> None:
        """A canary's weight changed (0 with ``reason``, the signal: rolled back)."""

    def on_shadow(self, result: ShadowResult) -> None:
        """A shadow request ended (or was dropped): its comparison with the primary."""


class Observers(GatewayObserver):
    """Fans each event out to the observers that override it (and only to those)."""

    def __init__(self, observers: Sequence[GatewayObserver] = ()) -> None:
        self.observers = list(observers)
        self._broken: set[tuple[int, str]] = set()
        for event in _EVENTS:
            base = getattr(GatewayObserver, event)
            handlers = [
                getattr(o, event) for o in self.observers if getattr(type(o), event) is not base
            ]
            setattr(self, event, self._fan_out(event, handlers))

    def _fan_out(self, event: str, handlers: list[Callable[..., None]]) -> Callable[..., None]:
        if not handlers:
            return _nothing
        if len(handlers) == 1:
            only = handlers[0]

            def one(*args: Any) -> None:
                try:
                    only(*args)
                except Exception:
                    self._failed(event, only)

            return one

        def many(*args: Any) -> None:
            for handler in handlers:
                try:
                    handler(*args)
                except Exception:
                    self._failed(event, handler)

        return many

    def _failed(self, event: str, handler: Callable[..., None]) -> None:
        key = (id(getattr(handler, "__self__", handler)), event)
        if key not in self._broken:  # once per observer and event, not once per request
            self._broken.add(key)
            log.exception("observer %s failed in %s", getattr(handler, "__qualname__", "?"), event)


def _nothing(*args: Any) -> None:
    return None
