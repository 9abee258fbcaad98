"""Anthropic Messages upstreams, for OpenAI-shaped clients (chat completions only)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from aire.errors import InvalidRequest, UpstreamProtocolError, UpstreamStatusError
from aire.gateway.clients.base import ClientResponse
from aire.gateway.deadlines import DeadlineReader
from aire.gateway.providers.base import UpstreamRequest, UpstreamResponse, Usage
from aire.gateway.providers.openai_anthropic import (
    StreamTranslator,
    request_to_anthropic,
    response_to_openai,
)
from aire.gateway.transport import Upstream

__all__ = ["AnthropicProvider", "parse_anthropic_error"]

API_VERSION = "2023-06-01"
# Anthropic's "overloaded" status; treated like a 503.
_OVERLOADED = 529


def parse_anthropic_error(body: Any) -> tuple[str | None, str | None]:
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        return (
            str(err["message"]) if err.get("message") else None,
            str(err["type"]) if err.get("type") else None,
        )
    return None, None


class AnthropicProvider:
    name = "anthropic"

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
        self._headers = {
            "content-type": "application/json",
            "anthropic-version": API_VERSION,
            **headers,
        }
        if api_key:
            self._headers["x-api-key"] = api_key

    def supports(self, endpoint: str) -> bool:
        return endpoint == "chat"

    def _prepare(self, req: UpstreamRequest) -> tuple[str, bytes, dict[str, str]]:
        try:
            body = request_to_anthropic(req.body, req.model, req.stream)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            # the gateway passes bodies through unvalidated: a field of the wrong shape
            # only shows here, and it is the client's mistake, not an internal error
            raise InvalidRequest(
                f"the request does not translate to the Anthropic API: a field has the wrong "
                f"type or shape ({type(exc).__name__})"
            ) from None
        headers = {**self._headers, "x-request-id": req.request_id, **req.extra_headers}
        return self.base_url + "/messages", orjson.dumps(body), headers

    async def _error(self, resp: ClientResponse, deadline: float) -> UpstreamStatusError:
        err = await self.upstream.status_error(resp, deadline, parse_anthropic_error)
        if err.upstream_status == _OVERLOADED:
            err.upstream_status = 503
            err.retryable = True
        return err

    async def complete(self, req: UpstreamRequest) -> UpstreamResponse:
        url, body, headers = self._prepare(req)
        _, msg = await self.upstream.exchange_json(url, body, headers, req, self._error)
        if msg.get("type") == "error":
            raise UpstreamProtocolError(f"upstream {self.upstream.name} sent an error body")
        out, usage = response_to_openai(msg)
        return UpstreamResponse(orjson.dumps(out), usage)

    async def open_stream(self, req: UpstreamRequest) -> AnthropicStream:
        url, body, headers = self._prepare(req)
        reader = await self.upstream.open_event_stream(url, body, headers, req, self._error)
        return AnthropicStream(reader, req, self.upstream.name)


class AnthropicStream:
    def __init__(self, reader: DeadlineReader, req: UpstreamRequest, name: str) -> None:
        self.reader = reader
        self.req = req
        self.name = name
        self.usage: Usage | None = None
        self._translator = StreamTranslator(req.include_usage)

    async def aclose(self) -> None:
        self.reader.close()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._events()

    async def _events(self) -> AsyncIterator[bytes]:
        reader, tr = self.reader, self._translator
        try:
            while not tr.done:
                events = await reader.events()
                if events is None:
                    break
                out = []
                for event in events:
                    if event.data is None:
                        continue  # a comment
                    try:
                        obj = orjson.loads(event.data)
                    except orjson.JSONDecodeError:
                        raise UpstreamProtocolError(
                            f"upstream {self.name} sent a malformed event"
                        ) from None
                    if not isinstance(obj, dict):
                        raise UpstreamProtocolError(f"upstream {self.name} sent a bad event")
                    if obj.get("type") == "error":
                        message, code = parse_anthropic_error(obj)
                        raise UpstreamStatusError(
                            message or "upstream failed mid-stream",
                            upstream_status=503,
                            upstream_code=code,
                        )
                    out.append(tr.event(event.event, obj))
                    if tr.done:
                        break
                if out:
                    yield b"".join(out)
        finally:
            if tr.done:
                reader.release()
            else:
                reader.close()
        if not tr.done:
            raise UpstreamProtocolError(f"upstream {self.name} ended the stream early")
        self.usage = tr.usage
