"""``model_list`` entries -> aire deployments, with LiteLLM 1.106.2's rules:

- quotas: ``rpm``/``tpm`` from ``litellm_params``, else the entry, else ``model_info`` (as
  its usage-based strategies read them);
- in-flight cap: ``max_parallel_requests``, else ``rpm``, else ``tpm`` x 6 / 1000, else
  ``router_settings.default_max_parallel_requests`` (``calculate_max_parallel_requests``);
- timeouts: per attempt, non-streamed ``timeout`` > ``request_timeout`` >
  ``litellm_settings.request_timeout`` > ``router_settings.timeout``; streamed
  ``stream_timeout`` > ``router_settings.stream_timeout`` > the non-streamed one
  (``Router._get_timeout``). LiteLLM passes it to httpx as a per-read timeout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aire.config.litellm.context import Loc, TranslationContext
from aire.config.litellm.providers import (
    PROVIDERS,
    ProviderSpec,
    bare_model_provider,
    unsupported_provider,
)
from aire.config.litellm.settings import (
    MODEL_INFO_TRANSLATED,
    PARAMS_TRANSLATED,
    accepted,
    hint,
)

__all__ = [
    "DeploymentSource",
    "Timeouts",
    "Value",
    "aire_timeouts",
    "per_million",
    "read_deployment",
]

_ENTRY_KEYS = ("model_name", "litellm_params", "model_info", "rpm", "tpm")
_PRICE_KEYS = (
    ("input_cost_per_token", "input"),
    ("output_cost_per_token", "output"),
    ("cache_read_input_token_cost", "cached_input"),
)
Value = tuple[float, Loc]  # a setting's value, and where it was written


def per_million(value: float) -> float:
    """USD per token -> USD per million tokens, without binary rounding noise
    (0.000005 x 1e6 is 4.999999999999999 in floats)."""
    return float(Decimal(repr(value)) * 1_000_000)


@dataclass(frozen=True)
class Timeouts:
    """The gateway-wide timeouts LiteLLM's Router falls back to, each with its origin
    (a zero counts as unset: LiteLLM chains them with ``or``)."""

    request_timeout: Value | None = None  # litellm_settings.request_timeout
    timeout: Value | None = None  # router_settings.timeout
    stream_timeout: Value | None = None  # router_settings.stream_timeout

    def non_streamed(self) -> Value | None:
        return self.request_timeout or self.timeout

    def streamed(self) -> Value | None:
        return self.stream_timeout or self.non_streamed()


def aire_timeouts(non_streamed: Value | None, streamed: Value | None) -> dict[str, Value]:
    """aire's timeout fields: the non-streamed bound is ``total_ms``; the streamed per-read
    bound is the wait for the first token and between tokens."""
    out: dict[str, Value] = {}
    if non_streamed is not None:
        out["total_ms"] = (non_streamed[0] * 1000, non_streamed[1])
    if streamed is not None:
        out["first_token_ms"] = (streamed[0] * 1000, streamed[1])
        out["idle_ms"] = (streamed[0] * 1000, streamed[1])
    return out


@dataclass
class DeploymentSource:
    """One ``model_list`` entry, translated, before its alias is assembled."""

    alias: str
    loc: Loc
    fields: dict[str, Any] = field(default_factory=dict)  # DeploymentConfig fields
    origins: dict[tuple[str, ...], Loc] = field(default_factory=dict)  # field -> LiteLLM path
    order: Value | None = None
    shuffle: dict[str, Value] = field(default_factory=dict)  # weight/rpm/tpm of litellm_params
    num_retries: tuple[int, Loc] | None = None

    @property
    def name(self) -> str | None:
        name = self.fields.get("name")
        return name if isinstance(name, str) else None

    def set(self, path: tuple[str, ...], value: Any, origin: Loc) -> None:
        target = self.fields
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value
        self.origins[path] = origin


def read_deployment(
    ctx: TranslationContext, entry: Any, loc: Loc, default_cap: Value | None, timeouts: Timeouts
) -> DeploymentSource | None:
    """The deployment of one entry; None when aire cannot serve it (recorded)."""
    if not isinstance(entry, dict):
        raise ctx.error(loc, "must be a mapping with model_name and litellm_params")
    alias = entry.get("model_name")
    if not isinstance(alias, str) or not alias:
        raise ctx.error((*loc, "model_name"), "required: the model name clients send")
    ploc: Loc = (*loc, "litellm_params")
    params = entry.get("litellm_params")
    if not isinstance(params, dict):
        raise ctx.error(ploc, "required: a mapping with at least model")
    iloc: Loc = (*loc, "model_info")
    info = entry.get("model_info") or {}
    if not isinstance(info, dict):
        raise ctx.error(iloc, "must be a mapping")
    for key, value in entry.items():
        if key not in _ENTRY_KEYS and not accepted("model_list", str(key), value):
            ctx.unsupported_at((*loc, str(key)), hint("model_list", str(key)))
    if "*" in alias:
        ctx.unsupported_at(
            (*loc, "model_name"), "wildcard model names are not supported: aliases are exact"
        )
        return None
    found = _provider(ctx, params, ploc)
    if found is None:
        return None
    spec, model = found
    dep = DeploymentSource(alias, loc)
    _wire(ctx, dep, spec, model, params, ploc)
    _limits(ctx, dep, entry, params, info, loc, default_cap)
    _pricing(ctx, dep, params, info, ploc, iloc)
    _own_timeouts(ctx, dep, params, ploc, timeouts)
    _headers(ctx, dep, spec, params, ploc)
    if info.get("id") is not None:
        dep.set(("name",), str(info["id"]), (*iloc, "id"))
    if info.get("max_input_tokens") is not None:
        where = (*iloc, "max_input_tokens")
        dep.set(("context_window",), ctx.integer(info["max_input_tokens"], where), where)
    if params.get("num_retries") is not None:
        where = (*ploc, "num_retries")
        dep.num_retries = (ctx.integer(params["num_retries"], where) or 0, where)
    retries = ctx.integer(params.get("max_retries"), (*ploc, "max_retries"))
    if retries:
        ctx.unsupported_at((*ploc, "max_retries"), hint("litellm_params", "max_retries"))
    for key, value in params.items():
        if key not in PARAMS_TRANSLATED and not accepted("litellm_params", str(key), value):
            ctx.unsupported_at((*ploc, str(key)), hint("litellm_params", str(key)))
    for key, value in info.items():
        if (key not in MODEL_INFO_TRANSLATED or key == "mode") and not accepted(
            "model_info", str(key), value
        ):
            ctx.unsupported_at((*iloc, str(key)), hint("model_info", str(key)))
    return dep


def _provider(
    ctx: TranslationContext, params: dict[str, Any], ploc: Loc
) -> tuple[ProviderSpec, str] | None:
    mloc: Loc = (*ploc, "model")
    model = ctx.text(params.get("model"), mloc)
    if model is None:
        raise ctx.error(mloc, "required: the provider and model, e.g. openai/gpt-4o")
    custom = ctx.text(params.get("custom_llm_provider"), (*ploc, "custom_llm_provider"))
    if custom and model.split("/", 1)[0] != custom:
        model = f"{custom}/{model}"
    prefix, slash, rest = model.partition("/")
    if slash:
        provider, name = prefix, rest
    else:
        provider, name = bare_model_provider(model) or "", model
        if not provider:
            ctx.unsupported_at(
                mloc,
                f"LiteLLM looks up the provider of {model!r} in its model table; name it "
                f"(e.g. model: openai/{model} with its api_base)",
            )
            return None
    if provider not in PROVIDERS:
        ctx.unsupported_at(mloc, unsupported_provider(provider))
        return None
    if "*" in name:
        ctx.unsupported_at(mloc, "wildcard models are not supported: aliases are exact")
        return None
    return PROVIDERS[provider], name


def _wire(
    ctx: TranslationContext,
    dep: DeploymentSource,
    spec: ProviderSpec,
    model: str,
    params: dict[str, Any],
    ploc: Loc,
) -> None:
    mloc: Loc = (*ploc, "model")
    base_loc: Loc = (*ploc, "api_base")
    base = ctx.text(params.get("api_base"), base_loc)
    if base is None:
        base_loc = mloc
        base = ctx.env_value(spec.base_env) or spec.default_base
        if base is None:
            names = " or ".join(f"${n}" for n in spec.base_env) or "nothing else"
            raise ctx.error(mloc, f"needs an api_base (LiteLLM also reads {names})")
    dep.set(("url",), spec.url(base), base_loc)
    dep.set(("model",), model, mloc)
    dep.set(("provider",), spec.wire, mloc)
    key_loc: Loc = (*ploc, "api_key")
    key = ctx.text(params.get("api_key"), key_loc)
    if key is None:
        key, key_loc = ctx.env_value(spec.key_env), mloc
    if key is not None:
        dep.set(("api_key",), key, key_loc)
    elif spec.needs_key:
        ctx.note(
            mloc,
            f"no api_key, and ${spec.key_env[0]} is not set: LiteLLM's OpenAI client refuses "
            "to call this deployment; aire calls it without a key",
        )
    if spec.note:
        ctx.note(mloc, spec.note)


def _limits(
    ctx: TranslationContext,
    dep: DeploymentSource,
    entry: dict[str, Any],
    params: dict[str, Any],
    info: dict[str, Any],
    loc: Loc,
    default_cap: Value | None,
) -> None:
    ploc: Loc = (*loc, "litellm_params")
    own: dict[str, int | None] = {}
    for metric in ("rpm", "tpm"):
        own[metric] = ctx.integer(params.get(metric), (*ploc, metric))
        for where, source in (((*ploc, metric), params), ((*loc, metric), entry)):
            if source.get(metric) is not None:
                dep.set((metric,), ctx.integer(source[metric], where), where)
                break
        else:
            where = (*loc, "model_info", metric)
            if info.get(metric) is not None:
                dep.set((metric,), ctx.integer(info[metric], where), where)
    for metric in ("weight", "rpm", "tpm"):
        value = ctx.number(params.get(metric), (*ploc, metric))
        if value is not None:
            dep.shuffle[metric] = (value, (*ploc, metric))
    order_loc: Loc = (*ploc, "order")
    order = params.get("order")
    if order is None:
        order, order_loc = info.get("order"), (*loc, "model_info", "order")
    if order is not None:
        dep.order = (float(ctx.integer(order, order_loc) or 0), order_loc)
    cap_loc: Loc = (*ploc, "max_parallel_requests")
    cap = ctx.integer(params.get("max_parallel_requests"), cap_loc)
    derived = cap is None and (own["rpm"] is not None or own["tpm"] is not None)
    if cap is None and own["rpm"] is not None:
        cap, cap_loc = own["rpm"], (*ploc, "rpm")
    elif cap is None and own["tpm"] is not None:
        cap, cap_loc = max(1, int(own["tpm"] / 1000 * 6)), (*ploc, "tpm")
    elif cap is None and default_cap is not None:
        cap, cap_loc = int(default_cap[0]), default_cap[1]
    if cap:  # LiteLLM: no semaphore for 0
        dep.set(("max_concurrency",), cap, cap_loc)
        if derived:
            ctx.note(
                cap_loc,
                f"at most {cap} requests in flight to this deployment: LiteLLM derives "
                "max_parallel_requests from rpm (or tpm x 6 / 1000) when it is not set",
            )


def _pricing(
    ctx: TranslationContext,
    dep: DeploymentSource,
    params: dict[str, Any],
    info: dict[str, Any],
    ploc: Loc,
    iloc: Loc,
) -> None:
    # LiteLLM mirrors litellm_params' prices onto model_info: litellm_params win
    price: dict[str, Value] = {}
    for key, name in _PRICE_KEYS:
        for where, source in (((*ploc, key), params), ((*iloc, key), info)):
            value = ctx.number(source.get(key), where)
            if value is not None:
                price[name] = (per_million(value), where)
                break
    if not price:
        return
    if "input" not in price or "output" not in price:
        where = next(iter(price.values()))[1]
        ctx.unsupported_at(
            where,
            "aire prices a deployment with both input_cost_per_token and "
            "output_cost_per_token (LiteLLM fills the other from its model table)",
        )
        return
    for name, (value, where) in price.items():
        dep.set(("price", name), value, where)


def _own_timeouts(
    ctx: TranslationContext,
    dep: DeploymentSource,
    params: dict[str, Any],
    ploc: Loc,
    gateway: Timeouts,
) -> None:
    own: dict[str, Value | None] = {}
    for key in ("timeout", "request_timeout", "stream_timeout"):
        value = ctx.number(params.get(key), (*ploc, key))
        own[key] = (value, (*ploc, key)) if value else None
    if not any(own.values()):
        return
    non_streamed = own["timeout"] or own["request_timeout"] or gateway.non_streamed()
    # a per-attempt request_timeout beats the deployment's own timeout for streams when a
    # router timeout is set (Router.request_timeout), as in _get_stream_timeout
    router_rt = gateway.request_timeout if gateway.timeout else None
    streamed = own["stream_timeout"] or gateway.stream_timeout or router_rt or non_streamed
    for name, (value, where) in aire_timeouts(non_streamed, streamed).items():
        dep.set(("timeouts", name), value, where)
    if own["timeout"] or own["request_timeout"]:
        where = (own["timeout"] or own["request_timeout"] or (0.0, ploc))[1]
        ctx.note(
            where,
            "in aire this timeout also bounds a whole streamed answer (total_ms); "
            "LiteLLM bounds each read of a stream",
        )


def _headers(
    ctx: TranslationContext,
    dep: DeploymentSource,
    spec: ProviderSpec,
    params: dict[str, Any],
    ploc: Loc,
) -> None:
    for key in ("headers", "extra_headers"):
        given = params.get(key)
        if given is None:
            continue
        if not isinstance(given, dict):
            raise ctx.error((*ploc, key), "must be a mapping of header names to values")
        for name, value in given.items():
            where = (*ploc, key, str(name))
            text = ctx.text(value, where)
            if text is not None:
                dep.set(("headers", str(name)), text, where)
    where = (*ploc, "organization")
    organization = ctx.text(params.get("organization"), where)
    if organization is None:
        return
    if spec.wire != "openai":
        ctx.unsupported_at(where, "organization is an OpenAI header")
        return
    dep.set(("headers", "OpenAI-Organization"), organization, where)
