"""Credentials by pattern: provider key formats, private keys, JWTs, passwords in
connection strings and assignments, and high-entropy tokens.

Known formats come first and win over the generic rules when spans overlap. For
connection strings and ``password=...`` assignments only the secret part is a finding,
so redaction keeps the rest of the line readable.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from aire.guard.types import Finding

__all__ = ["SECRET_KINDS", "find_secrets", "shannon_entropy"]

# kind -> pattern; group 1, when present, is the secret part of the match.
_KNOWN: dict[str, str] = {
    "aws_access_key": r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b",
    "aws_secret_key": r"(?i)aws.{0,20}?(?:secret|private).{0,20}?['\"=:\s]+([A-Za-z0-9/+]{40})\b",
    "github_token": r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b",
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

_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx)) for kind, rx in _KNOWN.items()
)
# One cheap pre-check: text without any of these cannot hold a known-format secret.
_HINT = re.compile(
    r"AKIA|ASIA|A[BGIR][A-Z]A|ACCA|ANPA|ANVA|aws|AWS|gh[pousr]_|github_pat_|glpat-|xox|hooks\.slack|"
    r"_live_|_test_|sk-|AIza|GOCSPX|hf_|npm_|pypi-|SG\.|SK[0-9a-f]|key-|shp|do[opr]_v1|:AA|"
    r"AccountKey|PRIVATE KEY|eyJ|://|(?i:pass|pwd|secret|key|token)"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{24,512}(?![A-Za-z0-9+/_=-])")
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
    if _HINT.search(text):
        for kind, rx in _COMPILED:
            for m in rx.finditer(text):
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
