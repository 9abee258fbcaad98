"""Banned regular expressions, compiled at start-up (a bad pattern fails the config)."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field, field_validator

from aire.config.base import Model
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["BanRegex"]


class BanRegexParams(Model):
    patterns: dict[str, str] = Field(
        ..., min_length=1, description="kind -> regex; the kind names the finding"
    )
    max_span: int = Field(256, ge=1, description="longest match (stream hold-back)")

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        for kind, rx in value.items():
            try:
                re.compile(rx)
            except re.error as exc:
                raise ValueError(f"pattern {kind!r} is not a valid regex: {exc}") from None
        return value


class BanRegex(BaseScanner):
    Params: ClassVar[type[Model]] = BanRegexParams
    default_action: ClassVar[Action] = "block"

    def setup(self, params: BanRegexParams) -> None:
        self.patterns = tuple((kind, re.compile(rx)) for kind, rx in params.patterns.items())
        self.max_span = params.max_span

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        return [
            Finding(kind, m.start(), m.end())
            for kind, rx in self.patterns
            for m in rx.finditer(text)
            if m.end() > m.start()
        ]
