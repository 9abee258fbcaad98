"""Reading config YAML safely: aliases bounded before expansion, cycles, depth, duplicate
keys with both lines, finite numbers only; every bad file exits 2 through the real CLI."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import aire.config
import aire.guard.scanners
from aire.cli.main import main
from aire.config.base import Model
from aire.config.sim import SimConfig
from aire.config.yaml_source import MAX_DEPTH, parse_yaml, read_config_text
from aire.errors import ConfigError

# The classic "billion laughs": 9 levels of 9 aliases, 9^9 (387 million) strings expanded.
BOMB = (
    "\n".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [
            f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        ]
    )
    + "\n"
)


def refused(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_yaml(text, source="f.yaml")
    return info.value


def test_the_billion_laughs_is_refused_at_the_alias_before_expanding() -> None:
    assert len(BOMB.encode()) < 420
    error = refused(BOMB)
    # refused while composing (level e adds 9 x 7,381 nodes of 3 characters): had it
    # expanded, the walk would build 387 million strings and pytest's timeout would fire
    assert error.line == 6
    assert "aliases expand the document past 1,000,000 values and characters" in error.message


def test_a_bomb_of_long_strings_is_bounded_by_characters_too() -> None:
    text = f"s: &s {'x' * 200_000}\nl: [*s, *s, *s, *s, *s, *s]\n"
    assert refused(text).line == 2


def test_reasonable_aliases_and_merges_still_work() -> None:
    text = "defaults: &d {kind: drop, rate: 0.5, after_tokens: 2}\nsim:\n  faults:\n" + "".join(
        f"    - {{<<: *d, after_tokens: {i}}}\n" for i in range(200)
    )
    data, _ = parse_yaml(text)
    faults = SimConfig.model_validate(data["sim"]).faults
    assert [f.after_tokens for f in faults] == list(range(200))
    assert {f.rate for f in faults} == {0.5}


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: &a [*a]\n", 1), ("a: &a\n  b:\n    c: *a\n", 3), ("a: &a {x: [1, {y: *a}]}\n", 1),
     ("? &k [*k]\n: 1\n", 1)],
)  # fmt: skip
def test_an_alias_inside_its_own_anchor_is_a_cycle(text: str, line: int) -> None:
    error = refused(text)
    assert "is inside its own anchor (a cycle)" in error.message
    assert error.line == line
    assert error.exit_code == 2


def test_deep_nesting_is_refused_plain_and_through_aliases() -> None:
    assert "nested deeper than 100 levels" in refused("x: " + "[" * 5000 + "]" * 5000).message
    parse_yaml("x: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1))  # at the limit: fine
    # each anchor 60 deep wraps the one before: 60 + 60 > 100 once expanded
    deep = "[" * 59 + "1" + "]" * 59
    chained = f"a: &a {deep}\nb: &b {deep.replace('1', '*a')}\n"
    error = refused(chained)
    assert "nested deeper than 100 levels (through aliases)" in error.message
    assert error.line == 2


def test_duplicate_keys_name_both_lines() -> None:
    error = refused("sim:\n  port: 1\n  ttft_ms: 2\n  port: 3\n")
    assert (error.line, error.path) == (4, "sim.port")
    assert error.message == "duplicate key 'port' (first on line 2)"


def test_merge_keys_are_overridden_not_duplicates() -> None:
    text = (
        "base: &base {a: 1, b: 1}\n"
        "more: &more {b: 2, c: 2}\n"
        "x: &x {<<: [*base, *more], c: 3}\n"  # earlier merges win; own keys win over all
        "y: *x\n"  # walking x a second time must not see its merged keys as duplicates
        "z: {<<: *x, a: 9}\n"
    )
    data, _ = parse_yaml(text)
    assert data["x"] == data["y"] == {"a": 1, "b": 1, "c": 3}
    assert data["z"] == {"a": 9, "b": 1, "c": 3}
    assert "a merge (<<) takes a mapping" in refused("a: {<<: [1, 2]}\n").message


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", ".NaN", "+.Inf", "1.0e+999"])
def test_only_finite_numbers_anywhere(value: str) -> None:
    # also where the model takes any value (scanner params, script rules' json)
    error = refused(f"guard:\n  policies:\n    p:\n      input:\n"
                    f"        - {{scanner: x, params: {{threshold: {value}}}}}\n")  # fmt: skip
    assert error.line == 5
    assert error.path == "guard.policies.p.input[0].params.threshold"
    assert "only finite numbers" in error.message


def test_integers_beyond_64_bits_and_beyond_pythons_digit_limit() -> None:
    assert refused("sim:\n  seed: " + "9" * 30 + "\n").message == (
        "integer too large (30 digits; 64 bits at most)"
    )
    assert (
        refused("sim:\n  port: " + "9" * 5000 + "\n").message == "integer too large (5000 digits)"
    )
    assert parse_yaml(f"x: {2**63 - 1}\n")[0] == {"x": 2**63 - 1}
    assert refused("x: 2024-13-45\n").message == "not a valid value: month must be in 1..12"


def test_control_characters_and_bad_bytes(tmp_path: Path) -> None:
    error = refused("sim:\n  host: a\x00b\n")
    assert (error.line, error.message) == (
        2,
        "invalid YAML: control character U+0000 is not allowed",
    )
    path = tmp_path / "a.yaml"
    path.write_bytes(b"sim:\n  host: ok\n  model: caf\xe9\n")
    with pytest.raises(ConfigError) as info:
        read_config_text(path)
    assert info.value.show() == f"config error: {path}:3: not UTF-8 text (byte 0xe9 at column 13)"


def test_an_endless_file_is_not_read_forever() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(ConfigError, match="larger than 16 MB"):
        read_config_text("/dev/zero")


def _model_classes() -> list[type[Model]]:
    for package in (aire.config, aire.guard.scanners):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    importlib.import_module("aire.sim.script")
    found: list[type[Model]] = []
    todo: list[type[Model]] = [Model]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_config_model_refuses_non_finite_floats() -> None:
    # values that do not come from YAML (flags, the sim's admin API) meet the models only
    classes = _model_classes()
    assert len(classes) > 20
    for cls in classes:
        assert cls.model_config.get("allow_inf_nan") is False, cls
    with pytest.raises(ValueError, match="finite number"):
        SimConfig.model_validate({"ttft_ms": float("inf")})


# Every bad file through the real CLI: exit 2, "config error: FILE[:LINE]: ...", no traceback.
DEP = '{url: "http://127.0.0.1:9/v1", model: m}'
BAD_FILES: dict[str, tuple[bytes, str | None, str]] = {
    "binary garbage": (bytes(range(128, 256)) * 3, ":1", "not UTF-8 text (byte 0x80"),
    "non-UTF-8": ("sim:\n  host: café\n".encode("latin-1"), ":2", "not UTF-8 text"),
    "NUL byte": (b"sim:\n  host: a\x00\n", ":2", "control character U+0000"),
    "top-level list": (b"- a\n- b\n", ":1", "the top level must be a mapping"),
    "top-level scalar": (b"just words\n", ":1", "the top level must be a mapping"),
    "tabs": (b"sim:\n\tport: 1\n", ":2", "invalid YAML"),
    "huge int": (b"sim:\n  port: " + b"9" * 5000 + b"\n", ":2", "integer too large"),
    "deep nesting": (b"sim:\n  models: " + b"[" * 3000 + b"]" * 3000, ":2", "nested deeper"),
    "empty": (b"", None, "the file is empty"),
    "only comments": (b"# nothing\n", None, "the file is empty"),
    "billion laughs": (BOMB.encode(), ":6", "aliases expand the document past"),
    "self alias": (b"a: &a [*a]\n", ":1", "a cycle"),
    "inf": (b"sim:\n  ttft_ms: .inf\n", ":2", "sim.ttft_ms: only finite numbers, not .inf"),
    "nan": (b"gateway:\n  shutdown_grace_s: .nan\n", ":2", "only finite numbers, not .nan"),
    "duplicate key": (b"sim:\n  port: 1\nsim:\n  port: 2\n", ":3",
                      "duplicate key 'sim' (first on line 1)"),
    "undefined alias": (b"sim: *nope\n", ":1", "invalid YAML: found undefined alias"),
    "two documents": (b"sim: {}\n---\nsim: {}\n", ":2",
                      "invalid YAML: expected a single document in the stream, but found another"),
}  # fmt: skip


@pytest.mark.parametrize("verb", [["serve", "--check", "-c"], ["sim", "--print-config", "-c"]])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_every_bad_file_exits_2_naming_file_and_line(
    case: str, verb: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, where, words = BAD_FILES[case]
    path = tmp_path / "aire.yaml"
    path.write_bytes(data)
    assert main([*verb, str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "Traceback" not in out.err
    assert "internal error" not in out.err
    first = out.err.splitlines()[0]
    assert first.startswith(f"config error: {path}{where or ''}: "), first
    assert words in first, first
