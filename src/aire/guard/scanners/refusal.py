"""Refusals in answers ("I'm sorry, but I can't..."): a silent failure worth counting.

A refusal that then helps with part of the request or a safe alternative ("I can't help
with X, but here is Y") is reported as its own kind, ``partial_refusal``; a plain one
as ``refusal``."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.refusal import HEAD_CHARS, refusal_verdict
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["Refusal"]


class RefusalParams(Model):
    threshold: float = Field(0.5, ge=0.0, le=1.0)


class Refusal(BaseScanner):
    Params: ClassVar[type[Model]] = RefusalParams
    default_action: ClassVar[Action] = "log"
    max_span = None  # decided on the head of the whole answer

    def setup(self, params: RefusalParams) -> None:
        self.threshold = params.threshold

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        score, label = refusal_verdict(text, self.threshold)
        if score < self.threshold:
            return ScanResult(text, True, score, ())
        end = min(len(text), HEAD_CHARS)
        kind = "partial_refusal" if label == "partial_refusal" else "refusal"
        return ScanResult(text, False, score, (Finding(kind, 0, end, score, self.name),))
