"""Scanners by name: one registry per family, entries are ``"module:Class"`` strings.

A scanner from outside aire is named by its import string (``"mypkg.scan:Toxicity"``)
and must subclass ``BaseScanner``. PII and secret detection run in both families.
"""

from __future__ import annotations

from aire.guard.scanner import BaseScanner
from aire.registry import Registry

__all__ = ["INPUT_SCANNERS", "OUTPUT_SCANNERS", "registry_for"]

_S = "aire.guard.scanners."

INPUT_SCANNERS: Registry[type[BaseScanner]] = Registry(
    "input scanner",
    {
        "prompt_injection": _S + "prompt_injection:PromptInjection",
        "pii": _S + "pii:PII",
        "secrets": _S + "secrets:Secrets",
        "invisible_text": _S + "invisible_text:InvisibleText",
        "homoglyphs": _S + "homoglyphs:Homoglyphs",
        "ban_substrings": _S + "ban_substrings:BanSubstrings",
        "ban_regex": _S + "ban_regex:BanRegex",
        "ban_topics": _S + "ban_topics:BanTopics",
        "token_limit": _S + "token_limit:TokenLimit",
    },
)

OUTPUT_SCANNERS: Registry[type[BaseScanner]] = Registry(
    "output scanner",
    {
        "pii": _S + "pii:PII",
        "secrets": _S + "secrets:Secrets",
        "json": _S + "json_output:JSONOutput",
        "refusal": _S + "refusal:Refusal",
        "canary": _S + "canary:Canary",
        "url_allowlist": _S + "url_allowlist:URLAllowlist",
        "ban_substrings": _S + "ban_substrings:BanSubstrings",
        "ban_regex": _S + "ban_regex:BanRegex",
        "invisible_text": _S + "invisible_text:InvisibleText",
    },
)


def registry_for(family: str) -> Registry[type[BaseScanner]]:
    return INPUT_SCANNERS if family == "input" else OUTPUT_SCANNERS
