"""Drive a real gateway in front of real simulators, alias by alias, in rounds that the
quality worker keeps up with (so that no answer is dropped and every answer reaches the
drift monitor); shared by tests/gateway/test_online_drift.py and
benchmarks/drift/gateway_e2e.py (plain functions, not fixtures)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from aire.gateway.app import GatewayApp

KINDS = ("length", "language", "content", "refusal", "schema")

#: what a structured-output request asks for (schema degradation breaks it)
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "score": {"type": "integer", "minimum": 0, "maximum": 10},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["title", "score", "tags"],
    "additionalProperties": False,
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "review", "schema": SCHEMA}}

_TOPICS = (
    "the history of the printing press",
    "how a refrigerator keeps food cold",
    "why the sky looks blue in the afternoon",
    "the rules of a football match",
    "how to plant tomatoes in a small garden",
    "what makes a bridge stay up",
    "the life cycle of a butterfly",
    "how interest on a savings account works",
)


def body(alias: str, i: int, *, as_json: bool) -> dict[str, Any]:
    prompt = f"Please explain {_TOPICS[i % len(_TOPICS)]} in plain English (question {i})."
    out: dict[str, Any] = {
        "model": alias,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": 1024,
    }
    if as_json:
        out["response_format"] = RESPONSE_FORMAT
    return out


@dataclass
class Lane:
    """One alias's traffic: ``json_every`` = 1 asks every request for JSON, 2 every other
    one, 0 none."""

    alias: str
    json_every: int = 0
    sent: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def next_body(self) -> dict[str, Any]:
        i = self.sent
        self.sent += 1
        as_json = self.json_every > 0 and i % self.json_every == 0
        return body(self.alias, i, as_json=as_json)


async def send_round(
    session: aiohttp.ClientSession,
    url: str,
    lanes: Sequence[Lane],
    per_lane: int,
    concurrency: int = 4,
) -> None:
    """``per_lane`` requests on every lane, ``concurrency`` at once per lane."""

    async def worker(lane: Lane, n: int) -> None:
        for _ in range(n):
            async with session.post(f"{url}/v1/chat/completions", json=lane.next_body()) as r:
                await r.read()
                lane.statuses[r.status] = lane.statuses.get(r.status, 0) + 1

    jobs = []
    for lane in lanes:
        shares = [
            per_lane // concurrency + (j < per_lane % concurrency) for j in range(concurrency)
        ]
        jobs.extend(worker(lane, n) for n in shares if n)
    await asyncio.gather(*jobs)


async def settle(app: GatewayApp) -> None:
    """Wait until the quality worker has measured every queued answer."""
    quality = app.quality
    assert quality is not None
    assert await asyncio.to_thread(quality.flush, 60.0), "the quality worker fell behind"


async def run_until(
    url: str,
    app: GatewayApp,
    lanes: Sequence[Lane],
    *,
    rounds: int,
    per_round: int,
    done: Callable[[], bool] = lambda: False,
    after_round: Callable[[int], None] = lambda _: None,
) -> None:
    """Rounds of ``per_round`` requests per lane, each settled before the next, until
    ``done()`` or ``rounds`` rounds."""
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for r in itertools.count(1):
            if r > rounds or done():
                return
            await send_round(session, url, lanes, per_round)
            await settle(app)
            after_round(r)


def metric_alarms(text: str) -> dict[str, set[str]]:
    """alias -> detectors whose ``aire_drift_alarm`` gauge is 1 in a /metrics page."""
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.startswith("aire_drift_alarm{"):
            continue
        labels, _, value = line.rpartition(" ")
        if float(value) != 1.0:
            continue
        fields = dict(
            part.split("=", 1) for part in labels[len("aire_drift_alarm{") : -1].split(",")
        )
        alias = fields["alias"].strip('"')
        out.setdefault(alias, set()).add(fields["detector"].strip('"'))
    return out


async def scrape_alarms(url: str) -> dict[str, set[str]]:
    async with aiohttp.ClientSession() as s, s.get(f"{url}/metrics") as r:
        return metric_alarms(await r.text())
