"""The ``state:`` section: defaults, backends by name or import string, errors with
file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config.loader import load_section
from aire.config.root import AireConfig
from aire.config.state import StateConfig
from aire.errors import ConfigError


def load(tmp_path: Path, text: str) -> StateConfig:
    path = tmp_path / "aire.yaml"
    path.write_text(text)
    return load_section(path, "state", StateConfig)


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    return info.value.show()


def test_defaults() -> None:
    config = AireConfig().state
    assert config.backend == "memory"
    assert config.on_failure == "open"
    assert config.key_prefix == "aire:"
    assert config.url == "redis://127.0.0.1:6379/0"


def test_a_redis_section(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        "state:\n  backend: redis\n  url: rediss://cache.internal:6380/1\n"
        "  on_failure: closed\n  key_prefix: 'prod:'\n  op_timeout_ms: 50\n",
    )
    assert (config.backend, config.on_failure, config.op_timeout_ms) == ("redis", "closed", 50)


def test_a_plug_in_backend_by_import_string(tmp_path: Path) -> None:
    assert load(tmp_path, "state:\n  backend: my_pkg.store:open\n").backend == "my_pkg.store:open"


def test_an_unknown_backend_names_file_line_and_the_known_ones(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "state:\n  on_failure: open\n  backend: memcached\n")
    assert "aire.yaml:3: state.backend" in shown
    assert "unknown state backend 'memcached'" in shown
    assert "memory, redis" in shown


def test_bad_values(tmp_path: Path) -> None:
    assert "state.url" in error_of(tmp_path, "state:\n  url: http://127.0.0.1:6379\n")
    assert "state.on_failure" in error_of(tmp_path, "state:\n  on_failure: maybe\n")
    assert "state.op_timeout_ms" in error_of(tmp_path, "state:\n  op_timeout_ms: 0\n")
    assert "did you mean 'key_prefix'" in error_of(tmp_path, "state:\n  prefix: x\n")


def test_the_url_and_its_password_stay_out_of_errors(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "state:\n  url: http://user:hunter2@cache:6379\n")
    assert "hunter2" not in shown


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Shared state (`state:`)", 1)[1]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert load(tmp_path, block) == StateConfig()  # it shows the defaults
