"""JSON Schema checks for request schemas: right answers, cached by content, bounded."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema.validators
import pytest

from aire.gateway import schema_check
from aire.gateway.schema_check import schema_problem


def test_schema_checks_are_cached_by_content(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[Any] = []
    real = jsonschema.validators.validator_for  # imported by schema_check at first use

    def counting(schema: Any, default: Any) -> Any:
        checked.append(schema)
        return real(schema, default=default)

    monkeypatch.setattr(jsonschema.validators, "validator_for", counting)
    monkeypatch.setattr(schema_check, "_problems", {})
    good = {"type": "object", "properties": {"unique-to-this-test": {"type": "string"}}}
    bad = {"type": "object", "properties": {"unique-to-this-test": {"type": "strin"}}}
    for _ in range(3):
        assert schema_problem(copy.deepcopy(good)) is None  # a new dict each time, as parsed
        assert "'strin' is not valid" in str(schema_problem(copy.deepcopy(bad)))
    ours = [s for s in checked if "unique-to-this-test" in str(s)]  # not its metaschemas
    assert len(ours) == 2


def test_the_schema_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_check, "_problems", {})
    for i in range(schema_check._CACHE_SIZE + 50):
        assert schema_problem({"type": "object", "title": f"s{i}"}) is None
    assert len(schema_check._problems) == schema_check._CACHE_SIZE


@pytest.mark.parametrize(
    ("schema", "words"),
    [({"$schema": ["x"]}, "'$schema' must be a string"), ([1], "must be an object"),
     ({"pattern": "("}, "is not a 'regex'"), ({"type": "objekt"}, "(at $.type)")],
)  # fmt: skip
def test_schema_problems(schema: Any, words: str) -> None:
    assert words in str(schema_problem(schema))
    assert schema_problem(True) is None


def test_a_gateway_does_not_load_jsonschema_or_pyseto_until_it_needs_them() -> None:
    """~30 MB of a worker's memory: tokens and schema checks import them at first use."""
    import subprocess
    import sys

    code = (
        "import sys, aire.gateway.app\n"
        "print(sorted(m for m in ('jsonschema', 'pyseto', 'cryptography') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
