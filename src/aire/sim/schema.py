"""Synthesise a JSON value that validates against a JSON Schema (draft 2020-12, and 7/4 forms).

Covers what structured-output and tool schemas use: type (and type lists), properties,
required, additionalProperties, patternProperties, min/maxProperties, dependentRequired,
items, prefixItems (and draft-7 tuple ``items``), contains, min/maxItems, uniqueItems,
enum, const, anyOf/oneOf/allOf, $ref into $defs/definitions (recursion included), string
length, format and pattern, numeric bounds (inclusive, exclusive, draft-4 booleans) and
multipleOf. Values are drawn from ``rng`` so they repeat for a seed.

``synthesize`` checks each draw with the ``jsonschema`` library (validators are cached per
schema) and draws again when a construct it does not model (``not``, ``if``) rejects it.
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import orjson
from jsonschema import exceptions as js_exceptions
from jsonschema import validators as js_validators
from jsonschema.protocols import Validator
from referencing.exceptions import Unresolvable

from aire.sim.regen import matching_string

__all__ = ["SchemaError", "is_valid", "synthesize", "violate"]

_WORDS = [
    "alpha", "bravo", "charlie", "delta", "echo", "fox", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "yankee", "zulu",
]  # fmt: skip
_HARD_DEPTH = 48  # deeper than this is a cycle with no way out
_SOFT_DEPTH = 6  # past this, only what is required: recursive schemas terminate
_TRIES = 12
_TYPES = ("object", "array", "string", "number", "integer", "boolean", "null")


class SchemaError(ValueError):
    """The schema cannot be satisfied or uses a construct aire does not support."""


# -- validation ---------------------------------------------------------------------------

_validators: dict[bytes, Validator | None] = {}


def _validator(schema: Any) -> Validator | None:
    """A cached validator for ``schema`` (None when the schema itself is broken)."""
    try:
        key = orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return None
    if key in _validators:
        return _validators[key]
    if len(_validators) >= 512:
        _validators.clear()  # bounded: schemas come from clients
    validator: Validator | None
    try:
        cls = js_validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    except (js_exceptions.SchemaError, js_exceptions.UnknownType, TypeError, ValueError):
        validator = None
    _validators[key] = validator
    return validator


def is_valid(value: Any, schema: Any) -> bool | None:
    """Whether ``value`` validates (None: the schema cannot be checked)."""
    validator = _validator(schema)
    if validator is None:
        return None
    try:
        return bool(validator.is_valid(value))
    except (
        js_exceptions.UnknownType,
        Unresolvable,
        LookupError,
        TypeError,
        ValueError,
        RecursionError,
    ):
        return None  # unresolvable $ref, unknown type: the schema cannot be checked


# -- public API ---------------------------------------------------------------------------


def synthesize(schema: Any, rng: random.Random) -> Any:
    """A value valid under ``schema``; SchemaError if none could be made."""
    value: Any = None
    error: SchemaError | None = None
    for attempt in range(_TRIES):
        target = schema
        if attempt >= _TRIES // 2 and isinstance(schema, dict) and "type" not in schema:
            # `not`, `if`...: an untyped schema may want a type we did not infer
            target = {**schema, "type": rng.choice(_TYPES)}
        try:
            value = _Synth(schema, rng).make(target, 0)
        except SchemaError as exc:
            error = exc
            continue
        if is_valid(value, schema) is not False:
            return value
        error = None
    if error is not None:
        raise error
    return value  # the best draw of a schema with constructs we do not model


def violate(schema: Any, rng: random.Random) -> Any:
    """A value that looks right but does not validate (for degradation injection)."""
    try:
        good = synthesize(schema, rng) if isinstance(schema, dict | bool) else {}
    except SchemaError:
        good = {}
    candidates: list[Any] = []
    if isinstance(good, dict) and isinstance(schema, dict):
        near: list[Any] = []
        for key in schema.get("required") or []:
            if key in good:
                near.append({k: v for k, v in good.items() if k != key})  # field missing
        for key, value in good.items():
            for wrong in _wrong_types(value):
                near.append({**good, key: wrong})  # field of the wrong type
        near.append({**good, "unexpected_field": "n/a"})  # breaks additionalProperties
        rng.shuffle(near)
        candidates.extend(near)
    candidates.extend([{"unexpected": good}, "n/a", [good], None, 0])
    for candidate in candidates:
        if is_valid(candidate, schema) is False:
            return candidate
    return {"unexpected": good}


def _wrong_types(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [len(value), [value]]
    if isinstance(value, bool):
        return [str(value).lower()]
    if isinstance(value, int | float):
        return [str(value), None]
    if isinstance(value, list):
        return [",".join(map(str, value)), {}]
    return ["n/a", []]


# -- synthesis ----------------------------------------------------------------------------


class _Synth:
    def __init__(self, root: Any, rng: random.Random) -> None:
        self.root = root
        self.rng = rng

    def make(self, schema: Any, depth: int) -> Any:
        rng = self.rng
        if depth > _HARD_DEPTH:
            raise SchemaError("schema nests too deep to terminate (recursive $ref?)")
        if schema is True or schema == {}:
            return rng.choice(_WORDS)
        if schema is False:
            raise SchemaError("the schema `false` accepts no value")
        if not isinstance(schema, dict):
            got = type(schema).__name__
            raise SchemaError(f"a schema must be an object or a boolean, not {got}")
        if "$ref" in schema:
            target = self.resolve(schema["$ref"])
            rest = {k: v for k, v in schema.items() if k not in ("$ref", "$defs", "definitions")}
            if rest and isinstance(target, dict):  # 2020-12: $ref applies alongside siblings
                target = _merge(target, rest)
            return self.make(target, depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                if part is True:
                    continue
                if part is False:
                    raise SchemaError("allOf contains `false`")
                if isinstance(part, dict) and "$ref" in part:
                    part = self.resolve(part["$ref"])
                merged = _merge(merged, part)
            return self.make(merged, depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.one_of(schema, key, depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            if not schema["enum"]:
                raise SchemaError("enum is empty")
            return rng.choice(schema["enum"])
        kind: Any = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or kind
            kind = rng.choice(kinds) if kinds else None
        if kind is None:
            kind = _infer_type(schema)
        maker = _MAKERS.get(kind)
        if maker is None:
            raise SchemaError(f"unsupported type {kind!r}")
        return maker(self, schema, depth)

    def one_of(self, schema: dict[str, Any], key: str, depth: int) -> Any:
        options = [o for o in schema[key] if o is not False]
        if not options:
            raise SchemaError(f"{key} has no satisfiable option")
        # past the soft depth, prefer options that do not recurse
        if depth > _SOFT_DEPTH:
            flat = [o for o in options if not (isinstance(o, dict) and "$ref" in o)]
            options = flat or options
        non_null = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
        if non_null and (self.rng.random() < 0.9 or len(non_null) == len(options)):
            options = non_null
        base = {k: v for k, v in schema.items() if k != key}
        option = self.rng.choice(options)
        if option is True:
            option = {}
        return self.make(_merge(base, option) if base else option, depth + 1)

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise SchemaError(f"only local $ref is supported, not {ref!r}")
        node = self.root
        for part in ref[1:].strip("/").split("/"):
            if not part:
                continue
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise SchemaError(f"$ref {ref!r} does not resolve")
        return node

    # -- objects and arrays -----------------------------------------------------------

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        rng = self.rng
        props: dict[str, Any] = schema.get("properties") or {}
        required: list[str] = list(schema.get("required") or [])
        patterns: dict[str, Any] = schema.get("patternProperties") or {}
        extra = schema.get("additionalProperties", True)
        max_props = schema.get("maxProperties")
        minimal = depth > _SOFT_DEPTH
        chosen = list(dict.fromkeys(required))
        for name in props:
            if name not in chosen and not minimal and rng.random() < 0.8:
                chosen.append(name)
        dependent: dict[str, list[str]] = schema.get("dependentRequired") or {}
        for name in list(chosen):
            chosen.extend(d for d in dependent.get(name, []) if d not in chosen)
        if max_props is not None and len(chosen) > max_props:
            keep = set(required)
            chosen = [n for n in chosen if n in keep] + [n for n in chosen if n not in keep]
            chosen = chosen[: max(int(max_props), len(keep))]
        out: dict[str, Any] = {}
        for name in chosen:
            out[name] = self.make(self.property_schema(name, props, patterns, extra), depth + 1)
        i = 0
        while len(out) < int(schema.get("minProperties", 0)):
            name, sub = self.extra_property(patterns, extra, i)
            i += 1
            if name not in out:
                out[name] = self.make(sub, depth + 1)
            if i > 100:
                raise SchemaError("minProperties cannot be met")
        return out

    def property_schema(
        self, name: str, props: dict[str, Any], patterns: dict[str, Any], extra: Any
    ) -> Any:
        if name in props:
            return props[name]
        for pattern, sub in patterns.items():
            try:
                if re.search(pattern, name):
                    return sub
            except re.error:
                continue
        return extra if isinstance(extra, dict) else {}

    def extra_property(self, patterns: dict[str, Any], extra: Any, i: int) -> tuple[str, Any]:
        for pattern, sub in patterns.items():
            name = matching_string(pattern, self.rng)
            if name is not None:
                return name, sub
        if extra is False:
            raise SchemaError("minProperties cannot be met without additional properties")
        return f"field_{i}", extra if isinstance(extra, dict) else {}

    def array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        rng = self.rng
        items = schema.get("items", True)
        prefix: list[Any] = list(schema.get("prefixItems") or [])
        if isinstance(items, list):  # draft 7 tuple form
            prefix, items = items, schema.get("additionalItems", True)
        lo = int(schema.get("minItems", 0))
        contains = schema.get("contains")
        min_contains = int(schema.get("minContains", 1)) if contains is not None else 0
        lo = max(lo, min_contains)
        default_hi = max(lo, len(prefix)) + (0 if depth > _SOFT_DEPTH else 3)
        hi = int(schema.get("maxItems", default_hi))
        if items is False:
            hi = min(hi, len(prefix))
        if hi < lo:
            raise SchemaError("the array length bounds leave no room")
        n = lo  # deep in a recursive schema: as few items as allowed
        if depth <= _SOFT_DEPTH:
            n = rng.randint(min(max(lo, 1), hi), min(hi, max(lo, 1) + 3))
        unique = bool(schema.get("uniqueItems"))
        out: list[Any] = []
        seen: set[bytes] = set()
        attempts = 0
        while len(out) < n:
            i = len(out)
            if i < len(prefix):
                sub = prefix[i]
            elif len(out) - len(prefix) < min_contains:
                sub = {"allOf": [items, contains]} if isinstance(items, dict) else contains
            else:
                sub = items
            value = self.make(sub, depth + 1)
            attempts += 1
            if unique:
                key = _canonical(value)
                if key in seen:
                    if attempts > 40 * (n + 1):
                        if len(out) >= lo:
                            break
                        raise SchemaError("cannot produce enough unique items")
                    continue
                seen.add(key)
            out.append(value)
        return out

    # -- scalars --------------------------------------------------------------------------

    def string(self, schema: dict[str, Any], depth: int) -> str:
        rng = self.rng
        lo = int(schema.get("minLength", 0))
        limit = schema.get("maxLength")
        if limit is not None and int(limit) < lo:
            raise SchemaError("maxLength is below minLength")
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            text = matching_string(pattern, rng, lo, None if limit is None else int(limit))
            if text is None:
                raise SchemaError(f"cannot synthesise a string for pattern {pattern!r}")
            return text
        make_format = _FORMATS.get(str(schema.get("format")))
        if make_format is not None:
            text = make_format(rng)
            if lo <= len(text) <= (len(text) if limit is None else int(limit)):
                return text
        hi = int(limit) if limit is not None else max(lo, 24)
        target = rng.randint(max(lo, min(hi, 4)), max(lo, min(hi, lo + 20)))
        words: list[str] = []
        while sum(len(w) + 1 for w in words) <= target and target:
            words.append(rng.choice(_WORDS))
        text = " ".join(words)[:target].rstrip() if target else ""
        while len(text) < lo:
            text += rng.choice("abcdefghijklmnopqrstuvwxyz")
        return text

    def number(self, schema: dict[str, Any], depth: int) -> float | int:
        integer = schema.get("type") == "integer"
        low, high = _bounds(schema, integer)
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and not isinstance(step, bool) and step > 0:
            return _multiple(step, low, high, integer, self.rng)
        if integer:
            lo, hi = math.ceil(low), math.floor(high)
            if hi < lo:
                raise SchemaError("no integer within the bounds")
            return self.rng.randint(int(lo), int(hi))
        value = self.rng.uniform(low, high)
        rounded = round(value, 3)
        return rounded if low <= rounded <= high else value

    def integer(self, schema: dict[str, Any], depth: int) -> int:
        return int(self.number({**schema, "type": "integer"}, depth))

    def boolean(self, schema: dict[str, Any], depth: int) -> bool:
        return self.rng.random() < 0.5

    def null(self, schema: dict[str, Any], depth: int) -> None:
        return None


def _bounds(schema: dict[str, Any], integer: bool) -> tuple[float, float]:
    """Inclusive [low, high] from minimum/maximum and the exclusive forms of either draft."""
    lows: list[float] = []
    highs: list[float] = []
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    xmin, xmax = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if xmin is True:  # draft 4: a flag on minimum
        xmin, minimum = minimum, None
    if xmax is True:
        xmax, maximum = maximum, None
    if isinstance(minimum, int | float) and not isinstance(minimum, bool):
        lows.append(minimum)
    if isinstance(maximum, int | float) and not isinstance(maximum, bool):
        highs.append(maximum)
    if isinstance(xmin, int | float) and not isinstance(xmin, bool):
        lows.append(math.floor(xmin) + 1 if integer else math.nextafter(xmin, math.inf))
    if isinstance(xmax, int | float) and not isinstance(xmax, bool):
        highs.append(math.ceil(xmax) - 1 if integer else math.nextafter(xmax, -math.inf))
    if not lows and not highs:
        lows, highs = [0], [100]
    low = max(lows) if lows else min(highs) - 1000
    high = min(highs) if highs else low + 1000
    if high < low:
        raise SchemaError("numeric bounds leave no value")
    return float(low), float(high)


def _is_multiple(value: float | int, step: float | int) -> bool:
    """jsonschema's own multipleOf test, float quirks included."""
    if isinstance(step, float):
        quotient = value / step
        return math.isfinite(quotient) and int(quotient) == quotient
    return not value % step


def _decimals(step: float | int) -> int:
    exponent = Decimal(repr(step)).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _multiple(
    step: float | int, low: float, high: float, integer: bool, rng: random.Random
) -> float | int:
    first, last = math.ceil(low / step), math.floor(high / step)
    if last < first:
        raise SchemaError("no multiple of multipleOf within the bounds")
    places = _decimals(step)

    def candidate(k: int) -> float | int | None:
        value: float | int = k * step
        if integer or isinstance(step, int):
            if not float(value).is_integer():
                return None
            value = round(value)
        else:
            value = round(value, places)
        if low <= value <= high and _is_multiple(value, step):
            return value
        return None

    for _ in range(32):
        found = candidate(rng.randint(first, min(last, first + 10_000)))
        if found is not None:
            return found
    for k in range(first, min(last, first + 10_000) + 1):
        found = candidate(k)
        if found is not None:
            return found
    raise SchemaError("no multiple of multipleOf within the bounds")


def _canonical(value: Any) -> bytes:
    # jsonschema treats 1 and 1.0 as equal, True and 1 as different
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return repr(value).encode()


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        if key == "properties" and "properties" in out:
            out["properties"] = {**out["properties"], **value}
        elif key == "required" and "required" in out:
            out["required"] = list(dict.fromkeys([*out["required"], *value]))
        elif key in ("minimum", "minLength", "minItems", "minProperties") and key in out:
            out[key] = max(out[key], value)
        elif key in ("maximum", "maxLength", "maxItems", "maxProperties") and key in out:
            out[key] = min(out[key], value)
        else:
            out[key] = value
    return out


def _infer_type(schema: dict[str, Any]) -> str:
    keys = set(schema)
    if keys & {"properties", "required", "additionalProperties", "patternProperties"}:
        return "object"
    if keys & {"items", "prefixItems", "contains", "minItems", "maxItems"}:
        return "array"
    if keys & {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}:
        return "number"
    return "string"


def _date(r: random.Random) -> str:
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


_FORMATS: dict[str, Callable[[random.Random], str]] = {
    "date-time": lambda r: f"{_date(r)}T{_time(r)}",
    "date": _date,
    "time": _time,
    "duration": lambda r: f"P{r.randint(1, 30)}DT{r.randint(0, 23)}H",
    "email": lambda r: f"{r.choice(_WORDS)}.{r.choice(_WORDS)}@example.com",
    "idn-email": lambda r: f"{r.choice(_WORDS)}@example.com",
    "uri": lambda r: f"https://example.com/{r.choice(_WORDS)}/{r.randint(1, 999)}",
    "iri": lambda r: f"https://example.com/{r.choice(_WORDS)}",
    "url": lambda r: f"https://example.com/{r.choice(_WORDS)}",
    "uri-reference": lambda r: f"/{r.choice(_WORDS)}/{r.randint(1, 999)}",
    "iri-reference": lambda r: f"/{r.choice(_WORDS)}",
    "uri-template": lambda r: f"https://example.com/{r.choice(_WORDS)}/{{id}}",
    "hostname": lambda r: f"{r.choice(_WORDS)}.example.com",
    "idn-hostname": lambda r: f"{r.choice(_WORDS)}.example.com",
    "ipv4": lambda r: ".".join(str(r.randint(1, 254)) for _ in range(4)),
    "ipv6": lambda r: ":".join(f"{r.randint(0, 65535):x}" for _ in range(8)),
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "json-pointer": lambda r: f"/{r.choice(_WORDS)}/{r.randint(0, 9)}",
    "relative-json-pointer": lambda r: f"{r.randint(0, 3)}/{r.choice(_WORDS)}",
    "regex": lambda r: f"^{r.choice(_WORDS)}[0-9]+$",
}

_MAKERS: dict[str, Callable[[_Synth, dict[str, Any], int], Any]] = {
    "object": _Synth.object,
    "array": _Synth.array,
    "string": _Synth.string,
    "number": _Synth.number,
    "integer": _Synth.integer,
    "boolean": _Synth.boolean,
    "null": _Synth.null,
}
