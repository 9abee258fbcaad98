"""Where the load goes: the endpoint for a base URL, a reachability probe, the model name,
and the embedded ``aire sim`` used when no URL is given."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import orjson

from aire.config.load import LoadConfig
from aire.config.sim import SimConfig
from aire.errors import UsageError
from aire.load.errors import TargetUnreachable

__all__ = ["Target", "embedded_sim", "endpoint_for", "probe", "request_headers"]

_PATHS = {"chat": "/chat/completions", "completions": "/completions"}


@dataclass(frozen=True, slots=True)
class Target:
    url: str  # what the user gave (or the embedded sim's URL)
    endpoint: str  # the URL requests are sent to
    model: str
    embedded: bool = False


def endpoint_for(url: str, api: str) -> tuple[str, str]:
    """``(base ending in /v1, endpoint)`` for a base URL, a ``/v1`` URL or a full endpoint."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port out of range or not a number
    except ValueError as exc:
        raise UsageError(f"the target URL is not a valid URL ({exc}): {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        # not "--url": a profile's target.url or $AIRE_TARGET come here too
        hint = f" (did you mean 'http://{url}'?)" if "://" not in url else ""
        raise UsageError(f"the target URL must be an http(s) URL, got {url!r}{hint}")
    if port == 0:
        raise UsageError(f"the target URL has port 0: {url!r}")
    path = parts.path.rstrip("/")
    for suffix in _PATHS.values():
        if path.endswith(suffix):
            base = url.rstrip("/")[: -len(suffix)]
            return base, url
    base = url.rstrip("/") if path.endswith("/v1") else url.rstrip("/") + "/v1"
    return base, base + _PATHS[api]


def request_headers(config: LoadConfig) -> dict[str, str]:
    headers = dict(config.headers)
    if config.api_key:
        headers.setdefault("Authorization", f"Bearer {config.api_key}")
    return headers


async def probe(config: LoadConfig, url: str, *, embedded: bool = False) -> Target:
    """Check that something answers at ``url`` and learn the model when none is given.

    Any HTTP answer counts as reachable (an endpoint may not serve /v1/models);
    only a failed connection is ``TargetUnreachable`` (exit 3).
    """
    base, endpoint = endpoint_for(url, config.api)
    timeout = aiohttp.ClientTimeout(total=max(config.connect_timeout_s, 5.0))
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout, headers=request_headers(config)) as session,
            session.get(base + "/models") as resp,
        ):
            status = resp.status
            body = await resp.read()
    except aiohttp.ClientResponseError as exc:  # an answer that is not HTTP
        detail = " ".join(str(exc.message).split()).rstrip(" ^") or "bad response"
        raise TargetUnreachable(f"{url} does not speak HTTP: {detail}") from None
    except TimeoutError:
        raise TargetUnreachable(
            f"cannot reach {url}: no answer within {timeout.total:g} s"
        ) from None
    except (aiohttp.ClientError, OSError) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise TargetUnreachable(f"cannot reach {url}: {detail}") from None
    model = config.model or _first_model(status, body)
    if model is None:
        raise UsageError(
            f"{base}/models did not name a model (HTTP {status}); give one with --model"
        )
    return Target(url=url, endpoint=endpoint, model=model, embedded=embedded)


def _first_model(status: int, body: bytes) -> str | None:
    if status != 200:
        return None
    try:
        data: Any = orjson.loads(body)
        model = data["data"][0]["id"]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
        return None
    return model if isinstance(model, str) else None


@contextlib.contextmanager
def embedded_sim(config: SimConfig | None = None) -> Iterator[str]:
    """An ``aire sim`` on a free local port, in a background thread; yields its URL."""
    from aire.server import serve_in_thread
    from aire.sim.app import SimApp

    sim_config = (config or SimConfig()).model_copy(update={"host": "127.0.0.1", "port": 0})
    with serve_in_thread(
        SimApp(sim_config),
        header_timeout_s=sim_config.header_timeout_s,
        max_connections=sim_config.max_connections,
    ) as url:
        yield url
