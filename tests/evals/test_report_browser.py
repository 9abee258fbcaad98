"""The HTML report opens in headless Chromium without console errors (Debian's chromium
driven by Playwright; ``.ci/run`` installs chromium when it is missing). The screenshot
is kept in pytest's temporary directory (``eval-report.png``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from tests.evals.conftest import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_html_report_has_no_console_errors(
    scripted_sim: Callable[..., str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from playwright.sync_api import sync_playwright

    keep = tmp_path_factory.mktemp("eval-report")
    url = scripted_sim(
        [{"match": "capital", "response": "Paris <script>alert(1)</script>"}],
        degradations=[{"kind": "refusal", "rate": 0.5}],
    )
    suite = keep / "suite.yaml"
    suite.write_text(
        f"name: browser\ntarget: {{url: '{url}', model: aire-sim}}\nprompt: '{{{{q}}}}'\n"
        "cases:\n"
        "  - {id: a, tags: [core], vars: {q: capital}, assert: [{type: contains, value: Paris}]}\n"
        "  - {id: b, tags: [edge], vars: {q: capital}, assert: [{type: equals, value: x}]}\n"
    )
    html = keep / "report.html"
    run_cli("eval", "run", suite, "--repeat", "10", "--no-cache", "-q", "--html", html)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(html.as_uri())
        page.wait_for_load_state("load")
        screenshot = keep / "eval-report.png"
        page.screenshot(path=str(screenshot), full_page=True)
        title = page.title()
        dialogs = page.evaluate("document.querySelectorAll('script').length")
        browser.close()
    assert problems == []
    assert title == "aire eval: browser"
    assert dialogs == 0  # the answer's <script> is text, not a script
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 5000
