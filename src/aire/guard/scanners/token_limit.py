"""Prompts longer than a token budget (aire's built-in tokenizer, no model download)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult
from aire.tokenizer import count_tokens, tokenize

__all__ = ["TokenLimit"]


class TokenLimitParams(Model):
    max_tokens: int = Field(4096, ge=1)


class TokenLimit(BaseScanner):
    """Redaction truncates the text to ``max_tokens`` tokens."""

    Params: ClassVar[type[Model]] = TokenLimitParams
    default_action: ClassVar[Action] = "block"
    max_span = None

    def setup(self, params: TokenLimitParams) -> None:
        self.max_tokens = params.max_tokens

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        # a token is at least one character: short texts cannot exceed the budget
        if len(text) <= self.max_tokens or count_tokens(text) <= self.max_tokens:
            return ScanResult(text, True, 0.0, ())
        kept = "".join(tokenize(text)[: self.max_tokens])
        finding = Finding("token_limit", len(kept), len(text), 1.0, self.name, "")
        return ScanResult(kept, False, 1.0, (finding,))
