"""Checks of URL flags (``--target``) at parse time: a usage error (exit 2) that names the
flag, rather than a connection error about a URL nobody meant."""

from __future__ import annotations

from urllib.parse import urlsplit

import click

__all__ = ["http_url"]


def http_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: ``value`` must be an http(s) URL with a host."""
    if value is None:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises on a port that is not a number or out of range)
    except ValueError as exc:
        raise click.BadParameter(f"not a valid URL ({exc}): {value!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        hint = f" (did you mean 'http://{value}'?)" if "://" not in value else ""
        raise click.BadParameter(f"an http(s) URL is needed, got {value!r}{hint}")
    return value
