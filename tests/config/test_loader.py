"""The YAML loader: file:line and field path on every error, env substitution, suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config import format_loc, load_config, parse_yaml, validate_config
from aire.config.gateway import GatewayConfig
from aire.config.loader import LineMap, load_section, read_document
from aire.config.root import AireConfig
from aire.config.sim import SimConfig
from aire.errors import ConfigError


def write(tmp_path: Path, text: str, name: str = "aire.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def error_of(tmp_path: Path, text: str, **env: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text), SimConfig, section="sim", env=env)
    assert info.value.exit_code == 2
    return info.value.show()


def test_valid_file_with_defaults(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, "sim:\n  ttft_ms: 12\n  faults:\n    - {kind: drop, rate: 0.1}\n"),
        SimConfig,
        section="sim",
    )
    assert config.ttft_ms == 12.0
    assert config.faults[0].kind == "drop"
    assert config.itl_ms == SimConfig().itl_ms


def test_no_file_means_defaults() -> None:
    assert load_config(None, SimConfig) == SimConfig()


def test_whole_file_model(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "sim:\n  port: 9000\n"), AireConfig)
    assert config.sim.port == 9000


def test_unknown_field_suggests_the_closest(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  ttft_ms: 1\n  ttft: 3\n")
    assert shown == (
        f"config error: {tmp_path / 'aire.yaml'}:3: sim.ttft: "
        "unknown field 'ttft' (did you mean 'ttft_ms'?)"
    )


def test_unknown_field_without_a_close_match_lists_known(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  faults:\n    - kind: drop\n      zzz: 1\n")
    assert ":4: sim.faults[0].zzz: unknown field 'zzz' (known: after_tokens, kind," in shown


def test_bad_value_names_line_and_nested_path(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  faults:\n    - kind: drop\n      rate: 7\n")
    assert ":4: sim.faults[0].rate: input should be less than or equal to 1" in shown


def test_missing_required_field(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  faults:\n    - rate: 0.5\n")
    assert ":3: sim.faults[0].kind: required field is missing" in shown


def test_several_problems_are_all_listed(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  ttft_ms: -1\n  itl_ms: -2\n")
    assert "sim.ttft_ms" in shown
    assert "1 more problem(s)" in shown
    assert ":3: sim.itl_ms" in shown


def test_model_level_rule_points_at_the_section(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  mode: script\n")
    assert "needs a script file" in shown


def test_env_substitution(tmp_path: Path) -> None:
    text = (
        "sim:\n"
        "  host: ${HOST}\n"
        "  port: ${PORT:-8123}\n"
        "  models: ['${NAME:-def}-x', 'cost $${literal}']\n"
    )
    config = load_config(
        write(tmp_path, text), SimConfig, section="sim", env={"HOST": "0.0.0.0", "NAME": "n"}
    )
    assert config.host == "0.0.0.0"
    assert config.port == 8123  # the default, then validated as an int
    assert config.models == ("n-x", "cost ${literal}")


def test_missing_env_variable(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  seed: 1\n  host: ${NOPE_HOST}\n")
    assert ":3: sim.host: environment variable NOPE_HOST is not set" in shown
    assert "${NOPE_HOST:-default}" in shown


def test_env_default_can_be_empty(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, "sim:\n  host: '${X:-}127.0.0.1'\n"), SimConfig, section="sim", env={}
    )
    assert config.host == "127.0.0.1"


def test_duplicate_keys(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  port: 1\n  ttft_ms: 2\n  port: 3\n")
    assert ":4: sim.port: duplicate key 'port' (first on line 2)" in shown


def test_yaml_syntax_error(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  port: 1\n   bad: [\n")
    assert shown.startswith(f"config error: {tmp_path / 'aire.yaml'}:3: invalid YAML")


def test_non_scalar_key(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "sim:\n  ? [a, b]\n  : 1\n")
    assert "mapping keys must be plain scalars" in shown


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "- a\n- b\n")
    assert "the top level must be a mapping" in shown


def test_empty_file_is_an_error_and_empty_section_means_defaults(tmp_path: Path) -> None:
    # a config file given on purpose that holds nothing is most likely the wrong file
    for text in ("", "# only a comment\n", "---\n"):
        with pytest.raises(ConfigError, match="the file is empty"):
            load_config(write(tmp_path, text), SimConfig, section="sim")
        with pytest.raises(ConfigError, match="the file is empty"):
            load_section(write(tmp_path, text), "sim", SimConfig)
    assert load_config(write(tmp_path, "sim:\n"), SimConfig, section="sim") == SimConfig()


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "missing.yaml", SimConfig)
    with pytest.raises(ConfigError, match="directory"):
        load_config(tmp_path, SimConfig)
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"sim:\n  host: \xff\n")
    with pytest.raises(ConfigError) as info:
        load_config(bad, SimConfig)
    assert info.value.show() == f"config error: {bad}:2: not UTF-8 text (byte 0xff at column 9)"


def test_anchors_and_merge_keys(tmp_path: Path) -> None:
    text = (
        "base: &base {kind: drop, rate: 0.5}\n"
        "sim:\n"
        "  faults:\n"
        "    - <<: *base\n"
        "      after_tokens: 3\n"
    )
    data, _ = parse_yaml(text)
    config = validate_config(SimConfig, data["sim"])
    assert config.faults[0].rate == 0.5
    assert config.faults[0].after_tokens == 3


def test_config_is_frozen() -> None:
    from pydantic import ValidationError

    config = SimConfig()
    with pytest.raises(ValidationError):
        config.port = 1  # type: ignore[misc]


def test_format_loc_and_line_map() -> None:
    assert format_loc(("sim", "faults", 0, "rate")) == "sim.faults[0].rate"
    assert format_loc(()) == ""
    lines = LineMap()
    lines.record(("sim",), 1)
    lines.record(("sim", "faults"), 2)
    assert lines.line_for(("sim", "faults", 0, "rate")) == 2
    assert lines.line_for(("other",)) is None
    assert lines.prefixed(("root",)).line_for(("root", "sim")) == 1


def test_validate_without_lines_names_the_source() -> None:
    with pytest.raises(ConfigError) as info:
        validate_config(SimConfig, {"port": "x"}, source="command line")
    assert info.value.show().startswith("config error: command line: port: ")


def test_a_bad_flag_is_blamed_on_the_command_line_not_the_file(tmp_path: Path) -> None:
    # `aire serve -c FILE --port 99999` used to say "FILE:14: gateway.port", the line of
    # the file's valid port
    path = write(tmp_path, "sim:\n  port: 8000\n  ttft: 3\n")
    with pytest.raises(ConfigError) as info:
        load_section(path, "sim", SimConfig, {"port": 99999, "itl_ms": None})
    first, _, rest = info.value.show().partition("\n")
    assert (
        first == f"config error: {path}:3: sim.ttft: unknown field 'ttft' (did you mean 'ttft_ms'?)"
    )
    assert "command line: sim.port: input should be less than or equal to 65535" in rest
    assert ":2:" not in rest


def test_an_upper_case_word_keeps_its_case(tmp_path: Path) -> None:
    from aire.config.gateway import GatewayConfig

    path = write(
        tmp_path,
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        "        - {url: 'localhost:8000', model: m}\n",
    )
    with pytest.raises(ConfigError) as info:
        load_section(path, "gateway", GatewayConfig)
    assert info.value.message.startswith("URL scheme should be"), info.value.message


def test_show_loc_names_fields_as_the_file_does() -> None:
    # a translated file (LiteLLM's) has its own names for aire's fields
    with pytest.raises(ConfigError) as info:
        validate_config(
            SimConfig,
            {"ttft_ms": -1},
            source="f.yaml",
            prefix=("sim",),
            show_loc=lambda loc: "their." + ".".join(map(str, loc)),
        )
    assert info.value.path == "their.sim.ttft_ms"


def test_read_document_of_no_file_is_empty() -> None:
    from aire.config.loader import read_document

    document = read_document(None)
    assert document.section("sim", SimConfig) == SimConfig()
    assert document.warnings() == []


def test_an_unset_variable_fails_only_the_section_that_reads_it(tmp_path: Path) -> None:
    # `aire audit verify` must not need the gateway's master key (a newcomer's finding)
    path = tmp_path / "aire.yaml"
    path.write_text(
        "gateway:\n  auth:\n    master_key: ${NOPE_MASTER_KEY}\n"
        "sim:\n  seed: 7\n  models: ['${NOPE_MODEL:-m}']\n"
    )
    doc = read_document(path, env={})
    assert doc.section("sim", SimConfig).seed == 7
    with pytest.raises(ConfigError) as caught:
        doc.section("gateway", GatewayConfig)
    shown = caught.value.show()
    assert "environment variable NOPE_MASTER_KEY is not set" in shown
    assert ":3:" in shown
    assert "gateway.auth.master_key" in shown
