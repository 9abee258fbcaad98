"""Configuration of who may call the gateway, how much, at what price, and the cache.

Sections ``gateway.auth``, ``gateway.limits``, ``gateway.cache`` and the top-level
``pricing``. Money is in USD; prices per million tokens. Limits count in fixed windows
aligned on the Unix epoch: a minute for ``rpm``/``tpm``, a UTC day for
``budget_usd_day``, 30 days for ``budget_usd_month`` (aligned on the epoch, not the
calendar month), shared by every worker and replica through the ``state`` store.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator

from aire.config.base import Model

__all__ = ["AuthConfig", "CacheConfig", "LimitSpec", "LimitsConfig", "Price", "PricingConfig"]


class LimitSpec(Model):
    """Limits of one key, team or model alias (unset: no limit)."""

    rpm: int | None = Field(None, ge=1, description="requests per minute")
    tpm: int | None = Field(
        None, ge=1, description="tokens per minute (prompt + max_tokens reserved, then settled)"
    )
    max_concurrency: int | None = Field(None, ge=1, description="requests in flight at once")
    budget_usd_day: float | None = Field(None, gt=0, description="spend per UTC day")
    budget_usd_month: float | None = Field(
        None, gt=0, description="spend per 30-day window (aligned on the Unix epoch)"
    )

    def empty(self) -> bool:
        return all(v is None for v in self.model_dump().values())


class AuthConfig(Model):
    """Who may call. Without a ``master_key`` the gateway is open (anonymous callers; a
    warning at start)."""

    master_key: SecretStr | None = Field(
        None, description="admin API and key management (e.g. ${AIRE_MASTER_KEY}); never logged"
    )
    keys_dsn: str | None = Field(
        None,
        description="where virtual keys are kept (sqlite:///... or postgresql://...; "
        "default: the audit DSN, else sqlite:///aire-keys.db)",
    )
    token_ttl_s: float = Field(
        300, gt=0, le=86_400, description="default lifetime of a scoped token"
    )
    key_cache_s: float = Field(
        2.0, ge=0, description="how long a worker trusts a virtual key it looked up"
    )
    revocation_poll_s: float = Field(
        0.25, gt=0, description="how often a worker checks for revocations (through the store)"
    )

    @field_validator("master_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("must be at least 16 characters (e.g. `openssl rand -hex 32`)")
        return value


class LimitsConfig(Model):
    """Limits beyond each key's own (set when the key is created)."""

    default_reserve_tokens: int = Field(
        1024,
        ge=1,
        description="output tokens reserved against tpm for a request without max_tokens",
    )
    teams: dict[str, LimitSpec] = Field(default_factory=dict, description="team -> limits")
    models: dict[str, LimitSpec] = Field(
        default_factory=dict, description="alias -> limits over every caller together"
    )


class CacheConfig(Model):
    """Exact-match response cache, kept in the ``state`` store (``aire.gateway.stages.cache``).

    A request is looked up by a hash of what the upstream would be sent (the alias, its
    upstream models, the chat or embeddings body without fields that do not change the
    answer); a hit is answered without calling any upstream, replayed as a stream when the
    client streams."""

    enabled: bool = False
    ttl_s: float = Field(300, gt=0, le=30 * 86_400, description="how long an answer is replayed")
    max_entry_bytes: int = Field(
        1_048_576, ge=1, le=16 * 1_048_576, description="larger answers are not cached"
    )
    sampled: bool = Field(
        False,
        description="also cache requests that sample (no temperature 0 and no seed); a client "
        "can force it per request with the header x-aire-cache: force",
    )
    scope: Literal["team", "key", "global"] = Field(
        "team",
        description="who shares entries: callers of one team (a key without a team is its own "
        "team), of one key, or everyone (without auth every caller is the same anonymous one)",
    )


class Price(Model):
    """USD per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: float | None = Field(None, ge=0, description="default: the input price")


class PricingConfig(Model):
    """Prices by upstream model name; aire ships defaults for common models
    (``aire/data/prices.json``) that these override."""

    models: dict[str, Price] = Field(default_factory=dict)
    use_defaults: bool = Field(True, description="start from aire's shipped price table")
