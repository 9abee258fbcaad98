"""LiteLLM's own example configs (tests/config/fixtures/litellm, MIT): what aire serves
from each, and every setting it names as unsupported, with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config.gateway import GatewayConfig
from aire.config.loader import read_document
from aire.errors import ConfigError, UnsupportedSettings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "litellm"
ENV = {
    "OPENAI_API_KEY": "sk-env",
    "FAKE_OPENAI_API_BASE": "http://127.0.0.1:8090/v1",
    "LITELLM_MASTER_KEY": "sk-master-0123456789",
}

#: file -> "line: path" of each setting aire does not support
UNSUPPORTED = {
    "_health_check_test_config.yaml": [
        "4: model_list[0].litellm_params.model",  # azure
        "16: general_settings.background_health_checks",
        "17: general_settings.health_check_interval",
    ],
    "aliases_config.yaml": [
        "11: model_list[2].litellm_params.temperature",
        "12: model_list[2].litellm_params.max_tokens",
    ],
    "azure_config.yaml": [
        "4: model_list[0].litellm_params.model",
        "14: model_list[1].litellm_params.model",
    ],
    "docs_load_balancing.yaml": [
        "4: model_list[0].litellm_params.model",
        "10: model_list[1].litellm_params.model",
        "16: model_list[2].litellm_params.model",
        "23: router_settings.model_group_alias",
    ],
    "docs_reliability.yaml": [
        "4: model_list[0].litellm_params.model",  # huggingface
        "8: model_list[1].litellm_params.model",
        "12: model_list[2].litellm_params.model",
        "28: litellm_settings.cooldown_time",  # read by no Router either
    ],
    "load_balancer.yaml": [
        "20: model_list[2].litellm_params.model",  # openrouter
        "23: model_list[3].litellm_params.model",  # no provider aire knows
    ],
    "model_config.yaml": [],
    "multi_instance_simple_config.yaml": ["9: general_settings.coordination_redis"],
    "oai_misc_config.yaml": [
        "5: model_list[0].litellm_params.region_name",
        "8: model_list[1].model_name",  # wildcards
        "13: model_list[2].model_name",
        "17: model_list[3].model_name",
        "23: model_list[4].litellm_params.model",  # bedrock
        "41: litellm_settings.context_window_fallbacks[0].gpt-5-mini[0]",
        "41: litellm_settings.context_window_fallbacks[0].gpt-5-mini",
        "42: litellm_settings.default_team_settings",
        "56: finetune_settings",
        "65: files_settings",
    ],
    "simple_config.yaml": [],
}


def test_every_fixture_is_covered() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.yaml")) == sorted(UNSUPPORTED)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_settings_of_litellm_examples(name: str) -> None:
    path = FIXTURES / name
    expected = UNSUPPORTED[name]
    if not expected:
        read_document(path, env=ENV, litellm=True)
        return
    with pytest.raises(UnsupportedSettings) as info:
        read_document(path, env=ENV, litellm=True)
    found = [s.removeprefix(f"{path}:").split(": ", 2) for s in info.value.settings]
    assert [f"{line}: {where}" for line, where, _ in found] == expected


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_what_is_left_is_servable(name: str) -> None:
    document = read_document(FIXTURES / name, env=ENV, litellm=True, ignore_unsupported=True)
    try:
        config = document.section("gateway", GatewayConfig)
    except ConfigError as exc:  # pragma: no cover - shown when it fails
        pytest.fail(exc.show())
    assert len(document.warnings()) >= len(UNSUPPORTED[name])
    if name not in (
        "azure_config.yaml",
        "docs_load_balancing.yaml",
        "_health_check_test_config.yaml",
    ):
        assert config.models, "every example but the all-Azure ones keeps a model"


def test_simple_config() -> None:
    config = read_document(FIXTURES / "simple_config.yaml", env=ENV, litellm=True).section(
        "gateway", GatewayConfig
    )
    dep = config.models["gpt-5-mini"].deployments[0]
    assert (str(dep.url), dep.model, dep.provider, dep.api_key) == (
        "https://api.openai.com/v1",
        "gpt-5-mini",
        "openai",
        "sk-env",  # $OPENAI_API_KEY, as LiteLLM reads it
    )
    assert config.models["gpt-5-mini"].strategy == "weighted_round_robin"


def test_model_config_anthropic_base() -> None:
    config = read_document(FIXTURES / "model_config.yaml", env=ENV, litellm=True).section(
        "gateway", GatewayConfig
    )
    anthropic = config.models["fake-anthropic-endpoint"].deployments[0]
    # LiteLLM posts to <api_base>/v1/messages; aire to <url>/messages
    assert str(anthropic.url) == "https://exampleanthropicendpoint-production.up.railway.app/v1"
    assert anthropic.provider == "anthropic"


def test_load_balancer_keeps_entry_level_quotas() -> None:
    document = read_document(
        FIXTURES / "load_balancer.yaml", env=ENV, litellm=True, ignore_unsupported=True
    )
    deps = document.section("gateway", GatewayConfig).models["gpt-3.5-turbo"].deployments
    assert [(d.api_key, d.rpm, d.tpm, d.max_concurrency) for d in deps] == [
        ("sk-uj6F", 3, 20_000, None),  # entry-level rpm: a quota, not LiteLLM's semaphore
        ("sk-Imn", 3, 20_000, None),
    ]


def test_docs_reliability_fallback_of_an_unsupported_group_goes_with_it() -> None:
    document = read_document(
        FIXTURES / "docs_reliability.yaml", env=ENV, litellm=True, ignore_unsupported=True
    )
    config = document.section("gateway", GatewayConfig)
    assert list(config.models) == ["gpt-3.5-turbo", "gpt-3.5-turbo-16k"]
    assert config.retries.max_attempts == 4  # litellm_settings.num_retries: 3
    assert config.timeouts.total_ms == 10_000  # request_timeout: 10
    assert config.breaker.open_s == 5  # its cooldown_time: 30 reaches no Router
