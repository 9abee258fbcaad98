"""Deterministic workloads shared by bench.py (aire) and peers.py (LLM Guard, Presidio).

Only the standard library: peers.py runs in another virtualenv and imports this file.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
PROMPT_CHARS = 2048


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def build(n_prompts: int = 200, seed: int = 7) -> dict[str, Any]:
    """Every input both sides measure; written to JSON once and read by both."""
    rng = random.Random(seed)
    injection = _jsonl(DATA / "injection" / "injection_dev.jsonl")
    pii = _jsonl(DATA / "pii" / "pii_dev.jsonl")
    refusal = _jsonl(DATA / "refusal" / "refusal_dev.jsonl")
    benign = [r["text"] for r in injection if r["label"] == 0]
    pii_texts = [r["full_text"] for r in pii]

    # 2 KB prompts: benign requests with a PII sentence mixed in now and then
    prompts = []
    for _ in range(n_prompts):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < PROMPT_CHARS:
            parts.append(rng.choice(pii_texts) if rng.random() < 0.25 else rng.choice(benign))
        prompts.append("\n".join(parts)[:PROMPT_CHARS])

    # secrets: fake credentials of known formats in benign text (label 1), benign text (0)
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def rand(k: int, chars: str = alnum) -> str:
        return "".join(rng.choice(chars) for _ in range(k))

    makers = [
        lambda: "AKIA" + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        lambda: "ghp_" + rand(36),
        lambda: "xoxb-" + rand(12, "0123456789") + "-" + rand(24),
        lambda: "sk_live_" + rand(24),
        lambda: "AIza" + rand(35),
        lambda: "glpat-" + rand(20),
        lambda: "postgres://admin:" + rand(14) + "@db.internal:5432/app",
        lambda: (
            "eyJhbGciOiJIUzI1NiJ9."
            + base64.urlsafe_b64encode(json.dumps({"sub": rand(8)}).encode()).decode().rstrip("=")
            + "."
            + rand(43)
        ),
        lambda: "-----BEGIN RSA PRIVATE KEY-----\n" + rand(64) + "\n-----END RSA PRIVATE KEY-----",
        lambda: "api_key = '" + rand(32) + "'",
    ]
    secrets = []
    for i in range(200):
        text = rng.choice(benign)
        if i % 2 == 0:
            cut = rng.randint(0, len(text))
            text = text[:cut] + " " + rng.choice(makers)() + " " + text[cut:]
            secrets.append({"text": text, "label": 1})
        else:
            secrets.append({"text": text, "label": 0})

    # invisible characters: zero-width, bidi and tag-block characters hidden in benign text
    hidden = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066"]
    invisible = []
    for i in range(200):
        text = rng.choice(benign)
        if i % 2 == 0:
            cut = rng.randint(0, len(text))
            bad = rng.choice(hidden) if i % 4 else "".join(chr(0xE0000 + ord(c)) for c in "hi")
            text = text[:cut] + bad + text[cut:]
            invisible.append({"text": text, "label": 1})
        else:
            invisible.append({"text": text, "label": 0})

    refusals = [
        {"text": r["completion"], "label": 1 if r["label"].startswith("2") else 0}
        for r in refusal
        if not r["label"].startswith("3")
    ]
    return {
        "prompts": prompts,
        "pii": [{"text": r["full_text"], "spans": r["spans"]} for r in pii],
        "secrets": secrets,
        "invisible": invisible,
        "refusal": refusals,
        "outputs": [r["completion"][:PROMPT_CHARS] for r in refusal[:200]],
    }


def percentiles(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)

    def q(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1e6

    return {"p50_us": round(q(0.50), 1), "p99_us": round(q(0.99), 1), "n": len(ordered)}


def classification(pred: list[bool], labels: list[int]) -> dict[str, float]:
    tp = sum(p and y == 1 for p, y in zip(pred, labels, strict=True))
    fp = sum(p and y == 0 for p, y in zip(pred, labels, strict=True))
    fn = sum((not p) and y == 1 for p, y in zip(pred, labels, strict=True))
    neg = sum(y == 0 for y in labels)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "fpr": round(fp / neg, 4) if neg else 0.0,
    }


#: presidio-research entity types compared (the pattern types), and aire's names for them
PII_TYPES = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "credit_card",
    "IBAN_CODE": "iban",
    "US_SSN": "ssn",
    "IP_ADDRESS": "ip_address",
    "DOMAIN_NAME": "url",
}


def span_f1(
    gold: list[set[tuple[str, int, int]]], pred: list[set[tuple[str, int, int]]]
) -> dict[str, Any]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, pred, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def gold_spans(row: dict[str, Any]) -> set[tuple[str, int, int]]:
    return {
        (PII_TYPES[s["entity_type"]], s["start_position"], s["end_position"])
        for s in row["spans"]
        if s["entity_type"] in PII_TYPES
    }
