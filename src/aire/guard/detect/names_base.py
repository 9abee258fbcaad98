"""The shared parts of the person-name finder (``names``, ``names_more``): the name
lists, loaded once, the lookup key of a word, and the set of spans already taken.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import json
import unicodedata
from collections.abc import Iterable
from importlib import resources

from aire.guard.detect import names_words as _words

__all__ = ["known_name_word"]

_MORE_GIVEN = _words.MORE_GIVEN
_MORE_SURNAMES = _words.MORE_SURNAMES
# capitals of a name word, and the Latin-1 ones a charset-led scan starts at
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_UP1 = "A-ZÀ-ÖØ-Þ"


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ref = resources.files("aire.guard") / "data" / "names.json.gz"
    data = json.loads(gzip.decompress(ref.read_bytes()))
    common = frozenset(data["common"])
    given = frozenset(data["given"]).union(w for w in _MORE_GIVEN if w not in common)
    surnames = frozenset(data["surnames"]).union(w for w in _MORE_SURNAMES if w not in common)
    return given, surnames, common


@functools.lru_cache(maxsize=8192)
def _key(token: str) -> str:
    token = token.lower().replace("’", "'")
    if token.endswith("'s"):
        token = token[:-2]
    token = token.strip("'.")
    if not token.isascii():  # "Tómas", "Ávalos": the lists are ASCII
        folded = unicodedata.normalize("NFKD", token.translate(_UNFOLDED))
        token = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if token[1:2] == "'" and token[:1] in "od":  # "O'Connor", "D'Angelo": the lists join them
        token = token[0] + token[2:]
    return token


# letters that NFKD leaves alone: "Yılmaz", "Łukasz", "Søren", "Đặng", "Strauß"
_UNFOLDED = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def known_name_word(word: str) -> bool:
    """Whether the lists know ``word`` as a given name or surname (not an ordinary word)."""
    given, surnames, common = _lists()
    k = _key(word)
    return (_given_key(k, given) or _surname_key(k, surnames) in surnames) and k not in common


def _given_key(k: str, given: frozenset[str]) -> bool:
    """A given name, or a hyphenated one whose first part is ("Jean-Baptiste")."""
    return k in given or ("-" in k and k.split("-", 1)[0] in given and len(k) > 4)


def _surname_key(k: str, surnames: frozenset[str]) -> str:
    """``k``, or the masculine form of a Slavic feminine surname that the lists know:
    "Nováková" -> "novak", "Ivanova" -> "ivanov", "Kowalska" -> "kowalski"."""
    if k in surnames or len(k) < 5:
        return k
    if k.endswith("ova"):
        for cand in (k[:-3], k[:-1]):
            if cand in surnames:
                return cand
    elif k.endswith(("eva", "ina")):
        if k[:-1] in surnames:
            return k[:-1]
    elif k.endswith(("ska", "cka", "zka")) and k[:-1] + "i" in surnames:
        return k[:-1] + "i"
    return k


class _Taken:
    """Spans already found, never overlapping, kept sorted: an overlap check is one
    bisection (a scan of all of them made a text of many names quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the spans that start before ``b``
        return i == 0 or self.ends[i - 1] <= a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)
