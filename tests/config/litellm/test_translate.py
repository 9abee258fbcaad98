"""A LiteLLM proxy config, section by section: what maps onto aire's gateway, what is
refused (each setting with its line, all in one error), and what errors point at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.config.litellm.helpers import OPENAI, gateway, paths, read, unsupported

from aire.config.gateway import GatewayConfig
from aire.config.litellm import is_litellm_config
from aire.config.loader import load_section
from aire.config.sim import SimConfig
from aire.errors import ConfigError, UnsupportedSettings


@pytest.mark.parametrize(
    "section",
    [
        "model_list",
        "litellm_settings",
        "router_settings",
        "general_settings",
        "environment_variables",
    ],
)
def test_any_litellm_section_makes_a_litellm_config(section: str) -> None:
    assert is_litellm_config({section: None})
    assert not is_litellm_config({"gateway": {}, "sim": {}})
    assert not is_litellm_config(["model_list"])


def test_one_error_lists_every_unsupported_setting_with_its_line(tmp_path: Path) -> None:
    text = (
        "model_list:\n"  # 1
        "  - model_name: chat\n"
        "    litellm_params:\n"
        "      model: openai/m\n"
        "      temperature: 0.2\n"  # 5: a default request parameter
        "  - model_name: azure-chat\n"
        "    litellm_params: {model: azure/gpt-4o, api_version: '2024-02-01'}\n"  # 7
        "router_settings:\n"
        "  routing_strategy: usage-based-routing-v2\n"  # 9
        "  retry_after: 2\n"  # 10
        "litellm_settings:\n"
        "  cache: true\n"  # 12
        "  success_callback: [langfuse]\n"  # 13
        "general_settings:\n"
        "  database_url: postgresql://x\n"  # 15
        "guardrails: []\n"  # 16: empty, yet a section aire does not read
        "mcp_servers: {}\n"  # 17
    )
    found = unsupported(tmp_path, text)
    assert paths(found) == [
        "5: model_list[0].litellm_params.temperature",
        "7: model_list[1].litellm_params.model",
        "9: router_settings.routing_strategy",
        "10: router_settings.retry_after",
        "12: litellm_settings.cache",
        "13: litellm_settings.success_callback[0]",
        "15: general_settings.database_url",
        "16: guardrails",
        "17: mcp_servers",
    ]
    assert "provider 'azure' is not supported" in found[1]
    assert "aire's response cache is gateway.cache" in found[4]
    with pytest.raises(UnsupportedSettings) as info:
        read(tmp_path, text)
    shown = info.value.show()
    assert shown.startswith(f"config error: {tmp_path / 'litellm.yaml'}: 9 LiteLLM setting(s)")
    assert "--ignore-unsupported" in shown
    assert shown.count("\n") == 9


def test_ignore_unsupported_leaves_them_out_and_says_so(tmp_path: Path) -> None:
    text = OPENAI + (
        "  - model_name: azure-chat\n    litellm_params: {model: azure/gpt-4o}\n"
        "router_settings:\n  routing_strategy: cost-based-routing\n"
        "  fallbacks: [{chat: [azure-chat]}]\n"
    )
    document = read(tmp_path, text, ignore=True)
    served = document.section("gateway", GatewayConfig)
    # azure-chat is left out, and chat's fallback to it; the strategy is LiteLLM's default
    assert served.models == gateway(tmp_path, OPENAI).models
    assert served.models["chat"].strategy == "weighted_round_robin"
    warnings = document.warnings()
    assert warnings[0].startswith(f"warning: {tmp_path / 'litellm.yaml'}:5: model_list[1]")
    assert warnings[0].endswith("(left out: --ignore-unsupported)")
    assert "router_settings.routing_strategy" in warnings[1]


ROUTER_TABLE: list[tuple[str, dict[str, Any]]] = [
    ("num_retries: 4", {"retries.max_attempts": 5}),
    ("num_retries: 0", {"retries.max_attempts": 1}),
    ("num_retries: '2'", {"retries.max_attempts": 3}),  # os.environ/ gives strings
    ("timeout: 30", {"timeouts.total_ms": 30_000, "timeouts.first_token_ms": 30_000}),
    (
        "{timeout: 30, stream_timeout: 5}",
        {"timeouts.total_ms": 30_000, "timeouts.first_token_ms": 5_000, "timeouts.idle_ms": 5_000},
    ),
    ("stream_timeout: 5", {"timeouts.total_ms": 600_000, "timeouts.first_token_ms": 5_000}),
    ("timeout: 0", {"timeouts.total_ms": 600_000}),  # LiteLLM: `timeout or default`
    ("cooldown_time: 30", {"breaker.open_s": 30, "breaker.max_open_s": 30}),
    ("cooldown_time: 0", {"breaker.open_s": 5, "breaker.max_open_s": 60}),
    ("disable_cooldowns: true", {"breaker.enabled": False}),
    ("disable_cooldowns: false", {"breaker.enabled": True}),
    ("routing_strategy: simple-shuffle", {"models.chat.strategy": "weighted_round_robin"}),
    ("routing_strategy: least-busy", {"models.chat.strategy": "least_outstanding"}),
    ("routing_strategy: latency-based-routing", {"models.chat.strategy": "latency"}),
    ("set_verbose: true", {"log_level": "debug"}),
    # asks for nothing aire does not do: LiteLLM's defaults, or what aire always does
    ("allowed_fails: 3", {"breaker.open_s": 5}),
    ("retry_after: 0", {"retries.max_attempts": 3}),
    ("enable_pre_call_checks: true", {"retries.max_attempts": 3}),
    ("{enable_weighted_failover: true, client_ttl: 60}", {"retries.max_attempts": 3}),
    ("{model_group_alias: {}, routing_strategy_args: {}}", {"retries.max_attempts": 3}),
]


def _get(config: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        config = config[part] if isinstance(config, dict) else getattr(config, part)
    return config


@pytest.mark.parametrize(("settings", "expected"), ROUTER_TABLE)
def test_router_settings_table(tmp_path: Path, settings: str, expected: dict[str, Any]) -> None:
    settings = settings if settings.startswith("{") else "{" + settings + "}"
    config = gateway(tmp_path, OPENAI + f"router_settings: {settings}\n")
    for dotted, value in expected.items():
        assert _get(config, dotted) == value, dotted


def test_litellm_settings_stand_in_for_router_settings(tmp_path: Path) -> None:
    # the Router reads litellm.num_retries, .request_timeout, .fallbacks when its own are unset
    text = OPENAI + (
        "  - model_name: spare\n    litellm_params: {model: openai/s}\n"
        "litellm_settings:\n  num_retries: 5\n  request_timeout: 10\n"
        "  fallbacks: [{chat: [spare]}]\n"
    )
    config = gateway(tmp_path, text)
    assert config.retries.max_attempts == 6
    assert config.timeouts.total_ms == 10_000
    assert config.models["chat"].fallbacks == ("spare",)
    both = text + "router_settings:\n  num_retries: 1\n  timeout: 30\n"
    config = gateway(tmp_path, both)
    assert config.retries.max_attempts == 2  # router_settings win
    # but an explicit litellm.request_timeout is the per-attempt timeout over the router's
    assert config.timeouts.total_ms == 10_000


@pytest.mark.parametrize(
    ("settings", "path", "says"),
    [
        (
            "routing_strategy: usage-based-routing",
            "router_settings.routing_strategy",
            "least usage",
        ),
        ("routing_strategy: lar1", "router_settings.routing_strategy", "adaptive"),
        ("allowed_fails: 1", "router_settings.allowed_fails", "confident failure ratio"),
        ("retry_after: 5", "router_settings.retry_after", "no floor"),
        ("model_group_alias: {gpt-4: chat}", "router_settings.model_group_alias", "alias of an"),
        ("routing_strategy_args: {ttl: 60}", "router_settings.routing_strategy_args", "arguments"),
        (
            "content_policy_fallbacks: [{chat: [chat]}]",
            "router_settings.content_policy_fallbacks",
            "content",
        ),
        (
            "retry_policy: {RateLimitErrorRetries: 3}",
            "router_settings.retry_policy",
            "every retryable",
        ),
        ("cache_responses: true", "router_settings.cache_responses", "gateway.cache"),
        ("enable_tag_filtering: true", "router_settings.enable_tag_filtering", "not supported"),
    ],
)
def test_router_settings_aire_does_not_support(
    tmp_path: Path, settings: str, path: str, says: str
) -> None:
    found = unsupported(tmp_path, OPENAI + f"router_settings:\n  {settings}\n")
    assert paths(found) == [f"5: {path}"]
    assert says in found[0]


def test_litellm_settings_cooldown_time_is_named_as_ignored_by_litellm_too(tmp_path: Path) -> None:
    found = unsupported(tmp_path, OPENAI + "litellm_settings:\n  cooldown_time: 30\n")
    assert paths(found) == ["5: litellm_settings.cooldown_time"]
    assert "move it to router_settings" in found[0]


def test_callbacks_prometheus_is_a_note_others_are_unsupported(tmp_path: Path) -> None:
    text = OPENAI + "litellm_settings:\n  callbacks: [prometheus, otel]\n  drop_params: true\n"
    assert paths(unsupported(tmp_path, text)) == ["5: litellm_settings.callbacks[1]"]
    document = read(tmp_path, text.replace(", otel", ""))
    assert any("/metrics" in w for w in document.warnings())


def test_master_key(tmp_path: Path) -> None:
    key = "sk-" + "k" * 20
    text = OPENAI + "general_settings:\n  master_key: os.environ/LITELLM_KEY\n"

    def master(text: str, env: dict[str, str]) -> str | None:
        secret = gateway(tmp_path, text, env).auth.master_key
        return secret.get_secret_value() if secret is not None else None

    assert master(text, {"LITELLM_KEY": key}) == key
    # LiteLLM falls back to $LITELLM_MASTER_KEY, when general_settings exist
    other = OPENAI + "general_settings:\n  disable_spend_logs: false\n"
    assert master(other, {"LITELLM_MASTER_KEY": key}) == key
    assert master(OPENAI, {"LITELLM_MASTER_KEY": key}) is None
    # aire's own rule, reported at the LiteLLM setting
    with pytest.raises(ConfigError) as info:
        gateway(tmp_path, OPENAI + "general_settings:\n  master_key: sk-1234\n")
    assert (info.value.line, info.value.path) == (5, "general_settings.master_key")
    assert "at least 16 characters" in info.value.message


def test_an_unset_environment_variable_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = OPENAI.replace("api_key: k", "api_key: os.environ/NOT_SET")
    with pytest.raises(ConfigError) as info:
        read(tmp_path, text)
    assert (info.value.line, info.value.path) == (3, "model_list[0].litellm_params.api_key")
    assert "NOT_SET is not set" in info.value.message


def test_environment_variables_layer_over_the_environment(tmp_path: Path) -> None:
    text = (
        "model_list:\n  - model_name: chat\n    litellm_params:\n      model: openai/m\n"
        "      api_base: os.environ/BASE\n"
        "environment_variables:\n  OPENAI_API_KEY: sk-from-file\n  BASE: os.environ/REAL_BASE\n"
    )
    config = gateway(tmp_path, text, {"REAL_BASE": "http://10.0.0.1:8000/v1"})
    dep = config.models["chat"].deployments[0]
    assert dep.api_key == "sk-from-file"  # LiteLLM sets it into its environment
    assert str(dep.url) == "http://10.0.0.1:8000/v1"


def test_redis_settings_become_the_shared_state(tmp_path: Path) -> None:
    text = OPENAI + (
        "router_settings:\n  redis_host: os.environ/RH\n  redis_port: 6380\n"
        "  redis_password: p@ss\n"
    )
    document = read(tmp_path, text, {"RH": "10.0.0.9"})
    assert document.data["state"] == {"backend": "redis", "url": "redis://:p%40ss@10.0.0.9:6380/0"}
    assert any("breakers stay per process" in w for w in document.warnings())
    url = read(tmp_path, OPENAI + "router_settings:\n  redis_url: rediss://r:6379/1\n")
    assert url.data["state"]["url"] == "rediss://r:6379/1"
    with pytest.raises(ConfigError) as info:
        read(tmp_path, OPENAI + "router_settings:\n  redis_url: http://r\n")
    assert (info.value.line, info.value.path) == (5, "router_settings.redis_url")
    found = unsupported(tmp_path, OPENAI + "router_settings:\n  redis_host: r\n")
    assert paths(found) == ["5: router_settings.redis_host"]


def test_a_file_cannot_mix_litellm_and_aire_sections(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        read(tmp_path, OPENAI + "gateway:\n  port: 9000\n")
    assert info.value.line == 4
    assert "cannot also have aire's gateway: section" in info.value.message


def test_errors_in_translated_values_name_the_litellm_setting(tmp_path: Path) -> None:
    text = OPENAI.replace("api_key: k", "api_key: k, rpm: 0")
    with pytest.raises(ConfigError) as info:
        gateway(tmp_path, text)
    assert (info.value.line, info.value.path) == (3, "model_list[0].litellm_params.rpm")
    twice = (
        "model_list:\n"
        "  - {model_name: a, litellm_params: {model: openai/m}, model_info: {id: x}}\n"
        "  - {model_name: b, litellm_params: {model: openai/m}, model_info: {id: x}}\n"
    )
    with pytest.raises(ConfigError) as info:
        gateway(tmp_path, twice)
    assert (info.value.line, info.value.path) == (3, "model_list[1].model_info.id")
    assert "used twice" in info.value.message


@pytest.mark.parametrize(
    ("text", "line", "path", "says"),
    [
        ("model_list: {a: 1}\n", 1, "model_list", "must be a list"),
        ("router_settings: [1]\n", 1, "router_settings", "must be a mapping"),
        (
            "model_list:\n  - litellm_params: {model: openai/m}\n",
            2,
            "model_list[0].model_name",
            "required",
        ),
        ("model_list:\n  - model_name: a\n", 2, "model_list[0].litellm_params", "required"),
        (
            "model_list:\n  - {model_name: a, litellm_params: {api_base: x}}\n",
            2,
            "model_list[0].litellm_params.model",
            "required",
        ),
        (
            "router_settings: {num_retries: many}\n" + OPENAI,
            1,
            "router_settings.num_retries",
            "must be a number",
        ),
        (
            "router_settings: {num_retries: 20}\n" + OPENAI,
            1,
            "router_settings.num_retries",
            "1 to 10 attempts",
        ),
        (
            "router_settings: {timeout: -1}\n" + OPENAI,
            1,
            "router_settings.timeout",
            "greater than 0",
        ),
    ],
)
def test_malformed_values_are_errors_with_their_line(
    tmp_path: Path, text: str, line: int, path: str, says: str
) -> None:
    with pytest.raises(ConfigError) as info:
        gateway(tmp_path, text)
    assert (info.value.line, info.value.path) == (line, path)
    assert says in info.value.message
    assert not isinstance(info.value, UnsupportedSettings)


def test_no_models_is_said_in_litellm_terms(tmp_path: Path) -> None:
    from aire.gateway.server import ConfigSource

    path = tmp_path / "litellm.yaml"
    path.write_text("model_list: []\nlitellm_settings: {drop_params: true}\n")
    with pytest.raises(ConfigError, match="add entries under model_list"):
        ConfigSource(path).load()


def test_other_verbs_refuse_a_litellm_file_and_say_which_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "litellm.yaml"
    path.write_text(OPENAI)
    with pytest.raises(ConfigError) as info:
        load_section(path, "sim", SimConfig)
    assert "`aire serve -c` reads it" in info.value.message
