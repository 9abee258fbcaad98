"""State backends by name. A backend is a factory ``(StateConfig) -> Store``; a plug-in
from outside aire is named by its ``"module:attr"`` string in ``state.backend``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from aire.registry import Registry

if TYPE_CHECKING:
    from aire.config.state import StateConfig
    from aire.state.base import Store

__all__ = ["STORES"]

STORES: Registry[Callable[[StateConfig], Store]] = Registry(
    "state backend",
    {
        "memory": "aire.state.memory:open_memory",
        "redis": "aire.state.redis_store:RedisStore.from_config",
    },
)
