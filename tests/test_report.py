"""aire.report: self-contained, escaped HTML and Markdown from one report model."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from aire.report import Report


def sample() -> Report:
    r = Report("eval <suite>", verdict="FAIL", meta={"suite": "golden.yaml", "seed": "7"})
    s = r.section("Cases", status="FAIL")
    s.text("Two cases failed.\n\nOne is flaky.")
    s.table(
        ["case", "verdict", "rate"], [["a|b", "fail", 0.4512], ["<script>x</script>", "pass", None]]
    )
    s.kv({"pass rate": 0.5, "n": 20})
    r.section("Charts").bars("by tag", {"core": 0.9, "edge": 0.5}, unit="%").histogram(
        "length", {"reference": [1.0, 2.0, 2.5, 3.0], "current": [2.0, 3.0, 4.0, float("nan")]}
    )
    return r


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.refs += [v or "" for k, v in attrs if k in ("src", "href")]


def test_html_is_self_contained_and_escaped() -> None:
    page = sample().html()
    parser = Tags()
    parser.feed(page)
    assert "script" not in parser.tags
    assert parser.refs == []
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert "eval &lt;suite&gt;" in page
    assert parser.tags.count("svg") == 2
    assert "table" in parser.tags
    assert 'class="badge s-fail"' in page
    assert 'class="s-pass"' in page
    assert not re.search(r"\bnan\b", page)  # a NaN never reaches the page as a number


def test_markdown_tables_escape_pipes() -> None:
    md = sample().markdown()
    assert md.startswith("# eval <suite>\n")
    assert "**Verdict: FAIL**" in md
    assert "| a\\|b | fail | 0.4512 |" in md
    assert "- core: 90.0%" in md
    assert "- current: n=4" in md
