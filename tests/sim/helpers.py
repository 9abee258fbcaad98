"""Helpers shared by the simulator tests (plain functions, not fixtures)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from typing import Any

import aiohttp
import orjson
from prometheus_client.parser import text_string_to_metric_families


def chat_body(content: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": "aire-sim", "messages": [{"role": "user", "content": content}], **extra}


async def post(
    url: str, body: Any, headers: Mapping[str, str] | None = None
) -> tuple[int, Mapping[str, str], Any]:
    """POST JSON; (status, headers, parsed JSON body or raw bytes if it is not JSON)."""
    data = body if isinstance(body, bytes) else orjson.dumps(body)
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            url,
            data=data,
            headers={"content-type": "application/json", **(headers or {})},
        ) as resp,
    ):
        raw = await resp.read()
        try:
            parsed: Any = orjson.loads(raw)
        except orjson.JSONDecodeError:
            parsed = raw
        return resp.status, resp.headers, parsed


async def get(url: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        raw = await resp.read()
        try:
            return resp.status, orjson.loads(raw)
        except orjson.JSONDecodeError:
            return resp.status, raw.decode()


class Stream:
    """An SSE response read line by line, with the arrival time of every event."""

    def __init__(self) -> None:
        self.status = 0
        self.events: list[tuple[str | None, bytes]] = []  # (event name, data)
        self.times: list[float] = []
        self.started = 0.0
        self.done = False  # "data: [DONE]" seen (OpenAI)
        self.error: BaseException | None = None

    def json(self) -> list[Any]:
        """The data of every event that is not [DONE], parsed (raises on malformed data)."""
        return [orjson.loads(d) for _, d in self.events if d != b"[DONE]"]

    def texts(self) -> dict[int, str]:
        """OpenAI chat or completion text by choice index."""
        out: dict[int, str] = {}
        for chunk in self.json():
            for choice in chunk.get("choices", []):
                piece = choice.get("text")
                if piece is None:
                    piece = (choice.get("delta") or {}).get("content") or ""
                out[choice["index"]] = out.get(choice["index"], "") + piece
        return out


async def stream(
    url: str,
    body: Any,
    headers: Mapping[str, str] | None = None,
    *,
    max_events: int | None = None,
    timeout_s: float | None = 30.0,
) -> Stream:
    """POST and read the SSE stream; stops after ``max_events`` (then closes the connection).

    A transport error is stored in ``.error`` rather than raised, with what came before it.
    """
    out = Stream()
    timeout = aiohttp.ClientTimeout(total=None, sock_read=timeout_s)
    out.started = time.perf_counter()
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.post(url, json=body, headers=headers) as resp:
                out.status = resp.status
                name: str | None = None
                async for line in resp.content:
                    line = line.rstrip(b"\r\n")
                    if line.startswith(b"event:"):
                        name = line[6:].strip().decode()
                    elif line.startswith(b"data:"):
                        data = line[5:].strip()
                        out.events.append((name, data))
                        out.times.append(time.perf_counter())
                        name = None
                        if data == b"[DONE]":
                            out.done = True
                        if max_events is not None and len(out.events) >= max_events:
                            return out
        except (aiohttp.ClientError, TimeoutError) as exc:
            out.error = exc
    return out


async def metrics(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of ``/metrics``: (name, sorted labels) -> value."""
    status, text = await get(f"{url}/metrics")
    assert status == 200
    out: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


async def metric(url: str, name: str, **labels: str) -> float:
    """One sample of ``/metrics`` (0 when the series does not exist yet)."""
    key = (name, tuple(sorted(labels.items())))
    return (await metrics(url)).get(key, 0.0)


async def eventually(condition: Callable[[], bool], timeout_s: float = 2.0) -> bool:
    """Poll ``condition`` until it holds (True) or ``timeout_s`` passes (False)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True
