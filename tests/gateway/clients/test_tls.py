"""TLS towards an upstream, with every client: a private CA, mTLS, no verification.

The upstream is the simulator on uvicorn over TLS with a certificate from a CA made in the
test; with mTLS it refuses a handshake without a client certificate from that CA.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import orjson
import pytest
from tests.gateway.clients.conftest import Certs, StartTLS
from tests.gateway.conftest import StartGateway

from aire.config.gateway import DeploymentConfig, TimeoutsConfig
from aire.errors import UpstreamConnectError
from aire.gateway.providers import PROVIDERS, UpstreamRequest
from aire.gateway.transport import Transport

TIMEOUTS = TimeoutsConfig(connect_ms=2000, first_token_ms=5000, idle_ms=5000, total_ms=10000)


def deployment(url: str, client: str, **extra: Any) -> DeploymentConfig:
    return DeploymentConfig.model_validate(
        {"url": f"{url}/v1", "model": "aire-sim", "client": client, **extra}
    )


def request(stream: bool = False) -> UpstreamRequest:
    return UpstreamRequest(
        endpoint="chat",
        body={"messages": [{"role": "user", "content": "over tls"}], "max_tokens": 4},
        model="aire-sim",
        stream=stream,
        include_usage=False,
        timeouts=TIMEOUTS,
        request_id="r",
        deadline=asyncio.get_running_loop().time() + 10,
    )


async def ask(config: DeploymentConfig, *, stream: bool = False) -> bytes:
    transport = Transport()
    try:
        provider = PROVIDERS.get("openai")(
            transport.for_deployment(config), base_url=str(config.url), api_key=None, headers={}
        )
        if not stream:
            return (await provider.complete(request())).body
        out = b""
        async for chunk in await provider.open_stream(request(stream=True)):
            out += chunk
        return out
    finally:
        await transport.aclose()


async def test_a_private_ca_given_as_ca_file(
    start_tls_sim: StartTLS, certs: Certs, client_name: str
) -> None:
    url = start_tls_sim()
    trusted = deployment(url, client_name, tls={"ca_file": certs.ca_file})
    assert orjson.loads(await ask(trusted))["object"] == "chat.completion"
    assert (await ask(trusted, stream=True)).endswith(b"data: [DONE]\n\n")
    # without it the system's trust store does not know the CA: a clear connect error
    with pytest.raises(UpstreamConnectError, match=r"(?i)certificate verify failed"):
        await ask(deployment(url, client_name))
    with pytest.raises(UpstreamConnectError, match=r"(?i)certificate verify failed"):
        await ask(deployment(url, client_name, tls={"ca_file": certs.other_ca_file}))
    # verify: false accepts any certificate (labs and tests only)
    unchecked = deployment(url, client_name, tls={"verify": False})
    assert orjson.loads(await ask(unchecked))["object"] == "chat.completion"


async def test_mtls(start_tls_sim: StartTLS, certs: Certs, client_name: str) -> None:
    url = start_tls_sim(mtls=True)
    with_cert = deployment(
        url,
        client_name,
        tls={
            "ca_file": certs.ca_file,
            "cert_file": certs.client_cert,
            "key_file": certs.client_key,
        },
    )
    assert orjson.loads(await ask(with_cert))["object"] == "chat.completion"
    assert (await ask(with_cert, stream=True)).endswith(b"data: [DONE]\n\n")
    # without a client certificate the server ends the handshake: TLS 1.3 lets the client
    # finish its side first, so the refusal shows at the first read, as a connection
    # closed (or broken) before any answer; asyncio drops the alert's words
    without = deployment(url, client_name, tls={"ca_file": certs.ca_file})
    with pytest.raises(UpstreamConnectError, match=r"connection to upstream .* failed|closed"):
        await ask(without)
    with pytest.raises(UpstreamConnectError):
        await ask(without, stream=True)


async def test_a_gateway_deployment_over_mtls(
    start_tls_sim: StartTLS, start_gateway: StartGateway, certs: Certs
) -> None:
    """Through the whole gateway: the working deployment serves; the one without its
    client certificate fails with an upstream error that names no URL."""
    url = start_tls_sim(mtls=True)
    # the same server by its address: one URL per deployment (deployments are keyed by it)
    by_address = url.replace("localhost", "127.0.0.1")
    tls = {"ca_file": certs.ca_file}
    gw, _ = start_gateway(
        models={
            "good": {
                "deployments": [
                    {
                        "url": f"{url}/v1",
                        "model": "aire-sim",
                        "tls": {
                            **tls,
                            "cert_file": certs.client_cert,
                            "key_file": certs.client_key,
                        },
                    }
                ]
            },
            "bad": {"deployments": [{"url": f"{by_address}/v1", "model": "aire-sim", "tls": tls}]},
        },
        retries={"max_attempts": 1},
    )
    body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 3}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gw}/v1/chat/completions", json={**body, "model": "good"}) as r:
            assert r.status == 200
            assert (await r.json())["object"] == "chat.completion"
        async with session.post(f"{gw}/v1/chat/completions", json={**body, "model": "bad"}) as r:
            assert r.status == 502
            raw = await r.read()
    error = orjson.loads(raw)["error"]
    assert error["code"] == "upstream_connect_error"
    assert b"127.0.0.1" not in raw
    assert b"https" not in raw
