"""Errors of the load generator (defined in ``aire.errors`` with every other error).

A bad dataset line is a ``ConfigError`` naming file:line (exit 2).
"""

from __future__ import annotations

from aire.errors import LoadError, ResultFileError, TargetUnreachable

__all__ = ["LoadError", "ResultFileError", "TargetUnreachable"]
