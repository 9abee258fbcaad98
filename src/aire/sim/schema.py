"""Synthesise a JSON value that validates against a JSON Schema (draft 2020-12 subset).

Covers what structured-output and tool schemas use: type (and type lists), properties,
required, additionalProperties, items, prefixItems, min/maxItems, uniqueItems, enum,
const, anyOf/oneOf/allOf, $ref into $defs/definitions, string length, format and
pattern, numeric bounds and multipleOf. Values are drawn from ``rng`` so they repeat
for a seed.
"""

from __future__ import annotations

import math
import random
import re
import string
import uuid
from typing import Any

__all__ = ["SchemaError", "synthesize", "violate"]

_WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "fox",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
    "quebec",
    "romeo",
    "sierra",
    "tango",
    "uniform",
    "victor",
    "whiskey",
    "yankee",
    "zulu",
]


class SchemaError(ValueError):
    """The schema cannot be satisfied or uses a construct aire does not support."""


def synthesize(schema: Any, rng: random.Random, *, root: Any = None, depth: int = 0) -> Any:
    """A value valid under ``schema``."""
    root = schema if root is None else root
    if depth > 32:
        raise SchemaError("schema nests deeper than 32 levels (recursive $ref?)")
    if schema is True or schema == {}:
        return rng.choice(_WORDS)
    if schema is False:
        raise SchemaError("the schema `false` accepts no value")
    if not isinstance(schema, dict):
        raise SchemaError(f"a schema must be an object or a boolean, not {type(schema).__name__}")
    if "$ref" in schema:
        return synthesize(_resolve(schema["$ref"], root), rng, root=root, depth=depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = _resolve(part["$ref"], root) if "$ref" in part else part
            merged = _merge(merged, part)
        return synthesize(merged, rng, root=root, depth=depth + 1)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [o for o in schema[key] if o.get("type") != "null"] or schema[key]
            base = {k: v for k, v in schema.items() if k != key}
            return synthesize(_merge(base, rng.choice(options)), rng, root=root, depth=depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        if not schema["enum"]:
            raise SchemaError("enum is empty")
        return rng.choice(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"] or kind
        kind = kinds[0]
    if kind is None:
        kind = _infer_type(schema)
    maker = _MAKERS.get(kind)
    if maker is None:
        raise SchemaError(f"unsupported type {kind!r}")
    return maker(schema, rng, root, depth)


def violate(schema: Any, rng: random.Random) -> Any:
    """A value that looks right but does not validate (for degradation injection)."""
    value = synthesize(schema, rng) if isinstance(schema, dict) else {}
    if isinstance(value, dict) and value:
        required = [k for k in (schema.get("required") or []) if k in value]
        key = rng.choice(required) if required else next(iter(value))
        if required and rng.random() < 0.5:
            del value[key]  # a required field goes missing
        else:
            value[key] = [value[key]] if not isinstance(value[key], list) else "n/a"
        return value
    return {"unexpected": value}


def _resolve(ref: str, root: Any) -> Any:
    if not ref.startswith("#"):
        raise SchemaError(f"only local $ref is supported, not {ref!r}")
    node = root
    for part in ref.lstrip("#").strip("/").split("/"):
        if not part:
            continue
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise SchemaError(f"$ref {ref!r} does not resolve")
        node = node[part]
    return node


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        if key == "properties" and "properties" in out:
            out["properties"] = {**out["properties"], **value}
        elif key == "required" and "required" in out:
            out["required"] = sorted(set(out["required"]) | set(value))
        else:
            out[key] = value
    return out


def _infer_type(schema: dict[str, Any]) -> str:
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"} & set(schema):
        return "number"
    return "string"


def _object(schema: dict[str, Any], rng: random.Random, root: Any, depth: int) -> dict[str, Any]:
    props: dict[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    out: dict[str, Any] = {}
    for name, sub in props.items():
        # all required fields, most optional ones: what a model filling a form would write
        if name in required or rng.random() < 0.8:
            out[name] = synthesize(sub, rng, root=root, depth=depth + 1)
    for name in required - set(out):
        extra = schema.get("additionalProperties", True)
        out[name] = synthesize(
            extra if isinstance(extra, dict) else {}, rng, root=root, depth=depth + 1
        )
    min_props = int(schema.get("minProperties", 0))
    extra_schema = schema.get("additionalProperties", True)
    i = 0
    while len(out) < min_props:
        if extra_schema is False:
            raise SchemaError("minProperties cannot be met without additional properties")
        out[f"field_{i}"] = synthesize(
            extra_schema if isinstance(extra_schema, dict) else {}, rng, root=root, depth=depth + 1
        )
        i += 1
    return out


def _array(schema: dict[str, Any], rng: random.Random, root: Any, depth: int) -> list[Any]:
    prefix = schema.get("prefixItems") or []
    items = schema.get("items", {})
    lo = int(schema.get("minItems", 0))
    hi = int(schema.get("maxItems", max(lo, len(prefix)) + 3))
    if hi < lo:
        raise SchemaError("maxItems is below minItems")
    n = rng.randint(max(lo, 1 if lo == 0 and hi > 0 else lo), hi) if hi > 0 else 0
    n = max(n, min(len(prefix), hi))
    out: list[Any] = []
    unique = bool(schema.get("uniqueItems"))
    attempts = 0
    while len(out) < n:
        sub = prefix[len(out)] if len(out) < len(prefix) else items
        if sub is False:
            break
        value = synthesize(sub, rng, root=root, depth=depth + 1)
        attempts += 1
        if unique and value in out:
            if attempts > 50 * (n + 1):
                if len(out) >= lo:
                    break
                raise SchemaError("cannot produce enough unique items")
            continue
        out.append(value)
    return out


_FORMATS = {
    "date-time": lambda r: (
        f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T"
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "date": lambda r: f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    "email": lambda r: f"{r.choice(_WORDS)}.{r.choice(_WORDS)}@example.com",
    "uri": lambda r: f"https://example.com/{r.choice(_WORDS)}/{r.randint(1, 999)}",
    "url": lambda r: f"https://example.com/{r.choice(_WORDS)}",
    "hostname": lambda r: f"{r.choice(_WORDS)}.example.com",
    "ipv4": lambda r: ".".join(str(r.randint(1, 254)) for _ in range(4)),
    "ipv6": lambda r: ":".join(f"{r.randint(0, 65535):x}" for _ in range(8)),
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
}


def _string(schema: dict[str, Any], rng: random.Random, root: Any, depth: int) -> str:
    lo = int(schema.get("minLength", 0))
    hi = int(schema.get("maxLength", max(lo, 24)))
    if hi < lo:
        raise SchemaError("maxLength is below minLength")
    pattern = schema.get("pattern")
    if pattern is not None:
        return _from_pattern(pattern, rng, lo, hi)
    fmt = schema.get("format")
    if fmt in _FORMATS:
        return str(_FORMATS[fmt](rng))
    words: list[str] = []
    target = rng.randint(max(lo, 1), max(lo, min(hi, lo + 20))) if hi > 0 else 0
    while sum(len(w) + 1 for w in words) < target:
        words.append(rng.choice(_WORDS))
    text = " ".join(words)[:hi]
    while len(text) < lo:
        text += rng.choice(string.ascii_lowercase)
    return text


def _from_pattern(pattern: str, rng: random.Random, lo: int, hi: int) -> str:
    compiled = re.compile(pattern)
    for _ in range(30):
        candidate = _Regen(rng).generate(pattern)
        if candidate is not None and compiled.search(candidate) and lo <= len(candidate) <= hi:
            return candidate
    raise SchemaError(f"cannot synthesise a string for pattern {pattern!r}")


class _Regen:
    """Generate a string from a regular expression's parse tree (re's own parser)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.groups: dict[int, str] = {}

    def generate(self, pattern: str) -> str | None:
        try:
            from re import _parser  # type: ignore[attr-defined]

            tree = _parser.parse(pattern)
            return self._seq(tree)
        except (re.error, _Unsupported, ImportError, AttributeError):
            return None

    def _seq(self, items: Any) -> str:
        return "".join(self._one(op, av) for op, av in items)

    def _one(self, op: Any, av: Any) -> str:
        from re import _constants as c  # type: ignore[attr-defined]

        rng = self.rng
        if op is c.LITERAL:
            return chr(av)
        if op is c.NOT_LITERAL:
            choices = [ch for ch in string.ascii_letters if ord(ch) != av]
            return rng.choice(choices)
        if op is c.ANY:
            return rng.choice(string.ascii_letters)
        if op is c.IN:
            return self._in(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            hi = min(hi, lo + 4) if hi != c.MAXREPEAT else lo + rng.randint(0, 4)
            return "".join(self._seq(sub) for _ in range(rng.randint(lo, hi)))
        if op is c.SUBPATTERN:
            group, _add, _del, sub = av
            text = self._seq(sub)
            if group:
                self.groups[group] = text
            return text
        if op is c.BRANCH:
            return self._seq(rng.choice(av[1]))
        if op is c.AT:
            return ""
        if op is c.GROUPREF:
            return self.groups.get(av, "")
        if op is c.CATEGORY:
            return self._category(av)
        raise _Unsupported(str(op))

    def _in(self, items: Any) -> str:
        from re import _constants as c  # type: ignore[attr-defined]

        pool: list[str] = []
        negate = False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                pool.append(chr(av))
            elif op is c.RANGE:
                lo, hi = av
                pool.extend(chr(i) for i in range(lo, min(hi, lo + 200) + 1))
            elif op is c.CATEGORY:
                pool.append(self._category(av))
        if negate:
            banned = set(pool)
            pool = [ch for ch in string.ascii_letters + string.digits if ch not in banned]
        if not pool:
            raise _Unsupported("empty class")
        return self.rng.choice(pool)

    def _category(self, av: Any) -> str:
        from re import _constants as c  # type: ignore[attr-defined]

        table = {
            c.CATEGORY_DIGIT: string.digits,
            c.CATEGORY_NOT_DIGIT: string.ascii_letters,
            c.CATEGORY_SPACE: " ",
            c.CATEGORY_NOT_SPACE: string.ascii_letters + string.digits,
            c.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
            c.CATEGORY_NOT_WORD: "-.,!",
        }
        pool = table.get(av)
        if pool is None:
            raise _Unsupported(str(av))
        return self.rng.choice(pool)


class _Unsupported(Exception):
    pass


def _number(schema: dict[str, Any], rng: random.Random, root: Any, depth: int) -> float | int:
    integer = schema.get("type") == "integer" or (
        isinstance(schema.get("type"), list) and "integer" in schema["type"]
    )
    lo = schema.get("minimum", -1000 if "maximum" not in schema else schema["maximum"] - 1000)
    hi = schema.get("maximum", lo + 1000)
    if "exclusiveMinimum" in schema:
        lo = max(lo, schema["exclusiveMinimum"] + (1 if integer else 1e-6))
    if "exclusiveMaximum" in schema:
        hi = min(hi, schema["exclusiveMaximum"] - (1 if integer else 1e-6))
    if hi < lo:
        raise SchemaError("numeric bounds leave no value")
    step = schema.get("multipleOf")
    if step:
        first, last = math.ceil(lo / step), math.floor(hi / step)
        if last < first:
            raise SchemaError("no multiple of multipleOf within the bounds")
        value = rng.randint(int(first), int(last)) * step
        return int(value) if integer or (float(value).is_integer() and integer) else value
    if integer:
        return rng.randint(math.ceil(lo), math.floor(hi))
    return round(rng.uniform(lo, hi), 3) if hi - lo > 0.01 else float(lo)


def _integer(schema: dict[str, Any], rng: random.Random, root: Any, depth: int) -> int:
    return int(_number({**schema, "type": "integer"}, rng, root, depth))


_MAKERS: dict[str, Any] = {
    "object": _object,
    "array": _array,
    "string": _string,
    "number": _number,
    "integer": _integer,
    "boolean": lambda s, r, root, d: r.random() < 0.5,
    "null": lambda s, r, root, d: None,
}
