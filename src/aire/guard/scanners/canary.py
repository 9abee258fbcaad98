"""Leaks of the system prompt or of canary tokens planted in it (output).

Canary tokens come from ``params.canaries`` and per request from ``ctx.canaries``
(``make_canary()`` makes one to put in a system prompt). System-prompt leakage is any run
of ``min_words`` consecutive words of ``ctx.system_prompt`` appearing in the answer, in
order, whatever the case and punctuation.
"""

from __future__ import annotations

import re
import secrets
from typing import ClassVar

from pydantic import Field

from aire.config.base import Model
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["Canary", "make_canary"]

_WORD = re.compile(r"\w+")


def make_canary(prefix: str = "aire-canary") -> str:
    """A random token to hide in a system prompt; seeing it in an answer proves a leak."""
    return f"{prefix}-{secrets.token_hex(8)}"


class CanaryParams(Model):
    canaries: tuple[str, ...] = ()
    min_words: int = Field(8, ge=3, description="words in a row that count as a leak")
    system_prompt: bool = Field(True, description="detect verbatim system-prompt leaks")


class Canary(BaseScanner):
    Params: ClassVar[type[Model]] = CanaryParams
    default_action: ClassVar[Action] = "block"
    max_span = 256

    def setup(self, params: CanaryParams) -> None:
        self.canaries = params.canaries
        self.min_words = params.min_words
        self.check_prompt = params.system_prompt

    def _shingles(self, ctx: ScanContext) -> frozenset[tuple[str, ...]]:
        cached = ctx.extra.get("canary_shingles")
        if isinstance(cached, tuple) and cached[0] == ctx.system_prompt:
            return cached[1]  # type: ignore[no-any-return]
        words = [w.lower() for w in _WORD.findall(ctx.system_prompt or "")]
        n = self.min_words
        shingles = frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
        ctx.extra["canary_shingles"] = (ctx.system_prompt, shingles)
        return shingles

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        found: list[Finding] = []
        for token in (*self.canaries, *ctx.canaries):
            start = text.find(token)
            while start != -1:
                found.append(Finding("canary_token", start, start + len(token)))
                start = text.find(token, start + 1)
        if self.check_prompt and ctx.system_prompt:
            shingles = self._shingles(ctx)
            if shingles:
                found.extend(self._prompt_leaks(text, shingles))
        return found

    def _prompt_leaks(self, text: str, shingles: frozenset[tuple[str, ...]]) -> list[Finding]:
        matches = list(_WORD.finditer(text))
        words = [m.group(0).lower() for m in matches]
        n = self.min_words
        out: list[Finding] = []
        run_start = run_end = -1
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) in shingles:
                start, end = matches[i].start(), matches[i + n - 1].end()
                if run_start != -1 and start <= run_end:
                    run_end = end
                else:
                    if run_start != -1:
                        out.append(Finding("system_prompt_leak", run_start, run_end))
                    run_start, run_end = start, end
        if run_start != -1:
            out.append(Finding("system_prompt_leak", run_start, run_end))
        return out
