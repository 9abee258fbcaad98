"""JSON from model output: parse, and when that fails, one conservative repair attempt.

Repairs are the mistakes models make: code fences and prose around the object, trailing
commas, single-quoted strings, Python literals (True/False/None), unquoted keys, and
brackets left open when the answer was cut off. Anything else is left invalid (a re-ask).
"""

from __future__ import annotations

import re
from typing import Any

import orjson

__all__ = ["parse_json", "repair_json"]

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)(?:```|$)", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_UNQUOTED_KEY = re.compile(r"([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)(\s*:)")
_PY_LITERAL = re.compile(r"\b(True|False|None)\b")
_SINGLE_QUOTED = re.compile(r"'((?:[^'\\\n]|\\.)*)'")


def parse_json(text: str) -> tuple[bool, Any]:
    try:
        return True, orjson.loads(text)
    except orjson.JSONDecodeError:
        return False, None


def _extract(text: str) -> str:
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1)
    starts = [i for i in (text.find("{"), text.find("[")) if i != -1]
    if not starts:
        return text.strip()
    start = min(starts)
    closer = "}" if text[start] == "{" else "]"
    end = text.rfind(closer)
    return text[start : end + 1] if end > start else text[start:]


def _close_open(text: str) -> str:
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]" and stack:
            stack.pop()
    tail = '"' if in_string else ""
    body = (text + tail).rstrip()
    if body.endswith(","):
        body = body[:-1]
    elif body.endswith(":"):
        body += " null"
    return body + "".join(reversed(stack))


def repair_json(text: str) -> tuple[bool, Any, str]:
    """(ok, value, repaired text). ``ok`` is False when no repair made it parse."""
    ok, value = parse_json(text)
    if ok:
        return True, value, text
    candidate = _extract(text)
    for step in (
        lambda s: s,
        lambda s: _TRAILING_COMMA.sub(r"\1", s),
        lambda s: _SINGLE_QUOTED.sub(lambda m: orjson.dumps(m.group(1)).decode(), s),
        lambda s: _PY_LITERAL.sub(
            lambda m: {"True": "true", "False": "false"}.get(m.group(1), "null"), s
        ),
        lambda s: _UNQUOTED_KEY.sub(r'\1"\2"\3', s),
        _close_open,
    ):
        candidate = step(candidate)
        ok, value = parse_json(candidate)
        if ok:
            return True, value, candidate
    return False, None, text
