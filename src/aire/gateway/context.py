"""Per-request state carried through the gateway's stages, and the answer they pass back.

A ``RequestContext`` is created when a request arrives and passed down the stage chain
(docs/ARCHITECTURE.md); each stage reads what earlier ones set and adds its own part. The
innermost stage returns an ``Answer``, which travels back up, where stages may wrap it
(the guard's stream scan) before the relay writes it to the client.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aire.tokenizer import estimate_tokens

if TYPE_CHECKING:
    from aire.asgi import DisconnectWatch, Receive, Send
    from aire.errors import AireError
    from aire.gateway.deployment import Deployment
    from aire.gateway.guarding import GuardedRequest
    from aire.gateway.router import Route
    from aire.gateway.state import GatewayState

__all__ = ["Answer", "Attempt", "RequestContext"]

Headers = list[tuple[bytes, bytes]]


@dataclass(slots=True)
class Answer:
    """What the stages hand back to the relay: a whole body, or a stream of SSE bytes.

    ``stream`` yields blocks of complete SSE events; the relay closes it (``aclose``) when
    it is done with it, which lets every wrapper release what it holds (the upstream
    connection, the deployment's in-flight slot).
    """

    body: bytes | None = None
    stream: AsyncGenerator[bytes, None] | None = None
    status: int = 200
    headers: Headers = field(default_factory=list)
    #: the terminal event of a stream that fails after it started (default: OpenAI's shape)
    on_error: Callable[[AireError], bytes] | None = None


@dataclass(slots=True)
class Attempt:
    """One try at one deployment, as observers see it."""

    alias: str
    deployment: Deployment
    number: int  # 1-based within the request
    kind: str  # "first" | "retry" | "fallback"
    reason: str | None  # why this is not the first attempt: the previous error's code
    panic: bool  # sent although the deployment is ejected (the alias is in panic mode)
    t0: float = 0.0
    t_end: float | None = None
    error: Exception | None = None
    #: headers an observer asks to send upstream with this try (W3C trace context)
    propagate: dict[str, str] = field(default_factory=dict)


class RequestContext:
    __slots__ = (
        "_needed_tokens",
        "alias",
        "answer_body",
        "api",
        "attempts",
        "body",
        "budget_exhausted",
        "cache",
        "client_body",
        "completion_tokens",
        "cost_usd",
        "deployment",
        "endpoint",
        "error_code",
        "fallbacks",
        "guarded",
        "headers",
        "include_usage",
        "last_chunk_at",
        "overhead_s",
        "panic",
        "principal",
        "prompt_tokens",
        "rate_headers",
        "raw",
        "receive",
        "request_id",
        "requested_model",
        "retries",
        "route",
        "send",
        "state",
        "status",
        "stream",
        "t0",
        "tool_calls",
        "trace_id",
        "ttft_s",
        "upstream_s",
        "user_stream",
        "watch",
    )

    def __init__(
        self,
        request_id: str,
        headers: list[tuple[bytes, bytes]],
        endpoint: str,
        *,
        state: GatewayState | None = None,
        receive: Receive | None = None,
        send: Send | None = None,
        api: str = "openai",
    ) -> None:
        self.request_id = request_id
        self.headers = headers
        #: what the upstream is asked for: "chat" | "completions" | "embeddings"
        self.endpoint = endpoint
        #: the API the client speaks: "openai", or an inbound dialect's name
        self.api = api
        self.state = state
        self.receive = receive
        self.send = send
        self.t0 = time.perf_counter()
        self.raw = b""
        self.body: dict[str, Any] = {}
        #: the client's own body when it speaks another API than OpenAI chat (a dialect)
        self.client_body: dict[str, Any] | None = None
        #: the model the client asked for (``alias`` becomes a fallback's, if one serves)
        self.requested_model = ""
        self.alias = ""
        self.route: Route | None = None
        self.principal: Any = None  # who is calling (the auth stage sets it)
        self.guarded: GuardedRequest | None = None
        self.watch: DisconnectWatch | None = None
        self.stream = False
        self.user_stream = False  # what the client asked for (a dialect may differ)
        self.include_usage = False
        self.deployment = ""
        self.attempts = 0
        self.retries = 0
        self.fallbacks = 0
        self.panic = False
        self.budget_exhausted = False
        self.cache: str | None = None  # "hit" | "miss" when the cache stage looked
        #: the model's tool calls as the tool guard judged them: {"name", "verdict", "rule"}
        self.tool_calls: list[dict[str, str | None]] = []
        self.status = 0
        #: for observers: the body of a whole answer, or the first block of a streamed one
        #: (later blocks come with ``on_chunk``), as the client received it (the relay)
        self.answer_body: bytes | None = None
        #: the W3C trace id of this request's trace (the tracing observer; access log)
        self.trace_id: str | None = None
        self.error_code: str | None = None
        self.ttft_s: float | None = None
        self.last_chunk_at = 0.0
        self.upstream_s = 0.0
        #: time spent in the gateway before the answer started (set by the relay)
        self.overhead_s: float | None = None
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.cost_usd = 0.0  # what the upstream calls of this request cost (the admit stage)
        #: x-ratelimit-* headers for the answer, error answers included (the admit stage)
        self.rate_headers: list[tuple[bytes, bytes]] = []
        self._needed_tokens: int | None = None

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return bytes(value)
        return None

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.t0

    def overhead_now(self) -> float:
        """Time spent in the gateway so far, upstream time (and waits) excluded."""
        return max(0.0, time.perf_counter() - self.t0 - self.upstream_s)

    def needed_tokens(self) -> int:
        """Estimated context the request needs: prompt tokens + requested output tokens.

        Long texts are estimated from samples (``estimate_tokens``): counting a 1 MB
        prompt token by token would hold the event loop for ~90 ms."""
        if self._needed_tokens is None:
            body = self.body
            prompt = 0
            for message in body.get("messages") or ():
                content = message.get("content") if isinstance(message, dict) else None
                if isinstance(content, str):
                    prompt += estimate_tokens(content)
                elif isinstance(content, list):
                    prompt += sum(
                        estimate_tokens(str(p.get("text", "")))
                        for p in content
                        if isinstance(p, dict)
                    )
                prompt += 4  # per-message template overhead
            raw_prompt = body.get("prompt")
            if isinstance(raw_prompt, str):
                prompt += estimate_tokens(raw_prompt)
            output = body.get("max_completion_tokens") or body.get("max_tokens") or 0
            self._needed_tokens = prompt + 3 + (output if isinstance(output, int) else 0)
        return self._needed_tokens
