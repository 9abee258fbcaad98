"""JSON validity and JSON Schema conformance of an answer, with a repair attempt.

The schema comes from ``params.schema`` or, per request, ``ctx.json_schema`` (the
request's ``response_format``). Validators are compiled once per distinct schema. With
action ``redact`` a repaired answer replaces the original; when repair fails the scanner
sets ``ctx.reask`` to a message the gateway can send back to the model (see ``reask``).
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

import orjson
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from pydantic import Field, field_validator

from aire.config.base import Model
from aire.guard.detect.jsonfix import repair_json
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["JSONOutput", "reask_message"]


class JSONOutputParams(Model):
    schema_: dict[str, Any] | None = Field(None, alias="schema", description="JSON Schema")
    required: bool = Field(
        False, description="every answer must be JSON (else only when a schema is requested)"
    )
    repair: bool = True
    max_errors: int = Field(3, ge=1, description="schema errors quoted in the re-ask")

    @field_validator("schema_")
    @classmethod
    def _valid_schema(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            try:
                Draft202012Validator.check_schema(value)
            except SchemaError as exc:
                raise ValueError(f"invalid JSON Schema: {exc.message}") from None
        return value


@functools.lru_cache(maxsize=256)
def _validator(schema_json: bytes) -> Draft202012Validator:
    return Draft202012Validator(orjson.loads(schema_json))


def reask_message(errors: list[str]) -> str:
    """The user message that asks the model for a corrected answer."""
    listed = "\n".join(f"- {e}" for e in errors)
    return (
        "Your previous answer was not valid JSON for the required schema:\n"
        f"{listed}\nAnswer again with only the corrected JSON, no prose and no code fences."
    )


class JSONOutput(BaseScanner):
    Params: ClassVar[type[Model]] = JSONOutputParams
    default_action: ClassVar[Action] = "log"
    max_span = None  # needs the whole answer

    def setup(self, params: JSONOutputParams) -> None:
        self.schema = params.schema_
        self.static = Draft202012Validator(params.schema_) if params.schema_ is not None else None
        self.required = params.required
        self.repair = params.repair
        self.max_errors = params.max_errors

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        validator = self.static
        if validator is None and ctx.json_schema is not None:
            validator = _validator(orjson.dumps(ctx.json_schema, option=orjson.OPT_SORT_KEYS))
        if validator is None and not self.required:
            return ScanResult(text, True, 0.0, ())
        if self.repair:
            ok, value, fixed = repair_json(text)
        else:
            try:
                value, ok, fixed = orjson.loads(text), True, text
            except orjson.JSONDecodeError:
                value, ok, fixed = None, False, text
        if not ok:
            ctx.reask = reask_message(["the answer is not parseable JSON"])
            return ScanResult(
                text, False, 1.0, (Finding("invalid_json", 0, len(text), 1.0, self.name),)
            )
        errors = []
        if validator is not None:
            for err in validator.iter_errors(value):
                where = "/".join(str(p) for p in err.absolute_path) or "(root)"
                errors.append(f"{where}: {err.message}")
                if len(errors) >= self.max_errors:
                    break
        if errors:
            ctx.reask = reask_message(errors)
            finding = Finding("json_schema", 0, len(text), 1.0, self.name)
            return ScanResult(text, False, 1.0, (finding,))
        if fixed != text:  # valid only after repair: redact hands on the repaired text
            finding = Finding("json_repaired", 0, len(text), 0.5, self.name, fixed)
            return ScanResult(fixed, False, 0.5, (finding,))
        return ScanResult(text, True, 0.0, ())
