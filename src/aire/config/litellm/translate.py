"""A LiteLLM proxy config, section by section, into aire's ``gateway:`` and ``state:``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from aire.config.litellm.aliases import alias_config, retry_attempts
from aire.config.litellm.context import Finding, Loc, TranslationContext
from aire.config.litellm.fallbacks import FallbackTable
from aire.config.litellm.models import (
    DeploymentSource,
    Timeouts,
    Value,
    aire_timeouts,
    read_deployment,
)
from aire.config.litellm.settings import (
    GENERAL_TRANSLATED,
    LITELLM_TO_ROUTER,
    ROUTER_TRANSLATED,
    accepted,
    hint,
)
from aire.config.yaml_source import LineMap, format_loc

__all__ = ["LITELLM_SECTIONS", "Translation", "is_litellm_config", "translate"]

LITELLM_SECTIONS = (
    "model_list",
    "litellm_settings",
    "router_settings",
    "general_settings",
    "environment_variables",
)
_AIRE_SECTIONS = ("gateway", "sim", "guard", "load", "state", "pricing")

#: routing_strategy -> aire strategy; the others have no aire balancer
_STRATEGIES = {
    "simple-shuffle": "weighted_round_robin",
    "least-busy": "least_outstanding",
    "latency-based-routing": "latency",
}
_NO_STRATEGY = {
    "usage-based-routing": "it picks the deployment with the least usage this minute",
    "usage-based-routing-v2": "it picks the deployment with the least usage this minute",
    "cost-based-routing": "it picks the cheapest deployment",
    "lar1": "LiteLLM's adaptive router",
}
#: router settings whose falsy value LiteLLM reads as unset (``x or default``)
_IS_NOT_NONE = ("num_retries", "max_fallbacks", "allowed_fails", "retry_after")


@dataclass(frozen=True)
class Translation:
    """aire's sections from a LiteLLM file, with where each value came from."""

    data: dict[str, Any]
    lines: LineMap  # aire path -> line in the LiteLLM file
    origins: Mapping[Loc, Loc] = field(repr=False)  # aire path -> LiteLLM path
    unsupported: tuple[Finding, ...]
    notes: tuple[Finding, ...]

    def show_loc(self, loc: Loc) -> str:
        """An aire field path as the LiteLLM file names it (its deepest translated
        prefix), so that an error points at what the user wrote."""
        for end in range(len(loc), 0, -1):
            origin = self.origins.get(tuple(loc[:end]))
            if origin:
                return format_loc(origin)
        return format_loc(loc)


def is_litellm_config(data: Any) -> bool:
    """True for a mapping with any of LiteLLM's top-level sections."""
    return isinstance(data, dict) and any(key in data for key in LITELLM_SECTIONS)


def translate(
    data: dict[str, Any], lines: LineMap, *, env: Mapping[str, str], source: str
) -> Translation:
    """Translate a parsed LiteLLM proxy config (see ``aire.config.litellm``)."""
    return _LiteLLMFile(TranslationContext(lines, env, source), data).run()


class _LiteLLMFile:
    def __init__(self, ctx: TranslationContext, data: dict[str, Any]) -> None:
        self.ctx = ctx
        self.data = data
        self.gateway: dict[str, Any] = {}
        self.state: dict[str, Any] | None = None
        self.seen: set[str] = set()  # every model_name, served or not

    def run(self) -> Translation:
        sections = self._sections()
        self._environment(sections["environment_variables"])
        router = self._router_view(sections["router_settings"], sections["litellm_settings"])
        self._general(sections["general_settings"])
        timeouts = Timeouts(
            request_timeout=self._seconds(router, "request_timeout"),
            timeout=self._seconds(router, "timeout"),
            stream_timeout=self._seconds(router, "stream_timeout"),
        )
        self._gateway_settings(router, timeouts)
        deployments = self._models(sections["model_list"], router, timeouts)
        self._fallbacks(router, deployments)
        out: dict[str, Any] = {"gateway": self.gateway}
        if self.state is not None:
            out["state"] = self.state
        ctx = self.ctx
        return Translation(
            data=out,
            lines=ctx.out_lines,
            origins=ctx.origins,
            unsupported=tuple(sorted(ctx.unsupported, key=lambda f: f.line or 0)),
            notes=tuple(sorted(ctx.notes, key=lambda f: f.line or 0)),
        )

    # -- sections ------------------------------------------------------------------------

    def _sections(self) -> dict[str, Any]:
        ctx = self.ctx
        for key in self.data:
            if str(key) in _AIRE_SECTIONS:
                first = next(k for k in LITELLM_SECTIONS if k in self.data)
                raise ctx.error(
                    (str(key),),
                    f"a LiteLLM proxy config (it has {first}) cannot also have aire's "
                    f"{key}: section; write one format or the other",
                )
        sections: dict[str, Any] = {}
        for name in LITELLM_SECTIONS:
            value = self.data.get(name)
            kind: type = list if name == "model_list" else dict
            if value is not None and not isinstance(value, kind):
                raise ctx.error((name,), "must be a list" if kind is list else "must be a mapping")
            sections[name] = value or kind()
        for key in self.data:
            if key not in LITELLM_SECTIONS:
                ctx.unsupported_at((str(key),), hint("top", str(key)))
        return sections

    def _environment(self, variables: dict[str, Any]) -> None:
        for key, value in variables.items():
            if isinstance(value, str) and value.startswith("os.environ/"):
                found = self.ctx.env.get(value.removeprefix("os.environ/"))
                if found is not None:
                    self.ctx.env[str(key)] = found
            else:  # as LiteLLM does: os.environ[key] = str(value)
                self.ctx.env[str(key)] = str(value)

    def _router_view(
        self, router_settings: dict[str, Any], litellm_settings: dict[str, Any]
    ) -> dict[str, tuple[Any, Loc]]:
        """The settings LiteLLM's Router reads, each with where it came from:
        router_settings, else the litellm_settings it falls back to."""
        ctx = self.ctx
        view: dict[str, tuple[Any, Loc]] = {}
        for key, value in litellm_settings.items():
            loc: Loc = ("litellm_settings", str(key))
            target = LITELLM_TO_ROUTER.get(str(key))
            if target is not None:
                if value is not None:
                    view[target] = (value, loc)
            elif key in ("success_callback", "failure_callback", "callbacks"):
                self._callbacks(value, loc)
            elif key == "set_verbose":
                self._verbose(value, loc)
            elif not accepted("litellm_settings", str(key), value):
                ctx.unsupported_at(loc, hint("litellm_settings", str(key)))
        for key, value in router_settings.items():
            loc = ("router_settings", str(key))
            if key in ROUTER_TRANSLATED:
                if value is not None if key in _IS_NOT_NONE else value:
                    view[str(key)] = (value, loc)
            elif key == "set_verbose":
                self._verbose(value, loc)
            elif not accepted("router_settings", str(key), value):
                ctx.unsupported_at(loc, hint("router_settings", str(key)))
        for key in ("allowed_fails", "retry_after", "content_policy_fallbacks"):
            if key in view and not accepted("router_settings", key, view[key][0]):
                ctx.unsupported_at(view[key][1], hint(str(view[key][1][0]), key))
        return view

    def _verbose(self, value: Any, loc: Loc) -> None:
        if self.ctx.resolve(value, loc) in (True, "true", "True"):
            self._set(("log_level",), "debug", loc)

    def _callbacks(self, value: Any, loc: Loc) -> None:
        items = value if isinstance(value, list) else [value]
        for i, name in enumerate(items):
            where: Loc = (*loc, i) if isinstance(value, list) else loc
            if name == "prometheus":
                self.ctx.note(where, "aire serves Prometheus metrics on /metrics (aire_* names)")
            elif name is not None:
                self.ctx.unsupported_at(where, f"callback {name!r} is not supported by aire")

    def _general(self, general: dict[str, Any]) -> None:
        ctx = self.ctx
        for key, value in general.items():
            if key in GENERAL_TRANSLATED or accepted("general_settings", str(key), value):
                continue
            if key in ("health_check_interval", "health_check_details") and not general.get(
                "background_health_checks"
            ):
                continue  # read only with background health checks on
            ctx.unsupported_at(("general_settings", str(key)), hint("general_settings", str(key)))
        if "master_key" in general:
            loc: Loc = ("general_settings", "master_key")
            master = ctx.text(general["master_key"], loc)
            if master is not None:
                self._set(("auth", "master_key"), master, loc)
        elif general:  # LiteLLM reads $LITELLM_MASTER_KEY only when general_settings exist
            master = ctx.env.get("LITELLM_MASTER_KEY")
            if master:
                self._set(("auth", "master_key"), master, ("general_settings",))
                ctx.note(("general_settings",), "master key taken from $LITELLM_MASTER_KEY")

    # -- gateway-wide settings ----------------------------------------------------------

    def _set(self, path: tuple[str, ...], value: Any, origin: Loc) -> None:
        target = self.gateway
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value
        self.ctx.record(("gateway", *path), origin)

    def _seconds(self, router: dict[str, tuple[Any, Loc]], key: str) -> Value | None:
        if key not in router:
            return None
        value, loc = router[key]
        seconds = self.ctx.number(value, loc)
        return (seconds, loc) if seconds else None  # LiteLLM: `timeout or ...`

    def _strategy(self, router: dict[str, tuple[Any, Loc]]) -> str:
        value, loc = router.get("routing_strategy", ("simple-shuffle", ()))
        strategy = _STRATEGIES.get(str(value))
        if strategy is not None:
            return strategy
        why = _NO_STRATEGY.get(str(value), "unknown to LiteLLM and aire")
        self.ctx.unsupported_at(
            loc,
            f"routing_strategy {value!r} is not supported ({why}); aire has simple-shuffle, "
            "least-busy and latency-based-routing, and respects every deployment's rpm/tpm "
            "under each",
        )
        return "weighted_round_robin"  # LiteLLM's default

    def _gateway_settings(self, router: dict[str, tuple[Any, Loc]], timeouts: Timeouts) -> None:
        ctx = self.ctx
        fields = aire_timeouts(timeouts.non_streamed(), timeouts.streamed())
        for name, (value, origin) in fields.items():
            self._set(("timeouts", name), value, origin)
        if "total_ms" in fields:
            ctx.note(
                fields["total_ms"][1],
                "in aire this timeout also bounds a whole streamed answer (total_ms); "
                "LiteLLM bounds each read of a stream",
            )
        if "num_retries" in router:
            value, loc = router["num_retries"]
            retries = ctx.integer(value, loc) or 0
            self._set(("retries", "max_attempts"), retry_attempts(ctx, retries, loc), loc)
        cooldown = self._seconds(router, "cooldown_time")
        if cooldown is not None:  # LiteLLM: `cooldown_time or 5`, and no doubling
            self._set(("breaker", "open_s"), cooldown[0], cooldown[1])
            self._set(("breaker", "max_open_s"), cooldown[0], cooldown[1])
        if "disable_cooldowns" in router:
            value, loc = router["disable_cooldowns"]
            if ctx.resolve(value, loc) in (True, "true", "True"):
                self._set(("breaker", "enabled"), False, loc)
        self._redis(router)

    def _redis(self, router: dict[str, tuple[Any, Loc]]) -> None:
        ctx = self.ctx
        if "redis_url" in router:
            value, loc = router["redis_url"]
            url = ctx.text(value, loc)
        elif "redis_host" in router:
            host, loc = router["redis_host"]
            if "redis_port" not in router:
                ctx.unsupported_at(loc, "redis_host without redis_port: LiteLLM uses no Redis")
                return
            port = ctx.text(*router["redis_port"])
            password = ctx.text(*router["redis_password"]) if "redis_password" in router else None
            auth = f":{quote(password, safe='')}@" if password else ""
            url = f"redis://{auth}{ctx.text(host, loc)}:{port}/0"
        else:
            return
        self.state = {"backend": "redis", "url": url}
        ctx.record(("state", "backend"), loc)
        ctx.record(("state", "url"), loc)
        ctx.note(
            loc,
            "aire shares limits and deployment quotas through this Redis (state:); breakers "
            "stay per process, where LiteLLM shares its cooldowns",
        )

    # -- models and fallbacks -----------------------------------------------------------

    def _models(
        self, model_list: list[Any], router: dict[str, tuple[Any, Loc]], timeouts: Timeouts
    ) -> dict[str, list[DeploymentSource]]:
        ctx = self.ctx
        strategy = self._strategy(router)
        cap = router.get("default_max_parallel_requests")
        default_cap = None
        if cap is not None:
            default_cap = (float(ctx.integer(cap[0], cap[1]) or 0), cap[1])
        by_alias: dict[str, list[DeploymentSource]] = {}
        for i, entry in enumerate(model_list):
            dep = read_deployment(ctx, entry, ("model_list", i), default_cap, timeouts)
            if isinstance(entry, dict) and isinstance(entry.get("model_name"), str):
                self.seen.add(entry["model_name"])
            if dep is not None:
                by_alias.setdefault(dep.alias, []).append(dep)
        models: dict[str, Any] = {}
        for alias, deps in by_alias.items():
            models[alias] = alias_config(ctx, alias, deps, strategy)
            ctx.record(("gateway", "models", alias), (*deps[0].loc, "model_name"))
        self.gateway["models"] = models
        return by_alias

    def _fallbacks(
        self, router: dict[str, tuple[Any, Loc]], deployments: dict[str, list[DeploymentSource]]
    ) -> None:
        ctx = self.ctx
        aliases: dict[str, Any] = self.gateway["models"]
        ids = {d.name for deps in deployments.values() for d in deps if d.name}
        table = FallbackTable(ctx, set(aliases), self.seen - set(aliases), ids)
        chains = table.read(router.get("fallbacks"), router.get("default_fallbacks"))
        for alias, targets in chains.items():
            aliases[alias]["fallbacks"] = [name for name, _ in targets]
            for j, (_, loc) in enumerate(targets):
                ctx.record(("gateway", "models", alias, "fallbacks", j), loc)
        if "max_fallbacks" in router:
            value, loc = router["max_fallbacks"]
            longest = max((len(chain) for chain in chains.values()), default=0)
            limit = ctx.number(value, loc)
            if limit is not None and limit < longest:
                ctx.unsupported_at(
                    loc, f"max_fallbacks {value} cuts a chain of {longest}: aire tries them all"
                )
        for alias, targets in table.read(router.get("context_window_fallbacks"), None).items():
            first, loc = targets[0]
            aliases[alias]["context_fallback"] = first
            ctx.record(("gateway", "models", alias, "context_fallback"), loc)
            for _, extra in targets[1:]:
                ctx.unsupported_at(
                    extra,
                    f"aire has one context fallback per alias ({first!r} for {alias!r}); "
                    f"give {first!r} its own context_window_fallbacks to go further",
                )
