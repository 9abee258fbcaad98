"""The inbound dialect interface and its registry (see the package docstring)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from aire.registry import Registry

__all__ = ["DIALECTS", "DIALECT_PATHS", "Dialect", "StreamRenderer"]


class StreamRenderer(Protocol):
    """One streamed answer: OpenAI chat SSE in, this API's SSE out."""

    @property
    def usage(self) -> tuple[int, int] | None:
        """(input, output) tokens once the upstream's usage chunk was fed, else None."""
        ...

    def feed(self, events: bytes) -> bytes:
        """SSE bytes of this API for one or more OpenAI chat SSE events (may be b"")."""
        ...

    def error(self, code: str, message: str) -> bytes:
        """The terminal error event of a stream that failed after it started
        (b"" if the stream already ended)."""
        ...


class Dialect(Protocol):
    """One inbound API, translated to and from OpenAI chat completions. Stateless."""

    name: str
    #: response header that carries the request id for this API's SDK
    request_id_header: bytes

    def to_chat(self, body: dict[str, Any]) -> dict[str, Any]:
        """An OpenAI chat-completions body for a client body; InvalidRequest if bad."""
        ...

    def render(
        self,
        chat_body: bytes,
        *,
        model: str,
        request_id: str,
        request: Mapping[str, Any] | None = None,
    ) -> bytes:
        """This API's response body for a non-streamed ``chat.completion`` body."""
        ...

    def stream(
        self,
        *,
        model: str,
        request_id: str,
        input_tokens_estimate: int,
        request: Mapping[str, Any] | None = None,
    ) -> StreamRenderer:
        """A renderer for one streamed answer."""
        ...

    def error_body(self, status: int, code: str, message: str, param: str | None) -> bytes:
        """A client-facing error body in this API's shape."""
        ...


DIALECTS: Registry[Dialect] = Registry(
    "inbound dialect",
    {
        "anthropic_messages": "aire.gateway.inbound.anthropic:DIALECT",
        "openai_responses": "aire.gateway.inbound.responses:DIALECT",
    },
)

#: the route of each dialect (POST only)
DIALECT_PATHS: dict[str, str] = {
    "/v1/messages": "anthropic_messages",
    "/v1/responses": "openai_responses",
}
