"""Reading a LiteLLM config the way ``aire serve -c`` does, from text written to a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config.gateway import GatewayConfig
from aire.config.loader import ConfigDocument, read_document
from aire.errors import UnsupportedSettings


def read(
    tmp_path: Path, text: str, env: dict[str, str] | None = None, *, ignore: bool = False
) -> ConfigDocument:
    """The translated document of ``text``; the environment is only ``env`` (the
    machine's OPENAI_API_KEY must not leak into a test)."""
    path = tmp_path / "litellm.yaml"
    path.write_text(text)
    return read_document(path, env=env or {}, litellm=True, ignore_unsupported=ignore)


def gateway(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> GatewayConfig:
    return read(tmp_path, text, env).section("gateway", GatewayConfig)


def unsupported(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> list[str]:
    """The settings ``text`` is refused for, as ``line: path: message`` (file left out)."""
    with pytest.raises(UnsupportedSettings) as info:
        read(tmp_path, text, env)
    assert info.value.exit_code == 2
    return [s.split(":", 1)[1].strip() for s in info.value.settings]


def paths(found: list[str]) -> list[str]:
    """``line: path`` of each unsupported setting."""
    return [": ".join(s.split(": ", 2)[:2]) for s in found]


OPENAI = "model_list:\n  - model_name: chat\n    litellm_params: {model: openai/m, api_key: k}\n"
