"""JUnit XML validates against the Jenkins xUnit plugin's JUnit schema; the HTML report
and Markdown come from aire.report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import xmlschema
from tests.evals.conftest import run_cli

XSD = Path(__file__).parent / "fixtures" / "junit-10.xsd"


def test_junit_html_markdown_outputs(scripted_sim: Callable[..., str], tmp_path: Path) -> None:
    url = scripted_sim(
        [{"match": "capital", "response": "Paris <b>&</b> \x07bell"}],
        degradations=[{"kind": "refusal", "rate": 0.5}],
    )
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        f"name: 'out <&>'\ntarget: {{url: '{url}', model: aire-sim}}\nprompt: '{{{{q}}}}'\ncases:\n"
        "  - {id: ok, tags: [core], vars: {q: capital}, assert: [{type: contains, value: Paris}]}\n"
        "  - {id: bad, tags: [edge], vars: {q: capital}, assert: [{type: equals, value: x}]}\n"
        "  - {id: err, tags: [adversarial], vars: {q: capital},"
        " assert: [{type: contains, value: ''}]}\n"
    )
    junit, html, md = tmp_path / "r.xml", tmp_path / "r.html", tmp_path / "r.md"
    code = run_cli(
        "eval",
        "run",
        suite,
        "--repeat",
        "4",
        "--no-cache",
        "-q",
        "--junit",
        junit,
        "--html",
        html,
        "--markdown",
        md,
    )
    assert code == 1
    schema = xmlschema.XMLSchema(str(XSD))
    schema.validate(str(junit))
    doc = schema.to_dict(str(junit))
    suite_el = doc["testsuite"][0]
    assert suite_el["@tests"] == "3"
    assert suite_el["@errors"] == "1"
    page = html.read_text()
    assert "<script" not in page
    assert "out &lt;&amp;&gt;" in page
    assert "FAIL" in page
    text = md.read_text()
    assert "## Golden-set mix" in text
    assert "| err: err | error |" in text.replace("  ", " ")
