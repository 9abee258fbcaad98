"""Words disguised with look-alike letters (Cyrillic "а" in "pаypal", fullwidth text)."""

from __future__ import annotations

from typing import ClassVar

from aire.config.base import Model
from aire.guard.detect.unicode import find_homoglyph_words
from aire.guard.scanner import BaseScanner, NoParams
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["Homoglyphs"]


class Homoglyphs(BaseScanner):
    """Redaction replaces each disguised word by its plain ASCII look."""

    Params: ClassVar[type[Model]] = NoParams
    default_action: ClassVar[Action] = "redact"
    max_span = 64

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        return [
            Finding("homoglyph", s, e, 0.8, self.name, skeleton)
            for s, e, skeleton in find_homoglyph_words(text)
        ]
