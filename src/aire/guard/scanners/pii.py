"""Personal data (input: before it reaches the model; output: leaking from it)."""

from __future__ import annotations

from typing import ClassVar, Literal, get_args

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.pii import find_pii
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["PII"]

PIIKind = Literal[
    "email", "phone", "credit_card", "iban", "ssn", "ip_address", "url",
    "date_of_birth", "person", "address",
]  # fmt: skip


class PIIParams(Model):
    entities: tuple[PIIKind, ...] = Field(get_args(PIIKind), description="kinds to look for")
    allow: tuple[str, ...] = Field((), description="exact values never reported (your own)")
    cues: bool = Field(
        False,
        description="also the names a cased sentence announces ('my name is ...', 'directed "
        "by ...', a known first name as a verb's subject): a second pass over capitalised "
        "words, +0.1 ms p50 / +0.1-0.25 ms p99 on a 2 KB prompt (texts up to 600 characters "
        "always get it). Addresses a sentence "
        "announces ('lives at ...') and names in text typed without capitals are always "
        "found (benchmarks/guard/RESULTS.md)",
    )


class PII(BaseScanner):
    Params: ClassVar[type[Model]] = PIIParams
    default_action: ClassVar[Action] = "redact"
    max_span = 160  # a long e-mail address or street line

    def setup(self, params: PIIParams) -> None:
        self.kinds = tuple(params.entities)
        self.allow = frozenset(params.allow)
        self.cues = params.cues

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        found = find_pii(text, self.kinds, cues=self.cues)
        if self.allow:
            found = [f for f in found if text[f.start : f.end] not in self.allow]
        return found
