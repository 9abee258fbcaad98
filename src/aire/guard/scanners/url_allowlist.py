"""Links outside an allowlist of domains (phishing, exfiltration through image URLs)."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

from pydantic import Field

from aire.config.base import Model
from aire.guard.detect.pii import find_pii
from aire.guard.scanner import BaseScanner
from aire.guard.types import Action, Finding, ScanContext

__all__ = ["URLAllowlist"]


class URLAllowlistParams(Model):
    domains: tuple[str, ...] = Field((), description="allowed domains; subdomains are allowed too")


class URLAllowlist(BaseScanner):
    Params: ClassVar[type[Model]] = URLAllowlistParams
    default_action: ClassVar[Action] = "redact"
    max_span = 512

    def setup(self, params: URLAllowlistParams) -> None:
        self.domains = tuple(d.lower().lstrip(".") for d in params.domains)

    def allowed(self, url: str) -> bool:
        if url.lower().startswith("www."):
            url = "http://" + url
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return False
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        if "://" not in text and "www." not in text.lower():
            return []
        return [
            Finding("url_not_allowed", f.start, f.end)
            for f in find_pii(text, ("url",))
            if not self.allowed(text[f.start : f.end])
        ]
