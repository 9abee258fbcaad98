"""What the response cache keys on, what it will cache, and how an entry is stored.

**The key** is a hash of what decides the answer: the alias as the client named it, the
upstream models behind it (a reload that points the alias at another model starts
afresh), the endpoint, the caller's scope (``gateway.cache.scope``), and the request body
as the upstream will see it (after the guard's redactions) with its keys sorted, without
the fields that do not change the answer (``stream``, ``stream_options``, ``user``,
``metadata``, ``store``, ``safety_identifier``, ``prompt_cache_key``) and without
parameters equal to their defaults (``n: 1``, ``top_p: 1``, the penalties at 0,
``logprobs: false``); ``temperature: 0`` and ``0.0`` are one key.

The client's API is not part of the key: the Anthropic Messages and OpenAI Responses
dialects translate a request to chat before this stage and render the stored chat answer
back after it, without state, so two clients whose requests translate to the same chat
body sent the upstream the same request and share its answer correctly.

**Sampled requests** are not cached unless ``sampled: true`` or ``x-aire-cache: force``:
a request samples unless it sets ``temperature`` to 0 (OpenAI's default is 1, Anthropic's
1.0) or gives a ``seed`` (a client that sends one asks for a reproducible answer).
``top_p`` alone does not make a request deterministic. Embeddings never sample.

**An entry** is a small header (format, prompt and completion tokens, when stored) and the
answer's whole body: a ``chat.completion`` (a streamed answer assembled,
``aire.gateway.chat_answer``) or the embeddings list. A chat body is stored with
``usage.prompt_tokens_details.cached_tokens`` equal to its prompt tokens, so that a hit
says in the usage that it was served from a cache.
"""

from __future__ import annotations

import hashlib
import struct
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from aire.errors import InvalidRequest

if TYPE_CHECKING:
    from aire.gateway.context import RequestContext

__all__ = [
    "CACHE_HEADER",
    "IGNORED_FIELDS",
    "Entry",
    "cache_key",
    "cache_mode",
    "chat_entry_body",
    "is_sampled",
    "replayable",
]

CACHE_HEADER = b"x-aire-cache"
_MODES = {b"bypass": "bypass", b"force": "force"}

#: request fields that do not change the answer: transport, attribution, bookkeeping
IGNORED_FIELDS = frozenset(
    {
        "model",  # the alias is keyed on its own, with the models behind it
        "stream",
        "stream_options",
        "user",
        "metadata",
        "store",
        "safety_identifier",
        "prompt_cache_key",
    }
)
#: parameters that mean the same when absent
_DEFAULTS: dict[str, Any] = {
    "n": 1,
    "top_p": 1,
    "presence_penalty": 0,
    "frequency_penalty": 0,
}
_FLOATS = ("temperature", "top_p", "presence_penalty", "frequency_penalty")
_KEY_VERSION = 1


def cache_mode(ctx: RequestContext) -> str | None:
    """The client's ``x-aire-cache`` request header: None, "bypass" or "force"."""
    raw = ctx.header(CACHE_HEADER)
    if raw is None:
        return None
    mode = _MODES.get(raw.strip().lower())
    if mode is None:
        raise InvalidRequest("x-aire-cache header: must be bypass or force")
    return mode


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_sampled(ctx: RequestContext) -> bool:
    """Would the upstream sample this answer (so that asking again may answer otherwise)?"""
    if ctx.endpoint == "embeddings":
        return False
    body = ctx.body
    seed = body.get("seed")
    if isinstance(seed, int) and not isinstance(seed, bool):
        return False
    temperature = body.get("temperature")
    return not (_number(temperature) and temperature == 0)


def replayable(ctx: RequestContext) -> bool:
    """Can an answer to this request be stored and replayed whole? Not audio output."""
    if ctx.endpoint == "embeddings":
        return True
    if ctx.endpoint != "chat":
        return False  # legacy completions: not cached
    body = ctx.body
    modalities = body.get("modalities")
    if body.get("audio") is not None:
        return False
    return not (isinstance(modalities, list) and "audio" in modalities)


def _normalised(body: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in body.items() if k not in IGNORED_FIELDS}
    for name, default in _DEFAULTS.items():
        value = kept.get(name)
        if _number(value) and value == default:
            del kept[name]
    if kept.get("logprobs") is False:
        del kept["logprobs"]
    for name in _FLOATS:
        value = kept.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            kept[name] = float(value)
    return kept


def _scope(ctx: RequestContext, scope: str) -> str:
    principal = ctx.principal
    if scope == "global" or principal is None:
        return ""
    key_id = str(getattr(principal, "key_id", "") or "")
    if scope == "key":
        return "k:" + key_id
    team = getattr(principal, "team", None)
    return "t:" + str(team) if team else "k:" + key_id


def cache_key(ctx: RequestContext, scope: str) -> str:
    """The store key of this request's answer (see the module docstring)."""
    assert ctx.route is not None
    upstreams = [(d.config.provider, d.config.model) for d in ctx.route.deployments]
    material = orjson.dumps(
        [
            _KEY_VERSION,
            _scope(ctx, scope),
            ctx.endpoint,
            ctx.requested_model,
            upstreams,
            _normalised(ctx.body),
        ],
        option=orjson.OPT_SORT_KEYS,
    )
    return "cache:" + hashlib.sha256(material).hexdigest()


def chat_entry_body(
    body: dict[str, Any], prompt_tokens: int, completion_tokens: int
) -> tuple[dict[str, Any], int, int] | None:
    """A ``chat.completion`` ready to store: usage present (from the tokens the gateway
    counted if the answer had none) with its prompt tokens marked as cached; with the
    tokens it reports. None if it is not a complete answer (no choices, a choice without
    a message or a finish reason)."""
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices:
        return None
    for choice in choices:
        if (
            not isinstance(choice, dict)
            or not isinstance(choice.get("message"), dict)
            or not isinstance(choice.get("finish_reason"), str)
        ):
            return None
    usage = body.get("usage")
    if not isinstance(usage, dict):
        usage = body["usage"] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
    prompt = _count(usage.get("prompt_tokens"), prompt_tokens)
    completion = _count(usage.get("completion_tokens"), completion_tokens)
    details = usage.get("prompt_tokens_details")
    usage["prompt_tokens_details"] = {
        **(details if isinstance(details, dict) else {}),
        "cached_tokens": prompt,
    }
    return body, prompt, completion


def _count(value: Any, default: int) -> int:
    counted = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return value if counted else default


# -- entries ---------------------------------------------------------------------------------

_HEAD = struct.Struct("<4sIId")  # format, prompt tokens, completion tokens, stored at (epoch s)
_FORMAT = b"ac01"
_MAX_TOKENS = 2**32 - 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One cached answer: its body as the client gets it unstreamed, and its usage."""

    body: bytes
    prompt_tokens: int
    completion_tokens: int
    stored_at: float

    def encode(self) -> bytes:
        return (
            _HEAD.pack(
                _FORMAT,
                min(self.prompt_tokens, _MAX_TOKENS),
                min(self.completion_tokens, _MAX_TOKENS),
                self.stored_at,
            )
            + self.body
        )

    @classmethod
    def decode(cls, raw: bytes) -> Entry | None:
        """The entry, or None for bytes of another format (an older aire, another writer)."""
        if len(raw) <= _HEAD.size or raw[:4] != _FORMAT:
            return None
        _, prompt, completion, stored_at = _HEAD.unpack_from(raw)
        return cls(raw[_HEAD.size :], prompt, completion, stored_at)

    def age_s(self) -> float:
        return max(0.0, time.time() - self.stored_at)
