"""Agent tests against a scripted simulator: a wrong tool name, wrong arguments and a
wrong tool-call order are caught."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.evals.conftest import run_cli

TOOLS = """
    tools:
      - type: function
        function:
          name: refund
          parameters:
            type: object
            required: [order_id, amount]
            properties: {order_id: {type: string}, amount: {type: number}}
      - type: function
        function:
          name: lookup_order
          parameters: {type: object, properties: {order_id: {type: string}}}
      - type: function
        function: {name: delete_account, parameters: {type: object}}
"""


def test_wrong_tool_name_arguments_and_order(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    url = scripted_sim(
        [
            {
                "match": "refund A1",
                "tool_call": {"name": "refund", "arguments": {"order_id": "A1", "amount": 5}},
            },
            {"match": "refund B2", "tool_call": {"name": "delete_account", "arguments": {}}},
            {"match": "refund C3", "tool_call": {"name": "refund", "arguments": {"order_id": 3}}},
        ]
    )
    suite = tmp_path / "agent.yaml"
    expect = "{type: tool-call, value: {name: refund, arguments: {order_id: '%s'}}}"
    suite.write_text(
        f"target: {{url: '{url}', model: aire-sim}}\nprompt: '{{{{q}}}}'\n"
        f"defaults:{TOOLS}"
        "cases:\n"
        f"  - {{id: right, vars: {{q: refund A1}}, assert: [{expect % 'A1'}, "
        "{type: is-valid-openai-tools-call}]}\n"
        f"  - {{id: wrong-name, vars: {{q: refund B2}}, assert: [{expect % 'B2'}]}}\n"
        "  - {id: wrong-args, vars: {q: refund C3},"
        " assert: [{type: is-valid-openai-tools-call}]}\n"
        "  - {id: wrong-order, vars: {q: refund A1},"
        " assert: [{type: tool-call-sequence, value: [lookup_order, refund]}]}\n"
    )
    out = tmp_path / "r.json"
    assert run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out) == 1
    cases = {c["id"]: c for c in json.loads(out.read_text())["cases"]}
    assert {k: c["verdict"] for k, c in cases.items()} == {
        "right": "pass",
        "wrong-name": "fail",
        "wrong-args": "fail",
        "wrong-order": "fail",
    }
    assert "delete_account" in cases["wrong-name"]["runs"][0]["reason"]
    assert "schema" in cases["wrong-args"]["runs"][0]["reason"]


def test_tool_call_order_over_an_agent_conversation(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    """Two scripted agents: one looks the order up before refunding, one refunds first."""
    in_order = scripted_sim(
        [
            {
                "match": "^look up",
                "tool_call": {"name": "lookup_order", "arguments": {"order_id": "A1"}},
            },
            {
                "match": "^now refund",
                "tool_call": {"name": "refund", "arguments": {"order_id": "A1", "amount": 5}},
            },
        ]
    )
    reversed_ = scripted_sim(
        [
            {
                "match": "^look up",
                "tool_call": {"name": "refund", "arguments": {"order_id": "A1", "amount": 5}},
            },
            {
                "match": "^now refund",
                "tool_call": {"name": "lookup_order", "arguments": {"order_id": "A1"}},
            },
        ]
    )
    verdicts = {}
    for name, url in (("in-order", in_order), ("reversed", reversed_)):
        suite = tmp_path / f"{name}.yaml"
        suite.write_text(
            f"target: {{url: '{url}', model: aire-sim}}\nprompt: look up order A1\n"
            f"defaults:{TOOLS}"
            "cases:\n"
            "  - id: refund-flow\n"
            "    turns: [now refund it]\n"
            "    tool_results: {lookup_order: {status: delivered, paid: 5}}\n"
            "    assert:\n"
            "      - {type: tool-call-sequence, value: [lookup_order, refund]}\n"
            "      - {type: is-valid-openai-tools-call}\n"
        )
        out = tmp_path / f"{name}.json"
        run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out)
        verdicts[name] = json.loads(out.read_text())["cases"][0]["verdict"]
    assert verdicts == {"in-order": "pass", "reversed": "fail"}
