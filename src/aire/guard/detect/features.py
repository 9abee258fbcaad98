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

__all__ = ["FeatureSpec", "featurize", "normalize"]

_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SPACES = re.compile(r"\s+")


class FeatureSpec:
    """Which n-grams and how many hash buckets (``2 ** dim_bits``)."""

    __slots__ = ("dim_bits", "max_chars", "ngrams")

    def __init__(
        self, ngrams: tuple[int, ...] = (2, 3, 4, 5), dim_bits: int = 18, max_chars: int = 4096
    ) -> None:
        self.ngrams = tuple(ngrams)
        self.dim_bits = dim_bits
        self.max_chars = max_chars

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def to_array(self) -> npt.NDArray[np.int64]:
        return np.array([self.dim_bits, self.max_chars, *self.ngrams], dtype=np.int64)

    @classmethod
    def from_array(cls, arr: npt.NDArray[np.int64]) -> FeatureSpec:
        values = [int(v) for v in arr]
        return cls(ngrams=tuple(values[2:]), dim_bits=values[0], max_chars=values[1])


def normalize(text: str) -> str:
    """Lower case, NFKC, no format characters (zero-width, bidi), single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _SPACES.sub(" ", text.lower()).strip()


def featurize(
    text: str, spec: FeatureSpec
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Sorted bucket indices and their L2-normalized log-count values for one text."""
    s = " " + normalize(text)[: spec.max_chars] + " "
    codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    shift = np.uint64(64 - spec.dim_bits)
    with np.errstate(over="ignore"):
        for n in spec.ngrams:
            m = len(codes) - n + 1
            if m <= 0:
                continue
            h = np.full(m, n, dtype=np.uint64)
            for k in range(n):
                h = h * _PRIME + codes[k : k + m]
            parts.append((h * _MIX) >> shift)
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx, counts = np.unique(np.concatenate(parts), return_counts=True)
    values = np.log1p(counts).astype(np.float32)
    values /= np.float32(np.sqrt(np.dot(values, values)))
    return idx.astype(np.int64), values
