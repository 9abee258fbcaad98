"""The ``redis`` store: state shared by every replica through one Redis server.

Every multi-step update is one Lua script run in the server (atomic: no other command
runs between its steps), sent by SHA (``EVALSHA``) and loaded again when the server
answers ``NOSCRIPT`` (a restarted Redis has an empty script cache); redis-py's
``register_script`` does exactly that. Windows use the server's ``TIME``, so replicas
with skewed clocks still agree, and each window's key expires when the window ends.
Each script touches one key, named in ``KEYS``, so it also runs on Redis Cluster.

Connections come from a bounded pool; connect and socket timeouts are short, so a dead
Redis costs one timeout (milliseconds), after which ``aire.state.failover`` answers
without asking it until it is back.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from aire.errors import ConfigError, StateError, StateUnavailable

try:
    import redis.asyncio as aioredis
    from redis import exceptions as rexc
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff
except ImportError as exc:  # pragma: no cover - the dev extra installs it
    raise ConfigError(
        "state backend 'redis' needs the redis client: pip install 'aire[redis]'"
    ) from exc

from aire.state.base import Batch, Give, Hold, Take, Taken

if TYPE_CHECKING:
    from aire.config.state import StateConfig

__all__ = ["RedisStore"]

T = TypeVar("T")

# The window of KEYS[1] (a hash: w = window id, u = used) by the server's clock; a key
# of an earlier window starts again from 0 and expires at the end of this one.
_WINDOW = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window_us = tonumber(ARGV[3]) * 1000000
local wid = math.floor(now_us / window_us)
local reset_us = (wid + 1) * window_us - now_us
local state = redis.call('HMGET', KEYS[1], 'w', 'u')
local used = 0
if state[1] and tonumber(state[1]) == wid then
  used = tonumber(state[2])
else
  redis.call('HSET', KEYS[1], 'w', string.format('%d', wid), 'u', 0)
  redis.call('PEXPIRE', KEYS[1], math.ceil(reset_us / 1000) + 1)
end
"""

# KEYS[1]; ARGV: amount, limit, window_s -> {taken 0/1, used, microseconds to reset}.
# HINCRBY keeps the count an exact 64-bit integer (Lua numbers are doubles).
TAKE = (
    _WINDOW
    + """
if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then
  return {0, used, reset_us}
end
used = redis.call('HINCRBY', KEYS[1], 'u', ARGV[1])
if used < 0 then
  redis.call('HSET', KEYS[1], 'u', 0)
  used = 0
end
return {1, used, reset_us}
"""
)

# KEYS[1]; ARGV: amount, (unused), window_s. Never below zero.
GIVE = (
    _WINDOW
    + """
if redis.call('HINCRBY', KEYS[1], 'u', ARGV[1]) < 0 then
  redis.call('HSET', KEYS[1], 'u', 0)
end
return 1
"""
)

# KEYS: the windows of a batch; ARGV: window_s, amount, limit per key (3 each). Every
# window is read (stale ones start again from 0); only if every amount fits are they all
# counted. -> flat {taken 0/1, used, microseconds to reset} per key.
TAKE_ALL = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
local used, resets, fits = {}, {}, true
for i, key in ipairs(KEYS) do
  local window_us = tonumber(ARGV[3 * i - 2]) * 1000000
  local wid = math.floor(now_us / window_us)
  local reset_us = (wid + 1) * window_us - now_us
  local state = redis.call('HMGET', key, 'w', 'u')
  local u = 0
  if state[1] and tonumber(state[1]) == wid then
    u = tonumber(state[2])
  else
    redis.call('HSET', key, 'w', string.format('%d', wid), 'u', 0)
    redis.call('PEXPIRE', key, math.ceil(reset_us / 1000) + 1)
  end
  used[i], resets[i] = u, reset_us
  if u + tonumber(ARGV[3 * i - 1]) > tonumber(ARGV[3 * i]) then fits = false end
end
local out = {}
for i, key in ipairs(KEYS) do
  local ok = (used[i] + tonumber(ARGV[3 * i - 1]) <= tonumber(ARGV[3 * i])) and 1 or 0
  if fits then
    used[i] = redis.call('HINCRBY', key, 'u', ARGV[3 * i - 1])
    if used[i] < 0 then redis.call('HSET', key, 'u', 0); used[i] = 0 end
  end
  out[3 * i - 2], out[3 * i - 1], out[3 * i] = ok, used[i], resets[i]
end
return out
"""

# KEYS: windows; ARGV: window_s, amount per key. Each never below zero.
GIVE_ALL = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
for i, key in ipairs(KEYS) do
  local window_us = tonumber(ARGV[2 * i - 1]) * 1000000
  local wid = math.floor(now_us / window_us)
  local state = redis.call('HMGET', key, 'w', 'u')
  if not (state[1] and tonumber(state[1]) == wid) then
    redis.call('HSET', key, 'w', string.format('%d', wid), 'u', 0)
    redis.call('PEXPIRE', key, math.ceil(((wid + 1) * window_us - now_us) / 1000) + 1)
  end
  if redis.call('HINCRBY', key, 'u', ARGV[2 * i]) < 0 then redis.call('HSET', key, 'u', 0) end
end
return 1
"""

# A request's admission in one call. KEYS: n windows, then m lease sets. ARGV: n, m, then
# (window_s, amount, limit) per window, then (limit, ttl_ms, lease id) per set. All or
# nothing: counted and held only if every amount fits and every set has a free slot.
# -> {granted 0/1, then (taken 0/1, used, us to reset) per window, then 0/1 per set}
TAKE_BATCH = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
local now_ms = math.floor(now_us / 1000)
local n, m = tonumber(ARGV[1]), tonumber(ARGV[2])
local used, resets, oks, free = {}, {}, {}, {}
local granted = true
for i = 1, n do
  local key, base = KEYS[i], 2 + 3 * (i - 1)
  local window_us = tonumber(ARGV[base + 1]) * 1000000
  local wid = math.floor(now_us / window_us)
  local reset_us = (wid + 1) * window_us - now_us
  local state = redis.call('HMGET', key, 'w', 'u')
  local u = 0
  if state[1] and tonumber(state[1]) == wid then
    u = tonumber(state[2])
  else
    redis.call('HSET', key, 'w', string.format('%d', wid), 'u', 0)
    redis.call('PEXPIRE', key, math.ceil(reset_us / 1000) + 1)
  end
  used[i], resets[i] = u, reset_us
  oks[i] = (u + tonumber(ARGV[base + 2]) <= tonumber(ARGV[base + 3])) and 1 or 0
  if oks[i] == 0 then granted = false end
end
for j = 1, m do
  local key, base = KEYS[n + j], 2 + 3 * n + 3 * (j - 1)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now_ms)
  free[j] = (redis.call('ZCARD', key) < tonumber(ARGV[base + 1])) and 1 or 0
  if free[j] == 0 then granted = false end
end
local out = {granted and 1 or 0}
for i = 1, n do
  if granted then
    local base = 2 + 3 * (i - 1)
    used[i] = redis.call('HINCRBY', KEYS[i], 'u', ARGV[base + 2])
    if used[i] < 0 then redis.call('HSET', KEYS[i], 'u', 0); used[i] = 0 end
  end
  out[#out + 1], out[#out + 2], out[#out + 3] = oks[i], used[i], resets[i]
end
for j = 1, m do
  if granted then
    local key, base = KEYS[n + j], 2 + 3 * n + 3 * (j - 1)
    local ttl_ms = tonumber(ARGV[base + 2])
    redis.call('ZADD', key, now_ms + ttl_ms, ARGV[base + 3])
    if redis.call('PTTL', key) < ttl_ms then redis.call('PEXPIRE', key, ttl_ms) end
  end
  out[#out + 1] = free[j]
end
return out
"""

# A request's settlement. KEYS: n windows, then m lease sets. ARGV: n, then (window_s,
# amount) per window, then the lease id per set.
GIVE_BATCH = """
local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])
local n = tonumber(ARGV[1])
for i = 1, n do
  local key, base = KEYS[i], 1 + 2 * (i - 1)
  local window_us = tonumber(ARGV[base + 1]) * 1000000
  local wid = math.floor(now_us / window_us)
  local state = redis.call('HMGET', key, 'w', 'u')
  if not (state[1] and tonumber(state[1]) == wid) then
    redis.call('HSET', key, 'w', string.format('%d', wid), 'u', 0)
    redis.call('PEXPIRE', key, math.ceil(((wid + 1) * window_us - now_us) / 1000) + 1)
  end
  if redis.call('HINCRBY', key, 'u', ARGV[base + 2]) < 0 then redis.call('HSET', key, 'u', 0) end
end
for j = n + 1, #KEYS do
  redis.call('ZREM', KEYS[j], ARGV[1 + 2 * n + (j - n)])
end
return 1
"""

# KEYS[1] a sorted set of lease -> expiry (server ms); ARGV: limit, ttl_ms, lease.
ACQUIRE = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
local ttl_ms = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now_ms + ttl_ms, ARGV[3])
if redis.call('PTTL', KEYS[1]) < ttl_ms then
  redis.call('PEXPIRE', KEYS[1], ttl_ms)
end
return 1
"""

#: replies that mean "Redis cannot serve now" rather than "this call is wrong"
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    rexc.ConnectionError,
    rexc.TimeoutError,
    rexc.ReadOnlyError,
    rexc.OutOfMemoryError,
    rexc.ClusterDownError,
    rexc.TryAgainError,
    rexc.BusyLoadingError,
    OSError,
    TimeoutError,
)


def _raise(exc: Exception) -> NoReturn:
    if isinstance(exc, _UNAVAILABLE) or (
        isinstance(exc, rexc.ResponseError) and str(exc).startswith("BUSY")
    ):
        raise StateUnavailable(f"redis unreachable: {type(exc).__name__}: {exc}") from exc
    raise StateError(f"redis: {type(exc).__name__}: {exc}") from exc


class RedisStore:
    """``Store`` on Redis (redis-py asyncio). Keys: ``{prefix}w:{window_s}:{key}``
    (windows), ``{prefix}c:{key}`` (leases), ``{prefix}v:{key}`` (values)."""

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        key_prefix: str = "aire:",
        connect_timeout_s: float = 0.2,
        op_timeout_s: float = 0.2,
        pool_size: int = 32,
    ) -> None:
        self.prefix = key_prefix
        # One immediate retry on a connection error: after Redis restarts, every pooled
        # connection fails once before it reconnects; timeouts are not retried.
        self._pool = aioredis.BlockingConnectionPool.from_url(
            url,
            max_connections=pool_size,
            # Waiting for a free connection is local queueing, not Redis failing: a longer
            # bound, so a burst (or a stalled process) is not taken for an outage.
            timeout=max(1.0, 5 * (connect_timeout_s + op_timeout_s)),
            socket_connect_timeout=connect_timeout_s,
            socket_timeout=op_timeout_s,
            retry=Retry(NoBackoff(), 1),
            retry_on_timeout=False,
        )
        self._redis = aioredis.Redis(connection_pool=self._pool)
        self._take = self._redis.register_script(TAKE)
        self._give = self._redis.register_script(GIVE)
        self._acquire = self._redis.register_script(ACQUIRE)
        self._take_all = self._redis.register_script(TAKE_ALL)
        self._give_all = self._redis.register_script(GIVE_ALL)
        self._take_batch = self._redis.register_script(TAKE_BATCH)
        self._give_batch = self._redis.register_script(GIVE_BATCH)

    @classmethod
    def from_config(cls, config: StateConfig) -> RedisStore:
        return cls(
            config.url,
            key_prefix=config.key_prefix,
            connect_timeout_s=config.connect_timeout_ms / 1000,
            op_timeout_s=config.op_timeout_ms / 1000,
            pool_size=config.pool_size,
        )

    async def _run(self, call: Awaitable[T]) -> T:
        try:
            return await call
        except (rexc.RedisError, OSError, TimeoutError) as exc:
            _raise(exc)

    async def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        if window_s <= 0:
            raise StateError(f"window_s must be positive, not {window_s}")
        name = f"{self.prefix}w:{window_s}:{key}"
        reply: Any = await self._run(self._take([name], [int(amount), int(limit), window_s]))
        ok, used, reset_us = reply
        return Taken(bool(ok), int(used), limit, reset_us / 1e6)

    async def give(self, key: str, amount: int, window_s: int) -> None:
        if window_s <= 0:
            raise StateError(f"window_s must be positive, not {window_s}")
        name = f"{self.prefix}w:{window_s}:{key}"
        await self._run(self._give([name], [int(amount), 0, window_s]))

    async def take_all(self, items: Sequence[Take]) -> list[Taken]:
        """One round trip, atomic on one Redis (a batch's keys span scopes: on Redis
        Cluster they would need one hash slot)."""
        if not items:
            return []
        names, args = [], []
        for key, amount, limit, window_s in items:
            if window_s <= 0:
                raise StateError(f"window_s must be positive, not {window_s}")
            names.append(f"{self.prefix}w:{window_s}:{key}")
            args += [window_s, int(amount), int(limit)]
        reply: Any = await self._run(self._take_all(names, args))
        return [
            Taken(bool(reply[3 * i]), int(reply[3 * i + 1]), items[i][2], reply[3 * i + 2] / 1e6)
            for i in range(len(items))
        ]

    async def give_all(self, items: Sequence[Give]) -> None:
        if not items:
            return
        names, args = [], []
        for key, amount, window_s in items:
            if window_s <= 0:
                raise StateError(f"window_s must be positive, not {window_s}")
            names.append(f"{self.prefix}w:{window_s}:{key}")
            args += [window_s, int(amount)]
        await self._run(self._give_all(names, args))

    async def take_batch(self, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
        names: list[str] = []
        args: list[Any] = [len(takes), len(holds)]
        for key, amount, limit, window_s in takes:
            if window_s <= 0:
                raise StateError(f"window_s must be positive, not {window_s}")
            names.append(f"{self.prefix}w:{window_s}:{key}")
            args += [window_s, int(amount), int(limit)]
        leases = [secrets.token_hex(8) for _ in holds]
        for (key, limit, ttl_s), lease in zip(holds, leases, strict=True):
            names.append(f"{self.prefix}c:{key}")
            args += [int(limit), max(1, math.ceil(ttl_s * 1000)), lease]
        reply: Any = await self._run(self._take_batch(names, args))
        taken = []
        for i, (_, _, limit, _) in enumerate(takes):
            ok, used, reset_us = reply[1 + 3 * i : 4 + 3 * i]
            taken.append(Taken(bool(ok), int(used), limit, reset_us / 1e6))
        granted = bool(reply[0])  # otherwise none is held, whichever was refused
        return Batch(taken, list(leases) if granted else [None] * len(holds))

    async def give_batch(self, gives: Sequence[Give], releases: Sequence[tuple[str, str]]) -> None:
        if not gives and not releases:
            return
        names: list[str] = []
        args: list[Any] = [len(gives)]
        for key, amount, window_s in gives:
            if window_s <= 0:
                raise StateError(f"window_s must be positive, not {window_s}")
            names.append(f"{self.prefix}w:{window_s}:{key}")
            args += [window_s, int(amount)]
        for key, lease in releases:
            names.append(f"{self.prefix}c:{key}")
            args.append(lease)
        await self._run(self._give_batch(names, args))

    async def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        lease = secrets.token_hex(8)
        ttl_ms = max(1, math.ceil(ttl_s * 1000))
        got: Any = await self._run(
            self._acquire([f"{self.prefix}c:{key}"], [int(limit), ttl_ms, lease])
        )
        return lease if got == 1 else None

    async def release(self, key: str, lease: str) -> None:
        await self._run(self._redis.zrem(f"{self.prefix}c:{key}", lease))

    async def held(self, key: str) -> int:
        """Leases of ``key`` not expired (for tests and status pages)."""
        now_s, now_us = await self._run(self._redis.time())
        now_ms = now_s * 1000 + now_us // 1000
        name = f"{self.prefix}c:{key}"
        return int(await self._run(self._redis.zcount(name, f"({now_ms}", "+inf")))

    async def get(self, key: str) -> bytes | None:
        value: Any = await self._run(self._redis.get(f"{self.prefix}v:{key}"))
        return None if value is None else bytes(value)

    async def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None:
        px = None if ttl_s is None else max(1, math.ceil(ttl_s * 1000))
        await self._run(self._redis.set(f"{self.prefix}v:{key}", value, px=px))

    async def delete(self, key: str) -> None:
        await self._run(self._redis.delete(f"{self.prefix}v:{key}"))

    async def incr(self, key: str, amount: int = 1) -> int:
        return int(await self._run(self._redis.incrby(f"{self.prefix}v:{key}", amount)))

    async def ping(self) -> None:
        await self._run(self._redis.ping())

    async def aclose(self) -> None:
        await self._redis.aclose()
        await self._pool.aclose()
