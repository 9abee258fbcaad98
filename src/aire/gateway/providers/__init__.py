"""Upstream adapters, one per wire protocol, found by name through ``PROVIDERS``."""

from aire.gateway.providers.base import PROVIDERS, Provider, UpstreamRequest, Usage

__all__ = ["PROVIDERS", "Provider", "UpstreamRequest", "Usage"]
