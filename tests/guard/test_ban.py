from collections.abc import Callable

import pytest

from aire.config.guard import ScannerSpec
from aire.errors import ConfigError
from aire.guard.policy import build_pipeline
from aire.guard.scanner import Scanner
from aire.guard.types import ScanContext


def test_ban_substrings_whole_words(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("ban_substrings", substrings=["Project X", "ass"])
    assert scanner.scan("a class about project x", ScanContext()).findings[0].kind == (
        "banned_substring"
    )
    assert scanner.scan("a class about bass", ScanContext()).valid


def test_ban_regex_names_its_kinds(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("ban_regex", patterns={"ticket": r"\bJIRA-\d+\b"})
    res = scanner.scan("see JIRA-123", ScanContext())
    assert [f.kind for f in res.findings] == ["ticket"]


def test_bad_regex_fails_at_start() -> None:
    spec = ScannerSpec(scanner="ban_regex", params={"patterns": {"x": "("}})
    with pytest.raises(ConfigError, match="not a valid regex"):
        build_pipeline((spec,), "input")


def test_ban_topics_needs_several_keywords(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner(
        "ban_topics", topics={"weapons": ["gun", "rifle", "ammunition"]}, min_hits=2
    )
    assert scanner.scan("a gun emoji", ScanContext()).valid
    res = scanner.scan("where to buy guns and ammunition", ScanContext())
    assert {f.kind for f in res.findings} == {"topic:weapons"}


def test_token_limit_truncates(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("token_limit", max_tokens=5)
    assert scanner.scan("short", ScanContext()).valid
    res = scanner.scan("one two three four five six seven", ScanContext())
    assert not res.valid
    assert res.sanitized == "one two three four five"
