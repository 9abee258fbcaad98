"""Shadow traffic: a sample of an alias's requests (``shadow:`` of the alias) is sent again,
in the background, to a shadow alias; its answer never reaches the client and is compared
with the primary's: agreement (word-set Jaccard of the two texts), length ratio, refusals
(the quality SLIs' refusal score, each side), schema validity (each side, when the
request asked for JSON with ``response_format``), latency, status, cost. Each comparison
goes to the observers (``on_shadow``; Prometheus: ``aire_gateway_shadow_*``) and to the
running totals of ``ShadowSummary``, which ``/status`` shows per alias.

The stage sits just before the attempts: cached, refused and guarded requests are not
mirrored, and the shadow request runs only the attempts (routing, retries, fallbacks) for
its alias. It is not admitted against the caller's limits or budget: its cost is counted
separately (``aire_gateway_shadow_cost_usd``). The primary's text is teed off its stream as
the client receives it (up to 64 KB), never delaying it. At most ``max_in_flight`` shadow
requests run per alias; past that a sample is dropped and counted. The comparison (a
regex refusal score on each answer's first 400 characters, the word sets and, for JSON
requests, a schema validation with a cached validator) runs in the background task once
both answers are in: ~0.5 ms of the event loop's CPU per compared pair, for the sampled
share of requests only.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from aire.errors import AireError
from aire.gateway.context import Answer, RequestContext
from aire.gateway.observer import GatewayObserver
from aire.gateway.services import Services
from aire.gateway.stages import Next
from aire.guard.detect.refusal import refusal_score

__all__ = ["Shadow", "ShadowResult", "ShadowSummary", "answer_text", "schema_valid"]

log = logging.getLogger("aire.gateway.shadow")

_CAP = 64 * 1024
_WORD = re.compile(r"\w+")
_PRIMARY_WAIT_S = 600.0
#: an answer refuses at this refusal score (the quality SLIs' threshold)
REFUSAL_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class ShadowResult:
    alias: str
    shadow: str
    outcome: str  # "ok" | "error" (the shadow failed) | "dropped" (too many in flight)
    agreement: float | None = None  # Jaccard of the word sets, 0..1
    length_ratio: float | None = None  # shadow chars / primary chars
    primary_s: float | None = None
    shadow_s: float | None = None
    cost_usd: float = 0.0
    error_code: str | None = None
    primary_refused: bool | None = None
    shadow_refused: bool | None = None
    #: None: the request did not ask for JSON (or its schema is unusable)
    primary_valid: bool | None = None
    shadow_valid: bool | None = None


def answer_text(raw: bytes) -> str:
    """The text of an OpenAI chat answer: a whole JSON body or SSE ``data:`` events."""
    raw = raw.strip()
    if raw.startswith(b"{"):
        try:
            body = orjson.loads(raw)
            return str(body["choices"][0]["message"].get("content") or "")
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            return ""
    parts: list[str] = []
    for line in raw.split(b"\n"):
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        try:
            event = orjson.loads(data)
            delta = event["choices"][0].get("delta") or {}
            parts.append(str(delta.get("content") or ""))
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
            continue
    return "".join(parts)


def refused(text: str) -> bool:
    return bool(text.strip()) and refusal_score(text) >= REFUSAL_THRESHOLD


def schema_valid(response_format: Any, text: str) -> bool | None:
    """Whether ``text`` is what ``response_format`` asked for: a JSON object
    (``json_object``) or a document valid against the schema (``json_schema``); None when
    no JSON was asked for or the schema itself is invalid."""
    if not isinstance(response_format, dict):
        return None
    kind = response_format.get("type")
    if kind not in ("json_object", "json_schema"):
        return None
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    if kind == "json_object":
        return isinstance(doc, dict)
    spec = response_format.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    if not isinstance(schema, dict):
        return isinstance(doc, dict)
    try:
        validator = _validator(orjson.dumps(schema, option=orjson.OPT_SORT_KEYS))
    except (orjson.JSONEncodeError, TypeError):
        return None
    return None if validator is None else bool(validator.is_valid(doc))


@lru_cache(maxsize=64)
def _validator(schema: bytes) -> Any:
    """A checked validator per schema (building one costs ~1 ms; a request's schema
    repeats), None for an invalid schema."""
    import jsonschema

    loaded = orjson.loads(schema)
    cls = jsonschema.validators.validator_for(loaded)
    try:
        cls.check_schema(loaded)
    except jsonschema.SchemaError:
        return None
    return cls(loaded)


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


class Shadow:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.observer = services.observer
        self._rng = random.Random()
        self._in_flight: dict[str, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, ctx: RequestContext, call_next: Next) -> Answer:
        route = ctx.route
        config = route.config.shadow if route is not None else None
        if config is None or ctx.state is None or self._rng.random() >= config.sample:
            return await call_next(ctx)
        if self._in_flight.get(ctx.alias, 0) >= config.max_in_flight:
            self.observer.on_shadow(ShadowResult(ctx.alias, config.alias, "dropped"))
            return await call_next(ctx)
        t0 = time.perf_counter()
        answer = await call_next(ctx)
        if answer.status >= 400:
            return answer
        loop = asyncio.get_running_loop()
        primary: asyncio.Future[tuple[bytes, float]] = loop.create_future()
        if answer.stream is not None:
            answer.stream = self._tee(answer.stream, primary, t0)
        else:
            primary.set_result(((answer.body or b"")[:_CAP], time.perf_counter() - t0))
        shadow_ctx = self._shadow_context(ctx, config.alias)
        self._in_flight[ctx.alias] = self._in_flight.get(ctx.alias, 0) + 1
        task = asyncio.create_task(self._run(ctx.alias, shadow_ctx, call_next, primary))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return answer

    async def _tee(
        self,
        stream: AsyncGenerator[bytes, None],
        primary: asyncio.Future[tuple[bytes, float]],
        t0: float,
    ) -> AsyncGenerator[bytes, None]:
        kept: list[bytes] = []
        size = 0
        try:
            async for block in stream:
                if size < _CAP:
                    kept.append(block)
                    size += len(block)
                yield block
        finally:
            await stream.aclose()
            if not primary.done():
                primary.set_result((b"".join(kept), time.perf_counter() - t0))

    def _shadow_context(self, ctx: RequestContext, alias: str) -> RequestContext:
        assert ctx.state is not None
        shadow = RequestContext(
            f"{ctx.request_id}-shadow", ctx.headers, ctx.endpoint, state=ctx.state, api=ctx.api
        )
        body: dict[str, Any] = {**ctx.body, "model": alias, "stream": False}
        body.pop("stream_options", None)
        shadow.body = body
        shadow.raw = b""
        shadow.requested_model = alias
        shadow.alias = alias
        shadow.route = ctx.state.routes[alias]
        shadow.principal = ctx.principal
        shadow.stream = False
        shadow.user_stream = False
        return shadow

    async def _run(
        self,
        alias: str,
        ctx: RequestContext,
        call_next: Next,
        primary: asyncio.Future[tuple[bytes, float]],
    ) -> None:
        t0 = time.perf_counter()
        try:
            answer = await call_next(ctx)
            raw = answer.body or b""
            if answer.stream is not None:  # a dialect that streams anyway: read it all
                chunks = [block async for block in answer.stream]
                raw = b"".join(chunks)
            shadow_s = time.perf_counter() - t0
            primary_raw, primary_s = await asyncio.wait_for(primary, _PRIMARY_WAIT_S)
            a, b = answer_text(primary_raw), answer_text(raw)
            cost = self._cost(ctx)
            fmt = ctx.body.get("response_format") if isinstance(ctx.body, dict) else None
            self.observer.on_shadow(
                ShadowResult(
                    alias,
                    ctx.alias,
                    "ok",
                    _jaccard(a, b),
                    len(b) / max(len(a), 1),
                    primary_s,
                    shadow_s,
                    cost,
                    primary_refused=refused(a),
                    shadow_refused=refused(b),
                    primary_valid=schema_valid(fmt, a),
                    shadow_valid=schema_valid(fmt, b),
                )
            )
        except AireError as exc:
            self.observer.on_shadow(
                ShadowResult(
                    alias, ctx.alias, "error", cost_usd=self._cost(ctx), error_code=exc.code
                )
            )
        except (TimeoutError, asyncio.CancelledError):
            pass
        except Exception:  # a shadow must never hurt the gateway
            log.exception("shadow request of alias %s failed", alias)
        finally:
            self._in_flight[alias] -= 1

    def _cost(self, ctx: RequestContext) -> float:
        dep = ctx.state.deployment_named(ctx.deployment) if ctx.state and ctx.deployment else None
        if dep is None:
            return 0.0
        cost = self.services.prices.cost_usd(
            dep.config.model, ctx.prompt_tokens, ctx.completion_tokens, 0, dep.config.price
        )
        return cost or 0.0


_TOTALS = (
    "ok",
    "error",
    "dropped",
    "agreement",
    "length_ratio",
    "primary_refused",
    "shadow_refused",
    "schema_pairs",
    "primary_valid",
    "shadow_valid",
    "primary_s",
    "shadow_s",
    "cost_usd",
)


class ShadowSummary(GatewayObserver):
    """Running totals of the shadow comparisons per (alias, shadow alias), for ``/status``:
    sums and counts only, so that the workers' snapshots add up (``merge``)."""

    def __init__(self) -> None:
        self.totals: dict[tuple[str, str], dict[str, float]] = {}

    def on_shadow(self, result: ShadowResult) -> None:
        t = self.totals.get((result.alias, result.shadow))
        if t is None:
            t = self.totals[(result.alias, result.shadow)] = dict.fromkeys(_TOTALS, 0.0)
        t[result.outcome] += 1
        t["cost_usd"] += result.cost_usd
        if result.outcome != "ok":
            return
        t["agreement"] += result.agreement or 0.0
        t["length_ratio"] += result.length_ratio or 0.0
        t["primary_refused"] += bool(result.primary_refused)
        t["shadow_refused"] += bool(result.shadow_refused)
        if result.primary_valid is not None and result.shadow_valid is not None:
            t["schema_pairs"] += 1
            t["primary_valid"] += result.primary_valid
            t["shadow_valid"] += result.shadow_valid
        t["primary_s"] += result.primary_s or 0.0
        t["shadow_s"] += result.shadow_s or 0.0

    def snapshot(self) -> dict[str, dict[str, float]]:
        """``"alias>shadow"`` -> totals (JSON-friendly keys)."""
        return {f"{a}>{s}": dict(t) for (a, s), t in self.totals.items()}


def merge(snapshots: list[dict[str, dict[str, float]]]) -> list[dict[str, Any]]:
    """Several workers' ``snapshot()``s as one comparison per alias: shares and means."""
    summed: dict[str, dict[str, float]] = {}
    for snap in snapshots:
        for key, totals in snap.items():
            target = summed.setdefault(key, dict.fromkeys(_TOTALS, 0.0))
            for name in _TOTALS:
                target[name] += float(totals.get(name, 0.0))
    out = []
    for key in sorted(summed):
        t = summed[key]
        alias, _, shadow = key.partition(">")
        pairs, schema = t["ok"], t["schema_pairs"]

        def mean(name: str, n: float, t: dict[str, float] = t) -> float | None:
            return round(t[name] / n, 4) if n else None

        out.append(
            {
                "alias": alias,
                "shadow": shadow,
                "compared": int(pairs),
                "errors": int(t["error"]),
                "dropped": int(t["dropped"]),
                "agreement": mean("agreement", pairs),
                "length_ratio": mean("length_ratio", pairs),
                "refusal_rate": {
                    "primary": mean("primary_refused", pairs),
                    "shadow": mean("shadow_refused", pairs),
                },
                "schema_pairs": int(schema),
                "schema_valid_rate": {
                    "primary": mean("primary_valid", schema),
                    "shadow": mean("shadow_valid", schema),
                },
                "latency_s": {
                    "primary": mean("primary_s", pairs),
                    "shadow": mean("shadow_s", pairs),
                },
                "cost_usd": round(t["cost_usd"], 6),
            }
        )
    return out
