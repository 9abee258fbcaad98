"""More fast paths give what the slow ones give: e-mail addresses and links masked from
each "@" and by literal-led regexes (not one regex tried at every position), the bucket
sort whichever way it runs."""

from __future__ import annotations

import random

import numpy as np

from aire.guard.detect import features
from aire.guard.detect.features import mask_links


def _random_texts(parts: list[str], seed: int, n: int = 20000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_email_mask_is_the_regex_sub() -> None:
    # letters, digits and "_" of other scripts are \w too: "é", Arabic-Indic digits,
    # superscripts, Roman numerals; a combining mark is not
    parts = ["a", "Z", "9", "_", ".", "+", "-", "@", " ", "\u00e9", "\u0663", "\u00b2"]
    parts += ["\u0301", "..", "x.y", "@@", "b.c", "\n", "\u00df", "\u2163", "\u4e2d", ":", "/"]
    for text in _random_texts(parts, 1):
        assert features._mask_emails(text) == features._EMAIL.sub(" ", text), repr(text)
    assert mask_links("write to a.b+c@mail.example.org, or x@y") == "write to  , or x@y"


def test_url_mask_is_the_regex_sub() -> None:
    parts = ["http://", "https://", "www.", "ww", "w", "h", "http", "s://", "a", ".", " "]
    parts += [")", "]", "<", ">", '"', "'", "\n", "\u00e9", "/", "x.com", "ftp://", "://"]
    for text in _random_texts(parts, 2):
        assert features._mask_urls(text) == features._LINK.sub(" ", text), repr(text)


def test_both_bucket_sorts_are_a_sort() -> None:
    rng = np.random.default_rng(7)
    for bits in (8, 16, 18, 24, 32):
        idx = rng.integers(0, 1 << bits, 3000, dtype=np.uint64).astype(np.uint32)
        assert np.array_equal(features._radix_then_timsort(idx.copy(), bits), np.sort(idx))
        assert np.array_equal(features._sort_buckets(idx.copy(), bits), np.sort(idx))
    assert isinstance(features._np_sort_wins(), bool)
