"""Targets: OpenAI-compatible, Anthropic messages, and an HTTP app endpoint with a request
template and a response path; all against the simulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.evals.conftest import run_cli


def run(tmp_path: Path, target: str, extra_case: str = "") -> dict[str, object]:
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        f"target: {target}\nsystem: Be brief.\nprompt: 'capital of {{{{country}}}}?'\ncases:\n"
        "  - {id: fr, vars: {country: France},"
        " assert: [{type: equals, value: It is Paris.}]}\n" + extra_case
    )
    out = tmp_path / "r.json"
    code = run_cli("eval", "run", suite, "--no-cache", "-q", "--output", out)
    data = json.loads(out.read_text())
    data["exit"] = code
    return data


RULES = [{"match": "capital of France", "response": "It is Paris."}]


def test_anthropic_messages(scripted_sim: Callable[..., str], tmp_path: Path) -> None:
    url = scripted_sim(RULES)
    data = run(tmp_path, f"{{kind: anthropic, url: '{url}', model: aire-sim}}")
    assert data["exit"] == 0


def test_http_app_with_a_request_template_and_a_response_path(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    url = scripted_sim(RULES)
    target = (
        f"{{kind: http, url: '{url}/chat/completions', response_path: 'choices[0].message.content',"
        " body: {model: aire-sim, messages: [{role: user, content: '{{prompt}}'}],"
        " metadata: {country: '{{country}}'}}}"
    )
    assert run(tmp_path, target)["exit"] == 0


def test_http_error_is_an_error_result(scripted_sim: Callable[..., str], tmp_path: Path) -> None:
    url = scripted_sim(RULES)
    data = run(tmp_path, f"{{url: '{url}', model: no-such-model}}")
    assert data["exit"] == 1
    case = data["cases"][0]  # type: ignore[index]
    assert case["verdict"] == "error"
    assert "HTTP 404" in case["runs"][0]["reason"]
