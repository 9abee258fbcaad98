"""The ``aire`` command: verbs, help, version, and the exit-code contract."""

from __future__ import annotations

import re

import click
import pytest

from aire import __version__
from aire.cli import main as main_module
from aire.cli.main import VERBS, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    out = capsys.readouterr().out
    assert re.match(rf"aire {re.escape(__version__)} \(Python 3\.\d+\.\d+, \w+-\w+\)", out)
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_every_verb(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "Exit codes" in out
    for verb, (_, summary) in VERBS.items():
        assert verb in out
        assert summary in out


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_has_help(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([verb, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Usage: aire {verb}")


def test_no_verb_shows_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([])
    captured = capsys.readouterr()
    assert code in (0, 2)
    assert "Usage: aire" in captured.out + captured.err


def test_unknown_verb_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "No such command 'frobnicate'" in err
    assert "Traceback" not in err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sim", "--max-num-seqs", "many"]) == 2
    assert "'many' is not a valid integer" in capsys.readouterr().err


@pytest.fixture
def broken_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    @click.command()
    def broken() -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(VERBS, "broken", ("tests.cli.test_main:BROKEN", "A broken verb."))
    monkeypatch.setattr(main_module, "_debug", False)
    globals()["BROKEN"] = broken


def test_internal_error_exits_3_without_traceback(
    broken_verb: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["broken"]) == 3
    err = capsys.readouterr().err
    assert "internal error: ZeroDivisionError: boom" in err
    assert "aire --debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(broken_verb: None) -> None:
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "broken"])
    main_module._debug = False


def test_a_typo_is_not_offered_a_hidden_option(capsys: pytest.CaptureFixture[str]) -> None:
    # `aire sim --ttft` used to suggest `--fd`, an option for `aire up` only
    assert main(["sim", "--ttft"]) == 2
    err = capsys.readouterr().err
    assert "--ttft-ms" in err
    assert "--fd" not in err
    assert "--parent-pid" not in err
    assert main(["sim", "--parent"]) == 2
    assert "--parent-pid" not in capsys.readouterr().err
