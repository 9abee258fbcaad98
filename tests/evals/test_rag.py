"""RAG metrics on a suite that gives retrieved contexts and gold documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.evals.conftest import run_cli

from aire.evals.assertions import Answer, run_check
from aire.evals.model import AssertionSpec


def grade(kind: str, output: str, value: object = None, **variables: object) -> tuple[bool, float]:
    g = run_check(AssertionSpec(type=kind), value, Answer(output=output, vars=variables))
    assert not g.error, g.reason
    return g.passed, g.score


def test_precision_and_recall_at_k() -> None:
    v = {"retrieved": ["d1", "d7", "d2", "d9"], "gold": ["d1", "d2", "d3"]}
    assert grade("retrieval-precision", "", {"k": 2}, **v) == (True, 0.5)
    assert grade("retrieval-recall", "", 3, **v) == (False, pytest.approx(2 / 3))
    assert grade(
        "retrieval-recall", "", None, retrieved=["d3", "d2", "d1"], gold=["d1", "d2", "d3"]
    )[0]


def test_citations_groundedness_and_abstention() -> None:
    contexts = ["Refunds are issued within 30 days of purchase to the original card."]
    cited = "Refunds are issued within 30 days [1]. They go to the original card [1]."
    assert grade("citation-rate", cited)[0]
    assert not grade("citation-rate", "Refunds are issued within 30 days. Ask us [1].")[0]
    assert grade("groundedness", cited, retrieved=["d1"], contexts=contexts)[0]
    made_up = "Refunds are issued in bitcoin. Shipping to Mars is free for members."
    assert not grade("groundedness", made_up, retrieved=["d1"], contexts=contexts)[0]
    # unanswerable: abstaining passes, a confident answer (a hallucination) fails
    assert grade("rag-abstention", "I don't know; it is not in the provided documents.", gold=[])[0]
    assert not grade("rag-abstention", "The CEO's salary is $4M.", gold=[], retrieved=["d1"])[0]
    # nothing retrieved: the answer must abstain; retrieved and answerable: it must answer
    assert not grade("rag-abstention", "It is 42.", gold=["d1"], retrieved=[])[0]
    assert not grade(
        "rag-abstention", "I'm sorry, I can't help with that.", gold=["d1"], retrieved=["d1"]
    )[0]


async def rag_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """A RAG application: POST {"question"} -> {"answer", "sources"}."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    question = json.loads(body)["question"]
    if "refund" in question:
        answer = {"answer": "Refunds are issued within 30 days [d1].", "sources": ["d1", "d4"]}
    else:
        answer = {"answer": "The office opens at 9 [d2].", "sources": []}
    payload = json.dumps(answer).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def test_an_app_returning_its_contexts(tmp_path: Path) -> None:
    from aire.server import serve_in_thread

    with serve_in_thread(rag_app) as url:
        suite = tmp_path / "rag.yaml"
        suite.write_text(
            f"target: {{kind: http, url: '{url}/ask', response_path: answer,"
            " context_path: sources, body: {question: '{{prompt}}'}}\n"
            "prompt: '{{q}}'\n"
            "defaults: {assert: [{type: retrieval-recall, value: {k: 3}}, {type: rag-abstention},"
            " {type: citation-rate}]}\n"
            "cases:\n"
            "  - {id: refund, vars: {q: 'refund policy?', gold: [d1]}}\n"
            "  - {id: hours, vars: {q: 'opening hours?', gold: [d2]}}\n"
        )
        out = tmp_path / "r.json"
        assert run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out) == 1
    data = json.loads(out.read_text())
    verdicts = {c["id"]: c["verdict"] for c in data["cases"]}
    # "hours": nothing retrieved, yet it answers (and cites a source it did not get)
    assert verdicts == {"refund": "pass", "hours": "fail"}
    metrics = data["summary"]["assertions"]
    assert metrics["retrieval-recall"] == {"graded": 2, "passed": 1, "mean_score": 0.5}
    assert metrics["rag-abstention"]["passed"] == 1
