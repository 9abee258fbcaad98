"""Upstream HTTP clients behind one protocol (``base``), found by name in ``CLIENTS``."""

from aire.gateway.clients.base import (
    CLIENTS,
    ClientResponse,
    ClientSettings,
    TLSSettings,
    UpstreamClient,
)

__all__ = ["CLIENTS", "ClientResponse", "ClientSettings", "TLSSettings", "UpstreamClient"]
