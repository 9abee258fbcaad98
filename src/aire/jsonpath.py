"""A small JSONPath subset to name values inside tool-call arguments: parsed once, at
config load, then evaluated with plain dict and list lookups.

Syntax (RFC 9535 notation, the common part of it): an optional ``$`` root, then steps:
``.name`` or ``name`` (first step), ``["any key"]`` / ``['any key']`` for keys with dots
or brackets, ``[3]`` (a list element; ``[-1]`` the last), ``[*]`` or ``.*`` (every list
element or object value). Examples: ``amount``, ``$.payment.amount``,
``items[*].price``, ``["x.y"][0]``.

Hand-written rather than a JSONPath library: the subset is a few lines, evaluation is a
handful of lookups with no per-call compilation, and filters or recursive descent (what
libraries add) make a guardrail rule harder to read, not safer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["WILDCARD", "JsonPath", "JsonPathError", "parse_path"]


class JsonPathError(ValueError):
    """A path that does not parse; the message says where."""


class _Wildcard:
    __slots__ = ()

    def __repr__(self) -> str:
        return "*"


WILDCARD = _Wildcard()
Step = str | int | _Wildcard

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INDEX = re.compile(r"\[(-?\d+)\]")
_QUOTED = re.compile(r"""\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\]""")
_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True, slots=True)
class JsonPath:
    text: str
    steps: tuple[Step, ...]
    plain: bool = False  # no wildcard step

    def __post_init__(self) -> None:
        object.__setattr__(self, "plain", not any(isinstance(s, _Wildcard) for s in self.steps))

    def find(self, document: Any) -> tuple[list[Any], bool]:
        """(values found, whether some branch of the path was missing).

        Without a wildcard there is one value or a missing one; with ``[*]`` every element
        is followed, and an empty list yields no values and nothing missing."""
        if self.plain:  # no wildcard: a loop of lookups, no generators
            node = document
            for step in self.steps:
                if isinstance(step, str):
                    if not isinstance(node, dict) or step not in node:
                        return [], True
                    node = node[step]
                elif (
                    isinstance(step, int)
                    and isinstance(node, list)
                    and -len(node) <= step < len(node)
                ):
                    node = node[step]
                else:
                    return [], True
            return [node], False
        missing = [False]
        found = list(self._walk(document, 0, missing))
        return found, missing[0]

    def _walk(self, node: Any, at: int, missing: list[bool]) -> Iterator[Any]:
        if at == len(self.steps):
            yield node
            return
        step = self.steps[at]
        if isinstance(step, _Wildcard):
            if isinstance(node, list):
                children: Any = node
            elif isinstance(node, dict):
                children = node.values()
            else:
                missing[0] = True
                return
            for child in children:
                yield from self._walk(child, at + 1, missing)
        elif isinstance(step, int):
            if isinstance(node, list) and -len(node) <= step < len(node):
                yield from self._walk(node[step], at + 1, missing)
            else:
                missing[0] = True
        elif isinstance(node, dict) and step in node:
            yield from self._walk(node[step], at + 1, missing)
        else:
            missing[0] = True

    def __str__(self) -> str:
        return self.text


def parse_path(text: str) -> JsonPath:
    """``"items[*].price"`` -> JsonPath; JsonPathError naming the position of a mistake."""
    steps: list[Step] = []
    rooted = text.startswith("$")
    pos = 1 if rooted else 0
    while pos < len(text):
        char = text[pos]
        if char == "." or (pos == 0 and char != "["):
            pos += char == "."
            if text.startswith("*", pos):
                steps.append(WILDCARD)
                pos += 1
                continue
            m = _NAME.match(text, pos)
            if m is None:
                raise JsonPathError(f"expected a name at position {pos} of {text!r}")
            steps.append(m.group())
            pos = m.end()
        elif text.startswith("[*]", pos):
            steps.append(WILDCARD)
            pos += 3
        elif (m := _INDEX.match(text, pos)) is not None:
            steps.append(int(m.group(1)))
            pos = m.end()
        elif (m := _QUOTED.match(text, pos)) is not None:
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            steps.append(_ESCAPE.sub(r"\1", raw))
            pos = m.end()
        else:
            raise JsonPathError(f"unexpected {char!r} at position {pos} of {text!r}")
    if not steps:
        raise JsonPathError("an empty path names no argument")
    return JsonPath(text, tuple(steps))
