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
import string
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
# Characters an anchor may contain that many texts lack: an anchor with one of them is
# only looked for when the text has that character (most prose has no "_", some no ":").
_GATES = "_-:.="
# Case-sensitive patterns that start with a literal re skips to in C: running them costs
# less than looking for their anchors (ten for AWS keys), and each of their matches holds
# an anchor, so they run ungated with the same findings.
_UNGATED = frozenset(
    """
aws_access_key github_token google_api_key huggingface_token mailgun_key private_key
slack_token twilio_key
""".split()  # noqa: SIM905
)
# A leading \b stops re from skipping ahead to the literal prefix; the boundary is checked
# in code instead (``_BOUNDED``).
_COMPILED: tuple[tuple[str, tuple[tuple[str, str], ...], re.Pattern[str]], ...] = tuple(
    (
        kind,
        ()
        if kind in _UNGATED
        else tuple((a, next((c for c in a if c in _GATES), "")) for a in _ANCHORS[kind].split(" ")),
        re.compile(rx.removeprefix(r"\b")),
    )
    for kind, rx in _KNOWN.items()
)
# kind -> (literal starts of the keywords a lower-cased match starts with, characters that
# may come just before one): a pattern that starts with a word boundary or a choice has no
# literal for re to skip to, so it is tried at every position of the text; these kinds
# are tried only where a keyword starts (``_matches_at``), with the same matches.
_STARTS: dict[str, tuple[tuple[str, ...], str]] = {
    "password": (("pass", "pwd", "secret", "api", "access", "auth", "client", "private"), "_"),
    "db_password": (
        (
            "postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver",
            "oracle", "clickhouse", "cockroachdb", "jdbc:", "ftp", "sftp", "smtp",
        ),
        "",
    ),
}  # fmt: skip


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
# [A-Za-z0-9+/_-]{24,512}={0,2}, with one character of the class first (re skips to it)
_TOKEN = re.compile(r"[A-Za-z0-9+/_-][A-Za-z0-9+/_-]{23,511}={0,2}")
_WORDCHAR = re.compile(r"\w")
_HEX_CONTEXT = re.compile(r"(?i)(?:key|token|secret|passw|auth|credential|bearer)[^\n]{0,30}$")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def shannon_entropy(s: str) -> float:
    """Bits per character of ``s``."""
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


# bytes.translate table: the characters of _TOKEN become "a", every other byte a space
_TOKEN_CHARS = bytes(
    97 if chr(b) in string.ascii_letters + string.digits + "+/_-" else 32 for b in range(256)
)
_TOKEN_RUN = b"a" * 24


def _high_entropy(text: str) -> Iterable[Finding]:
    # _TOKEN needs 24 of its characters in a row: one bytes search tells whether a text has
    # such a run (most prose has none) far faster than the regex tried at every position
    data = text.encode("ascii", "replace").translate(_TOKEN_CHARS)
    if _TOKEN_RUN not in data:
        return
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


def _matches_at(
    rx: re.Pattern[str], text: str, starts: tuple[str, ...], before: str
) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a pattern whose every match starts where one of
    ``starts`` occurs, or one character before it if that character is in ``before``:
    the pattern is tried at those positions only, in order, each after the last match."""
    at: set[int] = set()
    for start in starts:
        i = text.find(start)
        while i != -1:
            at.add(i)
            if i and text[i - 1] in before:
                at.add(i - 1)
            i = text.find(start, i + 1)
    out: list[re.Match[str]] = []
    end = 0
    for i in sorted(at):
        if i >= end and (m := rx.match(text, i)) is not None:
            out.append(m)
            end = m.end()  # never empty: a keyword is matched
    return out


def find_secrets(text: str, *, high_entropy: bool = True) -> list[Finding]:
    """Non-overlapping secret findings in ``text``, sorted by start."""
    found: list[Finding] = []
    low = text.lower()
    same_length = len(low) == len(text)  # then spans in ``low`` are spans in ``text``
    present = [c for c in _GATES if c in low]
    for kind, anchors, rx in _COMPILED:
        for anchor, gate in anchors:  # (a loop, not any() over a generator: cheaper)
            if (not gate or gate in present) and anchor in low:
                break
        else:
            if anchors:
                continue
        lowered = _ON_LOWER.get(kind) if same_length else None
        if lowered is None:
            matches: Iterable[re.Match[str]] = rx.finditer(text)
        elif kind in _STARTS:
            matches = _matches_at(lowered, low, *_STARTS[kind])
        else:
            matches = lowered.finditer(low)
        for m in matches:
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
