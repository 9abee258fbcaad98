"""Inbound dialects: other client APIs in front of the gateway, translated to OpenAI chat.

The gateway speaks OpenAI chat completions to its providers. A *dialect* lets clients of
another API use any upstream: it translates the client's request into a chat-completions
body before the request goes through the stages, and the chat answer back into the
client's API after. Dialects are pure and do no I/O; they are found by name in
``DIALECTS`` (``"module:attr"`` strings, like the providers), and ``DIALECT_PATHS`` maps a
route to its dialect:

    POST /v1/messages   -> "anthropic_messages"  (``aire.gateway.inbound.anthropic``)
    POST /v1/responses  -> "openai_responses"    (``aire.gateway.inbound.responses``)

The interface (``aire.gateway.inbound.base``)::

    class Dialect(Protocol):
        name: str                   # "anthropic_messages" | "openai_responses"
        request_id_header: bytes    # where this API's SDK reads the request id
                                    # (b"request-id" | b"x-request-id")
        def to_chat(self, body: dict) -> dict
            # decoded client body -> chat-completions body. ``model`` stays the client's
            # alias; ``stream: true`` comes with ``stream_options.include_usage: true``
            # (a renderer needs the usage chunk). InvalidRequest(param=...) on bad input.
        def render(self, chat_body: bytes, *, model, request_id, request=None) -> bytes
            # a non-streamed ``chat.completion`` body -> this API's response body.
            # ``model``: the client's alias; ``request``: the client's body (a Response
            # repeats its parameters). UpstreamProtocolError if the body is unusable.
        def stream(self, *, model, request_id, input_tokens_estimate, request=None)
            -> StreamRenderer
        def error_body(self, status, code, message, param) -> bytes
            # a client-facing error in this API's shape (Anthropic: {"type": "error",
            # "error": {"type", "message", "code", "param"}}; Responses: OpenAI's shape)

    class StreamRenderer(Protocol):
        usage: tuple[int, int] | None   # (input, output) tokens once the usage chunk came
        def feed(self, events: bytes) -> bytes
            # one or more whole chat SSE events ("data: {...}\\n\\n", ": comments",
            # "data: [DONE]\\n\\n" last) -> this API's SSE bytes (maybe b""); after
            # [DONE] the stream is complete (message_stop / response.completed)
        def error(self, code: str, message: str) -> bytes
            # the terminal error event(s) of a stream that fails after it started

What each dialect translates, ignores (harmless hints) and rejects (a 400 naming the
field) is listed in its module's docstring.
"""

from __future__ import annotations

from aire.gateway.inbound.base import DIALECT_PATHS, DIALECTS, Dialect, StreamRenderer

__all__ = ["DIALECTS", "DIALECT_PATHS", "Dialect", "StreamRenderer"]
