"""Helpers shared by the gateway tests (plain functions, not fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aire.config.gateway import (
    AliasConfig,
    BreakerConfig,
    DeploymentConfig,
    TimeoutsConfig,
)
from aire.gateway.context import RequestContext
from aire.gateway.deployment import Deployment


def deployment(url: str, name: str, **extra: Any) -> dict[str, Any]:
    """A deployment entry for the simulator at ``url``."""
    return {"url": f"{url}/v1", "model": "aire-sim", "name": name, **extra}


def chat(content: str = "hello", **extra: Any) -> dict[str, Any]:
    return {
        "model": "chat",
        "messages": [{"role": "user", "content": content}],
        "max_tokens": 8,
        **extra,
    }


class _NoProvider:
    name = "none"

    def supports(self, endpoint: str) -> bool:
        return False


def make_deployment(
    name: str,
    *,
    weight: float = 1.0,
    priority: int = 0,
    max_concurrency: int | None = None,
    clock: Callable[[], float] | None = None,
) -> Deployment:
    config = DeploymentConfig.model_validate(
        {
            "url": f"http://{name}.invalid/v1",
            "model": "m",
            "name": name,
            "weight": weight,
            "priority": priority,
            "max_concurrency": max_concurrency,
        }
    )
    kwargs: dict[str, Any] = {"clock": clock} if clock is not None else {}
    return Deployment(
        config,
        name=name,
        breaker=BreakerConfig(),
        timeouts=TimeoutsConfig(),
        provider=_NoProvider(),  # type: ignore[arg-type]
        **kwargs,
    )


def alias(strategy: str, **extra: object) -> AliasConfig:
    return AliasConfig.model_validate(
        {
            "strategy": strategy,
            "deployments": [{"url": "http://x.invalid/v1", "model": "m"}],
            **extra,
        }
    )


def ctx(headers: list[tuple[bytes, bytes]] | None = None) -> RequestContext:
    return RequestContext("r", headers or [], "chat")
