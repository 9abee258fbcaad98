"""Certificate checks towards an HTTPS upstream, with every client: host names (DNS and IP
SANs), SNI, expiry, an https URL at a plain-HTTP server, the system trust store's override
(``SSL_CERT_FILE``), and what a client of the gateway sees of a failed handshake.

Servers are real TLS servers on 127.0.0.1 with certificates of a CA made in the test
(trustme): raw asyncio servers in the test's loop that answer one fixed response, and
the simulator on uvicorn for the whole gateway.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import trustme
from tests.gateway.clients.conftest import Certs, StartTLS
from tests.gateway.conftest import StartGateway

from aire.config.gateway import DeploymentConfig
from aire.errors import UpstreamConnectError, UpstreamTimeout, UpstreamTLSError
from aire.gateway.transport import Transport

ANSWER = (
    b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{"ok":true}'
)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def server_context(ca: trustme.CA, *names: str, **issue: Any) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names, **issue).configure_cert(ctx)
    return ctx


ServeTLS = Callable[[ssl.SSLContext], Awaitable[int]]


@pytest.fixture
async def serve_tls() -> AsyncIterator[ServeTLS]:
    """``port = await serve_tls(ctx)``: a TLS server on 127.0.0.1 that answers ANSWER to
    every request (keep-alive)."""
    servers: list[asyncio.Server] = []
    handlers: set[asyncio.Task[Any]] = set()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            while True:
                await reader.readuntil(b"\r\n\r\n")  # GETs only: no body
                writer.write(ANSWER)
                await writer.drain()
        writer.close()

    async def start(ctx: ssl.SSLContext) -> int:
        server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=ctx)
        servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    yield start
    for server in servers:
        server.close()
    for task in handlers:
        task.cancel()
    await asyncio.gather(*handlers, return_exceptions=True)
    for server in servers:
        await server.wait_closed()


async def get(url: str, client: str, **tls: Any) -> bytes:
    """GET ``url`` through a deployment's client (``tls``: its tls settings, if any)."""
    config = DeploymentConfig.model_validate(
        {"url": url, "model": "m", "client": client, **({"tls": tls} if tls else {})}
    )
    transport = Transport()
    try:
        upstream = transport.for_deployment(config)
        deadline = asyncio.get_running_loop().time() + 5
        resp = await upstream.client.request("GET", url, {}, None, connect_s=5, deadline=deadline)
        try:
            assert resp.status == 200
            return await resp.read(deadline)
        finally:
            resp.release()
    finally:
        await transport.aclose()


async def test_the_host_name_is_checked(
    ca: trustme.CA, ca_file: str, serve_tls: ServeTLS, client_name: str
) -> None:
    """A certificate from a trusted CA, but for another name: refused by DNS name and by
    IP address alike; ``verify: false`` skips the check."""
    port = await serve_tls(server_context(ca, "other.aire.test"))
    for host, words in (("localhost", "Hostname mismatch"), ("127.0.0.1", "IP address mismatch")):
        with pytest.raises(UpstreamTLSError, match=f"certificate verify failed: {words}") as err:
            await get(f"https://{host}:{port}/v1", client_name, ca_file=ca_file)
        assert err.value.code == "upstream_tls_error"
        assert isinstance(err.value, UpstreamConnectError)  # retried and counted as one
    assert await get(f"https://localhost:{port}/v1", client_name, verify=False) == b'{"ok":true}'


async def test_sni_names_the_host_and_no_ip_address(
    ca: trustme.CA, ca_file: str, serve_tls: ServeTLS, client_name: str
) -> None:
    """A server with one certificate per name, chosen by SNI (as a shared load balancer
    does): the client must send the URL's host name; an IP address is not sent (RFC 6066),
    and the certificate for that address is checked against it."""
    seen: list[str | None] = []
    by_name = server_context(ca, "localhost")
    default = server_context(ca, "127.0.0.1")

    def pick(sock: ssl.SSLObject, name: str | None, _: ssl.SSLContext) -> None:
        seen.append(name)
        if name == "localhost":
            sock.context = by_name

    default.sni_callback = pick
    port = await serve_tls(default)
    assert await get(f"https://localhost:{port}/", client_name, ca_file=ca_file) == b'{"ok":true}'
    assert await get(f"https://127.0.0.1:{port}/", client_name, ca_file=ca_file) == b'{"ok":true}'
    assert seen == ["localhost", None]


async def test_an_expired_certificate(
    ca: trustme.CA, ca_file: str, serve_tls: ServeTLS, client_name: str
) -> None:
    now = datetime.datetime.now(datetime.UTC)
    expired = server_context(
        ca,
        "localhost",
        not_before=now - datetime.timedelta(days=30),
        not_after=now - datetime.timedelta(days=1),
    )
    port = await serve_tls(expired)
    with pytest.raises(
        UpstreamTLSError, match="certificate verify failed: certificate has expired"
    ):
        await get(f"https://localhost:{port}/", client_name, ca_file=ca_file)


async def test_an_https_url_at_a_plain_http_server(client_name: str) -> None:
    async def plain(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            await reader.read(1024)
            writer.write(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(plain, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(UpstreamTLSError, match=r"TLS handshake with upstream .* failed: \w"):
            await get(f"https://127.0.0.1:{port}/", client_name)
    finally:
        server.close()
        await server.wait_closed()


async def test_without_tls_settings_the_system_store_decides(
    ca: trustme.CA,
    ca_file: str,
    serve_tls: ServeTLS,
    client_name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Verification is on by default, against the system's store, which OpenSSL's
    ``SSL_CERT_FILE`` replaces (as for curl or Python): a private CA trusted machine-wide
    needs no ``ca_file``."""
    port = await serve_tls(server_context(ca, "localhost"))
    url = f"https://localhost:{port}/"
    with pytest.raises(UpstreamTLSError, match="unable to get local issuer certificate"):
        await get(url, client_name)
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    assert await get(url, client_name) == b'{"ok":true}'


async def test_tls_error_messages_name_the_origin_for_the_log_only(
    ca: trustme.CA, serve_tls: ServeTLS, client_name: str
) -> None:
    """The exception's message (logged) names the upstream and OpenSSL's reason without
    its source location; what a client is told is tested through the gateway below."""
    port = await serve_tls(server_context(ca, "localhost"))
    with pytest.raises(UpstreamTLSError) as err:
        await get(f"https://localhost:{port}/v1", client_name)
    message = err.value.message
    assert message.startswith(f"TLS handshake with upstream https://localhost:{port} failed: ")
    assert "_ssl.c" not in message
    assert "[SSL" not in message


# -- through the whole gateway ------------------------------------------------------------


async def test_the_gateway_over_https(
    start_tls_sim: StartTLS, start_gateway: StartGateway, certs: Certs, tmp_path: Path
) -> None:
    """Chat and streaming through a deployment on a private CA; the same upstream under
    another name, or without the CA, fails with ``upstream_tls_error``, the reason in the
    gateway's log and nothing of the upstream's URL in the answer, streamed or not."""
    url = start_tls_sim()
    port = url.rsplit(":", 1)[1]
    by_address = url.replace("localhost", "127.0.0.1")  # in the certificate: serves too
    gw, _ = start_gateway(
        models={
            "good": {
                "deployments": [
                    {
                        "url": f"{by_address}/v1",
                        "model": "aire-sim",
                        "tls": {"ca_file": certs.ca_file},
                    }
                ]
            },
            # the system store does not know the test's CA
            "untrusted": {"deployments": [{"url": f"{url}/v1", "model": "aire-sim"}]},
        },
        retries={"max_attempts": 1},
    )
    body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gw}/v1/chat/completions", json={**body, "model": "good"}) as r:
            assert r.status == 200
            assert (await r.json())["object"] == "chat.completion"
        stream = {**body, "model": "good", "stream": True}
        async with session.post(f"{gw}/v1/chat/completions", json=stream) as r:
            assert r.status == 200
            assert r.content_type == "text/event-stream"
            assert (await r.read()).endswith(b"data: [DONE]\n\n")
        answers = []
        for extra in ({}, {"stream": True}):
            req = {**body, "model": "untrusted", **extra}
            async with session.post(f"{gw}/v1/chat/completions", json=req) as r:
                answers.append((r.status, await r.read()))
    for status, raw in answers:
        assert status == 502
        error = orjson.loads(raw)["error"]
        assert error["code"] == "upstream_tls_error"
        assert error["type"] == "upstream_error"
        assert "TLS handshake failed" in error["message"]
        for leak in (b"localhost", port.encode(), b"https", b"127.0.0.1", b"_ssl.c"):
            assert leak not in raw


async def test_a_handshake_that_never_ends_is_a_connect_timeout(client_name: str) -> None:
    """A server that accepts the connection and never answers the ClientHello: the
    connect timeout bounds the handshake too."""

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            await reader.read()  # until the client gives up
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    url = f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    config = DeploymentConfig.model_validate({"url": url, "model": "m", "client": client_name})
    transport = Transport()
    try:
        client = transport.for_deployment(config).client
        deadline = asyncio.get_running_loop().time() + 30
        with pytest.raises(UpstreamTimeout) as err:
            await asyncio.wait_for(
                client.request("GET", url, {}, None, connect_s=0.2, deadline=deadline), 10
            )
        assert err.value.phase == "connect"
    finally:
        await transport.aclose()
        server.close()
        await server.wait_closed()


async def test_health_checks_use_the_deployments_tls_settings(
    start_tls_sim: StartTLS, start_gateway: StartGateway, certs: Certs
) -> None:
    """An active health check of an HTTPS deployment trusts what the deployment trusts:
    one on a private CA with its ``ca_file`` stays healthy, the same server without it is
    marked down (its handshake fails)."""
    url = start_tls_sim()
    by_address = url.replace("localhost", "127.0.0.1")  # another origin, the same server
    checked = {"health_path": "/health", "model": "aire-sim"}
    _, app = start_gateway(
        health={"enabled": True, "interval_s": 0.05, "timeout_ms": 5000},
        models={
            "trusted": {
                "deployments": [{"url": f"{url}/v1", "tls": {"ca_file": certs.ca_file}, **checked}]
            },
            "untrusted": {"deployments": [{"url": f"{by_address}/v1", **checked}]},
        },
    )
    trusted = app.state.routes["trusted"].deployments[0]
    untrusted = app.state.routes["untrusted"].deployments[0]
    for _ in range(200):  # checks every 50 ms; two failed ones mark a deployment down
        if not untrusted.healthy:
            break
        await asyncio.sleep(0.05)
    assert not untrusted.healthy
    assert trusted.healthy


async def test_health_checks_of_two_deployments_at_one_origin_keep_their_own_tls(
    start_tls_sim: StartTLS, start_gateway: StartGateway, certs: Certs
) -> None:
    """The same URL twice, once with the private CA and once without: each deployment's
    health check uses its own settings (they were looked up by origin, so the last one
    registered decided for both)."""
    url = start_tls_sim()
    checked = {"health_path": "/health", "model": "aire-sim"}
    for order in ("untrusted first", "trusted first"):
        trusted_dep = {"url": f"{url}/v1", "tls": {"ca_file": certs.ca_file}, **checked}
        untrusted_dep = {"url": f"{url}/v1", **checked}
        models = {"trusted": {"deployments": [trusted_dep]},
                  "untrusted": {"deployments": [untrusted_dep]}}  # fmt: skip
        if order == "trusted first":
            models = dict(reversed(list(models.items())))
        _, app = start_gateway(
            health={"enabled": True, "interval_s": 0.05, "timeout_ms": 5000}, models=models
        )
        trusted = app.state.routes["trusted"].deployments[0]
        untrusted = app.state.routes["untrusted"].deployments[0]
        for _ in range(200):
            if not untrusted.healthy:
                break
            await asyncio.sleep(0.05)
        assert not untrusted.healthy, order
        assert trusted.healthy, order
