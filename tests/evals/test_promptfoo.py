"""aire runs a promptfoo config unchanged and gets promptfoo 0.123.1's verdicts.

``fixtures/promptfoo/verdicts.json`` was recorded by running promptfoo itself on the same
config against the same scripted simulator (``benchmarks/evals/parity.py
--record-fixture``); every test's pass/fail must match. The suite covers equals, contains,
icontains, contains-any/all, icontains-any, regex, starts-with, is-json (with schemas),
levenshtein, latency, their not- forms, weights and thresholds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.evals.conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "promptfoo"


def test_verdicts_match_promptfoo(scripted_sim: Callable[..., str], tmp_path: Path) -> None:
    rules = [json.loads(line) for line in (FIXTURE / "script.jsonl").read_text().splitlines()]
    url = scripted_sim(rules)
    out = tmp_path / "aire.json"
    code = run_cli(
        "eval",
        "run",
        FIXTURE / "promptfooconfig.yaml",
        "--target",
        url,
        "--no-cache",
        "-q",
        "--output",
        out,
    )
    recorded = json.loads((FIXTURE / "verdicts.json").read_text())
    results = json.loads(out.read_text())
    ours = {str(c["test_index"]): c["verdict"] == "pass" for c in results["cases"]}
    assert len(ours) == recorded["tests"] == 84
    differ = {i: (v, ours[i]) for i, v in recorded["verdicts"].items() if ours[i] != v}
    assert differ == {}
    assert code == 1  # the suite has failing tests on purpose (promptfoo exits 100)
    types = {a["type"] for c in results["cases"] for r in c["runs"] for a in r["asserts"]}
    for kind in (
        "equals",
        "contains",
        "icontains",
        "contains-any",
        "contains-all",
        "icontains-any",
        "regex",
        "starts-with",
        "is-json",
        "levenshtein",
        "latency",
    ):
        assert kind in types
        assert f"not-{kind}" in types


@pytest.mark.parametrize(
    ("snippet", "field"),
    [
        ("scenarios: []\n", "scenarios"),
        ("extensions: []\n", "extensions"),
        (
            "tests:\n  - vars: {q: a}\n    assert:\n      - type: javascript\n"
            "        value: 'true'\n",
            "javascript",
        ),
        (
            "tests:\n  - vars: {q: a}\n    assert:\n      - type: contains\n"
            "        value: a\n        transform: output.trim()\n",
            "transform",
        ),
        ("tests:\n  - vars: {q: a}\n    provider: openai:chat:x\n", "provider"),
    ],
)
def test_unsupported_promptfoo_fields_exit_2_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], snippet: str, field: str
) -> None:
    cfg = tmp_path / "promptfooconfig.yaml"
    cfg.write_text("prompts: ['{{q}}']\nproviders: [openai:chat:m]\n" + snippet)
    assert run_cli("eval", "run", cfg, "--no-cache") == 2
    err = capsys.readouterr().err
    assert field in err
    assert "not supported" in err
    assert str(cfg) in err


def test_template_filters_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "promptfooconfig.yaml"
    cfg.write_text(
        "prompts: ['{{ q | upper }}']\nproviders: [openai:chat:m]\ntests: [{vars: {q: a}}]\n"
    )
    assert run_cli("eval", "run", cfg) == 2
    assert "q | upper" in capsys.readouterr().err


def test_csv_tests_defaults_and_var_expansion(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    url = scripted_sim(
        [{"match": "(?i)capital of (\\w+)", "response": "It is \\1.", "expand": True}]
    )
    (tmp_path / "tests.csv").write_text(
        "country,__expected,__description\nFrance,contains: France,fr\nSpain,icontains: madrid,es\n"
    )
    cfg = tmp_path / "promptfooconfig.yaml"
    cfg.write_text(
        "prompts: ['What is the capital of {{country}}?']\n"
        f"providers: [{{id: 'openai:chat:aire-sim', config: {{apiBaseUrl: '{url}'}}}}]\n"
        "defaultTest: {assert: [{type: starts-with, value: 'It is'}]}\n"
        "tests:\n  - file://tests.csv\n  - vars: {country: [Italy, Peru]}\n"
        "    assert: [{type: contains, value: '{{country}}'}]\n"
    )
    out = tmp_path / "r.json"
    assert run_cli("eval", "run", cfg, "--no-cache", "-q", "--output", out) == 1
    cases = json.loads(out.read_text())["cases"]
    assert [(c["vars"]["country"], c["verdict"]) for c in cases] == [
        ("France", "pass"),
        ("Spain", "fail"),
        ("Italy", "pass"),
        ("Peru", "pass"),
    ]


@pytest.mark.parametrize(
    ("snippet", "where"),
    [
        ("evaluateOptions: {repeat: many}\n", "evaluateOptions.repeat"),
        ("tests: [{vars: {q: a}, threshold: high}]\n", "tests[0].threshold"),
        ("tests: [{vars: {q: a}, assert: [{type: contains, weight: x}]}]\n", "weight"),
        ("tests: [{vars: {q: a}, assert: [{type: similar, value: a}]}]\n", "similar"),
    ],
)
def test_bad_values_exit_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], snippet: str, where: str
) -> None:
    cfg = tmp_path / "promptfooconfig.yaml"
    cfg.write_text("prompts: ['{{q}}']\nproviders: [openai:chat:m]\n" + snippet)
    assert run_cli("eval", "run", cfg) == 2
    assert where in capsys.readouterr().err
