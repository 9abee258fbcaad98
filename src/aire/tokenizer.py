"""A deterministic built-in tokenizer, used wherever aire must count tokens with no model.

It approximates a BPE vocabulary on English text (about 4 characters per token): a word
with its leading space is one token, longer words split every 8 letters, digits go in
groups of up to 3, every other character is its own token, and runs of whitespace are one
token. Tokens concatenate back to the exact input text.
"""

from __future__ import annotations

import re

__all__ = ["count_tokens", "estimate_tokens", "tokenize"]

_TOKEN = re.compile(r" ?[^\W\d_]{1,8}| ?\d{1,3}|\s+|.", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


def count_tokens(text: str) -> int:
    """Number of tokens in ``text``."""
    return len(_TOKEN.findall(text))


#: Texts up to this many characters are counted exactly by ``estimate_tokens``.
EXACT_LIMIT = 8192
_SAMPLES = 4
_SAMPLE_CHARS = 2048


def estimate_tokens(text: str) -> int:
    """``count_tokens`` for short texts; for long ones, the count of evenly spaced samples
    scaled to the whole length (a few percent off on uniform text, ~40x faster on 1 MB).
    For the request path, where an exact count of a huge prompt would stall the loop."""
    n = len(text)
    if n <= EXACT_LIMIT:
        return count_tokens(text)
    step = (n - _SAMPLE_CHARS) // (_SAMPLES - 1)
    sampled = sum(count_tokens(text[i * step : i * step + _SAMPLE_CHARS]) for i in range(_SAMPLES))
    return round(sampled * n / (_SAMPLES * _SAMPLE_CHARS))
