"""Configuration of the shared gateway state (section ``state:``): limits, budgets, leases.

``memory`` (the default) keeps the state in the host: in one process, or, with
``aire serve --workers N``, in the supervisor, which its workers reach over a Unix socket,
so limits are exact across the workers of one host. ``redis`` shares it across hosts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from aire.config.base import Model

__all__ = ["StateConfig"]

_URL_SCHEMES = ("redis://", "rediss://", "unix://")


class StateConfig(Model):
    """Where the gateway keeps state that must be exact across workers and replicas."""

    backend: str = Field(
        "memory", description="memory | redis | a plug-in named by its 'module:attr'"
    )
    url: str = Field(
        "redis://127.0.0.1:6379/0",
        description="redis:// rediss:// or unix:// URL of the Redis server (backend redis)",
    )
    on_failure: Literal["open", "closed"] = Field(
        "open",
        description="while the store is unreachable, limits admit (open) or refuse (closed)",
    )
    key_prefix: str = Field("aire:", max_length=64, description="prefix of every key")
    connect_timeout_ms: float = Field(200, gt=0, le=60_000, description="connect to the store")
    op_timeout_ms: float = Field(
        200, gt=0, le=60_000, description="one operation; a dead store costs this, once"
    )
    retry_interval_ms: float = Field(
        500, gt=0, le=60_000, description="pause between reconnection attempts during an outage"
    )
    pool_size: int = Field(32, ge=1, le=4096, description="connections per process (redis)")

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        from aire.state.registry import STORES

        if value not in STORES and ":" not in value:
            raise ValueError(
                f"unknown state backend {value!r} (known: {', '.join(STORES.names())}, "
                "or a plug-in as 'module:attr')"
            )
        return value

    @field_validator("url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if not value.startswith(_URL_SCHEMES):
            raise ValueError(f"must start with one of {', '.join(_URL_SCHEMES)}")
        return value
