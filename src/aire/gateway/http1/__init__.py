"""A lean HTTP/1.1 client for upstream calls: keep-alive connections per origin, responses
parsed by httptools (llhttp, the parser uvicorn uses on the server side).

aiohttp's per-call machinery (``ClientRequest``, header merging, cookie jar, payload
registry, timer contexts) took about 150 µs of CPU per upstream call, more than the rest
of the gateway's work on a request. The gateway needs far less: a POST or GET with a
ready-made head, a response read whole or chunk by chunk against a deadline, and
connection reuse. No redirects, cookies, proxies or ``Expect: 100-continue``; TLS through
the ``ssl.SSLContext`` given (custom CAs, client certificates).

One module per part, in the order a request goes through them:

    request    ``Target`` (a parsed URL: where to connect, the request line) and
               ``request_head`` (the bytes of a request head)
    pool       ``Pool``: keep-alive connections per origin, connect (TLS), send, wait
               for the response head
    protocol   ``Connection``: one connection, an ``asyncio.Protocol`` whose bytes
               httptools parses into the response being received
    response   ``Response``: the body as the caller reads it, under deadlines
               (gzip/deflate decoded)
    errors     ``HTTPError`` and subclasses

Errors are this package's own; ``aire.gateway.clients.http1`` (this client behind the
gateway's client protocol) maps them to ``aire.errors`` at the edge.
"""

from aire.gateway.http1.errors import (
    ConnectError,
    ConnectTimeout,
    Disconnected,
    HTTPError,
    PayloadError,
    ProtocolError,
    TLSError,
)
from aire.gateway.http1.pool import Pool
from aire.gateway.http1.protocol import Connection
from aire.gateway.http1.request import Target, request_head
from aire.gateway.http1.response import Response

__all__ = [
    "ConnectError",
    "ConnectTimeout",
    "Connection",
    "Disconnected",
    "HTTPError",
    "PayloadError",
    "Pool",
    "ProtocolError",
    "Response",
    "TLSError",
    "Target",
    "request_head",
]
