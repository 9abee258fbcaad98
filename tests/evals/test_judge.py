"""Model-graded assertions against a scripted judge (``aire sim --mode script``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.evals.conftest import run_cli

from aire.evals.judge import PROMPTS, prompt_hash

JUDGE_RULES = [
    {
        "match": "<Rubric>\\nmentions Paris",
        "response": '{"reason": "it does", "pass": true, "score": 1}',
    },
    {
        "match": "<Rubric>\\nis written in French",
        "response": '{"reason": "English", "pass": false, "score": 0}',
    },
    {"match": "<Rubric>\\nis polite", "response": "Looks fine to me!"},
    {"match": "\\[Expert\\]: Paris", "response": "(C) The same details."},
    {"match": "\\[Expert\\]: Rome", "response": "(D) They disagree."},
    {"match": "CUSTOM GRADER", "response": '{"reason": "custom", "pass": true, "score": 0.9}'},
    {
        "match": "Rate how relevant(?s:.*)Question>\\nWhat is",
        "response": '{"reason": "on topic", "score": 0.9}',
    },
    {"match": "Rate how relevant", "response": '{"reason": "off", "score": 1.7}'},
    {"match": "Context>\\nParis is", "response": '{"reason": "ok", "supported": 2, "claims": 2}'},
    {"match": "Context>\\nRome is", "response": '{"reason": "no", "supported": 0, "claims": 2}'},
]


def test_judge_verdicts_errors_and_prompt_hashes(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    target = scripted_sim([{"match": "capital", "response": "Paris is the capital of France."}])
    judge = scripted_sim(JUDGE_RULES, models=["judge-1"])
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        f"target: {{url: '{target}', model: aire-sim}}\n"
        f"judge: {{url: '{judge}', model: judge-1}}\n"
        "prompt: 'What is the capital of France?'\ncases:\n"
        "  - {id: rubric-pass, assert: [{type: llm-rubric, value: mentions Paris}]}\n"
        "  - {id: rubric-fail, assert: [{type: llm-rubric, value: is written in French}]}\n"
        "  - {id: rubric-negated, assert: [{type: not-llm-rubric, value: is written in French}]}\n"
        "  - {id: unparseable, assert: [{type: llm-rubric, value: is polite}]}\n"
        "  - {id: fact-pass, assert: [{type: factuality, value: Paris}]}\n"
        "  - {id: fact-fail, assert: [{type: factuality, value: Rome}]}\n"
        "  - id: custom\n    assert:\n      - type: llm-rubric\n        value: anything\n"
        "        rubricPrompt: 'CUSTOM GRADER {{output}} {{rubric}}'\n"
    )
    out = tmp_path / "r.json"
    assert run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out) == 1
    results = json.loads(out.read_text())
    verdicts = {c["id"]: c["verdict"] for c in results["cases"]}
    assert verdicts == {
        "rubric-pass": "pass",
        "rubric-fail": "fail",
        "rubric-negated": "pass",
        "unparseable": "error",
        "fact-pass": "pass",
        "fact-fail": "fail",
        "custom": "pass",
    }
    recorded = results["judge"]
    assert recorded["model"] == "judge-1"
    assert recorded["params"] == {"temperature": 0}
    hashes = recorded["prompt_hashes"]
    assert hashes["llm-rubric"] == prompt_hash(PROMPTS["llm-rubric"])
    assert hashes["llm-rubric:custom"] != hashes["llm-rubric"]
    run = next(c for c in results["cases"] if c["id"] == "custom")["runs"][0]
    assert run["asserts"][0]["metadata"]["judge_prompt_hash"] == hashes["llm-rubric:custom"]


def test_relevance_and_faithfulness_from_a_promptfoo_config(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    target = scripted_sim([{"match": "capital", "response": "Paris is the capital of France."}])
    judge = scripted_sim(JUDGE_RULES, models=["judge-1"])
    cfg = tmp_path / "promptfooconfig.yaml"
    cfg.write_text(
        "prompts: ['{{query}}']\n"
        f"providers: [{{id: 'openai:chat:aire-sim', config: {{apiBaseUrl: '{target}'}}}}]\n"
        "defaultTest:\n  options:\n"
        f"    provider: {{id: 'openai:chat:judge-1', config: {{apiBaseUrl: '{judge}'}}}}\n"
        "tests:\n"
        "  - vars: {query: 'What is the capital of France?', context: 'Paris is the capital.'}\n"
        "    assert: [{type: answer-relevance}, {type: context-faithfulness}]\n"
        "  - vars: {query: 'What is the capital of France?', context: 'Rome is big.'}\n"
        "    assert: [{type: context-faithfulness}]\n"
        "  - vars: {query: 'Tell me about the capital.', context: 'Paris is.'}\n"
        "    assert: [{type: answer-relevance}]\n"
    )
    out = tmp_path / "r.json"
    assert run_cli("eval", "run", cfg, "--no-cache", "-q", "--output", out) == 1
    results = json.loads(out.read_text())
    assert [c["verdict"] for c in results["cases"]] == ["pass", "fail", "error"]
    assert results["judge"]["model"] == "judge-1"
    assert set(results["judge"]["prompt_hashes"]) == {"answer-relevance", "context-faithfulness"}


def test_graded_assertion_without_a_judge_is_an_error(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    target = scripted_sim([{"match": ".", "response": "ok"}])
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        f"target: {{url: '{target}', model: aire-sim}}\nprompt: hi\n"
        "cases: [{id: a, assert: [{type: llm-rubric, value: x}]}]\n"
    )
    out = tmp_path / "r.json"
    # refused before any call: a whole suite run only to mark every case `error` wastes it
    assert run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out) == 2
    assert not out.exists()
