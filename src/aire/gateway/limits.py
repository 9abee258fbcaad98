"""Limits and budgets, reserved at admission and settled when the answer is known.

Scopes a request counts against: its key (the key's own limits), its team
(``gateway.limits.teams``), its model alias (``gateway.limits.models``, all callers
together) and, for a scoped token, the token's own caps over its lifetime. For each
scope with a limit:

- ``rpm``: one request in the current minute;
- ``tpm``: prompt tokens (estimated) + ``max_tokens`` (or ``default_reserve_tokens``)
  reserved at admission, settled to the real usage after the answer;
- ``max_concurrency``: a lease held until the answer ends (it expires by itself if the
  holder dies);
- budgets: the estimated cost (at the alias's dearest deployment) reserved per UTC day
  and per 30-day window, settled to the real cost.

Everything goes through the shared store, so the counts are exact across the workers of
a host (the default store) and across replicas (Redis). A refused reservation undoes
the ones taken before it and answers 429 with ``Retry-After``. A streamed answer that
outgrows its reservation takes more as it goes; when that is refused the stream is cut
with an error event. Overshoot is thus at most one request's worth (its last increment).
"""

from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass, field
from typing import NoReturn

from aire.config.governance import LimitsConfig, LimitSpec
from aire.errors import (
    BudgetExceeded,
    ConcurrencyLimited,
    RateLimited,
    StateUnavailable,
)
from aire.gateway.context import RequestContext
from aire.gateway.pricing import PriceTable
from aire.state import Store, Taken

__all__ = ["Limiter", "Reservation", "reset_header"]

log = logging.getLogger("aire.gateway.limits")

MINUTE = 60
DAY = 86_400
MONTH = 30 * DAY
LIFETIME = 1 << 30  # a token's caps: one window for any token's lifetime
_MICRO = 1_000_000
_UNLIMITED = 1 << 62


def micro(usd: float) -> int:
    return math.ceil(usd * _MICRO)


def reset_header(seconds: float) -> str:
    """OpenAI's style of ``x-ratelimit-reset-*``: ``1s``, ``6m0s``, ``1h2m3s``."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.3g}s" if seconds < 10 else f"{round(seconds)}s"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{hours}h" if hours else "") + f"{minutes}m{secs}s"


@dataclass
class _Count:
    """One reservation in one counter: settled (given back or topped up) at the end."""

    key: str
    window_s: int
    reserved: int
    kind: str  # "tokens" | "usd"
    limit: int


@dataclass
class Reservation:
    counts: list[_Count] = field(default_factory=list)
    leases: list[tuple[str, str]] = field(default_factory=list)
    prompt_tokens: int = 0
    output_reserved: int = 0
    usd_per_output_token: float = 0.0  # for topping up budgets as a stream grows
    usd_per_prompt_token: float = 0.0
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    settled: bool = False

    @property
    def meters(self) -> bool:
        """Does anything here need a stream's output counted as it goes?"""
        return any(c.limit < _UNLIMITED for c in self.counts)


class Limiter:
    def __init__(self, store: Store, prices: PriceTable) -> None:
        self.store = store
        self.prices = prices
        self._settling: set[asyncio.Task[None]] = set()

    def settle_later(self, res: Reservation, ctx: RequestContext) -> None:
        """Settle in the background: the answer need not wait for the store's round trip
        (the reservation already counted; settling only corrects it)."""
        if res.settled or (not res.counts and not res.leases):
            res.settled = True
            return
        task = asyncio.get_running_loop().create_task(self._settle_logged(res, ctx))
        self._settling.add(task)
        task.add_done_callback(self._settling.discard)

    async def _settle_logged(self, res: Reservation, ctx: RequestContext) -> None:
        try:
            await self.settle(res, ctx)
        except Exception:
            log.exception(
                "settling a request's limits failed", extra={"request_id": ctx.request_id}
            )

    async def drain(self) -> None:
        """At shutdown: wait for the settlements still running."""
        if self._settling:
            await asyncio.gather(*list(self._settling), return_exceptions=True)

    @staticmethod
    def _config(ctx: RequestContext) -> LimitsConfig:
        assert ctx.state is not None
        return ctx.state.config.limits  # the request's config, even across a reload

    def scopes(self, ctx: RequestContext) -> list[tuple[str, LimitSpec]]:
        out: list[tuple[str, LimitSpec]] = []
        config = self._config(ctx)
        principal = ctx.principal
        key_id = getattr(principal, "key_id", None)
        if key_id is not None:  # spend is counted per key and team even without budgets
            out.append((f"k:{key_id}", principal.limits))
        team = getattr(principal, "team", None)
        if team is not None:
            out.append((f"t:{team}", config.teams.get(team) or LimitSpec()))
        model = config.models.get(ctx.requested_model)
        if model is not None:
            out.append((f"m:{ctx.requested_model}", model))
        token = getattr(principal, "token", None)
        if token is not None and (token.max_tokens or token.max_cost_usd):
            out.append((f"tok:{token.token_id}", LimitSpec()))
        return out

    def _prices(self, ctx: RequestContext) -> tuple[float, float]:
        """USD per prompt token and per output token at the alias's dearest deployment."""
        best = (0.0, 0.0)
        route = ctx.route
        for dep in route.deployments if route is not None else ():
            price = self.prices.price(dep.config.model, dep.config.price)
            if price is not None:
                best = max(best, (price.input / _MICRO, price.output / _MICRO))
        return best

    async def admit(self, ctx: RequestContext) -> Reservation:
        """Reserve everything the request counts against in one batch (one round trip
        to a shared store) with its concurrency leases, all or nothing."""
        res = Reservation()
        scopes = self.scopes(ctx)
        if not scopes:
            return res
        output = ctx.body.get("max_completion_tokens") or ctx.body.get("max_tokens")
        if not isinstance(output, int) or output < 1:
            output = self._config(ctx).default_reserve_tokens
        res.output_reserved = output
        res.prompt_tokens = max(0, ctx.needed_tokens() - _requested_output(ctx))
        tokens = res.prompt_tokens + output
        res.usd_per_prompt_token, res.usd_per_output_token = self._prices(ctx)
        usd = micro(
            res.prompt_tokens * res.usd_per_prompt_token + output * res.usd_per_output_token
        )
        takes: list[_Count] = []  # reserved (taken) now; settled after
        requests: list[_Count] = []  # one request each: not settled
        for name, spec in scopes:
            if spec.rpm is not None:
                requests.append(_Count(f"rpm:{name}", MINUTE, 1, "requests", spec.rpm))
            if spec.tpm is not None:
                takes.append(_Count(f"tpm:{name}", MINUTE, tokens, "tokens", spec.tpm))
            for budget, window, label in (
                (spec.budget_usd_day, DAY, "day"),
                (spec.budget_usd_month, MONTH, "month"),
            ):
                key = f"usd{label}:{name}"
                if budget is not None:
                    takes.append(_Count(key, window, usd, "usd", micro(budget)))
                elif name[0] in "kt":  # no budget: only count the spend, after
                    res.counts.append(_Count(key, window, 0, "usd", _UNLIMITED))
            if name.startswith("tok:"):
                takes += self._token_caps(ctx, name, tokens, usd)
        batch = [*requests, *takes]
        holds = [
            (f"conc:{name}", spec.max_concurrency, self._lease_s(ctx))
            for name, spec in scopes
            if spec.max_concurrency is not None
        ]
        if not batch and not holds:
            return res
        got = await self.store.take_batch(
            [(c.key, c.reserved, c.limit, c.window_s) for c in batch], holds
        )
        pairs = list(zip(batch, got.taken, strict=True))
        if not got.ok:
            refused = [(c, t) for c, t in pairs if not t.ok]
            if refused:
                self._refused(*refused[0])
            self._check_store()
            key, limit, _ = next(h for h, lease in zip(holds, got.leases, strict=True) if not lease)
            raise ConcurrencyLimited(
                f"more than {limit} requests in flight for {_label(key.split(':', 1)[1])}",
                retry_after_s=1.0,
            )
        res.counts += takes
        res.leases = [(h[0], lease) for h, lease in zip(holds, got.leases, strict=True) if lease]
        res.headers = _headers(
            next((t for c, t in pairs if c.kind == "requests"), None),
            next((t for c, t in pairs if c.kind == "tokens"), None),
        )
        return res

    def _token_caps(self, ctx: RequestContext, name: str, tokens: int, usd: int) -> list[_Count]:
        token = ctx.principal.token
        out = []
        if token.max_tokens:
            out.append(_Count(f"tcap:{name}", LIFETIME, tokens, "tokens", token.max_tokens))
        if token.max_cost_usd:
            out.append(_Count(f"ucap:{name}", LIFETIME, usd, "usd", micro(token.max_cost_usd)))
        return out

    def _lease_s(self, ctx: RequestContext) -> float:
        route = ctx.route
        total = route.timeouts.total_ms / 1000 if route is not None else 600.0
        return total + 30.0

    def _check_store(self) -> None:
        """A refusal because nobody can count (the store is down, ``on_failure: closed``)
        is a 503, not a 429 that blames the caller's usage."""
        if not getattr(self.store, "available", True):
            raise StateUnavailable(
                "limits cannot be checked while the shared state store is unreachable "
                "(state.on_failure: closed); try again shortly"
            )

    def _refused(self, count: _Count, taken: Taken) -> NoReturn:
        """The error for a refused counter (503 if nobody could count)."""
        self._check_store()
        key, amount, limit, window, what = (
            count.key, count.reserved, count.limit, count.window_s, count.kind
        )  # fmt: skip
        scope = _label(key.split(":", 1)[1])
        info = {"headers": _headers(taken if what == "requests" else None,
                                    taken if what == "tokens" else None)}  # fmt: skip
        if what == "usd":
            raise BudgetExceeded(
                f"the spend budget of {scope} is used up; it resets in "
                f"{reset_header(taken.reset_s)}",
                retry_after_s=taken.reset_s if window <= DAY else None,
                **info,
            )
        if what == "tokens" and amount > limit:
            raise RateLimited(
                f"this request needs about {amount} tokens, more than the {limit} per minute "
                f"of {scope}; lower max_tokens",
                retry_after_s=None,
                **info,
            )
        raise RateLimited(
            f"rate limit of {scope} reached ({limit} {what} per "
            f"{'minute' if window == MINUTE else 'lifetime'}); retry in "
            f"{reset_header(taken.reset_s)}",
            retry_after_s=taken.reset_s,
            **info,
        )

    async def extend(self, res: Reservation, output_seen: int, step_min: int = 256) -> None:
        """A stream has produced ``output_seen`` tokens: take more when that passes what
        was reserved (in steps, not per chunk); BudgetExceeded/RateLimited when refused."""
        if output_seen <= res.output_reserved:
            return
        step = max(step_min, output_seen - res.output_reserved)
        usd = micro(step * res.usd_per_output_token)
        more = [
            (count, step if count.kind == "tokens" else usd)
            for count in res.counts
            if count.limit < _UNLIMITED
        ]
        more = [(count, amount) for count, amount in more if amount > 0]
        if more:
            got = await self.store.take_all(
                [(c.key, amount, c.limit, c.window_s) for c, amount in more]
            )
            for (count, _), taken in zip(more, got, strict=True):
                if not taken.ok:
                    self._refused(count, taken)
            for count, amount in more:
                count.reserved += amount
        res.output_reserved += step

    async def settle(self, res: Reservation, ctx: RequestContext) -> None:
        """Settle reservations to what the request really used (nothing if it never
        reached an upstream or was served from the cache), and release its leases."""
        if res.settled:
            return
        res.settled = True
        upstream = ctx.attempts > 0 and ctx.cache != "hit"
        tokens = ctx.prompt_tokens + ctx.completion_tokens if upstream else 0
        usd = micro(ctx.cost_usd) if upstream else 0
        gives = []
        for count in res.counts:
            used = tokens if count.kind == "tokens" else usd
            if used != count.reserved:
                gives.append((count.key, used - count.reserved, count.window_s))
        if gives or res.leases:
            await self.store.give_batch(gives, res.leases)

    async def undo(self, res: Reservation) -> None:
        gives = [(c.key, -c.reserved, c.window_s) for c in res.counts if c.reserved]
        if gives or res.leases:
            await self.store.give_batch(gives, res.leases)
        res.counts.clear()
        res.leases.clear()
        res.settled = True


def _requested_output(ctx: RequestContext) -> int:
    output = ctx.body.get("max_completion_tokens") or ctx.body.get("max_tokens") or 0
    return output if isinstance(output, int) else 0


def _label(scope: str) -> str:
    kind, _, name = scope.partition(":")
    return {"k": "key", "t": "team", "m": "model", "tok": "token"}.get(kind, kind) + f" {name}"


def _headers(requests: Taken | None, tokens: Taken | None) -> list[tuple[bytes, bytes]]:
    out: list[tuple[bytes, bytes]] = []
    for kind, taken in (("requests", requests), ("tokens", tokens)):
        if taken is not None:
            out += [
                (f"x-ratelimit-limit-{kind}".encode(), str(taken.limit).encode()),
                (
                    f"x-ratelimit-remaining-{kind}".encode(),
                    str(max(0, taken.limit - taken.used)).encode(),
                ),
                (f"x-ratelimit-reset-{kind}".encode(), reset_header(taken.reset_s).encode()),
            ]
    return out
