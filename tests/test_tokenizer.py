"""The built-in tokenizer: lossless, deterministic, about 4 characters a token."""

from __future__ import annotations

import pytest

from aire.sim.corpus import CORPUS, FOREIGN
from aire.tokenizer import count_tokens, tokenize


@pytest.mark.parametrize(
    "text",
    ["", "Hello, world!", "  spaced\n\nlines\t", "naïve café 😀", "x" * 50, "12345678", CORPUS],
)
def test_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text
    assert count_tokens(text) == len(tokenize(text))


def test_rules() -> None:
    assert tokenize("Hello world") == ["Hello", " world"]
    assert tokenize("abcdefghij") == ["abcdefgh", "ij"]
    assert tokenize("1234567") == ["123", "456", "7"]
    assert tokenize("a,b") == ["a", ",", "b"]
    assert tokenize("a \n\n b") == ["a", " \n\n ", "b"]  # a whitespace run is one token


def test_about_four_characters_per_token_on_english() -> None:
    ratio = len(CORPUS) / count_tokens(CORPUS)
    assert 3.5 < ratio < 6.0
    assert len(FOREIGN["de"]) / count_tokens(FOREIGN["de"]) > 3.0
