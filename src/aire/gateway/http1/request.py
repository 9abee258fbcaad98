"""The request side: where to connect and the bytes of a request head."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["Target", "request_head"]

_DEFAULT_HEADERS = b"accept: */*\r\naccept-encoding: gzip, deflate\r\n"


class Target:
    """A parsed URL: where to connect and what to put in the request line."""

    __slots__ = ("head", "host", "key", "port", "ssl")

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.ssl = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.ssl else 80)
        self.key = (self.ssl, self.host, self.port)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        default_port = parts.port is None or parts.port == (443 if self.ssl else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host
        netloc = host if default_port else f"{host}:{self.port}"
        self.head = f" {path} HTTP/1.1\r\nhost: {netloc}\r\n".encode()


def request_head(
    method: bytes, target: Target, headers: dict[str, str], length: int | None
) -> bytes:
    """The request line and headers, ready to write (``length``: the body's content-length)."""
    lines = [method, target.head, _DEFAULT_HEADERS]
    for name, value in headers.items():
        line = f"{name}: {value}\r\n"
        if "\n" in line[:-2] or "\r" in line[:-2]:
            raise ValueError(f"newline in the value of header {name!r}")
        lines.append(line.encode())
    if length is not None:
        lines.append(b"content-length: %d\r\n" % length)
    lines.append(b"\r\n")
    return b"".join(lines)
