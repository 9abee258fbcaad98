"""Is this a valid JSON Schema? Checked against its metaschema, cached by content.

Checking a schema takes about 1 ms; clients send the same ``response_format`` and tool
schemas again and again, so the answer is cached by a hash of the schema's JSON (Python's
SipHash, keyed per process: not collidable at will), in a bounded table. ``jsonschema``
(~10 MB of a process with ``referencing`` and ``rpds``) is imported at the first schema
seen, not by every gateway.
"""

from __future__ import annotations

import contextlib
from typing import Any

import orjson

__all__ = ["schema_problem"]

_CACHE_SIZE = 1024
_problems: dict[int, str | None] = {}  # hash of the schema's JSON -> problem or None


def schema_problem(schema: Any) -> str | None:
    """Why ``schema`` is not a valid JSON Schema, or None. Cached by content: checking a
    schema against its metaschema takes about 1 ms, a repeated one a dict lookup."""
    if type(schema) is bool:
        return None
    if type(schema) is not dict:
        return "a schema must be an object"
    if type(schema.get("$schema", "")) is not str:  # validator_for would raise on it
        return "'$schema' must be a string (the URI of a JSON Schema dialect)"
    key = hash(orjson.dumps(schema))  # SipHash, keyed per process: not collidable at will
    try:
        return _problems[key]
    except KeyError:
        pass
    from jsonschema.exceptions import SchemaError  # lazily: see the module docstring
    from jsonschema.validators import Draft202012Validator, validator_for

    problem: str | None = None
    try:
        validator_for(schema, default=Draft202012Validator).check_schema(schema)
    except SchemaError as exc:
        where = exc.json_path if exc.absolute_path else "the root"
        problem = f"{exc.message[:200]} (at {where})"
    except RecursionError:
        problem = "the schema is nested too deeply"
    if len(_problems) >= _CACHE_SIZE:
        # the oldest entry; suppressed: another thread may have evicted it first
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):
            del _problems[next(iter(_problems))]
    _problems[key] = problem
    return problem
