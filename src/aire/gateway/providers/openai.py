"""OpenAI-compatible upstreams (OpenAI, vLLM, Ollama, aire sim, other gateways).

Bodies pass through with only ``model`` rewritten; streamed events are checked (each must
be JSON, an ``error`` event fails the stream) and forwarded byte for byte. The gateway asks
the upstream for the usage chunk so it can count tokens, and drops that chunk again if the
client did not ask for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson

from aire.errors import UpstreamProtocolError, UpstreamStatusError
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, Usage
from aire.gateway.transport import (
    Response,
    SSEBuffer,
    Transport,
    expect_event_stream,
    read_body,
    read_chunk,
    sse_data,
)
from aire.gateway.transport import status_error as _status_error
from aire.tokenizer import count_tokens

__all__ = ["OpenAIProvider", "OpenAIStream", "parse_openai_error", "usage_of"]

_PATHS = {"chat": "/chat/completions", "completions": "/completions", "embeddings": "/embeddings"}
_DONE = b"data: [DONE]\n\n"


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
        transport: Transport,
        *,
        base_url: str,
        api_key: str | None,
        headers: dict[str, str],
    ) -> None:
        self.transport = transport
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

    async def complete(self, req: UpstreamRequest) -> UpstreamResponse:
        url, body, headers = self._prepare(req)
        t = req.timeouts
        resp = await self.transport.post(
            url,
            body,
            headers,
            connect_s=t.connect_ms / 1000,
            deadline=req.deadline,
            phase="total",
            name=self.base_url,
        )
        if resp.status != 200:
            raise await _status_error(resp, req.deadline, self.base_url, parse_openai_error)
        raw = await read_body(resp, req.deadline, self.base_url)
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError(f"upstream {self.base_url} sent malformed JSON") from None
        if not isinstance(obj, dict):
            raise UpstreamProtocolError(f"upstream {self.base_url} sent a non-object body")
        return UpstreamResponse(raw, usage_of(obj))

    async def open_stream(self, req: UpstreamRequest) -> OpenAIStream:
        url, body, headers = self._prepare(req)
        t = req.timeouts
        loop = asyncio.get_running_loop()
        first_deadline = min(req.deadline, loop.time() + t.first_token_ms / 1000)
        phase = "first_token" if first_deadline < req.deadline else "total"
        resp = await self.transport.post(
            url,
            body,
            headers,
            connect_s=t.connect_ms / 1000,
            deadline=first_deadline,
            phase=phase,
            name=self.base_url,
        )
        if resp.status != 200:
            raise await _status_error(resp, req.deadline, self.base_url, parse_openai_error)
        expect_event_stream(resp, self.base_url)
        return OpenAIStream(resp, req, first_deadline, self.base_url)


class OpenAIStream:
    """Validated OpenAI SSE events from one upstream response."""

    def __init__(
        self, resp: Response, req: UpstreamRequest, first_deadline: float, name: str
    ) -> None:
        self.resp = resp
        self.req = req
        self.name = name
        self.usage: Usage | None = None
        self._first_deadline = first_deadline
        self._counted = 0  # completion tokens seen in deltas, when usage never comes

    async def aclose(self) -> None:
        self.resp.close()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._events()

    async def _events(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        req, name = self.req, self.name
        idle_s = req.timeouts.idle_ms / 1000
        deadline, phase = self._first_deadline, "first_token"
        buf = SSEBuffer()
        done = False
        try:
            while not done:
                if deadline >= req.deadline:
                    deadline, phase = req.deadline, "total"
                data = await read_chunk(self.resp, deadline, phase, name)
                if not data:
                    break
                out = []
                for event in buf.feed(data):
                    kept = self._check(event)
                    if kept is _DONE:
                        done = True
                        out.append(_DONE)
                        break
                    if kept is not None:
                        out.append(kept)
                if out:
                    yield b"".join(out)
                deadline, phase = loop.time() + idle_s, "idle"
        finally:
            if done:
                self.resp.release()
            else:
                self.resp.close()
        if not done:
            raise UpstreamProtocolError(f"upstream {name} ended the stream without [DONE]")
        if self.usage is None and self._counted:
            self.usage = Usage(0, self._counted)

    def _check(self, event: bytes) -> bytes | None:
        _, data = sse_data(event)
        if data is None:
            return event + b"\n\n" if event.startswith(b":") else None  # comments keep alive
        if data == b"[DONE]":
            return _DONE
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError(f"upstream {self.name} sent a malformed event") from None
        if not isinstance(obj, dict):
            raise UpstreamProtocolError(f"upstream {self.name} sent a non-object event")
        if "error" in obj:
            message, code = parse_openai_error(obj)
            raise UpstreamStatusError(
                message or "upstream failed mid-stream", upstream_status=500, upstream_code=code
            )
        usage = usage_of(obj)
        if usage is not None:
            self.usage = usage
            if not self.req.include_usage and not obj.get("choices"):
                return None  # the usage-only chunk the client did not ask for
        else:
            for choice in obj.get("choices") or ():
                delta = choice.get("delta") or {}
                content = delta.get("content") or choice.get("text")
                if content:
                    self._counted += count_tokens(content)
        return event + b"\n\n"
