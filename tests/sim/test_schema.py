"""JSON Schema synthesis: every draw validates (checked with the jsonschema library)."""

from __future__ import annotations

import random
from typing import Any

import jsonschema
import pytest

from aire.sim.schema import SchemaError, is_valid, synthesize, violate

DRAWS = 60

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 40},
        "age": {"type": "integer", "minimum": 0, "maximum": 130},
        "email": {"type": "string", "format": "email"},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 4},
    },
    "required": ["name", "age"],
    "additionalProperties": False,
}

SCHEMAS: dict[str, Any] = {
    "person": PERSON,
    "nested objects": {
        "type": "object",
        "properties": {
            "order": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "pattern": "^ORD-[0-9]{6}$"},
                    "customer": PERSON,
                    "lines": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "properties": {
                                "sku": {"type": "string"},
                                "qty": {"type": "integer", "minimum": 1},
                                "price": {"type": "number", "exclusiveMinimum": 0},
                            },
                            "required": ["sku", "qty", "price"],
                        },
                    },
                },
                "required": ["id", "customer", "lines"],
            }
        },
        "required": ["order"],
    },
    "enum and const": {
        "type": "object",
        "properties": {
            "color": {"enum": ["red", "green", "blue"]},
            "version": {"const": 2},
            "level": {"type": "string", "enum": ["low", "high"]},
        },
        "required": ["color", "version", "level"],
    },
    "refs and defs": {
        "$defs": {
            "point": {
                "type": "object",
                "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
                "required": ["x", "y"],
            }
        },
        "type": "object",
        "properties": {
            "start": {"$ref": "#/$defs/point"},
            "end": {"$ref": "#/$defs/point"},
            "path": {"type": "array", "items": {"$ref": "#/$defs/point"}},
        },
        "required": ["start", "end"],
    },
    "draft-7 definitions": {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "definitions": {"id": {"type": "string", "minLength": 8, "maxLength": 8}},
        "type": "array",
        "items": {"$ref": "#/definitions/id"},
        "minItems": 2,
    },
    "recursive tree": {
        "$defs": {
            "node": {
                "type": "object",
                "properties": {
                    "value": {"type": "integer"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                },
                "required": ["value", "children"],
            }
        },
        "$ref": "#/$defs/node",
    },
    "anyOf": {
        "type": "object",
        "properties": {
            "id": {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}]},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["id", "note"],
    },
    "oneOf exclusive": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
    "allOf": {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
            {"properties": {"b": {"type": "integer", "minimum": 5}}, "required": ["b"]},
        ]
    },
    "patterns": {
        "type": "object",
        "properties": {
            "phone": {"type": "string", "pattern": r"^\+1-\d{3}-\d{3}-\d{4}$"},
            "code": {"type": "string", "pattern": "^[A-Z]{2,4}(-[0-9]+)?$"},
            "word": {"type": "string", "pattern": "^[a-z]+$", "minLength": 12, "maxLength": 14},
            "hex": {"type": "string", "pattern": "^(0x)?[0-9a-fA-F]{8}$"},
        },
        "required": ["phone", "code", "word", "hex"],
    },
    "formats": {
        "type": "object",
        "properties": {
            name: {"type": "string", "format": name}
            for name in (
                "date-time",
                "date",
                "time",
                "email",
                "uri",
                "hostname",
                "ipv4",
                "ipv6",
                "uuid",
                "duration",
                "json-pointer",
                "regex",
            )
        },
        "required": ["date-time", "date", "email", "uuid", "ipv4", "uri"],
    },
    "numeric bounds": {
        "type": "object",
        "properties": {
            "a": {"type": "integer", "exclusiveMinimum": 5},
            "b": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.001},
            "c": {"type": "integer", "maximum": -10},
            "d": {"type": "number", "minimum": 1.5, "maximum": 1.5},
            "e": {"type": "integer", "minimum": -3, "exclusiveMaximum": -2},
        },
        "required": ["a", "b", "c", "d", "e"],
    },
    "multipleOf": {
        "type": "object",
        "properties": {
            "tenth": {"type": "number", "multipleOf": 0.1, "minimum": 0.3, "maximum": 2},
            "cent": {"type": "number", "multipleOf": 0.01, "exclusiveMinimum": 5},
            "int_by_float": {"type": "integer", "multipleOf": 2.5, "minimum": 1, "maximum": 50},
            "by_seven": {"type": "integer", "multipleOf": 7, "minimum": 100},
            "quarter": {"type": "number", "multipleOf": 0.25},
        },
        "required": ["tenth", "cent", "int_by_float", "by_seven", "quarter"],
    },
    "draft-4 exclusive flags": {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "type": "number",
        "minimum": 5,
        "exclusiveMinimum": True,
        "maximum": 6,
        "exclusiveMaximum": True,
    },
    "arrays": {
        "type": "object",
        "properties": {
            "unique_enum": {
                "type": "array",
                "items": {"enum": [1, 2, 3]},
                "uniqueItems": True,
                "minItems": 3,
            },
            "unique_bools": {"type": "array", "items": {"type": "boolean"}, "uniqueItems": True},
            "tuple": {
                "type": "array",
                "prefixItems": [{"const": "x"}, {"type": "integer"}],
                "items": False,
            },
            "bounded": {
                "type": "array",
                "items": {"type": "integer"},
                "minItems": 5,
                "maxItems": 5,
            },
            "contains": {"type": "array", "items": {"type": "integer"}, "contains": {"const": 7}},
            "empty_only": {"type": "array", "maxItems": 0},
        },
        "required": ["unique_enum", "unique_bools", "tuple", "bounded", "contains", "empty_only"],
    },
    "draft-7 tuple items": {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "array",
        "items": [{"type": "string"}, {"type": "boolean"}],
        "additionalItems": False,
        "minItems": 2,
    },
    "properties limits": {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "string"}},
        "maxProperties": 1,
    },
    "pattern properties": {
        "type": "object",
        "patternProperties": {"^x_[a-z]+$": {"type": "integer"}},
        "additionalProperties": False,
        "minProperties": 2,
    },
    "additional properties schema": {
        "type": "object",
        "minProperties": 3,
        "additionalProperties": {"type": "integer", "minimum": 10},
    },
    "dependent required": {
        "type": "object",
        "properties": {"card": {"type": "string"}, "cvv": {"type": "string"}},
        "required": ["card"],
        "dependentRequired": {"card": ["cvv"]},
    },
    "type lists and booleans": {
        "type": "object",
        "properties": {
            "maybe": {"type": ["string", "null"]},
            "anything": True,
            "num": {"type": ["integer", "number"], "minimum": 1, "maximum": 2},
        },
        "required": ["maybe", "anything", "num"],
    },
    "untyped with not": {"not": {"type": "string"}},
    "openai strict tool": {
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "City and country"},
            "unit": {"type": ["string", "null"], "enum": ["celsius", "fahrenheit", None]},
        },
        "required": ["location", "unit"],
        "additionalProperties": False,
    },
}


def check(value: Any, schema: Any) -> None:
    cls = jsonschema.validators.validator_for(schema)
    cls(schema, format_checker=cls.FORMAT_CHECKER).validate(value)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_draw_validates(name: str) -> None:
    schema = SCHEMAS[name]
    values = []
    for seed in range(DRAWS):
        value = synthesize(schema, random.Random(seed))
        check(value, schema)
        values.append(value)
    if name not in ("draft-4 exclusive flags",):
        assert len({repr(v) for v in values}) > 1, "draws should vary with the seed"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_violate_does_not_validate(name: str) -> None:
    schema = SCHEMAS[name]
    bad = violate(schema, random.Random(3))
    assert is_valid(bad, schema) is False


def test_violation_of_an_object_keeps_its_shape() -> None:
    bad = violate(PERSON, random.Random(1))
    assert isinstance(bad, dict)
    assert set(bad) & set(PERSON["properties"])  # looks right at a glance


def test_same_seed_same_value() -> None:
    schema = SCHEMAS["nested objects"]
    assert synthesize(schema, random.Random(5)) == synthesize(schema, random.Random(5))


def test_recursion_terminates() -> None:
    schema = {
        "$defs": {"n": {"type": "array", "items": {"$ref": "#/$defs/n"}}},
        "$ref": "#/$defs/n",
    }
    for seed in range(20):
        check(synthesize(schema, random.Random(seed)), schema)


@pytest.mark.parametrize(
    "schema",
    [
        False,
        {"type": "integer", "minimum": 5, "maximum": 4},
        {"type": "string", "minLength": 5, "maxLength": 2},
        {"type": "array", "minItems": 3, "maxItems": 1},
        {"enum": []},
        {"type": "integer", "multipleOf": 10, "minimum": 1, "maximum": 9},
        {"type": "array", "items": {"enum": [1, 2]}, "uniqueItems": True, "minItems": 3},
        {"$ref": "#/$defs/missing"},
        {"$ref": "https://example.com/remote.json"},
        {"type": "object", "additionalProperties": False, "minProperties": 1},
        {"type": "unknown"},
        {"type": "string", "pattern": "(?<=a)b"},
    ],
)
def test_unsatisfiable_or_unsupported_schemas_raise(schema: Any) -> None:
    with pytest.raises(SchemaError):
        synthesize(schema, random.Random(0))


def test_empty_and_true_schemas_accept_anything() -> None:
    assert synthesize({}, random.Random(0)) is not None
    assert synthesize(True, random.Random(0)) is not None


def test_is_valid_handles_broken_schemas() -> None:
    assert is_valid(1, {"type": 5}) is None
    assert is_valid(1, {"type": "integer"}) is True
    assert is_valid("x", {"type": "integer"}) is False
