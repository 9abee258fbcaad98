"""Which LiteLLM settings ask for nothing aire lacks, and what a refusal says."""

from __future__ import annotations

from typing import Any

import pytest

from aire.config.litellm.settings import accepted, hint


@pytest.mark.parametrize(
    ("section", "key", "value", "ok"),
    [
        # a switch left off, or a setting left empty, asks for nothing
        ("general_settings", "store_model_in_db", False, True),
        ("general_settings", "store_model_in_db", True, False),
        ("litellm_settings", "cache", False, True),
        ("router_settings", "tag_filtering_match_any", None, True),
        ("router_settings", "caching_groups", [], True),
        # LiteLLM's defaults
        ("router_settings", "allowed_fails", 3, True),
        ("router_settings", "allowed_fails", 0, False),  # 0 is not its default here
        ("router_settings", "retry_after", 0, True),
        ("router_settings", "retry_after", 1, False),
        ("router_settings", "debug_level", "DEBUG", False),
        # what aire always does
        ("router_settings", "enable_pre_call_checks", False, True),
        ("router_settings", "enable_pre_call_checks", True, True),
        ("litellm_settings", "drop_params", True, True),
        ("litellm_settings", "json_logs", True, True),
        # a request default is a request default, even 0
        ("litellm_params", "temperature", 0, False),
        ("litellm_params", "api_version", None, True),
        ("model_list", "tags", ["a"], False),
        ("model_info", "supports_vision", True, True),
        ("model_info", "mode", "embedding", True),
        ("model_info", "mode", "audio_speech", False),
    ],
)
def test_accepted(section: str, key: str, value: Any, ok: bool) -> None:
    assert accepted(section, key, value) is ok


def test_hints() -> None:
    assert hint("router_settings", "enable_tag_filtering") == "not supported by aire"
    assert hint("litellm_settings", "cooldown_time").startswith("not supported: has no effect")
    assert "router_settings" not in hint("router_settings", "cooldown_time")  # translated there
    assert "as the client wrote them" in hint("litellm_params", "top_p")
    assert "aire serves chat" in hint("model_info", "mode")
    # TLS: where aire's own setting is (not "as the client wrote them")
    for section in ("litellm_params", "litellm_settings"):
        assert "tls: {ca_file" in hint(section, "ssl_verify")
    assert "tls: {cert_file, key_file}" in hint("litellm_settings", "ssl_certificate")
    for on in (True, "True", "true", None):
        assert accepted("litellm_params", "ssl_verify", on)
        assert accepted("litellm_settings", "ssl_verify", on)
    for other in (False, "False", "/etc/ca.pem"):
        assert not accepted("litellm_params", "ssl_verify", other)
        assert not accepted("litellm_settings", "ssl_verify", other)
    assert not accepted("litellm_settings", "ssl_certificate", "/etc/client.pem")
