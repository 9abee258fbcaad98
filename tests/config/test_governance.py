"""``gateway.cache`` (and the other governance settings as they come): defaults, the
README's example, errors with file and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aire.config.gateway import GatewayConfig
from aire.config.governance import CacheConfig
from aire.config.loader import load_section
from aire.errors import ConfigError


def load(tmp_path: Path, text: str) -> GatewayConfig:
    path = tmp_path / "aire.yaml"
    path.write_text(text)
    return load_section(path, "gateway", GatewayConfig)


def test_the_cache_is_off_by_default() -> None:
    config = GatewayConfig().cache
    assert not config.enabled
    assert (config.ttl_s, config.max_entry_bytes, config.sampled, config.scope) == (
        300,
        1_048_576,
        False,
        "team",
    )


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Response cache**", 1)[1]
    block = textwrap.dedent(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    assert load(tmp_path, block).cache == CacheConfig(enabled=True)  # the defaults, on


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ttl_s: 0", "greater than 0"),
        ("scope: everyone", "'team', 'key' or 'global'"),
        ("max_entry_bytes: 0", "greater than or equal to 1"),
        ("ttl: 5", "unknown field 'ttl'"),
    ],
)
def test_a_bad_cache_setting_names_file_line_and_field(
    tmp_path: Path, line: str, message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, f"gateway:\n  cache:\n    enabled: true\n    {line}\n")
    shown = info.value.show()
    assert "aire.yaml:4" in shown
    assert "gateway.cache." in shown
    assert message in shown
