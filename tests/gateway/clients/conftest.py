"""Real servers for the client tests: a CA and certificates, the simulator over TLS (mTLS
optional), over HTTP/2 (hypercorn), a forwarding/CONNECT proxy, and raw TCP servers."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import trustme
import uvicorn
from tests.conftest import FAST

from aire.asgi import Receive, Scope, Send
from aire.config.sim import SimConfig
from aire.gateway.clients import CLIENTS
from aire.server import bind
from aire.sim.app import SimApp

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@pytest.fixture(params=CLIENTS.names())
def client_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclass
class Certs:
    ca_file: str  # the CA that signed the server's and the client's certificates
    server_cert: str  # chain + key, for localhost and 127.0.0.1
    client_cert: str  # the client's certificate chain
    client_key: str
    other_ca_file: str  # a CA that signed nothing here


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    """A private CA (made here with trustme, on the cryptography package)."""
    root = tmp_path_factory.mktemp("certs")
    ca, other = trustme.CA(), trustme.CA()
    server = ca.issue_cert("localhost", "127.0.0.1")
    client = ca.issue_cert("client.aire.test")
    paths = {name: str(root / f"{name}.pem") for name in ("ca", "server", "cc", "ck", "other")}
    ca.cert_pem.write_to_path(paths["ca"])
    other.cert_pem.write_to_path(paths["other"])
    server.private_key_and_cert_chain_pem.write_to_path(paths["server"])
    for i, blob in enumerate(client.cert_chain_pems):
        blob.write_to_path(paths["cc"], append=i > 0)
    client.private_key_pem.write_to_path(paths["ck"])
    return Certs(paths["ca"], paths["server"], paths["cc"], paths["ck"], paths["other"])


@contextlib.contextmanager
def serve_tls_in_thread(app: Any, certs: Certs, *, require_client_cert: bool) -> Iterator[str]:
    """``app`` on uvicorn over TLS, in a thread with its own loop; yields the base URL."""
    sock = bind("127.0.0.1", 0)
    config = uvicorn.Config(
        app,
        http="httptools",
        lifespan="on",
        log_level="critical",  # handshakes the tests make fail on purpose are no news
        access_log=False,
        ssl_certfile=certs.server_cert,
        ssl_ca_certs=certs.ca_file,
        ssl_cert_reqs=ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    for _ in range(500):
        if server.started or not thread.is_alive():
            break
        threading.Event().wait(0.01)
    assert server.started, "the TLS server did not start"
    try:
        yield f"https://localhost:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


StartTLS = Callable[..., str]


@pytest.fixture
def start_tls_sim(certs: Certs) -> Iterator[StartTLS]:
    """``url = start_tls_sim(mtls=False)``: a zero-latency simulator over HTTPS."""
    with contextlib.ExitStack() as stack:

        def start(*, mtls: bool = False) -> str:
            app = SimApp(SimConfig.model_validate(FAST))
            return stack.enter_context(serve_tls_in_thread(app, certs, require_client_cert=mtls))

        yield start


class Versions:
    """ASGI middleware: the HTTP version of every request the app served."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.seen.append(scope["http_version"])
        await self.app(scope, receive, send)


@pytest.fixture
async def start_h2_sim(
    certs: Certs,
) -> AsyncIterator[Callable[..., Awaitable[tuple[str, Versions]]]]:
    """``url, versions = await start_h2_sim(tls=True)``: the simulator on hypercorn (HTTP/2
    by ALPN over TLS, by prior knowledge over plain TCP), in the test's loop."""
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    stop = asyncio.Event()
    tasks: list[asyncio.Task[Any]] = []

    async def start(*, tls: bool) -> tuple[str, Versions]:
        app = Versions(SimApp(SimConfig.model_validate(FAST)))
        sock = bind("127.0.0.1", 0)
        port = sock.getsockname()[1]
        config = Config()
        config.bind = [f"fd://{sock.detach()}"]  # hypercorn owns (and closes) it
        config.accesslog = None
        config.errorlog = None
        if tls:
            config.certfile = certs.server_cert
            config.keyfile = certs.server_cert
        tasks.append(asyncio.create_task(serve(app, config, shutdown_trigger=stop.wait)))  # type: ignore[arg-type]
        scheme, host = ("https", "localhost") if tls else ("http", "127.0.0.1")
        await _wait_listening(port)
        return f"{scheme}://{host}:{port}", app

    yield start
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)


async def _wait_listening(port: int) -> None:
    for _ in range(500):
        with contextlib.suppress(OSError):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the server did not start")


class Proxy:
    """An HTTP proxy: CONNECT tunnels and absolute-form forwarding, each connection piped
    to the origin it names. ``seen``: the first request line of every connection;
    ``refuse``: answer 403 to everything instead."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.refuse = False

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        line = head.split(b"\r\n", 1)[0].decode()
        self.seen.append(line)
        if self.refuse:
            writer.write(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
            return
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
        else:  # absolute-form: the origin reads it as it is (RFC 9112 3.2.2)
            parts = urlsplit(target)
            host, port = parts.hostname or "", str(parts.port or 80)
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        if method == "CONNECT":
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            up_writer.write(head)
        try:
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            up_writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(OSError):
        writer.write_eof()


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    """``url = await serve(handler)``: a raw TCP server in the test's loop."""
    servers: list[asyncio.Server] = []
    handlers: set[asyncio.Task[Any]] = set()

    async def start(handler: Handler) -> str:
        async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            handlers.add(task)
            try:
                await handler(reader, writer)
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()

        server = await asyncio.start_server(run, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"

    yield start
    for server in servers:
        server.close()
    for task in handlers:
        task.cancel()
    await asyncio.gather(*handlers, return_exceptions=True)
    for server in servers:
        await server.wait_closed()


@pytest.fixture
async def proxy(serve: Callable[[Handler], Awaitable[str]]) -> tuple[str, Proxy]:
    p = Proxy()
    return await serve(p), p


def write_file(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
