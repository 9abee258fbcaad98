"""Generate strings that match a regular expression, from the parse tree of ``re`` itself.

Used for JSON Schema ``pattern``. Lookarounds and anchors produce nothing; the caller
checks each candidate with the compiled pattern and draws again if it does not match.
"""

from __future__ import annotations

import random
import re
import string
from functools import lru_cache
from typing import Any

__all__ = ["RegexUnsupported", "generate", "matching_string"]

try:  # the parser moved in 3.11; both spell the same API
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c
    import sre_parse as _p

_WORD = string.ascii_letters + string.digits + "_"
_CATEGORIES = {
    _c.CATEGORY_DIGIT: string.digits,
    _c.CATEGORY_NOT_DIGIT: string.ascii_letters,
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_SPACE: string.ascii_letters + string.digits,
    _c.CATEGORY_WORD: _WORD,
    _c.CATEGORY_NOT_WORD: "-.,!",
}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_EMPTY = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class RegexUnsupported(ValueError):
    """The pattern uses a construct the generator cannot produce."""


@lru_cache(maxsize=256)
def _parse(pattern: str) -> Any:
    try:
        return _p.parse(pattern)
    except re.error as exc:
        raise RegexUnsupported(f"invalid pattern {pattern!r}: {exc}") from None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class _Gen:
    def __init__(self, rng: random.Random, spread: int) -> None:
        self.rng = rng
        self.spread = spread  # extra repetitions an unbounded * or + may take
        self.groups: dict[int, str] = {}

    def seq(self, items: Any) -> str:
        return "".join(self.one(op, av) for op, av in items)

    def one(self, op: Any, av: Any) -> str:
        rng = self.rng
        if op is _c.LITERAL:
            return chr(av)
        if op is _c.NOT_LITERAL:
            return rng.choice([ch for ch in string.ascii_letters if ord(ch) != av])
        if op is _c.ANY:
            return rng.choice(string.ascii_letters)
        if op is _c.IN:
            return self.in_(av)
        if op in _REPEATS:
            lo, hi, sub = av
            hi = min(hi, lo + self.spread) if hi != _c.MAXREPEAT else lo + self.spread
            return "".join(self.seq(sub) for _ in range(rng.randint(lo, hi)))
        if op is _c.SUBPATTERN:
            group, _add, _del, sub = av
            text = self.seq(sub)
            if group:
                self.groups[group] = text
            return text
        if op is _c.BRANCH:
            return self.seq(rng.choice(av[1]))
        if op in _EMPTY:
            return ""
        if op is _c.GROUPREF:
            return self.groups.get(av, "")
        if op is _c.CATEGORY:
            return self.category(av)
        raise RegexUnsupported(str(op))

    def in_(self, items: Any) -> str:
        pool: list[str] = []
        negate = False
        for op, av in items:
            if op is _c.NEGATE:
                negate = True
            elif op is _c.LITERAL:
                pool.append(chr(av))
            elif op is _c.RANGE:
                lo, hi = av
                pool.extend(chr(i) for i in range(lo, min(hi, lo + 200) + 1))
            elif op is _c.CATEGORY:
                pool.extend(_CATEGORIES.get(av, ""))
        if negate:
            banned = set(pool)
            pool = [ch for ch in string.ascii_letters + string.digits if ch not in banned]
        if not pool:
            raise RegexUnsupported("empty character class")
        return self.rng.choice(pool)

    def category(self, av: Any) -> str:
        pool = _CATEGORIES.get(av)
        if pool is None:
            raise RegexUnsupported(str(av))
        return self.rng.choice(pool)


def generate(pattern: str, rng: random.Random, spread: int = 4) -> str:
    """One string built from ``pattern``'s parse tree (it may not match: anchors, lookarounds)."""
    return _Gen(rng, spread).seq(_parse(pattern))


def matching_string(
    pattern: str, rng: random.Random, min_length: int = 0, max_length: int | None = None
) -> str | None:
    """A string that ``re.search(pattern, s)`` matches, within the length bounds, or None."""
    try:
        compiled = _compiled(pattern)
    except re.error:
        return None
    for attempt in range(40):
        spread = 4 if attempt < 10 else 4 * (2 ** min(attempt // 5, 8))
        if max_length is not None and attempt % 2:
            spread = min(spread, max(0, max_length // 4))
        try:
            candidate = generate(pattern, rng, spread)
        except (RegexUnsupported, RecursionError):
            return None
        short = min_length - len(candidate)
        if short > 0:  # an unanchored pattern still matches with text after it
            candidate += "".join(rng.choices(string.ascii_lowercase, k=short))
        if max_length is not None and len(candidate) > max_length:
            continue
        if compiled.search(candidate):
            return candidate
    return None
