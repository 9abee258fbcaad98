"""LiteLLM's ``litellm_params.model`` ("provider/name") -> an aire deployment's wire and URL.

Only providers whose wire aire speaks are here: the OpenAI API (OpenAI itself and servers
that speak it: vLLM, LM Studio, llamafile, a LiteLLM proxy, Ollama's ``/v1``) and the
Anthropic Messages API. For each: where LiteLLM 1.106.2 takes the base URL and the key
when ``api_base``/``api_key`` are not given (its environment variables, in its order, then
its default), and how its ``api_base`` becomes aire's ``url`` (LiteLLM appends
``/chat/completions`` to an OpenAI base and ``/v1/messages`` to an Anthropic one; aire
appends ``/chat/completions`` and ``/messages``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["PROVIDERS", "ProviderSpec", "bare_model_provider", "unsupported_provider"]


def _as_is(base: str) -> str:
    return base.rstrip("/")


def _openai_like(base: str) -> str:
    # LiteLLM's OpenAI-compatible handler uses a base that already ends in
    # /chat/completions as the whole URL
    base = base.rstrip("/")
    return base.removesuffix("/chat/completions")


def _ollama(base: str) -> str:
    # LiteLLM speaks Ollama's native /api/generate and /api/chat; aire speaks its
    # OpenAI-compatible API, which the same server serves under /v1
    return base.rstrip("/") + "/v1"


def _anthropic(base: str) -> str:
    # LiteLLM appends /v1/messages unless the base already ends with it
    base = base.rstrip("/")
    if base.endswith("/v1/messages"):
        return base.removesuffix("/messages")
    return base + "/v1"


@dataclass(frozen=True)
class ProviderSpec:
    """How one LiteLLM provider maps onto an aire deployment."""

    wire: Literal["openai", "anthropic"]
    base_env: tuple[str, ...]  # environment variables LiteLLM reads for api_base, in order
    default_base: str | None  # None: LiteLLM needs an api_base
    key_env: tuple[str, ...]  # environment variables LiteLLM reads for the key, in order
    url: Callable[[str], str]  # LiteLLM's api_base -> aire's url
    note: str | None = None  # what differs, said once per deployment
    needs_key: bool = False  # LiteLLM's client refuses to call without one (OpenAI's SDK)


_OPENAI_BASE_ENV = ("OPENAI_BASE_URL", "OPENAI_API_BASE")
_OPENAI = ProviderSpec(
    "openai",
    _OPENAI_BASE_ENV,
    "https://api.openai.com/v1",
    ("OPENAI_API_KEY",),
    _as_is,
    needs_key=True,
)
_OLLAMA = ProviderSpec(
    "openai",
    ("OLLAMA_API_BASE",),
    "http://localhost:11434",
    ("OLLAMA_API_KEY",),
    _ollama,
    note="served through Ollama's OpenAI-compatible API at <api_base>/v1 (LiteLLM uses "
    "Ollama's native /api routes)",
)

PROVIDERS: dict[str, ProviderSpec] = {
    "openai": _OPENAI,
    "text-completion-openai": _OPENAI,
    "custom_openai": ProviderSpec("openai", (), None, ("OPENAI_API_KEY",), _as_is, needs_key=True),
    "hosted_vllm": ProviderSpec(
        "openai", ("HOSTED_VLLM_API_BASE",), None, ("HOSTED_VLLM_API_KEY",), _openai_like
    ),
    "lm_studio": ProviderSpec(
        "openai", ("LM_STUDIO_API_BASE",), None, ("LM_STUDIO_API_KEY",), _as_is
    ),
    "llamafile": ProviderSpec(
        "openai",
        ("LLAMAFILE_API_BASE",),
        "http://127.0.0.1:8080/v1",
        ("LLAMAFILE_API_KEY",),
        _as_is,
    ),
    "litellm_proxy": ProviderSpec(
        "openai", ("LITELLM_PROXY_API_BASE",), None, ("LITELLM_PROXY_API_KEY",), _as_is
    ),
    "ollama": _OLLAMA,
    "ollama_chat": _OLLAMA,
    "anthropic": ProviderSpec(
        "anthropic",
        ("ANTHROPIC_API_BASE", "ANTHROPIC_BASE_URL"),
        "https://api.anthropic.com",
        ("ANTHROPIC_API_KEY",),
        _anthropic,
    ),
}

#: providers that speak the OpenAI API at a fixed public URL, for which LiteLLM also
#: rewrites some request parameters: aire does not guess those rewrites
_HOSTED_OPENAI_LIKE = frozenset(
    {
        "groq",
        "deepseek",
        "mistral",
        "together_ai",
        "xai",
        "fireworks_ai",
        "openrouter",
        "deepinfra",
        "perplexity",
        "cerebras",
        "nvidia_nim",
        "sambanova",
        "anyscale",
        "friendliai",
        "github",
        "codestral",
    }
)


def unsupported_provider(provider: str) -> str:
    """Why a LiteLLM provider has no aire deployment, and what to write instead."""
    if provider in _HOSTED_OPENAI_LIKE:
        return (
            f"provider {provider!r} is not supported: aire does not apply LiteLLM's "
            f"parameter rewrites for it; if its API is OpenAI-compatible, write "
            f"model: openai/<name> with its api_base"
        )
    if provider in ("azure", "azure_ai"):
        return (
            f"provider {provider!r} is not supported (Azure's deployment URLs, api-version "
            "and api-key header); aire speaks the OpenAI and Anthropic APIs"
        )
    return (
        f"provider {provider!r} is not supported: aire speaks the OpenAI API "
        "(openai, hosted_vllm, ollama, lm_studio, llamafile, litellm_proxy, custom_openai) "
        "and the Anthropic API (anthropic)"
    )


#: model names LiteLLM routes to OpenAI without a provider prefix (its model table)
_OPENAI_PREFIXES = (
    "gpt-",
    "chatgpt-",
    "o1",
    "o3",
    "o4",
    "ft:gpt-",
    "text-embedding-",
    "davinci-",
    "babbage-",
)


def bare_model_provider(model: str) -> str | None:
    """The provider LiteLLM's model table gives a name without a prefix, for the common
    OpenAI and Anthropic names; None when aire cannot tell (the file must name it)."""
    if model.startswith(_OPENAI_PREFIXES):
        return "openai"
    if model.startswith("claude-"):
        return "anthropic"
    return None
