"""Prompt injection and jailbreak: the shipped classifier plus rules (input)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.injection import InjectionDetector
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["PromptInjection"]


class PromptInjectionParams(Model):
    threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="score that flags (default: the model's own)"
    )
    rules: bool = Field(True, description="also apply the rules (indirect, encoded, multilingual)")
    decode: bool = Field(True, description="look inside base64/hex, leetspeak, spaced letters")
    model_path: str | None = Field(None, description=".npz weights (default: the shipped ones)")


class PromptInjection(BaseScanner):
    """Flags the whole text when its score reaches ``threshold``; a rule hit narrows the
    span to what matched. Redaction is not meaningful here: use block or log."""

    Params: ClassVar[type[Model]] = PromptInjectionParams
    default_action: ClassVar[Action] = "block"
    max_span = None

    def setup(self, params: PromptInjectionParams) -> None:
        self.detector = InjectionDetector.from_path(
            params.model_path, rules=params.rules, decode=params.decode
        )
        model = self.detector.model
        default = model.threshold if model is not None else 0.5
        self.threshold = params.threshold if params.threshold is not None else default

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        score, _, hits = self.detector.score(text)
        if score < self.threshold:
            return ScanResult(text, True, score, ())
        best = max(hits, key=lambda h: h[1], default=None)
        if best is not None and best[1] >= score:
            finding = Finding("prompt_injection", best[2], best[3], score, self.name)
        else:
            finding = Finding("prompt_injection", 0, len(text), score, self.name)
        return ScanResult(text, False, score, (finding,))
