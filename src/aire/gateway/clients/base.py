"""The upstream HTTP client protocol, its settings, and the registry of implementations.

The gateway talks to upstreams through an ``UpstreamClient``: ``request`` sends one
request and returns once the response head has arrived; the ``ClientResponse`` body is
read whole or piece by piece, each read bounded by a deadline on the event loop's clock.
Implementations map their library's errors at their edge, so that the same failure is
the same ``aire.errors`` class whichever client saw it:

    deadline passed (any phase)          TimeoutError (the caller knows the phase)
    connect timeout (``connect_s``)      UpstreamTimeout, phase "connect"
    TLS handshake failed (certificate
    not trusted, expired, another host
    name; no common TLS version)         UpstreamTLSError (an UpstreamConnectError)
    refused, unreachable, DNS,
    proxy refused the tunnel             UpstreamConnectError
    closed or reset before the head      UpstreamConnectError (retryable: nothing came)
    closed or reset inside the body,
    a body that does not decompress      UpstreamProtocolError ("cut the response off")
    not HTTP                             UpstreamProtocolError

``http1`` (the package ``aire.gateway.http1``, the default) is the fastest; ``httpx`` (an extra)
adds proxies and HTTP/2. Both take TLS settings (a CA bundle, a client certificate).
"""

from __future__ import annotations

import importlib.util
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Protocol

from aire.errors import (
    ConfigError,
    UpstreamConnectError,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamTimeout,
    UpstreamTLSError,
)
from aire.registry import Registry

__all__ = [
    "CLIENTS",
    "ClientFactory",
    "ClientResponse",
    "ClientSettings",
    "TLSSettings",
    "UpstreamClient",
    "client_problem",
    "connect_failed",
    "connect_timeout",
    "cut_off",
    "disconnected",
    "no_key_password",
    "not_http",
    "resolve_client",
    "tls_context",
    "tls_failed",
    "tls_reason",
]


class ClientResponse(Protocol):
    """A response whose head has arrived. ``headers``: lower-case names (the first of
    repeated ones). One of ``release`` (the connection may be reused once the body was
    read to its end) or ``close`` must end its use; both are idempotent. After a read
    timed out, failed or was cancelled, close it: whether it can be read on depends on
    the client."""

    status: int
    headers: Mapping[str, str]

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters."""
        ...

    async def read(self, deadline: float | None = None) -> bytes:
        """The whole (rest of the) body."""
        ...

    async def readany(self, deadline: float | None = None) -> bytes:
        """Bytes received and not yet read, waiting for some; b"" at the end."""
        ...

    async def read_upto(self, limit: int, deadline: float | None = None) -> bytes:
        """At most ``limit`` bytes of the body (for error bodies of unknown size)."""
        ...

    def release(self) -> None: ...

    def close(self) -> None: ...


class UpstreamClient(Protocol):
    async def request(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        connect_s: float,
        deadline: float,
    ) -> ClientResponse:
        """Send a request; return once its response head arrived, before ``deadline``."""
        ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True, slots=True)
class TLSSettings:
    ca_file: str | None = None  # PEM bundle trusted instead of the system's
    cert_file: str | None = None  # client certificate (mTLS), PEM; may hold the key too
    key_file: str | None = None
    verify: bool = True  # False: no certificate or host name check (tests, labs)


@dataclass(frozen=True, slots=True)
class ClientSettings:
    """What a client is built from; deployments with equal settings share one client
    (and so its keep-alive connections)."""

    client: str = "http1"  # a name in CLIENTS, or "module:attr"
    proxy: str | None = None
    tls: TLSSettings | None = None
    http2: bool = False
    keepalive_s: float = 30.0


class ClientFactory(Protocol):
    """A client class: built from settings; ``features`` lists the optional settings it
    serves ("proxy", "http2", "tls")."""

    features: ClassVar[frozenset[str]]

    def __call__(self, settings: ClientSettings) -> UpstreamClient: ...


CLIENTS: Registry[ClientFactory] = Registry(
    "upstream client",
    {
        "http1": "aire.gateway.clients.http1:Http1Client",
        "httpx": "aire.gateway.clients.httpx:HttpxClient",
    },
)

# what a client or a feature needs that the base install lacks: module -> extra
_NEEDS: dict[str, tuple[str, str]] = {
    "httpx": ("httpx2", "httpx"),
    "http2": ("h2", "httpx"),
}


def resolve_client(client: str, *, proxy: bool, http2: bool) -> str:
    """The client ``auto`` stands for: http1 (measured fastest) unless a setting needs
    what only the library client does."""
    if client != "auto":
        return client
    return "httpx" if proxy or http2 else "http1"


def client_problem(settings: ClientSettings) -> tuple[str, str] | None:
    """(message, field) if these settings cannot be served here: an unknown client, a
    missing extra, or a setting the client does not support."""
    missing = _missing(settings.client)
    if missing is not None:
        return f"client {settings.client!r} {missing}", "client"
    try:
        factory = CLIENTS.get(settings.client)
    except ConfigError as exc:
        return exc.message, "client"
    features: frozenset[str] = getattr(factory, "features", frozenset())
    wanted = [
        ("proxy", settings.proxy is not None),
        ("http2", settings.http2),
        ("tls", settings.tls is not None),
    ]
    for feature, used in wanted:
        if used and feature not in features:
            return (
                f"client {settings.client!r} does not support {feature}; "
                "use client: httpx (or auto)",
                feature,
            )
    missing = _missing("http2") if settings.http2 else None
    if missing is not None:
        return f"http2 {missing}", "http2"
    return None


def _missing(need: str) -> str | None:
    """What to install for ``need`` (a client or a feature), if it is not installed."""
    if need not in _NEEDS:
        return None
    module, extra = _NEEDS[need]
    if importlib.util.find_spec(module) is not None:
        return None
    return f"needs the {module!r} package: pip install 'aire[{extra}]'"


def tls_context(tls: TLSSettings | None) -> ssl.SSLContext:
    """A client-side context (each client gets its own: libraries set ALPN on it)."""
    tls = tls or TLSSettings()
    ctx = ssl.create_default_context(cafile=tls.ca_file)
    if not tls.verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if tls.cert_file:
        ctx.load_cert_chain(tls.cert_file, tls.key_file, password=no_key_password)
    return ctx


def no_key_password() -> str:
    """The password callback of ``load_cert_chain``: without one, OpenSSL asks for an
    encrypted key's password on the terminal, and a service would hang there."""
    raise ValueError("the private key is encrypted: give an unencrypted PEM key")


# -- one message per failure class, whichever client saw it (logs only, never clients) --


def connect_timeout(origin: str) -> UpstreamTimeout:
    return UpstreamTimeout(f"upstream {origin} timed out (connect)", phase="connect")


def connect_failed(origin: str, reason: str) -> UpstreamConnectError:
    return UpstreamConnectError(f"cannot connect to upstream {origin}: {reason}")


def tls_failed(origin: str, exc: ssl.SSLError) -> UpstreamTLSError:
    return UpstreamTLSError(f"TLS handshake with upstream {origin} failed: {tls_reason(exc)}")


def tls_reason(exc: ssl.SSLError) -> str:
    """Why a handshake failed, in OpenSSL's words without its source location
    ("certificate verify failed: Hostname mismatch, certificate is not valid for 'x'.",
    "wrong version number")."""
    if isinstance(exc, ssl.SSLCertVerificationError) and exc.verify_message:
        return f"certificate verify failed: {exc.verify_message}"
    if exc.reason:
        return str(exc.reason).lower().replace("_", " ")
    return str(exc) or type(exc).__name__


def disconnected(origin: str, reason: str | None) -> UpstreamConnectError:
    if reason:
        return UpstreamConnectError(f"connection to upstream {origin} failed: {reason}")
    return UpstreamConnectError(f"upstream {origin} closed the connection")


def cut_off(origin: str, reason: str | None = None) -> UpstreamError:
    detail = f" ({reason})" if reason else ""
    return UpstreamProtocolError(f"upstream {origin} cut the response off{detail}")


def not_http(origin: str, reason: str) -> UpstreamError:
    return UpstreamProtocolError(f"bad response from upstream {origin}: {reason}")
