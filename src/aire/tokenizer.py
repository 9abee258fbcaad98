"""A deterministic built-in tokenizer, used wherever aire must count tokens with no model.

It approximates a BPE vocabulary on English text (about 4 characters per token): a word
with its leading space is one token, longer words split every 8 letters, digits go in
groups of up to 3, every other character is its own token, and runs of whitespace are one
token. Tokens concatenate back to the exact input text.
"""

from __future__ import annotations

import re

__all__ = ["count_tokens", "tokenize"]

_TOKEN = re.compile(r" ?[^\W\d_]{1,8}| ?\d{1,3}|\s+|.", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


def count_tokens(text: str) -> int:
    """Number of tokens in ``text``."""
    return len(_TOKEN.findall(text))
