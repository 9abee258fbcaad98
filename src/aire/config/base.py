"""Base class of every config model: frozen, unknown fields rejected."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Model"]


class Model(BaseModel):
    """A frozen config model that rejects unknown fields (typos fail at start, not later)."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)
