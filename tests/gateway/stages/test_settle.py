"""Settle: observers hear of every request's start and end, whatever happens inside."""

from __future__ import annotations

import pytest

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages.settle import Settle

from .conftest import Recorder, make_ctx, make_state

STATE = make_state({"chat": {"deployments": [{"name": "a"}]}})


async def test_start_and_settle_around_the_rest() -> None:
    rec = Recorder()
    ctx, _ = make_ctx(STATE)

    async def inner(c: RequestContext) -> Answer:
        rec.events.append(("inner",))
        c.status = 200
        return Answer(body=b"{}")

    await Settle(Services(observer=rec))(ctx, inner)
    assert rec.events == [("request",), ("inner",), ("settle", 200, None)]


async def test_settle_even_when_the_request_is_cut_short() -> None:
    rec = Recorder()
    ctx, _ = make_ctx(STATE)

    async def inner(c: RequestContext) -> Answer:
        raise RuntimeError("server going down")

    with pytest.raises(RuntimeError):
        await Settle(Services(observer=rec))(ctx, inner)
    assert rec.events == [("request",), ("settle", 500, None)]
