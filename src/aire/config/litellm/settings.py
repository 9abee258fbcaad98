"""Which LiteLLM proxy settings aire applies, which ask for nothing it lacks, and why the
others are refused. Read against LiteLLM 1.106.2 (``proxy_server.ProxyConfig.load_config``,
``Router.__init__``, ``router_utils/cooldown_handlers.py``).

A setting is *translated* (``litellm.py`` maps it), *accepted* (it asks for nothing
aire does not do: its value is LiteLLM's default or off, or aire always behaves that
way), or *unsupported* (named, with its line, in one error).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = [
    "GENERAL_TRANSLATED",
    "LITELLM_TO_ROUTER",
    "MODEL_INFO_TRANSLATED",
    "PARAMS_TRANSLATED",
    "ROUTER_TRANSLATED",
    "accepted",
    "hint",
]


def _falsy(value: Any) -> bool:
    return value is None or value is False or value == 0 or value in ("", [], {})


def _any(value: Any) -> bool:
    return True


def _verify_on(value: Any) -> bool:
    return value is None or value is True or (isinstance(value, str) and value.lower() == "true")


#: router_settings that litellm.py maps
ROUTER_TRANSLATED = frozenset(
    {
        "routing_strategy",
        "num_retries",
        "timeout",
        "stream_timeout",
        "cooldown_time",
        "disable_cooldowns",
        "fallbacks",
        "default_fallbacks",
        "context_window_fallbacks",
        "content_policy_fallbacks",
        "max_fallbacks",
        "redis_url",
        "redis_host",
        "redis_port",
        "redis_password",
        "default_max_parallel_requests",
        "allowed_fails",  # checked: only LiteLLM's default is accepted
        "retry_after",  # checked: only 0 is accepted
    }
)

#: litellm_settings the Router reads as its own defaults (``litellm.<name>``), by the
#: router_settings name they stand in for; router_settings win when both are set
LITELLM_TO_ROUTER = {
    "num_retries": "num_retries",
    "request_timeout": "request_timeout",
    "fallbacks": "fallbacks",
    "default_fallbacks": "default_fallbacks",
    "context_window_fallbacks": "context_window_fallbacks",
    "content_policy_fallbacks": "content_policy_fallbacks",
    "allowed_fails": "allowed_fails",
    "max_fallbacks": "max_fallbacks",
}

GENERAL_TRANSLATED = frozenset({"master_key"})

#: litellm_params keys litellm.py maps (any other key is a default request parameter or a
#: provider setting in LiteLLM, which aire does not add to requests)
PARAMS_TRANSLATED = frozenset(
    {
        "model",
        "custom_llm_provider",
        "api_base",
        "api_key",
        "rpm",
        "tpm",
        "max_parallel_requests",
        "weight",
        "order",
        "timeout",
        "stream_timeout",
        "request_timeout",
        "num_retries",
        "max_retries",
        "input_cost_per_token",
        "output_cost_per_token",
        "cache_read_input_token_cost",
        "headers",
        "extra_headers",
        "organization",
    }
)

MODEL_INFO_TRANSLATED = frozenset(
    {
        "id",
        "order",
        "max_input_tokens",
        "rpm",
        "tpm",
        "input_cost_per_token",
        "output_cost_per_token",
        "cache_read_input_token_cost",
        "mode",
        # shown by LiteLLM's /model/info only; they change no routing
        "max_tokens",
        "max_output_tokens",
        "description",
    }
)

_SERVED_MODES = ("chat", "completion", "embedding", "responses")

#: (section, key) -> predicate of the values that ask for nothing aire lacks
_ACCEPTED: dict[tuple[str, str], Callable[[Any], bool]] = {
    # aire checks context windows (model_info.max_input_tokens) and deployment quotas on
    # every request, with or without LiteLLM's pre-call checks
    ("router_settings", "enable_pre_call_checks"): _any,
    # aire retries on another deployment of the alias first, always
    ("router_settings", "enable_weighted_failover"): _any,
    # lifetime of LiteLLM's cached SDK clients: aire pools connections per deployment
    ("router_settings", "client_ttl"): _any,
    ("router_settings", "debug_level"): lambda v: v in (None, "INFO"),
    # LiteLLM's own defaults: no backoff floor; allowed_fails 3 counts as unset (v2 cooldowns)
    ("router_settings", "retry_after"): _falsy,
    ("router_settings", "allowed_fails"): lambda v: v in (None, 3),
    ("litellm_settings", "allowed_fails"): lambda v: v in (None, 3),
    # aire sends OpenAI-compatible upstreams the request as the client wrote it and
    # translates to Anthropic only the fields Anthropic takes: drop_params either way
    ("litellm_settings", "drop_params"): _any,
    # aire's request log is one JSON line per request
    ("litellm_settings", "json_logs"): _any,
    ("model_info", "mode"): lambda v: v in (None, *_SERVED_MODES),
    # LiteLLM's default: certificates checked, as in aire ($SSL_CERT_FILE replaces the
    # trust store in both; otherwise LiteLLM's is certifi's bundle, aire's the system's)
    ("litellm_params", "ssl_verify"): _verify_on,
    ("litellm_settings", "ssl_verify"): _verify_on,
    ("litellm_settings", "ssl_certificate"): _falsy,
}

#: why a setting is refused, when there is more to say than "not supported"
_HINTS: dict[str, str] = {
    "routing_strategy_args": "aire's balancers have no such arguments",
    "model_group_alias": "aire has no alias of an alias: give the model_name its own entries",
    "content_policy_fallbacks": "aire has no content-policy fallbacks",
    "cooldown_time@litellm_settings": (
        "has no effect in LiteLLM 1.106.2 either (its Router reads router_settings."
        "cooldown_time only): move it to router_settings"
    ),
    "allowed_fails": (
        "aire's breaker opens on a confident failure ratio (gateway.breaker), not a count "
        "of failures per minute"
    ),
    "allowed_fails_policy": "aire's breaker counts every failure alike (gateway.breaker)",
    "retry_after": "aire backs off with full jitter and no floor (gateway.retries)",
    "retry_policy": "aire retries every retryable error alike (gateway.retries)",
    "model_group_retry_policy": "aire retries per alias, every retryable error alike",
    "cache": "aire's response cache is gateway.cache (not translated from LiteLLM's)",
    "cache_params": "aire's response cache is gateway.cache (not translated from LiteLLM's)",
    "cache_responses": "aire's response cache is gateway.cache (not translated from LiteLLM's)",
    "guardrails": "aire's guardrails are its guard: section",
    "database_url": "aire keeps keys and audit records in its own database",
    "max_budget": "budgets are limits of aire's keys and teams (gateway.limits)",
    "alerting": "aire exports Prometheus metrics on /metrics; alert from there",
    "background_health_checks": (
        "aire's active health checks GET a deployment's health_path; they make no completion calls"
    ),
    "default_litellm_params": "aire adds no parameters to requests",
    "max_retries": "aire retries per alias (num_retries), not inside one deployment's client",
    "base_model": "aire prices deployments by their own input/output costs",
    "include": "aire reads one file: put the included model_list here",
    "ssl_verify": (
        "in aire's format a deployment's tls: {ca_file: <CA bundle>} "
        "trusts a private CA, tls: {verify: false} turns checks off; without them the "
        "system's store (or $SSL_CERT_FILE) is used"
    ),
    "ssl_certificate": (
        "in aire's format a client certificate is a deployment's tls: {cert_file, key_file}"
    ),
}


def accepted(section: str, key: str, value: Any) -> bool:
    """True when ``key: value`` in ``section`` asks for nothing aire does not do."""
    rule = _ACCEPTED.get((section, key))
    if rule is not None:
        return rule(value)
    if section in ("litellm_params", "model_list"):
        return value is None  # any value is a request default or a provider setting
    if section == "model_info" and key.startswith("supports_"):
        return True  # capability flags shown by /model/info
    # a switch left off, or a setting left empty, asks for nothing
    return _falsy(value)


def hint(section: str, key: str) -> str:
    """The message for an unsupported ``key`` of ``section``."""
    reason = _HINTS.get(f"{key}@{section}") or _HINTS.get(key)
    if section == "litellm_params" and reason is None:
        reason = (
            "LiteLLM hands it to its provider client or adds it to requests; aire sends "
            "requests as the client wrote them"
        )
    if section == "model_info" and key == "mode":
        reason = f"aire serves {', '.join(_SERVED_MODES)}"
    return f"not supported: {reason}" if reason else "not supported by aire"
