"""The whole aire configuration file: one section per component."""

from __future__ import annotations

from pydantic import Field

from aire.config.audit import AuditConfig
from aire.config.base import Model
from aire.config.gateway import GatewayConfig
from aire.config.governance import PricingConfig
from aire.config.guard import GuardConfig
from aire.config.load import LoadConfig
from aire.config.sim import SimConfig
from aire.config.state import StateConfig

__all__ = ["AireConfig"]


class AireConfig(Model):
    """Top level of ``aire.yaml``. Every section is optional and has working defaults."""

    sim: SimConfig = Field(default_factory=SimConfig)
    gateway: GatewayConfig = Field(default_factory=GatewayConfig)
    guard: GuardConfig = Field(default_factory=GuardConfig)
    load: LoadConfig = Field(default_factory=LoadConfig)
    state: StateConfig = Field(default_factory=StateConfig)
    pricing: PricingConfig = Field(default_factory=PricingConfig)
    #: absent: no audit log (the section's presence turns it on; it needs ``hmac_key``)
    audit: AuditConfig | None = None
