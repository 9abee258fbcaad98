"""What the httpx client adds: an HTTP(S) proxy and HTTP/2, against real servers."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.clients.conftest import Certs, Proxy, StartTLS, Versions
from tests.gateway.conftest import StartGateway

from aire.config.gateway import DeploymentConfig, TimeoutsConfig
from aire.errors import UpstreamConnectError
from aire.gateway.providers import PROVIDERS, UpstreamRequest
from aire.gateway.transport import Transport

TIMEOUTS = TimeoutsConfig(connect_ms=2000, first_token_ms=5000, idle_ms=5000, total_ms=10000)
StartH2 = Callable[..., Awaitable[tuple[str, Versions]]]


def request(stream: bool = False) -> UpstreamRequest:
    return UpstreamRequest(
        endpoint="chat",
        body={"messages": [{"role": "user", "content": "one two three"}], "max_tokens": 3},
        model="aire-sim",
        stream=stream,
        include_usage=True,
        timeouts=TIMEOUTS,
        request_id="r",
        deadline=asyncio.get_running_loop().time() + 10,
    )


async def ask(config: dict[str, Any], *, stream: bool = False, times: int = 1) -> list[bytes]:
    dep = DeploymentConfig.model_validate({"model": "aire-sim", **config})
    transport = Transport()
    out = []
    try:
        provider = PROVIDERS.get("openai")(
            transport.for_deployment(dep), base_url=str(dep.url), api_key=None, headers={}
        )
        for _ in range(times):
            if not stream:
                out.append((await provider.complete(request())).body)
                continue
            raw = b""
            async for chunk in await provider.open_stream(request(stream=True)):
                raw += chunk
            out.append(raw)
        return out
    finally:
        await transport.aclose()


# -- proxy -----------------------------------------------------------------------------------


async def test_an_http_upstream_through_a_forwarding_proxy(
    sim: str, proxy: tuple[str, Proxy]
) -> None:
    proxy_url, seen = proxy
    bodies = await ask({"url": f"{sim}/v1", "proxy": proxy_url}, times=2)  # client: auto
    assert all(orjson.loads(b)["object"] == "chat.completion" for b in bodies)
    streamed = await ask({"url": f"{sim}/v1", "proxy": proxy_url}, stream=True)
    assert streamed[0].endswith(b"data: [DONE]\n\n")
    # absolute-form requests: the proxy saw the upstream's full URL, each time
    assert seen.seen
    assert all(line.startswith(f"POST {sim}/v1/chat/completions ") for line in seen.seen)


async def test_an_https_upstream_through_a_connect_tunnel(
    start_tls_sim: StartTLS, certs: Certs, proxy: tuple[str, Proxy]
) -> None:
    url = start_tls_sim()
    proxy_url, seen = proxy
    config = {"url": f"{url}/v1", "proxy": proxy_url, "tls": {"ca_file": certs.ca_file}}
    bodies = await ask(config, times=3)
    assert all(orjson.loads(b)["object"] == "chat.completion" for b in bodies)
    port = url.rsplit(":", 1)[1]
    # one tunnel, kept alive for the three requests; TLS runs end to end inside it
    assert seen.seen == [f"CONNECT localhost:{port} HTTP/1.1"]


async def test_a_proxy_that_refuses_is_a_connect_error(
    start_tls_sim: StartTLS, sim: str, certs: Certs, proxy: tuple[str, Proxy]
) -> None:
    proxy_url, seen = proxy
    seen.refuse = True
    https = {"url": f"{start_tls_sim()}/v1", "tls": {"ca_file": certs.ca_file}}
    with pytest.raises(UpstreamConnectError, match="proxy"):
        await ask({**https, "proxy": proxy_url})


async def test_a_proxy_that_is_down_is_a_connect_error(sim: str) -> None:
    from aire.server import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(UpstreamConnectError):
        await ask({"url": f"{sim}/v1", "proxy": f"http://127.0.0.1:{port}"})


async def test_a_gateway_deployment_behind_a_proxy(
    sim: str, start_gateway: StartGateway, proxy: tuple[str, Proxy]
) -> None:
    proxy_url, seen = proxy
    gw, _ = start_gateway(
        models={
            "chat": {"deployments": [{"url": f"{sim}/v1", "model": "aire-sim", "proxy": proxy_url}]}
        }
    )
    body = {"model": "chat", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 3}
    async with aiohttp.ClientSession() as session:
        for stream in (False, True):
            async with session.post(
                f"{gw}/v1/chat/completions", json={**body, "stream": stream}
            ) as r:
                assert r.status == 200
                raw = await r.read()
            assert raw.endswith(b"data: [DONE]\n\n") if stream else b"chat.completion" in raw
    assert len(seen.seen) >= 1
    assert all(line.startswith(f"POST {sim}/v1/chat/completions ") for line in seen.seen)


# -- HTTP/2 ----------------------------------------------------------------------------------


async def test_http2_over_tls_by_alpn(start_h2_sim: StartH2, certs: Certs) -> None:
    url, versions = await start_h2_sim(tls=True)
    config = {"url": f"{url}/v1", "http2": True, "tls": {"ca_file": certs.ca_file}}
    bodies = await ask(config, times=2)
    assert all(orjson.loads(b)["object"] == "chat.completion" for b in bodies)
    streamed = await ask(config, stream=True)
    events = [b for b in streamed[0].split(b"\n\n") if b.startswith(b"data: {")]
    assert orjson.loads(events[-1][6:])["usage"]["completion_tokens"] == 3
    assert versions.seen == ["2", "2", "2"]
    # the same server without http2: HTTP/1.1 (the default client, ALPN not offered)
    await ask({"url": f"{url}/v1", "tls": {"ca_file": certs.ca_file}})
    assert versions.seen[-1] == "1.1"


async def test_http2_with_prior_knowledge_over_plain_tcp(start_h2_sim: StartH2) -> None:
    url, versions = await start_h2_sim(tls=False)
    bodies = await ask({"url": f"{url}/v1", "http2": True}, stream=True)
    assert bodies[0].endswith(b"data: [DONE]\n\n")
    assert versions.seen == ["2"]
