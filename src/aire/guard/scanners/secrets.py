"""Credentials: API keys, private keys, JWTs, passwords, high-entropy tokens."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.secrets import find_secrets
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["Secrets"]


class SecretsParams(Model):
    high_entropy: bool = Field(True, description="also flag random-looking tokens")
    ignore_kinds: tuple[str, ...] = Field((), description="kinds not reported, e.g. jwt")


class Secrets(BaseScanner):
    Params: ClassVar[type[Model]] = SecretsParams
    default_action: ClassVar[Action] = "block"
    max_span = 512  # long tokens; a PEM key is held back from its BEGIN line as it grows

    def setup(self, params: SecretsParams) -> None:
        self.high_entropy = params.high_entropy
        self.ignore = frozenset(params.ignore_kinds)

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        found = find_secrets(text, high_entropy=self.high_entropy)
        return [f for f in found if f.kind not in self.ignore] if self.ignore else found
