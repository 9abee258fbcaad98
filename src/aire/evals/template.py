"""Prompt templates as promptfoo writes them: Nunjucks ``{{ var }}`` placeholders.

Only plain substitution is supported (``{{ name }}``, ``{{ obj.key }}``, ``{{ list[0] }}``):
that is what nearly every golden set uses. Filters, tags (``{% ... %}``) and expressions
are refused when the suite loads (``TemplateUnsupported``), never rendered wrong. Values
are shown as Nunjucks shows them (JavaScript's ``String()``): ``true``, ``1``, ``1.5``,
``a,b`` for a list, ``[object Object]`` for a mapping, nothing for a missing variable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Template", "TemplateSyntaxError", "TemplateUnsupported", "js_string", "render"]

_PLACEHOLDER = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
_PATH = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\[(?:'[^']*'|\"[^\"]*\")\])*")
_STEP = re.compile(r"\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['([^']*)'\]|\[\"([^\"]*)\"\]")
_TAG = re.compile(r"\{%|\{#")


class TemplateUnsupported(ValueError):
    """A template uses more of Nunjucks than plain placeholders."""


class TemplateSyntaxError(ValueError):
    """Nunjucks cannot render this template either (a stray ``#}``): the run errors, as
    it does in promptfoo."""


Step = str | int


@dataclass(frozen=True, slots=True)
class Template:
    """A template parsed once: literal parts and variable paths, alternating."""

    text: str
    parts: tuple[str | tuple[Step, ...], ...]
    syntax_error: str | None = None

    @classmethod
    def parse(cls, text: str) -> Template:
        tag = _TAG.search(text)
        if tag:
            raise TemplateUnsupported(
                f"Nunjucks tags/comments ({text[tag.start() : tag.start() + 12]!r}...) are not "
                "supported; aire renders plain {{ var }} placeholders only"
            )
        parts: list[str | tuple[Step, ...]] = []
        at = 0
        for m in _PLACEHOLDER.finditer(text):
            parts.append(text[at : m.start()])
            expr = m.group(1)
            if not _PATH.fullmatch(expr):
                raise TemplateUnsupported(
                    f"the template expression {{{{ {expr} }}}} is not supported; aire renders "
                    "plain {{ var }} placeholders only (no filters or expressions)"
                )
            parts.append(_steps(expr))
            at = m.end()
        parts.append(text[at:])
        literal = "".join(p for p in parts if isinstance(p, str))
        error = "unexpected end of comment" if "#}" in literal else None
        return cls(text, tuple(parts), error)

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(str(p[0]) for p in self.parts if isinstance(p, tuple))

    def render(self, variables: Mapping[str, Any]) -> str:
        if self.syntax_error:
            raise TemplateSyntaxError(f"Template render error: {self.syntax_error}")
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(js_string(_lookup(variables, part)))
        return "".join(out)


def _steps(expr: str) -> tuple[Step, ...]:
    name = re.match(r"[A-Za-z_$][\w$]*", expr)
    assert name is not None
    steps: list[Step] = [name.group(0)]
    for m in _STEP.finditer(expr, name.end()):
        if m.group(2) is not None:
            steps.append(int(m.group(2)))
        else:
            steps.append(next(g for g in (m.group(1), m.group(3), m.group(4)) if g is not None))
    return tuple(steps)


class _Missing:
    pass


_MISSING = _Missing()


def _lookup(variables: Mapping[str, Any], steps: tuple[Step, ...]) -> Any:
    node: Any = variables
    for step in steps:
        if isinstance(node, Mapping):
            node = node.get(str(step), _MISSING)
        elif (isinstance(node, list | tuple) and isinstance(step, int) and step < len(node)) or (
            isinstance(node, str) and isinstance(step, int) and step < len(node)
        ):
            node = node[step]
        else:
            return _MISSING
        if node is _MISSING:
            return _MISSING
    return node


def js_string(value: Any) -> str:
    """``String(value)`` as JavaScript (and so Nunjucks) writes it."""
    if value is _MISSING or value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, list | tuple):
        return ",".join("" if v is None else js_string(v) for v in value)
    if isinstance(value, Mapping):
        return "[object Object]"
    return str(value)


def render(text: str, variables: Mapping[str, Any]) -> str:
    """Parse and render in one go (for values rendered once, such as assertion values)."""
    if "{{" not in text and "{%" not in text and "#}" not in text:
        return text
    return Template.parse(text).render(variables)
