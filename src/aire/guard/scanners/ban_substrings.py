"""Banned words or phrases, matched in one precompiled alternation."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["BanSubstrings"]


class BanSubstringsParams(Model):
    substrings: tuple[str, ...] = Field(..., min_length=1)
    case_sensitive: bool = False
    whole_words: bool = Field(True, description="'ass' does not match 'class'")


class BanSubstrings(BaseScanner):
    Params: ClassVar[type[Model]] = BanSubstringsParams
    default_action: ClassVar[Action] = "block"

    def setup(self, params: BanSubstringsParams) -> None:
        words = sorted(params.substrings, key=len, reverse=True)
        body = "|".join(re.escape(w) for w in words)
        if params.whole_words:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        self.rx = re.compile(body, 0 if params.case_sensitive else re.IGNORECASE)
        self.max_span = max(len(w) for w in words)

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        return [Finding("banned_substring", m.start(), m.end()) for m in self.rx.finditer(text)]
