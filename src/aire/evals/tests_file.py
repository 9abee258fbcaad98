"""Test lists kept outside the suite file: CSV (one column per variable), JSONL (one test
object per line) and YAML (a list of tests), read as promptfoo reads them.

CSV columns named ``__expected`` (``__expected1``...) hold an assertion written as
promptfoo's shorthand (``contains: refund``, ``icontains-any: a,b``, or a plain value
for ``equals``); ``__description`` names the test; ``__threshold`` and ``__metric`` apply
to the test. Other ``__`` columns are refused.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from aire.errors import ConfigError
from aire.jsonl import read_jsonl

__all__ = ["expected_to_assertion", "read_tests_file"]

_SHORTHAND_TYPES = (
    "not-icontains-any",
    "not-icontains-all",
    "not-contains-any",
    "not-contains-all",
    "icontains-any",
    "icontains-all",
    "contains-any",
    "contains-all",
    "not-icontains",
    "not-contains",
    "not-starts-with",
    "not-regex",
    "not-equals",
    "not-is-json",
    "not-levenshtein",
    "icontains",
    "contains",
    "starts-with",
    "regex",
    "equals",
    "is-json",
    "levenshtein",
    "llm-rubric",
    "factuality",
    "answer-relevance",
    "context-faithfulness",
)


def expected_to_assertion(text: str, where: str) -> dict[str, Any]:
    """promptfoo's ``__expected`` shorthand -> an assertion mapping."""
    stripped = text.strip()
    if stripped.startswith(("python:", "javascript:", "fn:", "eval:", "grade:", "file://")):
        kind = stripped.split(":", 1)[0]
        raise ConfigError(f"__expected {kind!r} assertions are not supported by aire", file=where)
    if stripped in ("is-json", "not-is-json", "is-refusal", "not-is-refusal"):
        return {"type": stripped}
    for kind in _SHORTHAND_TYPES:
        prefix = kind + ":"
        if stripped.startswith(prefix):
            return {"type": kind, "value": stripped[len(prefix) :].lstrip()}
    return {"type": "equals", "value": text}


def read_tests_file(path: Path, shown: str) -> list[dict[str, Any]]:
    """Plain test mappings from a CSV, JSONL, JSON or YAML file."""
    if not path.is_file():
        raise ConfigError(f"test file {shown} not found", file=shown)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path, shown)
    if suffix == ".jsonl":
        tests = []
        for record in read_jsonl(path):
            if not isinstance(record.value, dict):
                raise ConfigError("a test must be a JSON object", file=shown, line=record.line)
            tests.append(record.value)
        return tests
    if suffix in (".yaml", ".yml", ".json"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = [data]
        if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
            raise ConfigError("a tests file must hold a list of test mappings", file=shown)
        return data
    raise ConfigError(
        f"test file {shown}: only .csv, .jsonl, .json and .yaml are supported", file=shown
    )


def _read_csv(path: Path, shown: str) -> list[dict[str, Any]]:
    tests: list[dict[str, Any]] = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            line = reader.line_num
            where = f"{shown}:{line}"
            vars_: dict[str, Any] = {}
            asserts: list[dict[str, Any]] = []
            test: dict[str, Any] = {}
            for column, value in row.items():
                if column is None:
                    raise ConfigError("a row has more cells than the header", file=shown, line=line)
                value = value or ""
                if column.startswith("__expected"):
                    if value.strip():
                        asserts.append(expected_to_assertion(value, where))
                elif column == "__description":
                    test["description"] = value
                elif column == "__threshold":
                    if value.strip():
                        test["threshold"] = float(value)
                elif column == "__metric":
                    continue  # applied to the assertions below
                elif column.startswith("__"):
                    raise ConfigError(
                        f"CSV column {column!r} is not supported by aire", file=shown, line=1
                    )
                else:
                    vars_[column] = value
            metric = (row.get("__metric") or "").strip()
            if metric:
                for a in asserts:
                    a["metric"] = metric
            test["vars"] = vars_
            if asserts:
                test["assert"] = asserts
            tests.append(test)
    return tests
