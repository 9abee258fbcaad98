"""Hashed character n-grams with numpy only: the features of the shipped classifiers.

Training (``scripts/train_injection.py``) and run time use this same function, so the
shipped weights always meet the features they were trained on. The hash is a fixed
polynomial over code points (not Python's salted ``hash``): stable across processes.
Text is lower-cased and NFKC-normalized with format characters removed, so fullwidth
letters and zero-width padding do not change the features.
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from aire.guard.detect.unicode import CharsCheck, astral, class_members, runs_of

__all__ = [
    "FORMAT_CHARS",
    "NORMS",
    "FeatureSpec",
    "featurize",
    "mask_links",
    "may_have_format_chars",
    "normalize",
    "strip_format_chars",
]

_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
# Unicode category Cf (format characters: zero-width, bidi controls, tags...).
_FORMAT_CLASS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
FORMAT_CHARS = runs_of(_FORMAT_CLASS)  # [...]+


# Whether FORMAT_CHARS may match in a text (False: it does not), mostly told without the
# regex (see CharsCheck): a 2 KB prompt without any costs a few microseconds, not 30.
may_have_format_chars = CharsCheck(class_members(_FORMAT_CLASS))
_FORMAT_BMP = tuple(ch for ch in class_members(_FORMAT_CLASS) if ord(ch) <= 0xFFFF)


def strip_format_chars(text: str) -> str:
    """``FORMAT_CHARS.sub("", text)``: a text is mostly told free of them without the
    regex, and one with no character beyond the BMP loses them by ``str.replace``, one C
    scan per format character it holds, not the regex tried at every position."""
    if not may_have_format_chars(text):
        return text
    if astral(text):
        return FORMAT_CHARS.sub("", text)
    for ch in _FORMAT_BMP:
        if ch in text:
            text = text.replace(ch, "")
    return text


NORMS = ("l2", "sqrt_n")

# E-mail addresses and links, left out of the features (FeatureSpec.mask): which domain an
# address has says nothing about who a text addresses, and hand-written data puts them in
# its attacks (exfiltration) more often than in its benign texts. A classifier trained on
# it learnt "bob@example.com" as a cue ("Email me at bob@example.com" scored 0.67), and
# with one token per address, the token itself ("hi a@b.io" scored 0.76). Sending data to
# an address is the exfiltration rules' business.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")


_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # _EMAIL after its "@"
_LOCAL_MORE = frozenset("_.+-")  # what [\w.+-] holds besides the letters and digits


def _mask_emails(text: str) -> str:
    r"""``_EMAIL.sub(" ", text)``, from each "@" rather than the regex tried at every
    position (its pattern starts with a class, [\w.+-], that most characters are in: 150
    us on a 2 KB prompt with two addresses, a few here). The local part holds no "@", so a
    match is the run of its characters ending at an "@" (cut at the previous match's end),
    then the domain, matched by the regex's own tail; [\w] is ``isalnum()`` or "_"."""
    parts: list[str] = []
    pos = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_MORE):
            start -= 1
        if start < at and (m := _DOMAIN.match(text, at + 1)) is not None:
            parts += (text[pos:start], " ")
            pos = m.end()
            at = text.find("@", pos)
        else:
            at = text.find("@", at + 1)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def mask_links(text: str) -> str:
    """``text`` without its e-mail addresses and links (each replaced by a space)."""
    if "@" in text:
        text = _mask_emails(text)
    if "://" in text or "www." in text:
        text = _mask_urls(text)
    return text


# _LINK's two branches apart: each starts with a literal, which re finds with a fast
# substring search ("h" or "w", _LINK's first characters, are tried at every other word)
_HTTP = re.compile(_LINK.pattern.replace("(?:https?://|www\\.)", "https?://", 1))
_WWW = re.compile(_LINK.pattern.replace("(?:https?://|www\\.)", "www\\.", 1))


def _mask_urls(text: str) -> str:
    """``_LINK.sub(" ", text)``: the earlier of the two branches' next matches, in turn
    (no position starts both: "h" or "w")."""
    parts: list[str] = []
    pos = 0
    web = _WWW.search(text)
    http = _HTTP.search(text)
    while web is not None or http is not None:
        m = http if web is None or (http is not None and http.start() < web.start()) else web
        assert m is not None  # one of the two is not None
        parts += (text[pos : m.start()], " ")
        pos = m.end()
        if web is not None and web.start() < pos:
            web = _WWW.search(text, pos)
        if http is not None and http.start() < pos:
            http = _HTTP.search(text, pos)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


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
        text = strip_format_chars(text)
    return " ".join(text.lower().split())


def _hashed(s: str, spec: FeatureSpec) -> npt.NDArray[np.uint32] | npt.NDArray[np.uint64]:
    """The bucket of every wanted n-gram of ``s``: all 2-grams in text order, then all
    3-grams... The hashes are built in place in one array, then mixed in one pass."""
    codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    m = len(codes)
    # an n longer than the text has no n-grams (nor has any longer n)
    ns = sorted({n for n in spec.ngrams if 1 <= n <= m})
    raw = np.empty(sum(m - n + 1 for n in ns), np.uint64)
    h = codes + _PRIME  # n = 1; each longer n-gram extends the previous hashes by one
    spans: list[tuple[int, int, int]] = []
    pos = 0
    for n in range(1, ns[-1] + 1 if ns else 0):
        wanted = n in ns
        if n > 1:
            k = m - n + 1
            nxt = raw[pos : pos + k] if wanted else np.empty(k, np.uint64)
            np.multiply(h[:k], _PRIME, out=nxt)
            nxt += codes[n - 1 :]
            h = nxt
        elif wanted:
            raw[: len(h)] = h
        if wanted:
            spans.append((n, pos, pos + len(h)))
            pos += len(h)
    for n, a, b in spans:
        raw[a:b] ^= np.uint64(n)
    raw *= _MIX
    raw >>= np.uint64(64 - spec.dim_bits)
    return raw.astype(np.uint32) if spec.dim_bits <= 32 else raw


def _sort_buckets(idx: npt.NDArray[np.uint32], bits: int) -> npt.NDArray[np.uint32]:
    """``np.sort(idx)`` for buckets below ``2 ** bits`` (at most 32). Where numpy sorts
    with SIMD (x86-simd-sort, numpy >= 2 on AVX2/AVX-512 machines) np.sort itself is the
    fastest: 31 us on the ~8,000 18-bit buckets of a 2 KB text. Elsewhere np.sort is an
    introsort, twice as slow as this: numpy's radix sort of 16-bit keys orders them by
    their top 16 bits, then a stable sort (a timsort, fast on nearly sorted data) puts the
    few equal-key runs in order. Which one runs is timed once per process (``_np_sort_wins``);
    both give the same array."""
    if _np_sort_wins():
        return np.sort(idx)
    return _radix_then_timsort(idx, bits)


@functools.cache
def _np_sort_wins() -> bool:
    """Whether np.sort beats ``_radix_then_timsort`` here (best of 5 on 8,192 18-bit
    keys; about 2 ms, once)."""
    idx = np.random.default_rng(0).integers(0, 1 << 18, 8192).astype(np.uint32)

    def best(fn: Callable[[], object]) -> float:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    return best(lambda: np.sort(idx)) < best(lambda: _radix_then_timsort(idx, 18))


def _radix_then_timsort(idx: npt.NDArray[np.uint32], bits: int) -> npt.NDArray[np.uint32]:
    if bits <= 16:
        return np.sort(idx.astype(np.uint16), kind="stable").astype(np.uint32)
    top = (idx >> np.uint32(bits - 16)).astype(np.uint16)
    idx = idx[np.argsort(top, kind="stable")]
    idx.sort(kind="stable")
    return idx


def featurize(
    text: str, spec: FeatureSpec
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Bucket indices and their values (see ``FeatureSpec.norm``); with ``"l2"`` every
    bucket appears once, with ``"sqrt_n"`` once per n-gram (repeats summed by the dot
    product)."""
    if spec.mask:
        text = mask_links(text)
    s = " " + normalize(text)[: spec.max_chars] + " "
    hashed = _hashed(s, spec)
    if not len(hashed):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    if spec.norm == "sqrt_n":
        values = np.full(len(hashed), 1.0 / np.sqrt(len(hashed)), dtype=np.float32)
        return hashed.astype(np.int64), values
    # Counts per bucket from one sort of 32-bit indices (cheaper than np.unique on int64),
    # then L2-normalized.
    if spec.dim_bits <= 32:
        idx = _sort_buckets(hashed.astype(np.uint32, copy=False), spec.dim_bits)
    else:  # as before: the buckets cut to 32 bits
        idx = hashed.astype(np.uint32)
        idx.sort()
    n = len(idx)
    edge = np.empty(n + 1, dtype=bool)  # where a run of equal buckets starts, and the end
    edge[0] = edge[n] = True
    np.not_equal(idx[1:], idx[:-1], out=edge[1:n])
    bounds = np.flatnonzero(edge)
    counts = (bounds[1:] - bounds[:-1]).astype(np.float32)
    counts /= np.float32(np.sqrt(np.dot(counts, counts)))
    return idx[bounds[:-1]].astype(np.int64), counts
