"""Hashed character n-grams with numpy only: the features of the shipped classifiers.

Training (``scripts/train_injection.py``) and run time use this same function, so the
shipped weights always meet the features they were trained on. The hash is a fixed
polynomial over code points (not Python's salted ``hash``): stable across processes.
Text is lower-cased and NFKC-normalized with format characters removed, so fullwidth
letters and zero-width padding do not change the features.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import numpy.typing as npt

__all__ = ["FORMAT_CHARS", "NORMS", "FeatureSpec", "featurize", "mask_links", "normalize"]

_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
# Unicode category Cf (format characters: zero-width, bidi controls, tags...).
FORMAT_CHARS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]+"
)


NORMS = ("l2", "sqrt_n")

# E-mail addresses and links, left out of the features (FeatureSpec.mask): which domain an
# address has says nothing about who a text addresses, and hand-written data puts them in
# its attacks (exfiltration) more often than in its benign texts. A classifier trained on
# it learnt "bob@example.com" as a cue ("Email me at bob@example.com" scored 0.67), and
# with one token per address, the token itself ("hi a@b.io" scored 0.76). Sending data to
# an address is the exfiltration rules' business.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


def mask_links(text: str) -> str:
    """``text`` without its e-mail addresses and links (each replaced by a space)."""
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "://" in text or "www." in text:
        text = _LINK.sub(" ", text)
    return text


class FeatureSpec:
    """Which n-grams, how many hash buckets (``2 ** dim_bits``) and how counts are scaled.

    ``norm``: ``"l2"`` (default) divides each bucket's count by the Euclidean norm of all
    counts, so a text repeated k times has the same features as the text once (pasted
    logs and tables must not look more suspicious for being long); ``"sqrt_n"`` (weights
    trained before 0.1.1) divides by the square root of the number of n-grams, which lets
    the score grow with the square root of the repetition.
    """

    __slots__ = ("dim_bits", "mask", "max_chars", "ngrams", "norm")

    def __init__(
        self,
        ngrams: tuple[int, ...] = (2, 3, 4, 5),
        dim_bits: int = 18,
        max_chars: int = 4096,
        norm: str = "l2",
        mask: bool = False,
    ) -> None:
        if norm not in NORMS:
            raise ValueError(f"unknown feature norm {norm!r} (known: {', '.join(NORMS)})")
        self.ngrams = tuple(ngrams)
        self.dim_bits = dim_bits
        self.max_chars = max_chars
        self.norm = norm
        #: e-mail addresses and links left out (``mask_links``)
        self.mask = mask

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def to_array(self) -> npt.NDArray[np.int64]:
        return np.array([self.dim_bits, self.max_chars, *self.ngrams], dtype=np.int64)

    @classmethod
    def from_array(
        cls, arr: npt.NDArray[np.int64], norm: str = "l2", mask: bool = False
    ) -> FeatureSpec:
        values = [int(v) for v in arr]
        return cls(
            ngrams=tuple(values[2:]), dim_bits=values[0], max_chars=values[1], norm=norm, mask=mask
        )


def normalize(text: str) -> str:
    """Lower case, NFKC, no format characters (zero-width, bidi), single spaces."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = FORMAT_CHARS.sub("", text)
    return " ".join(text.lower().split())


def featurize(
    text: str, spec: FeatureSpec
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Bucket indices and their values (see ``FeatureSpec.norm``); with ``"l2"`` every
    bucket appears once, with ``"sqrt_n"`` once per n-gram (repeats summed by the dot
    product)."""
    if spec.mask:
        text = mask_links(text)
    s = " " + normalize(text)[: spec.max_chars] + " "
    codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    shift = np.uint64(64 - spec.dim_bits)
    wanted = set(spec.ngrams)
    with np.errstate(over="ignore"):
        h = codes + _PRIME  # n = 1; each longer n-gram extends the previous hashes by one
        for n in range(1, max(spec.ngrams) + 1):
            if n > 1:
                if len(codes) < n:
                    break
                h = h[:-1] * _PRIME + codes[n - 1 :]
            if n in wanted:
                parts.append(((h ^ np.uint64(n)) * _MIX) >> shift)
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    if spec.norm == "sqrt_n":
        idx = np.concatenate(parts).astype(np.int64)
        values = np.full(len(idx), 1.0 / np.sqrt(len(idx)), dtype=np.float32)
        return idx, values
    # Counts per bucket from one sort of 32-bit indices (cheaper than np.unique on int64),
    # then L2-normalized.
    idx = np.concatenate(parts).astype(np.uint32)
    idx.sort()
    first = np.empty(len(idx), dtype=bool)
    first[0] = True
    np.not_equal(idx[1:], idx[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(idx))).astype(np.float32)
    counts /= np.float32(np.sqrt(np.dot(counts, counts)))
    return idx[starts].astype(np.int64), counts
