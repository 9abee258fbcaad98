"""The HTTP/1.1 client's own errors; ``aire.gateway.clients.http1`` maps them to
``aire.errors`` at the edge of the client protocol."""

from __future__ import annotations

import ssl

__all__ = [
    "ConnectError",
    "ConnectTimeout",
    "Disconnected",
    "HTTPError",
    "PayloadError",
    "ProtocolError",
    "TLSError",
]


class HTTPError(Exception):
    """Base of this client's errors."""


class ConnectError(HTTPError):
    """No connection (refused, unreachable, DNS, TLS); ``strerror`` as the OS gave it."""

    def __init__(self, strerror: str) -> None:
        super().__init__(strerror)
        self.strerror = strerror


class TLSError(ConnectError):
    """The TLS handshake failed: the certificate was not accepted (an unknown CA, expired,
    another host name) or no TLS version was agreed on; ``ssl_error`` says which."""

    def __init__(self, ssl_error: ssl.SSLError) -> None:
        super().__init__(str(ssl_error))
        self.ssl_error = ssl_error


class ConnectTimeout(HTTPError):
    pass


class Disconnected(HTTPError):
    """The connection closed before the response head (``strerror``: it broke, as the OS
    said, e.g. reset by peer)."""

    def __init__(self, message: str, strerror: str | None = None) -> None:
        super().__init__(message)
        self.strerror = strerror


class PayloadError(HTTPError):
    """The connection closed (or broke) in the middle of the response body."""


class ProtocolError(HTTPError):
    """Not a valid HTTP/1.1 response."""
