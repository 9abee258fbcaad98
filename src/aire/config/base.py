"""Base class of every config model: frozen, unknown fields and inf/nan rejected."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["FieldError", "Model"]


class FieldError(ValueError):
    """Raise from a model validator to blame a field below the model, not the model itself.

    ``loc`` is relative to the model that raises it, e.g. ``("models", "chat", "fallbacks",
    0)``; the loader reports that path and its line in the file.
    """

    def __init__(self, message: str, *loc: str | int) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc


class Model(BaseModel):
    """A frozen config model that rejects unknown fields (typos fail at start, not later)
    and non-finite numbers (``inf`` from a flag or the sim's admin API is no latency)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_default=True, allow_inf_nan=False
    )
