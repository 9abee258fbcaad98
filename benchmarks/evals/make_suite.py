"""Write a promptfoo suite and the ``aire sim --mode script`` rules it runs against.

    python benchmarks/evals/make_suite.py OUT_DIR --tests 600 --base-url http://127.0.0.1:PORT/v1

Every test asks one scripted question and checks the answer with one assertion type
(pass and fail values, their ``not-`` forms, edge cases of promptfoo's semantics:
comma-separated values, quoted commas, numbers, ``$`` at a newline, named groups,
schemas as objects and as YAML text, levenshtein's default threshold, latency), plus
multi-assertion tests with ``weight`` and ``threshold``. Deterministic: same N, same suite.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

ANSWERS = [
    "Paris is the capital of France.",
    '{"name": "Ada", "age": 36, "email": "ada@example.com"}',
    "The answer is 42.",
    "Hello, World!",
    "I'm sorry, but I can't help with that.",
    '{"items": [1, 2, 3], "ok": true}',
    "Line one\nLine two\nEnd.",
    "Café au lait costs €3, naïve résumé.",
    "refund: yes, within 30 days; contact support@shop.example",
    "[1, 2, 3]",
    "  padded answer  ",
    "Temperature: 21.5 C, humidity 40%",
]

SCHEMA_PERSON = {
    "type": "object",
    "required": ["name", "age"],
    "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
}
SCHEMA_STRICT = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
SCHEMA_EMAIL_YAML = (
    "type: object\nproperties:\n  email:\n    type: string\n    format: email\nrequired: [email]\n"
)


def _word(answer: str, k: int) -> str:
    words = [w.strip(".,!:;%") for w in answer.split() if len(w.strip(".,!:;%")) > 2]
    return words[k % len(words)] if words else answer.strip()[:3]


def _edit(text: str, n: int) -> str:
    chars = list(text)
    for i in range(n):
        j = (i * 7 + 3) % max(1, len(chars))
        chars[j] = "#" if chars[j] != "#" else "%"
    return "".join(chars)


def assertions_for(i: int, answer: str) -> list[dict[str, Any]]:
    """The i-th family of checks on an answer (pass and fail values alternate)."""
    w0, w1 = _word(answer, i), _word(answer, i + 1)
    families: list[list[dict[str, Any]]] = [
        [{"type": "equals", "value": answer}],
        [{"type": "equals", "value": answer + "!"}],
        [{"type": "not-equals", "value": answer.strip()}],
        [{"type": "contains", "value": w0}],
        [{"type": "contains", "value": w0.upper() + "zz"}],
        [{"type": "not-contains", "value": w1}],
        [{"type": "icontains", "value": w0.upper()}],
        [{"type": "not-icontains", "value": "absent-word"}],
        [{"type": "contains-any", "value": f"nothing, {w0}"}],
        [{"type": "contains-any", "value": ["nope", "zilch"]}],
        [{"type": "not-contains-any", "value": [w1, "zilch"]}],
        [{"type": "contains-all", "value": [w0, w1]}],
        [{"type": "contains-all", "value": f"{w0}, missing-thing"}],
        [{"type": "not-contains-all", "value": [w0, "missing-thing"]}],
        [{"type": "icontains-any", "value": f"{w0.upper()}, NOPE"}],
        [{"type": "icontains-any", "value": '"Hello, World", other'}],
        [{"type": "not-icontains-any", "value": "ZILCH, NADA"}],
        [{"type": "regex", "value": r"^[A-Z]"}],
        [{"type": "regex", "value": r"\d+"}],
        [{"type": "regex", "value": r"two$"}],
        [{"type": "regex", "value": r"(?<first>\w+) (?<second>\w+)"}],
        [{"type": "not-regex", "value": r"\.$"}],
        [{"type": "starts-with", "value": answer[:5]}],
        [{"type": "starts-with", "value": answer[1:6] or "x"}],
        [{"type": "not-starts-with", "value": "{"}],
        [{"type": "is-json"}],
        [{"type": "not-is-json"}],
        [{"type": "is-json", "value": SCHEMA_PERSON}],
        [{"type": "is-json", "value": SCHEMA_STRICT}],
        [{"type": "is-json", "value": SCHEMA_EMAIL_YAML}],
        [{"type": "not-is-json", "value": SCHEMA_PERSON}],
        [{"type": "levenshtein", "value": _edit(answer, 3)}],
        [{"type": "levenshtein", "value": _edit(answer, 8)}],
        [{"type": "levenshtein", "value": _edit(answer, 8), "threshold": 10}],
        [{"type": "not-levenshtein", "value": _edit(answer, 2), "threshold": 1}],
        [{"type": "latency", "threshold": 30000}],
        [{"type": "latency", "threshold": 0}],
        [{"type": "not-latency", "threshold": 0}],
        [{"type": "contains", "value": 42}],
        [
            {"type": "contains", "value": w0, "weight": 2},
            {"type": "contains", "value": "absent-thing", "weight": 1},
        ],
        [
            {"type": "icontains", "value": w0},
            {"type": "equals", "value": "no"},
            {"type": "starts-with", "value": answer[:2]},
        ],
    ]
    return families[i % len(families)]


def build(n_tests: int, base_url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rules = [{"match": f"^question-{k:02d}$", "response": a} for k, a in enumerate(ANSWERS)]
    tests = []
    for i in range(n_tests):
        k = (i * 5 + i // 41) % len(ANSWERS)
        asserts = assertions_for(i, ANSWERS[k])
        test: dict[str, Any] = {
            "description": f"t{i}",
            "vars": {"question": f"question-{k:02d}"},
            "assert": asserts,
        }
        if len(asserts) == 2:
            test["threshold"] = 0.6
        tests.append(test)
    config = {
        "description": "aire parity suite",
        "prompts": ["{{question}}"],
        "providers": [
            {
                "id": "openai:chat:aire-sim",
                "config": {"apiBaseUrl": base_url, "apiKey": "sk-parity", "temperature": 0},
            }
        ],
        "tests": tests,
    }
    return config, rules


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--tests", type=int, default=600)
    ap.add_argument("--base-url", default="http://127.0.0.1:9/v1")
    args = ap.parse_args()
    config, rules = build(args.tests, args.base_url)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "promptfooconfig.yaml").write_text(
        yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
    )
    (args.out / "script.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rules))


if __name__ == "__main__":
    main()
