"""`aire serve -c FILE --check` on broken files: exit 2, file:line, field path, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.cli.main import main

DEP = '{url: "http://127.0.0.1:9/v1", model: m}'

# (file text, expected "file:line" suffix or None, words the message must contain)
CASES: dict[str, tuple[str, str | None, list[str]]] = {
    "tabs": ("gateway:\n\tport: 1\n", ":2", ["invalid YAML"]),
    "unclosed": ("gateway:\n  models: [a, b\n", ":3", ["invalid YAML"]),
    "empty": ("", None, ["the file is empty"]),
    "no models": ("gateway:\n  port: 8080\n", None, ["no models"]),
    "unknown section": ("gatewy:\n  port: 1\n", ":1", ["gatewy", "did you mean 'gateway'"]),
    "unknown deep field": (
        f"gateway:\n  models:\n    chat:\n      deployments:\n        - {DEP[:-1]}, wieght: 2}}\n",
        ":5",
        ["gateway.models.chat.deployments[0].wieght", "did you mean 'weight'"],
    ),
    "credentials in the url": (
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        '        - {url: "http://user:secret@127.0.0.1:9/v1", model: m}\n',
        ":5",
        ["deployments[0].url: credentials in the URL are not sent"],  # no "value error,"
    ),
    "wrong type": ("gateway:\n  port: abc\n", ":2", ["gateway.port", "integer"]),
    "unset env": (
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        '        - {url: "${AIRE_TEST_SURELY_UNSET}", model: m}\n',
        ":5",
        ["AIRE_TEST_SURELY_UNSET is not set"],
    ),
    "duplicate alias": (
        f"gateway:\n  models:\n    chat:\n      deployments: [{DEP}]\n"
        f"    chat:\n      deployments: [{DEP}]\n",
        ":5",
        ["gateway.models.chat", "duplicate key 'chat'"],
    ),
    "unknown fallback": (
        f"gateway:\n  models:\n    chat:\n      deployments: [{DEP}]\n      fallbacks: [ghost]\n",
        ":5",
        ["gateway.models.chat.fallbacks[0]", "unknown alias 'ghost'"],
    ),
    "self context fallback": (
        f"gateway:\n  models:\n    chat:\n      deployments: [{DEP}]\n"
        "      context_fallback: chat\n",
        ":5",
        ["gateway.models.chat.context_fallback", "falls back to itself"],
    ),
    "negative timeout": (
        "gateway:\n  timeouts:\n    connect_ms: -5\n"
        f"  models:\n    a:\n      deployments: [{DEP}]\n",
        ":3",
        ["gateway.timeouts.connect_ms", "greater than 0"],
    ),
    "all weights 0": (
        "gateway:\n  models:\n    a:\n      deployments:\n"
        f"        - {DEP[:-1]}, weight: 0}}\n        - {DEP[:-1]}, weight: 0}}\n",
        ":5",
        ["gateway.models.a.deployments[0].weight", "greater than 0"],
    ),
    "guard scanner params": (
        f"gateway:\n  guard_policy: p\n  models:\n    a:\n      deployments: [{DEP}]\n"
        "guard:\n  default_policy: p\n  policies:\n    p:\n      input:\n"
        "        - {scanner: prompt_injection, params: {bogus: 1}}\n",
        ":11",
        ["guard.policies.p.input[0].params.bogus", "unknown field"],
    ),
    "unknown guard scanner": (
        f"gateway:\n  guard_policy: p\n  models:\n    a:\n      deployments: [{DEP}]\n"
        "guard:\n  default_policy: p\n  policies:\n    p:\n      input: [nosuchscanner]\n",
        ":10",
        ["guard.policies.p.input[0]", "nosuchscanner"],
    ),
    "unknown guard policy of an alias": (
        f"gateway:\n  models:\n    a:\n      guard: strictt\n      deployments: [{DEP}]\n"
        "guard:\n  default_policy: strict\n  policies:\n    strict: {}\n",
        ":4",
        ["gateway.models.a.guard", "'strictt' is not defined", "known: strict"],
    ),
    "no default guard policy": (
        f"gateway:\n  models:\n    a:\n      deployments: [{DEP}]\n"
        "guard:\n  policies:\n    strict: {}\n",
        ":5",
        ["guard.default_policy", "default_policy 'default' is not a policy (known: strict)"],
    ),
    "unknown guard_policy": (
        f"gateway:\n  models:\n    a:\n      deployments: [{DEP}]\n  guard_policy: nope\n",
        ":5",
        ["gateway.guard_policy", "'nope' is not defined"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_config_mistakes_exit_2_with_file_line_and_field(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, where, words = CASES[case]
    path = tmp_path / "aire.yaml"
    path.write_text(text)
    assert main(["serve", "-c", str(path), "--check"]) == 2
    out = capsys.readouterr()
    assert "config ok" not in out.out
    assert "Traceback" not in out.err
    first = out.err.splitlines()[0]
    assert first.startswith("config error: ")
    if where is not None:
        assert f"aire.yaml{where}: " in first, first
    for word in words:
        assert word in first, first


def test_missing_file_and_directory_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "-c", str(tmp_path / "nope.yaml"), "--check"]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["serve", "-c", str(tmp_path), "--check"]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_mutual_fallbacks_are_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a -> b -> a is a useful pattern; each alias is tried at most once per request
    path = tmp_path / "aire.yaml"
    path.write_text(
        f"gateway:\n  models:\n    a:\n      deployments: [{DEP}]\n      fallbacks: [b]\n"
        f"    b:\n      deployments: [{DEP}]\n      fallbacks: [a]\n"
    )
    assert main(["serve", "-c", str(path), "--check"]) == 0
    assert "config ok" in capsys.readouterr().out
