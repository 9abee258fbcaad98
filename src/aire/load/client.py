"""Send one request and time it: aiohttp, a timestamp the moment each read returns.

Per-request work is kept to the minimum (a pre-serialised body, one list append per
read) so the generator's own ceiling stays far above the load it drives.
Third-party exceptions become error classes here (see ``record.ERROR_CLASSES``).
"""

from __future__ import annotations

import os
import time
from typing import Any

import aiohttp
import orjson

from aire import __version__
from aire.load.parse import Chunk, parse_body, parse_stream
from aire.load.prompts import Prompt
from aire.load.record import RequestRecord

__all__ = ["Client"]

_clock = time.perf_counter


class Client:
    """A pooled HTTP client for one endpoint; use as ``async with Client(...) as c``."""

    def __init__(
        self,
        endpoint: str,
        *,
        headers: dict[str, str] | None = None,
        stream: bool = True,
        timeout_s: float = 120.0,
        connect_timeout_s: float = 10.0,
        traceparent: bool = True,
    ) -> None:
        self.endpoint = endpoint
        self.traceparent = traceparent
        self.stream = stream
        self._headers = {
            "Content-Type": "application/json",
            "User-Agent": f"aire-load/{__version__}",
            **(headers or {}),
        }
        self._timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=connect_timeout_s)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Client:
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300)
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers=self._headers,
            timeout=self._timeout,
            # no compression: a gzip'd stream would arrive in bursts, not as produced
            skip_auto_headers=("Accept-Encoding",),
            auto_decompress=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, prompt: Prompt, rec: RequestRecord) -> None:
        """Run one request and fill ``rec`` (never raises, except on cancellation)."""
        session = self._session
        assert session is not None, "use the client as an async context manager"
        rec.input_tokens = prompt.input_tokens
        started = False
        chunks: list[Chunk] = []
        # a new trace per request (W3C trace context): the gateway's and the engine's spans
        # join it, and the record names it
        headers = None
        if self.traceparent:
            trace = os.urandom(16).hex()
            rec.trace_id = trace
            headers = {"traceparent": f"00-{trace}-{os.urandom(8).hex()}-01"}
        rec.start = _clock()
        try:
            async with session.post(self.endpoint, data=prompt.body, headers=headers) as resp:
                started = True
                rec.status = resp.status
                if resp.status >= 400:
                    body = await resp.read()
                    rec.end = _clock()
                    rec.error = "http_4xx" if resp.status < 500 else "http_5xx"
                    rec.error_detail = f"HTTP {resp.status}: {_error_message(body)}"
                    return
                if self.stream:
                    append = chunks.append
                    async for data in resp.content.iter_any():
                        append((_clock(), data))
                    rec.end = _clock()
                    parse_stream(chunks, rec, complete=True)
                else:
                    body = await resp.read()
                    rec.end = _clock()
                    parse_body(body, rec)
                return
        except aiohttp.ConnectionTimeoutError:
            rec.error, rec.error_detail = "connect", "connect timed out"
        except TimeoutError:
            rec.error, rec.error_detail = "timeout", "no complete answer within the timeout"
        except aiohttp.ClientConnectorError as exc:
            rec.error, rec.error_detail = "connect", str(exc.os_error or exc)
        except aiohttp.ClientPayloadError as exc:
            rec.error, rec.error_detail = "drop", _first_line(exc) or "response body cut short"
        except aiohttp.ClientResponseError as exc:  # not HTTP (a bad status line, headers)
            detail = " ".join(str(exc.message).split()).rstrip(" ^")
            rec.error, rec.error_detail = "malformed", f"invalid HTTP response: {detail}"
        except (aiohttp.ClientError, OSError) as exc:
            rec.error = "drop" if started else "disconnect"
            rec.error_detail = _first_line(exc) or type(exc).__name__
        rec.end = _clock()
        if self.stream and chunks:  # what arrived before the failure: tokens, TTFT
            parse_stream(chunks, rec, complete=False)


def _error_message(body: bytes) -> str:
    try:
        data: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        return body[:200].decode("utf-8", "replace").strip() or "(empty body)"
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict) and err.get("message"):
        return str(err["message"])[:200]
    if isinstance(err, str):
        return err[:200]
    return body[:200].decode("utf-8", "replace")


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else ""
