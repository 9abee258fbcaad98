"""Anonymization of found spans: mask, hash or reversible placeholders (see ``vault``).

``block`` is not a redaction mode but a pipeline action: the request is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

from aire.guard.types import Finding, ScanContext

__all__ = ["RedactMode", "Redactor", "non_overlapping"]

RedactMode = Literal["mask", "hash", "reversible"]


def non_overlapping(findings: Iterable[Finding]) -> list[Finding]:
    """Findings sorted by start, dropping any that overlaps an earlier (or longer) one."""
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in ordered:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


class Redactor:
    """Replaces spans: ``mask`` -> ``<EMAIL>``, ``hash`` -> ``<EMAIL:3f2a...>`` (salted
    SHA-256, so equal values stay linkable without being readable), ``reversible`` ->
    ``[EMAIL_1]`` kept in the request's vault and restored in the answer."""

    __slots__ = ("mode", "salt")

    def __init__(self, mode: RedactMode = "mask", salt: str = "") -> None:
        self.mode: RedactMode = mode
        self.salt = salt.encode()

    def replacement(self, kind: str, value: str, ctx: ScanContext) -> str:
        label = kind.upper()
        if self.mode == "mask":
            return f"<{label}>"
        if self.mode == "hash":
            digest = hashlib.sha256(self.salt + value.encode()).hexdigest()[:12]
            return f"<{label}:{digest}>"
        return ctx.get_vault().placeholder(kind, value)

    def apply(self, text: str, findings: Iterable[Finding], ctx: ScanContext) -> str:
        """``text`` with every (non-overlapping) finding replaced."""
        parts: list[str] = []
        pos = 0
        for f in non_overlapping(findings):
            parts.append(text[pos : f.start])
            if f.replacement is not None:
                parts.append(f.replacement)
            else:
                parts.append(self.replacement(f.kind, text[f.start : f.end], ctx))
            pos = f.end
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)
