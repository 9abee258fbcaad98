"""Tool-call arguments as the checks read them: parsed once per call, strictly.

A JSON object, no duplicate keys (a parser that keeps the first of two ``amount`` keys
would see another value than the check did), no ``NaN``/``Infinity``, no nesting deeper
than the parser's stack; numbers as ``Decimal`` so that ``max: 100.1`` means exactly that;
a numeric string (``"99.50"``) is a number, any other value where a number is expected is
not. Empty arguments are ``{}``. Anything else is ``MALFORMED``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import orjson

__all__ = ["MALFORMED", "Arguments", "as_number", "enum_key", "parse_arguments"]

MALFORMED = object()
_NUMERIC = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


class Arguments:
    """One call's arguments, parsed at most once whatever the number of policies."""

    __slots__ = ("_floats", "_parsed", "free_text", "raw")

    def __init__(self, raw: object, free_text: bool) -> None:
        self.raw = raw
        self.free_text = free_text  # a custom tool's input: text, JSON only by chance
        self._parsed: Any = None
        self._floats: Any = None

    def size(self) -> int:
        return len(self.raw) if isinstance(self.raw, str) else 0

    def parsed(self) -> Any:
        """The arguments object, or MALFORMED."""
        if self._parsed is None:
            self._parsed = parse_arguments(self.raw)
        return self._parsed

    def as_floats(self) -> Any:
        """The same object with JSON floats (what JSON Schema keywords expect)."""
        if self._floats is None:
            if isinstance(self.raw, str) and self.raw.strip():
                try:
                    self._floats = orjson.loads(self.raw)
                except orjson.JSONDecodeError:  # numbers orjson refuses (1e400)
                    self._floats = json.loads(self.raw)
            else:
                self._floats = self.parsed()
        return self._floats


def parse_arguments(raw: object) -> Any:
    """JSON text (or an already parsed mapping) -> the arguments object, or MALFORMED."""
    if raw is None:
        return {}
    if isinstance(raw, Mapping):
        return raw
    if not isinstance(raw, str):
        return MALFORMED
    if not raw.strip():
        return {}
    try:
        value = json.loads(
            raw,
            object_pairs_hook=_no_duplicates,
            parse_float=Decimal,
            parse_constant=_no_constant,
        )
    except (ValueError, RecursionError):
        return MALFORMED
    return value if isinstance(value, dict) else MALFORMED


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def as_number(value: Any) -> Decimal | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return value if not isinstance(value, Decimal) or value.is_finite() else None
    if isinstance(value, float):
        return Decimal(repr(value)) if value == value and abs(value) != float("inf") else None
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        return Decimal(value)
    return None


def enum_key(value: Any) -> tuple[str, Any] | None:
    """Type-aware key: ``true`` is not ``1``, ``1`` is ``1.0``."""
    if value is None:
        return ("null", None)
    if isinstance(value, bool):
        return ("bool", value)
    number = as_number(value) if not isinstance(value, str) else None
    if number is not None:
        return ("number", Decimal(number))
    if isinstance(value, str):
        return ("string", value)
    return None
