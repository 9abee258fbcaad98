"""The provider adapter interface.

An adapter speaks one upstream protocol. The gateway's clients always speak OpenAI, so an
adapter takes an OpenAI-shaped request and returns OpenAI-shaped bytes: a whole body from
``complete`` or SSE events from ``stream``. Translation (pure functions in each adapter's
module) is kept apart from transport: an adapter gets an ``aire.gateway.transport.Upstream``
(the deployment's HTTP client, whichever implementation the config picked) and reads
streams through ``aire.gateway.deadlines.DeadlineReader``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from aire.registry import Registry

if TYPE_CHECKING:
    from aire.config.gateway import TimeoutsConfig
    from aire.gateway.transport import Upstream

__all__ = [
    "PROVIDERS",
    "Provider",
    "ProviderFactory",
    "UpstreamRequest",
    "UpstreamResponse",
    "UpstreamStream",
    "Usage",
]


@dataclass(slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(slots=True)
class UpstreamRequest:
    """One attempt at one deployment."""

    endpoint: str  # "chat" | "completions" | "embeddings"
    body: dict[str, Any]  # the client's OpenAI-shaped body
    model: str  # model name at the upstream
    stream: bool
    include_usage: bool  # did the client ask for the usage chunk
    timeouts: TimeoutsConfig
    request_id: str
    deadline: float  # loop.time() by which the whole exchange must end
    extra_headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class UpstreamResponse:
    body: bytes  # OpenAI-shaped JSON
    usage: Usage | None


class UpstreamStream(Protocol):
    """OpenAI SSE events from an upstream, as bytes ready to send to the client.

    Iteration raises ``aire.errors.UpstreamError`` subclasses if the upstream fails;
    a stream that ends without its terminal event raises too. ``usage`` is known at the end.
    """

    usage: Usage | None

    def __aiter__(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class Provider(Protocol):
    name: str

    def supports(self, endpoint: str) -> bool: ...

    async def complete(self, req: UpstreamRequest) -> UpstreamResponse: ...

    async def open_stream(self, req: UpstreamRequest) -> UpstreamStream:
        """Send the request and return once the upstream accepted it (status 200)."""
        ...


class ProviderFactory(Protocol):
    def __call__(
        self, upstream: Upstream, *, base_url: str, api_key: str | None, headers: dict[str, str]
    ) -> Provider: ...


PROVIDERS: Registry[ProviderFactory] = Registry(
    "provider",
    {
        "openai": "aire.gateway.providers.openai:OpenAIProvider",
        "anthropic": "aire.gateway.providers.anthropic:AnthropicProvider",
    },
)
