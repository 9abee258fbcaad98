"""Stages that are placeholders for now (auth, admit, cache) pass the request on as is."""

from __future__ import annotations

import pytest

from aire.gateway.context import Answer, RequestContext
from aire.gateway.services import Services
from aire.gateway.stages.admit import Admit
from aire.gateway.stages.auth import Authenticate
from aire.gateway.stages.cache import Cache

from .conftest import make_ctx, make_state


@pytest.mark.parametrize("stage", [Authenticate, Admit, Cache])
async def test_passes_through(stage: type) -> None:
    ctx, sent = make_ctx(make_state({"chat": {"deployments": [{"name": "a"}]}}))
    answer = Answer(body=b"{}")

    async def inner(c: RequestContext) -> Answer:
        assert c is ctx
        return answer

    assert await stage(Services(observer=None))(ctx, inner) is answer  # type: ignore[arg-type]
    assert sent == []
