"""LiteLLM's providers -> aire's wire and URL: LiteLLM appends /chat/completions to an
OpenAI base and /v1/messages to an Anthropic one, aire /chat/completions and /messages."""

from __future__ import annotations

import pytest

from aire.config.litellm.providers import PROVIDERS, bare_model_provider, unsupported_provider


@pytest.mark.parametrize(
    ("provider", "base", "url"),
    [
        ("openai", "https://api.openai.com/v1/", "https://api.openai.com/v1"),
        ("hosted_vllm", "http://v:8000/v1", "http://v:8000/v1"),
        ("hosted_vllm", "http://v:8000/v1/chat/completions", "http://v:8000/v1"),
        ("ollama", "http://localhost:11434/", "http://localhost:11434/v1"),
        ("ollama_chat", "http://gpu:11434", "http://gpu:11434/v1"),
        ("anthropic", "https://api.anthropic.com", "https://api.anthropic.com/v1"),
        ("anthropic", "https://proxy/v1/messages", "https://proxy/v1"),
        # LiteLLM would post to .../v1/v1/messages: the translation keeps that, faithfully
        ("anthropic", "https://proxy/v1", "https://proxy/v1/v1"),
    ],
)
def test_urls(provider: str, base: str, url: str) -> None:
    assert PROVIDERS[provider].url(base) == url


def test_wires_and_defaults() -> None:
    assert {p: s.wire for p, s in PROVIDERS.items() if s.wire == "anthropic"} == {
        "anthropic": "anthropic"
    }
    assert PROVIDERS["openai"].default_base == "https://api.openai.com/v1"
    assert PROVIDERS["openai"].base_env == ("OPENAI_BASE_URL", "OPENAI_API_BASE")
    assert PROVIDERS["hosted_vllm"].default_base is None  # LiteLLM needs an api_base
    assert PROVIDERS["ollama"].note is not None  # the one with a different API


@pytest.mark.parametrize(
    ("model", "provider"),
    [
        ("gpt-4o", "openai"),
        ("gpt-3.5-turbo", "openai"),
        ("o3-mini", "openai"),
        ("text-embedding-3-small", "openai"),
        ("ft:gpt-4o-mini:org::id", "openai"),
        ("claude-3-5-sonnet-20240620", "anthropic"),
        ("llama3", None),
        ("mistral-large", None),
    ],
)
def test_bare_model_names(model: str, provider: str | None) -> None:
    assert bare_model_provider(model) == provider


def test_why_a_provider_is_unsupported() -> None:
    assert "openai/<name> with its api_base" in unsupported_provider("groq")
    assert "api-version" in unsupported_provider("azure")
    assert "Anthropic API (anthropic)" in unsupported_provider("vertex_ai")
