"""Script mode rules: loading (JSONL and YAML, errors with file:line) and matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.errors import ConfigError
from aire.sim.script import load_script


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_yaml_list_and_mapping_forms(tmp_path: Path) -> None:
    listed = load_script(write(tmp_path, "a.yaml", "- match: hi\n  response: hello\n"))
    mapped = load_script(write(tmp_path, "b.yml", "rules:\n  - match: hi\n    response: hello\n"))
    for script in (listed, mapped):
        found = script.match("oh hi there", "m")
        assert found is not None
        assert found.text == "hello"
        assert script.match("xyz", "m") is None


def test_first_matching_rule_wins_and_models_filter(tmp_path: Path) -> None:
    script = load_script(
        write(
            tmp_path,
            "r.yaml",
            "- {match: x, response: only-b, models: [b]}\n"
            "- {match: x, response: first}\n"
            "- {match: x, response: second}\n",
        )
    )
    assert script.match("x", "a").text == "first"  # type: ignore[union-attr]
    assert script.match("x", "b").text == "only-b"  # type: ignore[union-attr]


def test_expand_json_and_tool_call(tmp_path: Path) -> None:
    script = load_script(
        write(
            tmp_path,
            "r.jsonl",
            '{"match": "name is (\\\\w+)", "response": "Hi \\\\1", "expand": true}\n'
            "\n"
            '{"match": "data", "json": [1, {"a": null}]}\n'
            '{"match": "call", "tool_call": {"name": "f", "arguments": {"x": 1}}}\n',
        )
    )
    assert script.match("my name is Ada", "m").text == "Hi Ada"  # type: ignore[union-attr]
    assert script.match("data", "m").text == '[1,{"a":null}]'  # type: ignore[union-attr]
    call = script.match("call", "m")
    assert call is not None
    assert call.tool_call is not None
    assert (call.tool_call.name, call.tool_call.arguments, call.finish_reason) == (
        "f",
        {"x": 1},
        "tool_calls",
    )


@pytest.mark.parametrize(
    ("name", "text", "where", "words"),
    [
        ("bad.jsonl", '{"match": "a", "response": "b"}\n{oops\n', "bad.jsonl:2", "not valid JSON"),
        ("re.yaml", "- match: ok\n  response: x\n- match: '(unclosed'\n  response: y\n",
         "re.yaml:3", "regular expression"),
        ("two.yaml", "- match: a\n  response: x\n  json: 1\n", "two.yaml:1", "exactly one of"),
        ("typo.yaml", "- match: a\n  respons: x\n", "typo.yaml:2", "did you mean 'response'"),
        ("empty.yaml", "rules: []\n", "empty.yaml", "no rules"),
        ("yaml.yaml", "- match: [a\n", "yaml.yaml:", "invalid YAML"),
    ],
)  # fmt: skip
def test_errors_name_file_and_line(
    tmp_path: Path, name: str, text: str, where: str, words: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_script(write(tmp_path, name, text))
    shown = info.value.show()
    assert where in shown
    assert words in shown


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_script(tmp_path / "nope.yaml")
    assert "cannot read script file" in info.value.show()


def test_bad_backreference_is_a_config_error(tmp_path: Path) -> None:
    script = load_script(
        write(tmp_path, "r.yaml", "- {match: hi, response: 'x \\2', expand: true}\n")
    )
    with pytest.raises(ConfigError):
        script.match("hi", "m")
