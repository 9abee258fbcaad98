"""Text columns (prompts, answers) compared through numbers: text statistics per row
(length, words, non-ASCII share, ...), each tested as a numeric column, and an
embedding shift (MMD with a permutation test) when an embedder is given.

The embedder is any ``Embedder`` (``embed(texts) -> (n, d) array``): ``aire.embeddings``
provides the shipped one; nothing here downloads a model.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

__all__ = ["TEXT_STATS", "Embedder", "mmd_test", "shipped_embedder", "text_stats"]

Floats = npt.NDArray[np.float64]

_WORD = re.compile(r"\w+")
_PUNCT = frozenset(string.punctuation)


def _chars(t: str) -> float:
    return float(len(t))


def _words(t: str) -> float:
    return float(len(_WORD.findall(t)))


def _non_ascii(t: str) -> float:
    return sum(1 for ch in t if ord(ch) > 127) / len(t) if t else 0.0


def _digits(t: str) -> float:
    return sum(1 for ch in t if ch.isdigit()) / len(t) if t else 0.0


def _upper(t: str) -> float:
    return sum(1 for ch in t if ch.isupper()) / len(t) if t else 0.0


def _punct(t: str) -> float:
    return sum(1 for ch in t if ch in _PUNCT) / len(t) if t else 0.0


def _lines(t: str) -> float:
    return float(t.count("\n") + 1) if t else 0.0


def _mean_word(t: str) -> float:
    words = _WORD.findall(t)
    return sum(len(w) for w in words) / len(words) if words else 0.0


#: name -> statistic of one text; each becomes a numeric column ``<column>:<name>``
TEXT_STATS: dict[str, Callable[[str], float]] = {
    "chars": _chars,
    "words": _words,
    "lines": _lines,
    "mean_word_len": _mean_word,
    "non_ascii_share": _non_ascii,
    "digit_share": _digits,
    "upper_share": _upper,
    "punct_share": _punct,
}


def text_stats(texts: Sequence[str]) -> dict[str, Floats]:
    """Every statistic of ``TEXT_STATS`` for each text."""
    return {
        name: np.fromiter((fn(t) for t in texts), dtype=np.float64, count=len(texts))
        for name, fn in TEXT_STATS.items()
    }


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> Floats:
        """One row per text (rows comparable by Euclidean distance)."""
        ...


class _Shipped:
    """``aire.embeddings.embed`` as an ``Embedder``."""

    def __init__(self, embed: Callable[[Sequence[str]], Floats]) -> None:
        self._embed = embed

    def embed(self, texts: Sequence[str]) -> Floats:
        return np.asarray(self._embed(list(texts)), dtype=np.float64)


def shipped_embedder() -> Embedder | None:
    """The shared embedding model (``aire.embeddings``, extra ``ml``) when it is installed,
    else None. Imported by name: drift does not depend on it."""
    import importlib

    try:
        module = importlib.import_module("aire.embeddings")
    except ImportError:
        return None
    available = getattr(module, "available", None)
    embed = getattr(module, "embed", None)
    if embed is None or (available is not None and not available()):
        return None
    return _Shipped(embed)


def _rbf_mmd2(k: Floats, n: int) -> float:
    kxx = k[:n, :n]
    kyy = k[n:, n:]
    kxy = k[:n, n:]
    m = k.shape[0] - n
    return float(
        (kxx.sum() - np.trace(kxx)) / (n * (n - 1))
        + (kyy.sum() - np.trace(kyy)) / (m * (m - 1))
        - 2.0 * kxy.mean()
    )


def mmd_test(
    x: Floats, y: Floats, *, permutations: int = 200, seed: int = 0, max_rows: int = 1000
) -> tuple[float, float]:
    """Unbiased squared MMD with a Gaussian kernel (median-distance bandwidth) and its
    permutation p-value: (mmd2, p). Each sample is subsampled to ``max_rows`` (seeded)."""
    rng = np.random.default_rng(seed)
    if x.shape[0] > max_rows:
        x = x[rng.choice(x.shape[0], max_rows, replace=False)]
    if y.shape[0] > max_rows:
        y = y[rng.choice(y.shape[0], max_rows, replace=False)]
    n = x.shape[0]
    if n < 2 or y.shape[0] < 2:
        return 0.0, 1.0
    z = np.vstack([x, y]).astype(np.float64)
    sq = np.sum(z * z, axis=1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * z @ z.T, 0.0)
    med = float(np.median(d2[np.triu_indices_from(d2, k=1)]))
    k = np.exp(-d2 / (med if med > 0 else 1.0))
    observed = _rbf_mmd2(k, n)
    hits = 0
    for _ in range(permutations):
        perm = rng.permutation(z.shape[0])
        if _rbf_mmd2(k[np.ix_(perm, perm)], n) >= observed:
            hits += 1
    return observed, (hits + 1) / (permutations + 1)
