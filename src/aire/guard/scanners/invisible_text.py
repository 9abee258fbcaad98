"""Invisible, tag-block and bidirectional control characters (input and output)."""

from __future__ import annotations

from typing import ClassVar

from aire.config.base import Model
from aire.guard.detect.unicode import find_invisible
from aire.guard.scanner import BaseScanner, NoParams
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["InvisibleText"]


class InvisibleText(BaseScanner):
    """Redaction removes the characters (the visible text stays as the reader sees it)."""

    Params: ClassVar[type[Model]] = NoParams
    default_action: ClassVar[Action] = "redact"
    max_span = 64

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        return [Finding(kind, s, e, 1.0, self.name, "") for kind, s, e in find_invisible(text)]
