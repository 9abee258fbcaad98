"""Prompt injection and jailbreak: the shipped classifier plus rules (input), and an
optional model tier (MiniLM embeddings + a head) for the texts the fast tier is unsure
about."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.injection import DOCUMENT_THRESHOLD, InjectionDetector
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["PromptInjection"]


class PromptInjectionParams(Model):
    threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="score that flags (default: the model's own)"
    )
    rules: bool = Field(True, description="also apply the rules (indirect, encoded, multilingual)")
    decode: bool = Field(True, description="look inside base64/hex, leetspeak, spaced letters")
    document_threshold: float | None = Field(
        DOCUMENT_THRESHOLD,
        ge=0.0,
        le=1.0,
        description="classifier probability that flags a document (>= 350 characters, 3+ "
        "line breaks) without a rule hit; null: documents are judged like prompts",
    )
    model_path: str | None = Field(None, description=".npz weights (default: the shipped ones)")
    model_tier: bool = Field(
        False,
        description="ask the embedding model (needs aire[ml]) when the fast score is uncertain",
    )
    uncertain: tuple[float, float] | None = Field(
        None,
        description="fast scores [low, high) that go to the model tier "
        "(default: the band calibrated with the shipped head)",
    )
    model_weight: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="share of the model tier in the blended score (default: the head's)",
    )


class PromptInjection(BaseScanner):
    """Flags the whole text when its score reaches ``threshold``; a rule hit narrows the
    span to what matched. Redaction is not meaningful here: use block or log."""

    Params: ClassVar[type[Model]] = PromptInjectionParams
    default_action: ClassVar[Action] = "block"
    max_span = None

    def setup(self, params: PromptInjectionParams) -> None:
        self.detector = InjectionDetector.from_path(
            params.model_path,
            rules=params.rules,
            decode=params.decode,
            document_threshold=params.document_threshold,
        )
        model = self.detector.model
        default = model.threshold if model is not None else 0.5
        self.threshold = params.threshold if params.threshold is not None else default
        self.head = None
        self.uncertain = params.uncertain or (0.35, 0.8)
        self.model_weight = params.model_weight if params.model_weight is not None else 0.3
        if params.model_tier:
            from aire.guard.detect.model_tier import default_head

            self.head = default_head()
            self.uncertain = params.uncertain or self.head.band
            if params.model_weight is None:
                self.model_weight = self.head.blend_weight
        #: how many texts went to the model tier (its share of the traffic)
        self.model_tier_calls = 0
        self.calls = 0

    @property
    def runs_model(self) -> bool:
        """Whether a scan may run the embedding model (the gateway then scans in a
        thread, off the event loop)."""
        return self.head is not None

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        score, _, hits = self.detector.score(text)
        self.calls += 1
        low, high = self.uncertain
        if self.head is not None and low <= score < high:
            # the fast tier is unsure: blend in the model's probability, mapped onto this
            # scanner's scale (the head's own threshold lands on the scanner's)
            self.model_tier_calls += 1
            prob = self.head.predict(text)
            mapped = self.threshold + (prob - self.head.threshold) * (
                (1 - self.threshold) / (1 - self.head.threshold)
                if prob >= self.head.threshold
                else self.threshold / self.head.threshold
            )
            w = self.model_weight
            score = min(1.0, max(0.0, (1 - w) * score + w * mapped))
        if score < self.threshold:
            return ScanResult(text, True, score, ())
        best = max(hits, key=lambda h: h[1], default=None)
        if best is not None and best[1] >= score:
            finding = Finding("prompt_injection", best[2], best[3], score, self.name)
        else:
            finding = Finding("prompt_injection", 0, len(text), score, self.name)
        return ScanResult(text, False, score, (finding,))
