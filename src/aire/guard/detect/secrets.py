"""Credentials by pattern: provider key formats, private keys, JWTs, passwords in
connection strings and assignments, and high-entropy tokens.

Known formats come first and win over the generic rules when spans overlap. For
connection strings and ``password=...`` assignments only the secret part is a finding,
so redaction keeps the rest of the line readable.
"""

# ruff: noqa: E501  (pattern tables read better unwrapped)

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from aire.guard.types import Finding

__all__ = ["SECRET_KINDS", "find_secrets", "shannon_entropy"]

# kind -> pattern; group 1, when present, is the secret part of the match.
_KNOWN: dict[str, str] = {
    "aws_access_key": r"\bA(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|NPA|NVA|IPA)[0-9A-Z]{16}\b",
    "aws_secret_key": r"(?i)aws.{0,20}?(?:secret|private).{0,20}?['\"=:\s]+([A-Za-z0-9/+]{40})\b",
    "github_token": r"\bg(?:h[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_[A-Za-z0-9_]{22,255})\b",
    "gitlab_token": r"\bglpat-[A-Za-z0-9_-]{20,}\b",
    "slack_token": r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+",
    "stripe_key": r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{20,}\b",
    "anthropic_key": r"\bsk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{40,}",
    "openai_key": r"\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}(?:T3BlbkFJ[A-Za-z0-9_-]{20,})?",
    "google_api_key": r"\bAIza[0-9A-Za-z_-]{35}\b",
    "google_oauth_secret": r"\bGOCSPX-[A-Za-z0-9_-]{28}\b",
    "huggingface_token": r"\bhf_[A-Za-z0-9]{34,}\b",
    "npm_token": r"\bnpm_[A-Za-z0-9]{36}\b",
    "pypi_token": r"\bpypi-AgE[A-Za-z0-9_-]{50,}",
    "sendgrid_key": r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b",
    "twilio_key": r"\bSK[0-9a-f]{32}\b",
    "mailgun_key": r"\bkey-[0-9a-f]{32}\b",
    "shopify_token": r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b",
    "digitalocean_token": r"\bdo[opr]_v1_[a-f0-9]{64}\b",
    "telegram_bot_token": r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b",
    "azure_storage_key": r"AccountKey=([A-Za-z0-9+/]{86}==)",
    "private_key": (
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]{0,8192}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s:,-]{0,8192})"
    ),
    "jwt": r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    "db_password": (
        r"(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|"
        r"sqlserver|oracle|clickhouse|cockroachdb|jdbc:[a-z]+|ftp|sftp|smtp)://"
        r"[^\s:/@]{1,128}:([^\s@/]{1,256})@[^\s]"
    ),
    "password": (
        r"(?i)(?:\b|_)(?:password|passwd|pwd|pass|secret|api[_-]?key|apikey|access[_-]?token|"
        r"auth[_-]?token|client[_-]?secret|secret[_-]?key|private[_-]?key)\b['\"]?\s*[:=]\s*"
        r"['\"]?([^\s'\"<>{}$]{8,128})"
    ),
}
SECRET_KINDS: tuple[str, ...] = (*_KNOWN, "high_entropy")

# kind -> lower-case substrings one of which a match must contain (a cheap gate)
_ANCHORS: dict[str, str] = {
    "aws_access_key": "akia asia abia acca agpa aida aroa anpa anva aipa",
    "aws_secret_key": "aws",
    "github_token": "ghp_ gho_ ghu_ ghs_ ghr_ github_pat_",
    "gitlab_token": "glpat-",
    "slack_token": "xox",
    "slack_webhook": "hooks.slack.com",
    "stripe_key": "_live_ _test_",
    "anthropic_key": "sk-ant-",
    "openai_key": "sk-",
    "google_api_key": "aiza",
    "google_oauth_secret": "gocspx-",
    "huggingface_token": "hf_",
    "npm_token": "npm_",
    "pypi_token": "pypi-age",
    "sendgrid_key": "sg.",
    "twilio_key": "sk",
    "mailgun_key": "key-",
    "shopify_token": "shpat_ shpss_ shpca_ shppa_",
    "digitalocean_token": "_v1_",
    "telegram_bot_token": ":aa",
    "azure_storage_key": "accountkey=",
    "private_key": "private key",
    "jwt": "eyj",
    "db_password": "://",
    "password": "pass pwd secret key token",
}
# A leading \b stops re from skipping ahead to the literal prefix; the boundary is checked
# in code instead (``_BOUNDED``).
_COMPILED: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, tuple(_ANCHORS[kind].split(" ")), re.compile(rx.removeprefix(r"\b")))
    for kind, rx in _KNOWN.items()
)


def _lower_pattern(rx: str) -> str:
    return re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), rx)


# Case-insensitive rules run on the lower-cased text: much faster than IGNORECASE.
_ON_LOWER: dict[str, re.Pattern[str]] = {
    kind: re.compile(_lower_pattern(rx.removeprefix("(?i)")))
    for kind, rx in _KNOWN.items()
    if rx.startswith("(?i)")
}
_BOUNDED = frozenset(kind for kind, rx in _KNOWN.items() if rx.startswith(r"\b"))
# finditer yields maximal runs already: no look-around needed, and a charset first is fast
_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{24,512}={0,2}")
_WORDCHAR = re.compile(r"\w")
_HEX_CONTEXT = re.compile(r"(?i)(?:key|token|secret|passw|auth|credential|bearer)[^\n]{0,30}$")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def shannon_entropy(s: str) -> float:
    """Bits per character of ``s``."""
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _high_entropy(text: str) -> Iterable[Finding]:
    for m in _TOKEN.finditer(text):
        tok = m.group(0).rstrip("=")
        n = len(tok)
        if n < 24 or _UUID.fullmatch(tok):
            continue
        has_digit = any(c.isdigit() for c in tok)
        has_lower = any(c.islower() for c in tok)
        has_upper = any(c.isupper() for c in tok)
        if not has_digit:
            continue  # words, identifiers and paths without digits are not credentials
        if not (has_lower and has_upper):
            # hex and single-case tokens (hashes, ids) only where a key is talked about
            if n < 32 or not _HEX_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            threshold = 3.0
        else:
            # random base62 of length n: about log2(n) - 0.3 bits/char for short n
            threshold = min(4.5, math.log2(n) - 0.7)
        if shannon_entropy(tok) >= threshold:
            yield Finding("high_entropy", m.start(), m.start() + len(tok), 0.7)


def find_secrets(text: str, *, high_entropy: bool = True) -> list[Finding]:
    """Non-overlapping secret findings in ``text``, sorted by start."""
    found: list[Finding] = []
    low = text.lower()
    same_length = len(low) == len(text)  # then spans in ``low`` are spans in ``text``
    for kind, anchors, rx in _COMPILED:
        if not any(a in low for a in anchors):
            continue
        lowered = _ON_LOWER.get(kind) if same_length else None
        for m in lowered.finditer(low) if lowered is not None else rx.finditer(text):
            if kind in _BOUNDED and m.start() and _WORDCHAR.match(text, m.start() - 1):
                continue
            if m.lastindex:
                found.append(Finding(kind, m.start(1), m.end(1)))
            else:
                found.append(Finding(kind, m.start(), m.end()))
    if high_entropy:
        for f in _high_entropy(text):
            if all(f.end <= k.start or f.start >= k.end for k in found):
                found.append(f)
    if len(found) < 2:
        return found
    kept: list[Finding] = []
    for f in found:  # known kinds were added first and win
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept
