"""Banned topics by keyword evidence (no model): a topic is a list of words and phrases.

A text is on a topic when at least ``min_hits`` distinct keywords of it appear, so a
single chance word does not trigger it. Keywords match whole words, case-insensitively,
with an optional plural/verb ending (``weapon`` matches ``weapons``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["BanTopics"]


class BanTopicsParams(Model):
    topics: dict[str, tuple[str, ...]] = Field(..., min_length=1, description="topic -> keywords")
    min_hits: int = Field(2, ge=1, description="distinct keywords needed per topic")


class BanTopics(BaseScanner):
    Params: ClassVar[type[Model]] = BanTopicsParams
    default_action: ClassVar[Action] = "block"
    max_span = None  # a topic is a property of the whole text

    def setup(self, params: BanTopicsParams) -> None:
        self.min_hits = params.min_hits
        self.topics = tuple(
            (
                topic,
                re.compile(
                    r"(?<!\w)("
                    + "|".join(re.escape(k.lower()) for k in sorted(words, key=len, reverse=True))
                    + r")(?:s|es|ed|ing)?(?!\w)",
                    re.IGNORECASE,
                ),
            )
            for topic, words in params.topics.items()
        )

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings: list[Finding] = []
        best = 0.0
        for topic, rx in self.topics:
            matches = list(rx.finditer(text))
            distinct = {m.group(1).lower() for m in matches}
            score = min(1.0, len(distinct) / self.min_hits)
            best = max(best, score)
            if len(distinct) >= self.min_hits:
                findings.extend(
                    Finding(f"topic:{topic}", m.start(), m.end(), score, self.name) for m in matches
                )
        if not findings:
            return ScanResult(text, True, best, ())
        return ScanResult(self.redactor.apply(text, findings, ctx), False, best, tuple(findings))
