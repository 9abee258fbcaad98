"""The values that flow through the guardrails: findings, results, per-request context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from aire.guard.vault import Vault

__all__ = ["Action", "Family", "Finding", "ScanContext", "ScanResult"]

#: What the pipeline does with a scanner's findings.
Action = Literal["block", "redact", "log"]
#: Input scanners look at prompts, output scanners at model answers.
Family = Literal["input", "output"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a scanner found: ``text[start:end]`` is of ``kind`` (``email``, ``aws_key``...).

    A finding never carries the matched value, so logging or returning it cannot leak a
    secret; the caller holds the text and can slice it if it must.
    """

    kind: str
    start: int
    end: int
    score: float = 1.0
    scanner: str = ""
    #: Replacement when redacting, if the scanner wants a fixed one ("" removes the span).
    replacement: str | None = None

    def shifted(self, offset: int) -> Finding:
        """The same finding with its span moved by ``offset`` characters."""
        return Finding(
            self.kind,
            self.start + offset,
            self.end + offset,
            self.score,
            self.scanner,
            self.replacement,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "scanner": self.scanner,
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What one scanner says about one text.

    ``valid`` is False when the scanner found something (a finding, a score over its
    threshold, invalid JSON); ``sanitized`` is the text with the findings redacted (or
    repaired, for the JSON scanner); ``score`` is the scanner's risk in [0, 1].
    """

    sanitized: str
    valid: bool
    score: float
    findings: tuple[Finding, ...] = ()

    @staticmethod
    def clean(text: str) -> ScanResult:
        return ScanResult(text, True, 0.0, ())


@dataclass(slots=True)
class ScanContext:
    """Per-request facts some scanners need; build one per request, never share it.

    - ``vault``: reversible anonymization stores originals here (created on first use).
    - ``system_prompt`` / ``canaries``: what output scanners look for to detect leakage.
    - ``json_schema``: the response schema the output must follow (``response_format``).
    - ``reask``: set by the JSON scanner when the output could not be repaired; a message
      the gateway can send back to the model to ask again.
    """

    vault: Vault | None = None
    system_prompt: str | None = None
    canaries: tuple[str, ...] = ()
    json_schema: dict[str, Any] | None = None
    request_id: str | None = None
    reask: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def get_vault(self) -> Vault:
        """The request's vault, created on first use."""
        if self.vault is None:
            from aire.guard.vault import Vault

            self.vault = Vault()
        return self.vault
