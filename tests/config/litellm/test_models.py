"""``model_list`` entries -> aire deployments and aliases, with LiteLLM's rules for
providers, quotas, in-flight caps, simple-shuffle weights, order, timeouts and prices."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config.litellm.helpers import gateway, paths, read, unsupported

from aire.config.gateway import DeploymentConfig
from aire.config.litellm.models import per_million
from aire.errors import ConfigError


def one(
    tmp_path: Path, params: str, env: dict[str, str] | None = None, **extra: str
) -> DeploymentConfig:
    """The deployment of a one-entry model_list (``params``: litellm_params, flow style)."""
    entry = f"  - model_name: chat\n    litellm_params: {{{params}}}\n"
    entry += "".join(f"    {key}: {value}\n" for key, value in extra.items())
    return gateway(tmp_path, "model_list:\n" + entry, env).models["chat"].deployments[0]


@pytest.mark.parametrize(
    ("params", "env", "provider", "url", "model", "key"),
    [
        ("model: openai/gpt-4o", {}, "openai", "https://api.openai.com/v1", "gpt-4o", None),
        (
            "model: openai/gpt-4o",
            {"OPENAI_API_KEY": "sk-e"},
            "openai",
            "https://api.openai.com/v1",
            "gpt-4o",
            "sk-e",
        ),
        (
            "model: openai/gpt-4o",
            {"OPENAI_BASE_URL": "http://proxy:4000/v1"},
            "openai",
            "http://proxy:4000/v1",
            "gpt-4o",
            None,
        ),
        ("model: gpt-4o-mini", {}, "openai", "https://api.openai.com/v1", "gpt-4o-mini", None),
        (
            "model: openai/meta-llama/Llama-3-8B, api_base: 'http://10.0.0.5:8000/v1/', api_key: x",
            {},
            "openai",
            "http://10.0.0.5:8000/v1",
            "meta-llama/Llama-3-8B",
            "x",
        ),
        (
            "model: text-completion-openai/gpt-3.5-turbo-instruct",
            {},
            "openai",
            "https://api.openai.com/v1",
            "gpt-3.5-turbo-instruct",
            None,
        ),
        (
            "model: hosted_vllm/qwen, api_base: 'http://v:8000/v1/chat/completions'",
            {},
            "openai",
            "http://v:8000/v1",
            "qwen",
            None,
        ),
        (
            "model: hosted_vllm/qwen",
            {"HOSTED_VLLM_API_BASE": "http://v:8000/v1", "HOSTED_VLLM_API_KEY": "vk"},
            "openai",
            "http://v:8000/v1",
            "qwen",
            "vk",
        ),
        ("model: ollama/llama3", {}, "openai", "http://localhost:11434/v1", "llama3", None),
        (
            "model: ollama_chat/llama3, api_base: 'http://gpu:11434'",
            {},
            "openai",
            "http://gpu:11434/v1",
            "llama3",
            None,
        ),
        (
            "model: lm_studio/phi, api_base: 'http://lm:1234/v1'",
            {},
            "openai",
            "http://lm:1234/v1",
            "phi",
            None,
        ),
        ("model: llamafile/m", {}, "openai", "http://127.0.0.1:8080/v1", "m", None),
        (
            "model: litellm_proxy/chat, api_base: 'http://litellm:4000'",
            {"LITELLM_PROXY_API_KEY": "l"},
            "openai",
            "http://litellm:4000",
            "chat",
            "l",
        ),
        (
            "model: m, custom_llm_provider: hosted_vllm, api_base: 'http://v/v1'",
            {},
            "openai",
            "http://v/v1",
            "m",
            None,
        ),
        (
            "model: anthropic/claude-sonnet-4-5",
            {"ANTHROPIC_API_KEY": "ak"},
            "anthropic",
            "https://api.anthropic.com/v1",
            "claude-sonnet-4-5",
            "ak",
        ),
        (
            "model: claude-3-5-haiku-latest",
            {},
            "anthropic",
            "https://api.anthropic.com/v1",
            "claude-3-5-haiku-latest",
            None,
        ),
        (
            "model: anthropic/c, api_base: 'http://sim:9000'",
            {},
            "anthropic",
            "http://sim:9000/v1",
            "c",
            None,
        ),
        (
            "model: anthropic/c, api_base: 'http://sim:9000/v1/messages'",
            {},
            "anthropic",
            "http://sim:9000/v1",
            "c",
            None,
        ),
    ],
)
def test_providers_become_a_wire_and_a_url(
    tmp_path: Path,
    params: str,
    env: dict[str, str],
    provider: str,
    url: str,
    model: str,
    key: str | None,
) -> None:
    dep = one(tmp_path, params, env)
    assert (dep.provider, str(dep.url).rstrip("/"), dep.model, dep.api_key) == (
        provider,
        url,
        model,
        key,
    )


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ("model: azure/gpt-4o, api_base: 'https://x.openai.azure.com'", "Azure"),
        ("model: bedrock/anthropic.claude-3", "aire speaks the OpenAI API"),
        ("model: groq/llama3", "write model: openai/<name>"),
        ("model: llama3", "name it (e.g. model: openai/llama3"),
        ("model: openai/*", "wildcard"),
    ],
)
def test_providers_aire_does_not_speak_are_named(tmp_path: Path, params: str, says: str) -> None:
    found = unsupported(
        tmp_path, f"model_list:\n  - model_name: chat\n    litellm_params: {{{params}}}\n"
    )
    assert paths(found) == ["3: model_list[0].litellm_params.model"]
    assert says in found[0]


def test_a_provider_without_a_base_url_needs_api_base(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        one(tmp_path, "model: hosted_vllm/qwen")
    assert (info.value.line, info.value.path) == (3, "model_list[0].litellm_params.model")
    assert "$HOSTED_VLLM_API_BASE" in info.value.message


def test_entries_with_one_model_name_are_deployments_of_one_alias(tmp_path: Path) -> None:
    text = "model_list:\n" + "".join(
        f"  - model_name: {alias}\n    litellm_params: {{model: openai/{m}}}\n" + extra
        for alias, m, extra in [
            ("chat", "a", "    model_info: {id: first}\n"),
            ("other", "b", ""),
            ("chat", "c", ""),
        ]
    )
    config = gateway(tmp_path, text)
    assert list(config.models) == ["chat", "other"]
    assert [d.model for d in config.models["chat"].deployments] == ["a", "c"]
    assert config.deployment_name("chat", 0) == "first"  # model_info.id names it
    assert config.deployment_name("chat", 1) == "chat/1"


def test_quotas_from_litellm_params_the_entry_or_model_info(tmp_path: Path) -> None:
    assert one(tmp_path, "model: openai/m, rpm: 60, tpm: 90000").rpm == 60
    entry_level = one(tmp_path, "model: openai/m", rpm="3", tpm="20_000")  # load_balancer.yaml
    assert (entry_level.rpm, entry_level.tpm) == (3, 20_000)
    info = one(tmp_path, "model: openai/m", model_info="{rpm: 7}")
    assert info.rpm == 7
    both = one(tmp_path, "model: openai/m, rpm: 5", rpm="9")
    assert both.rpm == 5  # litellm_params first


@pytest.mark.parametrize(
    ("params", "router", "cap"),
    [
        ("max_parallel_requests: 4", "", 4),
        ("max_parallel_requests: 4, rpm: 100", "", 4),
        ("rpm: 100", "", 100),  # LiteLLM caps in-flight requests at rpm
        ("tpm: 100000", "", 600),  # tpm / 1000 x 6, Azure's ratio
        ("tpm: 100", "", 1),
        ("", "default_max_parallel_requests: 8", 8),
        ("rpm: 100", "default_max_parallel_requests: 8", 100),
        ("max_parallel_requests: 0", "", None),  # no semaphore in LiteLLM
        ("", "", None),
    ],
)
def test_in_flight_cap(tmp_path: Path, params: str, router: str, cap: int | None) -> None:
    text = f"model_list:\n  - model_name: chat\n    litellm_params: {{model: openai/m, {params}}}\n"
    if router:
        text += f"router_settings: {{{router}}}\n"
    assert gateway(tmp_path, text).models["chat"].deployments[0].max_concurrency == cap


def test_deployment_timeouts_follow_litellms_precedence(tmp_path: Path) -> None:
    dep = one(tmp_path, "model: openai/m, timeout: 20")
    assert dep.timeouts is not None
    assert (dep.timeouts.total_ms, dep.timeouts.first_token_ms, dep.timeouts.idle_ms) == (
        20_000,
        20_000,
        20_000,
    )
    text = (
        "model_list:\n  - model_name: chat\n"
        "    litellm_params: {model: openai/m, timeout: 20}\n"
        "router_settings: {timeout: 60, stream_timeout: 5}\n"
    )
    timeouts = gateway(tmp_path, text).models["chat"].deployments[0].timeouts
    assert timeouts is not None
    # non-streamed: the deployment's; streamed: the router's stream_timeout beats it
    assert (timeouts.total_ms, timeouts.first_token_ms) == (20_000, 5_000)
    own_stream = one(tmp_path, "model: openai/m, stream_timeout: 2")
    assert own_stream.timeouts is not None
    assert (own_stream.timeouts.total_ms, own_stream.timeouts.first_token_ms) == (600_000, 2_000)
    assert one(tmp_path, "model: openai/m, timeout: 0").timeouts is None


def test_prices_per_million_tokens(tmp_path: Path) -> None:
    assert per_million(0.000005) == 5.0  # not 4.999999999999999
    assert per_million(2.5e-07) == 0.25
    dep = one(
        tmp_path,
        "model: openai/m, input_cost_per_token: 0.0000025, output_cost_per_token: 0.00001",
        model_info="{cache_read_input_token_cost: 1.25e-06, input_cost_per_token: 1.0}",
    )
    assert dep.price is not None
    assert (dep.price.input, dep.price.output, dep.price.cached_input) == (2.5, 10.0, 1.25)
    found = unsupported(
        tmp_path,
        "model_list:\n  - model_name: chat\n    litellm_params:\n"
        "      model: openai/m\n      input_cost_per_token: 0.000001\n",
    )
    assert paths(found) == ["5: model_list[0].litellm_params.input_cost_per_token"]
    assert "both input_cost_per_token and output_cost_per_token" in found[0]


def test_context_window_headers_and_organization(tmp_path: Path) -> None:
    dep = one(
        tmp_path,
        "model: openai/m, organization: org-1, headers: {X-Team: blue}, "
        "extra_headers: {X-Env: os.environ/ENV}",
        {"ENV": "prod"},
        model_info="{max_input_tokens: 128000, max_output_tokens: 16384, mode: chat, "
        "supports_vision: true}",
    )
    assert dep.context_window == 128_000
    assert dep.headers == {"X-Team": "blue", "X-Env": "prod", "OpenAI-Organization": "org-1"}
    found = unsupported(
        tmp_path,
        "model_list:\n  - model_name: chat\n"
        "    litellm_params: {model: anthropic/c, organization: o}\n",
    )
    assert paths(found) == ["3: model_list[0].litellm_params.organization"]


def test_litellm_params_aire_does_not_apply_are_named(tmp_path: Path) -> None:
    text = (
        "model_list:\n"
        "  - model_name: chat\n"
        "    litellm_params:\n"
        "      model: openai/m\n"
        "      temperature: 0\n"  # 5: falsy, still a request default
        "      max_tokens: 20\n"  # 6
        "      max_retries: 4\n"  # 7
        "      base_model: gpt-4o\n"  # 8
        "      api_version: null\n"  # None: nothing asked
        "    model_info:\n"
        "      mode: image_generation\n"  # 11
        "      access_groups: [beta]\n"  # 12
        "      supports_function_calling: true\n"
        "    tags: [x]\n"  # 14: not a key of the entry
    )
    found = unsupported(tmp_path, text)
    assert paths(found) == [
        "5: model_list[0].litellm_params.temperature",
        "6: model_list[0].litellm_params.max_tokens",
        "7: model_list[0].litellm_params.max_retries",
        "8: model_list[0].litellm_params.base_model",
        "11: model_list[0].model_info.mode",
        "12: model_list[0].model_info.access_groups",
        "14: model_list[0].tags",
    ]
    assert "aire sends requests as the client wrote them" in found[0]
    assert "aire serves chat, completion, embedding" in found[4]
    assert one(tmp_path, "model: openai/m, max_retries: 0").model == "m"


def test_wildcard_model_names_are_named(tmp_path: Path) -> None:
    found = unsupported(
        tmp_path,
        "model_list:\n  - model_name: '*'\n    litellm_params: {model: 'openai/*'}\n" + "  - "
        "model_name: chat\n    litellm_params: {model: openai/m}\n",
    )
    assert paths(found) == ["2: model_list[0].model_name"]


def test_an_openai_deployment_without_a_key_is_noted(tmp_path: Path) -> None:
    # LiteLLM's OpenAI client refuses to call without one; aire calls without a key
    text = "model_list:\n  - model_name: chat\n    litellm_params: {model: openai/m}\n"
    assert any("$OPENAI_API_KEY is not set" in w for w in read(tmp_path, text).warnings())
    with_key = read(tmp_path, text, {"OPENAI_API_KEY": "sk"}).warnings()
    assert not any("OPENAI_API_KEY" in w for w in with_key)
    vllm = text.replace("openai/m", "hosted_vllm/m, api_base: 'http://v/v1'")
    assert read(tmp_path, vllm).warnings() == []  # LiteLLM sends a fake key there
