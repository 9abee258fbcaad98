"""CLI tests that start `aire` processes use the gateway tests' process fixture."""

from __future__ import annotations

from tests.gateway.test_server import procs

__all__ = ["procs"]
