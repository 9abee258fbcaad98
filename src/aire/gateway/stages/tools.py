"""Action guardrails: the model's tool calls, checked before the client gets them.

The calls must pass the tool policy of the alias's guard policy
(``guard.policies.<name>.tools``) and the caller's own (``ctx.principal.tools``, set by
the auth stage from a virtual key or token); either may be absent. Every call is recorded
on ``ctx.tool_calls`` ({"name", "verdict", "rule"}) for the audit log and metrics.

A blocked call is an error, never a rewritten answer: the client gets 400
``tool_call_blocked`` (or, once a stream has started, an error event with that code and
no ``[DONE]``), naming the tool and the rule that refused it, never an argument's value.
Replacing the call with an assistant message was the other way, and is not offered: the
gateway would put words in the model's mouth that an application shows to its users and
sends back as history; an agent loop would take a refusal for an answer and carry on
without the step it needed (or, with parallel calls, with only some of them); and a
client could not tell a block from a model that chose not to call. An error is what an
agent can act on: it names the rule, and the request can be retried or the tool dropped.
The Anthropic Messages and Responses dialects render it in their own error shapes.

The stage sits inside the guard stage, so the model's answer reaches it first and the
guard's output scan sees only what passed, and outside the cache, so that a cached answer
is checked against the caller's own policy too.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator

from pydantic import ValidationError

from aire.errors import AireError
from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages import Next
from aire.gateway.tool_calls import StreamToolGate, check_body
from aire.guard.tools import CompiledToolPolicy, ToolGate, principal_policy

__all__ = ["ToolGuard"]


class ToolGuard:
    def __init__(self, services: Services) -> None:
        pass

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        gate = _gate(ctx) if ctx.endpoint == "chat" else None
        if gate is None:
            return await call_next(ctx)
        answer = await call_next(ctx)
        if answer.body is not None:
            if 200 <= answer.status < 300:
                check_body(gate, answer.body, ctx.tool_calls)
        elif answer.stream is not None:
            answer.stream = _gated(StreamToolGate(gate, ctx.tool_calls), answer.stream)
        return answer


def _gate(ctx: RequestContext) -> ToolGate | None:
    policies: list[CompiledToolPolicy] = []
    if ctx.state is not None and ctx.route is not None:
        guard = ctx.state.guards.get(ctx.route.name)
        if guard is not None and guard.tools is not None:
            policies.append(guard.tools)
    own = getattr(ctx.principal, "tools", None)
    if own is not None:
        try:
            policies.append(principal_policy(own))
        except ValidationError:  # the admin API validates; a bad stored one fails closed
            raise AireError("the caller's tool policy is not valid") from None
    return ToolGate(policies) if policies else None


async def _gated(
    gate: StreamToolGate, inner: AsyncGenerator[bytes, None]
) -> AsyncGenerator[bytes, None]:
    async with contextlib.aclosing(inner):
        async for chunk in inner:
            out = gate.feed(chunk)
            if out:
                yield out
            if gate.blocked is not None:
                raise gate.blocked
        out = gate.finish()
        if out:
            yield out
        if gate.blocked is not None:
            raise gate.blocked
