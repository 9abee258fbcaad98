"""The gateway's request path: a chain of small stages, outermost first.

A stage is ``async __call__(ctx, call_next) -> Answer``: it may act before the rest of
the chain (check, enrich or refuse the request), after it (wrap or replace the answer:
an output scan, a cache fill), or both; it never writes to the client (only the relay
does). Each lives in its own file and is unit-testable with a fake ``call_next``.

Adding a stage is adding a file and one line to ``STAGES`` (its ``"module:Class"``; the
class is built once with the gateway's ``Services``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, cast

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.registry import import_from_string

__all__ = ["STAGES", "Next", "Stage", "StageFactory", "build_chain", "load_stages"]

Next = Callable[[RequestContext], Awaitable[Answer]]


class Stage(Protocol):
    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer: ...


class StageFactory(Protocol):
    def __call__(self, services: Services) -> Stage: ...


#: The request path, outermost first (docs/ARCHITECTURE.md, "A gateway request").
STAGES: tuple[str, ...] = (
    # observers: request start and settle, whatever happens inside
    "aire.gateway.stages.settle:Settle",
    # the only writer of ASGI messages: answers, errors, stream error events
    "aire.gateway.stages.relay:Relay",
    # body, JSON, the client's API (dialect), shape validation, alias
    "aire.gateway.stages.parse:Parse",
    # who is calling (pass-through until keys exist)
    "aire.gateway.stages.auth:Authenticate",
    # limits and budgets (pass-through until they exist)
    "aire.gateway.stages.admit:Admit",
    # input guardrails; output guardrails wrap the answer
    "aire.gateway.stages.guard:GuardStage",
    # action guardrails: the model's tool calls, checked before the client gets them
    "aire.gateway.stages.tools:ToolGuard",
    # response cache (pass-through until it exists)
    "aire.gateway.stages.cache:Cache",
    # shadow traffic: a sample sent again to a shadow alias in the background, compared
    "aire.gateway.stages.shadow:Shadow",
    # route, provider call, retries, fallbacks, panic: produces the answer
    "aire.gateway.stages.attempts:Attempts",
)


def load_stages(services: Services, names: Sequence[str] = STAGES) -> list[Stage]:
    factories = [cast(StageFactory, import_from_string(name)) for name in names]
    return [factory(services) for factory in factories]


async def _end_of_chain(ctx: RequestContext) -> Answer:
    raise RuntimeError("the last stage must answer, not call the next one")


def build_chain(stages: Sequence[Stage]) -> Next:
    """One callable that runs ``stages`` in order, each wrapping the ones after it."""
    call: Next = _end_of_chain
    for stage in reversed(stages):
        call = functools.partial(stage, call_next=call)
    return call
