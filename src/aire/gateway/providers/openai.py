"""OpenAI-compatible upstreams (OpenAI, vLLM, Ollama, aire sim, other gateways).

Bodies pass through with only ``model`` rewritten; streamed events are checked (each must
be JSON, an ``error`` event fails the stream) and forwarded with their data unchanged
(re-framed by ``aire.sse``: LF line ends, one space after ``data:``; comments kept, as
keep-alives). The gateway asks
the upstream for the usage chunk so it can count tokens, and drops that chunk again if the
client did not ask for it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from aire import sse
from aire.errors import UpstreamError, UpstreamProtocolError, UpstreamStatusError
from aire.gateway.deadlines import DeadlineReader
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, Usage
from aire.gateway.transport import ClientResponse, Upstream
from aire.tokenizer import count_tokens

__all__ = ["OpenAIProvider", "OpenAIStream", "parse_openai_error", "usage_of"]

_PATHS = {"chat": "/chat/completions", "completions": "/completions", "embeddings": "/embeddings"}
_DATA, _END, _DONE = sse.DATA, sse.END, sse.DONE


def parse_openai_error(body: Any) -> tuple[str | None, str | None]:
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        code = err.get("code") or err.get("type")
        return (
            str(err.get("message")) if err.get("message") else None,
            str(code) if code else None,
        )
    if isinstance(err, str):
        return err, None
    return None, None


def usage_of(obj: Any) -> Usage | None:
    usage = obj.get("usage") if isinstance(obj, dict) else None
    if not isinstance(usage, dict):
        return None
    prompt = usage.get("prompt_tokens") or 0
    completion = usage.get("completion_tokens") or 0
    return Usage(int(prompt), int(completion))


class OpenAIProvider:
    name = "openai"

    def __init__(
        self,
        upstream: Upstream,
        *,
        base_url: str,
        api_key: str | None,
        headers: dict[str, str],
    ) -> None:
        self.upstream = upstream
        self.base_url = base_url.rstrip("/")
        self._headers = {"content-type": "application/json", **headers}
        if api_key:
            self._headers["authorization"] = f"Bearer {api_key}"

    def supports(self, endpoint: str) -> bool:
        return endpoint in _PATHS

    def _prepare(self, req: UpstreamRequest) -> tuple[str, bytes, dict[str, str]]:
        body = dict(req.body)
        body["model"] = req.model
        if req.endpoint != "embeddings":
            body["stream"] = req.stream
        if req.stream:
            options = dict(body.get("stream_options") or {})
            options["include_usage"] = True
            body["stream_options"] = options
        headers = {**self._headers, "x-request-id": req.request_id, **req.extra_headers}
        return self.base_url + _PATHS[req.endpoint], orjson.dumps(body), headers

    async def _error(self, resp: ClientResponse, deadline: float) -> UpstreamStatusError:
        return await self.upstream.status_error(resp, deadline, parse_openai_error)

    async def complete(self, req: UpstreamRequest) -> UpstreamResponse:
        url, body, headers = self._prepare(req)
        raw, obj = await self.upstream.exchange_json(url, body, headers, req, self._error)
        return UpstreamResponse(raw, usage_of(obj))

    async def open_stream(self, req: UpstreamRequest) -> OpenAIStream:
        url, body, headers = self._prepare(req)
        reader = await self.upstream.open_event_stream(url, body, headers, req, self._error)
        return OpenAIStream(reader, req, self.upstream.name)


def _only_empty_choices(obj: dict[str, Any]) -> bool:
    for choice in obj.get("choices") or ():
        if not isinstance(choice, dict) or choice.get("finish_reason") is not None:
            return False
        if any(v for k, v in (choice.get("delta") or {}).items() if k != "role"):
            return False
    return True


class OpenAIStream:
    """Validated OpenAI SSE events from one upstream response."""

    def __init__(self, reader: DeadlineReader, req: UpstreamRequest, name: str) -> None:
        self.reader = reader
        self.req = req
        self.name = name
        self.usage: Usage | None = None
        self._counted = 0  # completion tokens seen in deltas, when usage never comes

    async def aclose(self) -> None:
        self.reader.close()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._events()

    async def _events(self) -> AsyncIterator[bytes]:
        reader = self.reader
        done = False
        try:
            while not done:
                events = await reader.events()
                if events is None:
                    break
                out = []
                try:
                    for event in events:
                        kept = self._check(event)
                        if kept is _DONE:
                            done = True
                            out.append(_DONE)
                            break
                        if kept is not None:
                            out.append(kept)
                except UpstreamError:
                    if out:  # what came before the failure in the same read is the client's
                        yield b"".join(out)
                    raise
                if out:
                    yield b"".join(out)
        finally:
            if done:
                reader.release()
            else:
                reader.close()
        if not done:
            raise UpstreamProtocolError(f"upstream {self.name} ended the stream without [DONE]")
        if self.usage is None and self._counted:
            self.usage = Usage(0, self._counted)

    def _check(self, event: sse.Event) -> bytes | None:
        """The event as the client gets it, _DONE, or None to drop it."""
        data = event.data
        if data is None:  # a comment: passed on, it keeps the client's connection alive
            return b":" + (event.comment or b"") + _END
        if data == b"[DONE]":
            return _DONE
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError(f"upstream {self.name} sent a malformed event") from None
        if not isinstance(obj, dict):
            raise UpstreamProtocolError(f"upstream {self.name} sent a non-object event")
        if "error" in obj or event.event == b"error":
            message, code = parse_openai_error(obj)
            raise UpstreamStatusError(
                message or "upstream failed mid-stream", upstream_status=500, upstream_code=code
            )
        usage = usage_of(obj)
        if usage is not None:
            self.usage = usage
            if not self.req.include_usage:  # the client did not ask for usage
                if _only_empty_choices(obj):
                    return None  # a usage chunk (LiteLLM's has a choice with an empty delta)
                del obj["usage"]
                return _DATA + orjson.dumps(obj) + _END
        else:
            for choice in obj.get("choices") or ():
                delta = choice.get("delta") or {}
                content = delta.get("content") or choice.get("text")
                if content:
                    self._counted += count_tokens(content)
        if event.event is not None or data.find(b"\n") >= 0:  # multi-line data
            return sse.encode(data, event=event.event)
        return _DATA + data + _END
