"""Configuration of the gateway (``aire serve``, section ``gateway:``).

A model *alias* is what clients send as ``model``; it maps to *deployments* (an upstream
URL and the model name there). Timeouts, retries and breakers have gateway-wide
defaults that an alias or a deployment can override.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Literal

from pydantic import Field, HttpUrl, field_validator, model_validator

from aire.config.base import FieldError, Model
from aire.config.governance import AuthConfig, CacheConfig, LimitsConfig, Price
from aire.config.guard import GuardConfig
from aire.config.loader import locate
from aire.config.tracing import TracingConfig
from aire.errors import ConfigError

__all__ = [
    "AliasConfig",
    "BreakerConfig",
    "CanaryConfig",
    "DeploymentConfig",
    "GatewayConfig",
    "HealthConfig",
    "RetryConfig",
    "ShadowConfig",
    "TLSConfig",
    "TimeoutsConfig",
    "check_guard_policies",
]

Strategy = Literal[
    "weighted_round_robin", "least_outstanding", "latency", "p2c", "session_affinity"
]


class TimeoutsConfig(Model):
    """Upstream timeouts. For a non-streamed request the answer arrives at once, so
    ``total_ms`` bounds it; ``first_token_ms`` and ``idle_ms`` apply to streams."""

    connect_ms: float = Field(2_000, gt=0, description="TCP (and TLS) connect")
    first_token_ms: float = Field(
        120_000,
        gt=0,
        description="streams: request sent -> first chunk from upstream (a long prompt on a "
        "busy server, or a reasoning model, can take a minute)",
    )
    idle_ms: float = Field(60_000, gt=0, description="streams: longest silence between chunks")
    total_ms: float = Field(600_000, gt=0, description="whole upstream exchange")


class RetryConfig(Model):
    """Retries of failures before the first byte reaches the client."""

    max_attempts: int = Field(3, ge=1, le=10, description="attempts per alias, first included")
    backoff_base_ms: float = Field(25, ge=0, description="first backoff cap (full jitter)")
    backoff_max_ms: float = Field(2_000, ge=0, description="largest backoff cap")
    budget_ratio: float = Field(
        0.2, ge=0, le=1, description="retries allowed per original request, on average"
    )
    budget_min_per_s: float = Field(
        5, ge=0, description="retries always allowed per second, whatever the traffic"
    )
    max_retry_after_s: float = Field(
        2, ge=0, description="longest upstream Retry-After the gateway waits out itself"
    )


class BreakerConfig(Model):
    """Per-deployment circuit breaker (see ``aire.gateway.breaker`` for the rules)."""

    enabled: bool = True
    error_rate: float = Field(
        0.5, gt=0, le=1, description="open when the failure ratio is confidently this high"
    )
    min_requests: int = Field(5, ge=1, description="outcomes in the window before judging")
    window_s: float = Field(10, gt=0, description="sliding window of the failure ratio")
    consecutive_failures: int = Field(
        5, ge=1, description="a streak this long opens too, if the window's ratio agrees"
    )
    open_s: float = Field(5, gt=0, description="first open time, before probing")
    max_open_s: float = Field(
        60,
        gt=0,
        description="open time doubles on re-open up to this; resets after this long closed",
    )
    half_open_ratio: float = Field(
        0.1, gt=0, le=1, description="share of traffic let through as probes when half-open"
    )
    half_open_requests: int = Field(5, ge=1, description="probe outcomes needed to close again")


class HealthConfig(Model):
    """Active health checks of deployments that have a ``health_path`` (opt-in)."""

    enabled: bool = True
    interval_s: float = Field(5, gt=0, description="time between checks")
    timeout_ms: float = Field(1_000, gt=0, description="a check slower than this fails")
    unhealthy_after: int = Field(2, ge=1, description="failed checks in a row to mark down")
    healthy_after: int = Field(1, ge=1, description="passed checks in a row to mark up")


class TLSConfig(Model):
    """TLS towards one upstream (both clients): a private CA, a client certificate (mTLS)."""

    ca_file: Path | None = Field(None, description="PEM CA bundle trusted instead of the system's")
    cert_file: Path | None = Field(None, description="client certificate, PEM (mTLS)")
    key_file: Path | None = Field(None, description="its private key, PEM (if not in cert_file)")
    verify: bool = Field(True, description="false: no certificate or host name check")

    @model_validator(mode="after")
    def _loads(self) -> TLSConfig:
        # load the files now: a bad path or PEM is a config error with its line, not a
        # failure at the first request
        if self.key_file is not None and self.cert_file is None:
            raise FieldError("key_file needs cert_file", "key_file")
        ctx = ssl.create_default_context()
        for field, path in (("ca_file", self.ca_file), ("cert_file", self.cert_file)):
            if path is not None and not path.is_file():
                raise FieldError(f"no such file: {path}", field)
        if self.key_file is not None and not self.key_file.is_file():
            raise FieldError(f"no such file: {self.key_file}", "key_file")
        if self.ca_file is not None:
            try:
                ctx.load_verify_locations(cafile=self.ca_file)
            except (ssl.SSLError, ValueError) as exc:
                raise FieldError(f"not a PEM CA bundle: {exc}", "ca_file") from None
        if self.cert_file is not None:
            from aire.gateway.clients.base import no_key_password

            try:
                ctx.load_cert_chain(self.cert_file, self.key_file, password=no_key_password)
            except ssl.SSLError as exc:
                raise FieldError(f"certificate and key do not load: {exc}", "cert_file") from None
            except ValueError as exc:  # an encrypted key
                raise FieldError(str(exc), "key_file" if self.key_file else "cert_file") from None
        return self


class DeploymentConfig(Model):
    """One upstream serving one model."""

    url: HttpUrl = Field(description="base URL of the API, e.g. http://127.0.0.1:8000/v1")
    model: str = Field(min_length=1, description="model name at the upstream")
    provider: Literal["openai", "anthropic"] = Field("openai", description="wire protocol")
    name: str | None = Field(
        None, description="label in metrics, logs and headers (default: <alias>/<index>)"
    )
    api_key: str | None = Field(None, description="sent as Bearer (openai) or x-api-key")
    weight: float = Field(1.0, gt=0, description="share of traffic within its priority")
    priority: int = Field(0, ge=0, description="lower first; higher only when lower are out")
    max_concurrency: int | None = Field(None, ge=1, description="in-flight requests at most")
    context_window: int | None = Field(None, ge=1, description="prompt + output tokens")
    health_path: str | None = Field(
        None,
        description="GET path on the server root for active health checks (e.g. /health; "
        "default none: failures are detected from traffic alone)",
    )
    timeouts: TimeoutsConfig | None = None
    headers: dict[str, str] = Field(default_factory=dict, description="extra upstream headers")
    rpm: int | None = Field(
        None, ge=1, description="the upstream's own requests-per-minute quota (routing respects it)"
    )
    tpm: int | None = Field(
        None, ge=1, description="the upstream's own tokens-per-minute quota (routing respects it)"
    )
    price: Price | None = Field(None, description="USD per million tokens (default: pricing)")
    # -- the HTTP client to the upstream (aire.gateway.clients) ---------------------------
    client: str = Field(
        "auto",
        description="auto (http1 unless proxy or http2 is set, then httpx) | http1 | httpx "
        "| module:Class",
    )
    proxy: HttpUrl | None = Field(None, description="HTTP(S) proxy, e.g. http://proxy:3128")
    tls: TLSConfig | None = Field(None, description="CA bundle, client certificate, verify")
    http2: bool = Field(False, description="HTTP/2: ALPN over https, prior knowledge over http")

    @model_validator(mode="after")
    def _client_can_serve(self) -> DeploymentConfig:
        from aire.gateway.clients.base import (
            ClientSettings,
            TLSSettings,
            client_problem,
            resolve_client,
        )

        client = resolve_client(self.client, proxy=self.proxy is not None, http2=self.http2)
        problem = client_problem(
            ClientSettings(
                client=client,
                proxy=str(self.proxy) if self.proxy is not None else None,
                tls=None if self.tls is None else TLSSettings(),
                http2=self.http2,
            )
        )
        if problem is not None:
            message, field = problem
            if field == "client" and self.client == "auto":  # blame what made it httpx
                field = "proxy" if self.proxy is not None else "http2"
                rest = message.removeprefix(f"client {client!r} ")
                message = f"{field} needs client {client!r}, which {rest}"
            raise FieldError(message, field)
        return self

    @field_validator("url")
    @classmethod
    def _no_credentials(cls, value: HttpUrl) -> HttpUrl:
        # they would be dropped (and would show in logs and metrics labels): say where
        # credentials go instead
        if value.username or value.password:
            raise ValueError(
                "credentials in the URL are not sent: use api_key, or headers "
                "(e.g. authorization: Basic ...)"
            )
        return value


class CanaryConfig(Model):
    """A share of the alias's traffic to one of its deployments, rolled back (weight 0)
    when its error rate or a quality rate (refusals, empty, cut or invalid answers) is
    worse than the other deployments' by more than a margin, as a sequential test
    (``aire.gateway.canary``) decides."""

    deployment: str = Field(min_length=1, description="name of the canary deployment")
    weight: float = Field(
        0.2,
        gt=0,
        lt=1,
        description=(
            "share of the alias's requests (the test's power: 0.2 gives ~200 canary answers "
            "per 1,000 requests)"
        ),
    )
    error_margin: float = Field(0.02, ge=0, le=0.5, description="tolerated extra error rate")
    quality_margin: float = Field(
        0.02, ge=0, le=0.5, description="tolerated extra refusal/empty/cut/invalid rate"
    )
    arl: float = Field(
        1e5, ge=100, description="expected canary answers between false rollbacks, per signal"
    )
    min_primary: int = Field(
        200, ge=20, description="primary answers (per signal) before the canary is judged"
    )


class OnlineDriftConfig(Model):
    """Online drift detectors (``aire.drift.monitor``, numpy only) on every alias's answer features:
    calibrated CUSUMs against a reference learnt from the first answers or loaded from a
    profile (``aire drift profile``); ``aire_drift_score``/``aire_drift_alarm`` gauges."""

    enabled: bool = Field(True, description="online drift detectors on every alias's answers")
    profile: Path | None = Field(None, description="a reference profile file (else: warm-up)")
    warmup_answers: int = Field(
        1000,
        ge=200,
        description=(
            "answers per alias learnt as the reference when no profile (a shorter warm-up "
            "raises the thresholds: the reference's error is part of the calibration)"
        ),
    )
    arl_answers: float = Field(
        1e7,
        ge=100,
        description=(
            "expected answers between false alarms, per detector (up to ~10 per alias: "
            "10^7 keeps a clean run of 20,000 answers quiet with ~99% probability)"
        ),
    )
    latency: bool = Field(
        False,
        description=(
            "also watch latency and TTFT (they follow the load: expect alarms when it changes)"
        ),
    )


class ShadowConfig(Model):
    """Mirror a sample of the alias's requests to another alias: its answers never reach
    the client; they are compared with the primary's (``aire.gateway.stages.shadow``)."""

    alias: str = Field(min_length=1, description="the shadow alias")
    sample: float = Field(0.1, gt=0, le=1, description="share of requests mirrored")
    max_in_flight: int = Field(
        8, ge=1, description="shadow requests at once; past it a sample is dropped (counted)"
    )


class AliasConfig(Model):
    """What a client-facing model name routes to."""

    deployments: tuple[DeploymentConfig, ...] = Field(min_length=1)
    strategy: Strategy = "least_outstanding"
    affinity_header: str = Field(
        "x-session-id", description="session_affinity: header whose value picks the deployment"
    )
    fallbacks: tuple[str, ...] = Field((), description="aliases tried in order when this fails")
    context_fallback: str | None = Field(
        None, description="alias with a larger context window for context-length errors"
    )
    panic_threshold: float = Field(
        0.5,
        ge=0,
        le=1,
        description="below this share of deployments in service, route to all (Envoy's panic)",
    )
    timeouts: TimeoutsConfig | None = None
    retries: RetryConfig | None = None
    guard: str | None = Field(
        None, description='guard policy (section guard:) for this alias; "none": no guard'
    )
    canary: CanaryConfig | None = Field(None, description="a canary deployment and its rollback")
    shadow: ShadowConfig | None = Field(None, description="mirror a sample to a shadow alias")

    @field_validator("affinity_header")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class GatewayConfig(Model):
    """The gateway."""

    host: str = Field("127.0.0.1", description="address to listen on")
    port: int = Field(8080, ge=0, le=65535, description="port to listen on")
    workers: int = Field(1, ge=1, le=64, description="worker processes")
    models: dict[str, AliasConfig] = Field(default_factory=dict, description="alias -> routes")
    timeouts: TimeoutsConfig = Field(default_factory=TimeoutsConfig)
    retries: RetryConfig = Field(default_factory=RetryConfig)
    breaker: BreakerConfig = Field(default_factory=BreakerConfig)
    health: HealthConfig = Field(default_factory=HealthConfig)
    max_body_bytes: int = Field(16 * 1024 * 1024, ge=1024, description="largest request body")
    header_timeout_s: float = Field(
        10, gt=0, description="a request head must be complete within this (else 408, closed)"
    )
    max_connections: int = Field(
        2048, ge=1, description="concurrent client connections; past it requests get 503"
    )
    log_requests: bool = Field(True, description="one JSON log line per request")
    tracing: TracingConfig = Field(default_factory=TracingConfig)
    slo_objectives: dict[str, float] = Field(
        default_factory=lambda: {
            "availability": 99.9,
            "refusal": 98.0,
            "empty": 99.5,
            "truncated": 99.0,
            "schema_invalid": 99.0,
            "language_switch": 99.0,
            "guard_blocked": 99.0,
        },
        description="objectives (percent good) the /status page burns against, per SLI",
    )
    drift: OnlineDriftConfig = Field(default_factory=OnlineDriftConfig)
    quality_slis: bool = Field(
        True,
        description="measure each answer (refusal, empty, truncated, schema, language) in a "
        "worker process: aire_quality_* counters and feature sinks (aire.telemetry.quality)",
    )
    quality_sample: float = Field(
        1.0,
        gt=0,
        le=1,
        description="share of requests measured for the quality SLIs, drawn at random per "
        "request (1: every answer; lower it to bound the quality worker's CPU, ~0.15 ms an "
        "answer, where a CPU quota counts it; drift and canaries then see this share)",
    )
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    shutdown_grace_s: float = Field(30, ge=0, description="drain time for in-flight streams")
    guard_policy: str | None = Field(
        None, description="guard policy of aliases that name none (none: no guardrails)"
    )
    auth: AuthConfig = Field(default_factory=AuthConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    cache: CacheConfig = Field(default_factory=CacheConfig)
    guard_offload_bytes: int | None = Field(
        16 * 1024,
        ge=0,
        description="request bodies larger than this are scanned by the guard in a worker "
        "process, so a huge prompt cannot stall other requests (null: always inline)",
    )

    def guard_of(self, alias: str) -> str | None:
        """The guard policy an alias uses, or None."""
        name = self.models[alias].guard
        if name is None:
            name = self.guard_policy
        return None if name in (None, "none") else name

    def deployment_name(self, alias: str, index: int) -> str:
        """The name of the ``index``-th deployment of ``alias`` (given, or ``alias/index``:
        never the host, which clients must not learn)."""
        return self.models[alias].deployments[index].name or f"{alias}/{index}"

    @model_validator(mode="after")
    def _names_are_unique(self) -> GatewayConfig:
        seen: dict[str, str] = {}
        for alias, config in self.models.items():
            for i in range(len(config.deployments)):
                name = self.deployment_name(alias, i)
                where = f"models.{alias}.deployments[{i}]"
                if name in seen:
                    raise FieldError(
                        f"deployment name {name!r} is used twice (also {seen[name]}): metrics "
                        "and logs could not tell them apart",
                        "models",
                        alias,
                        "deployments",
                        i,
                        "name",
                    )
                seen[name] = where
            canary = config.canary
            if canary is not None:
                names = [self.deployment_name(alias, i) for i in range(len(config.deployments))]
                if canary.deployment not in names:
                    raise FieldError(
                        f"unknown deployment {canary.deployment!r} (this alias has "
                        f"{', '.join(names)})",
                        "models",
                        alias,
                        "canary",
                        "deployment",
                    )
                if len(names) < 2:
                    raise FieldError(
                        "a canary needs another deployment to compare with",
                        "models",
                        alias,
                        "canary",
                        "deployment",
                    )
        return self

    @model_validator(mode="after")
    def _aliases_exist(self) -> GatewayConfig:
        for name, alias in self.models.items():
            targets: list[tuple[str | None, tuple[str | int, ...]]] = [
                (target, ("fallbacks", i)) for i, target in enumerate(alias.fallbacks)
            ]
            targets.append((alias.context_fallback, ("context_fallback",)))
            if alias.shadow is not None:
                targets.append((alias.shadow.alias, ("shadow", "alias")))
            for target, loc in targets:
                if target is None:
                    continue
                if target not in self.models:
                    known = ", ".join(sorted(self.models))
                    raise FieldError(
                        f"unknown alias {target!r} (aliases: {known})", "models", name, *loc
                    )
                if target == name:
                    what = "shadows" if loc[0] == "shadow" else "falls back to"
                    raise FieldError(f"alias {name!r} {what} itself", "models", name, *loc)
        return self


def check_guard_policies(
    gateway: GatewayConfig, guard: GuardConfig, file: str | None = None
) -> dict[str, str]:
    """alias -> guard policy for aliases that use one; ConfigError for an unknown policy."""
    used: dict[str, str] = {}
    for alias in gateway.models:
        policy = gateway.guard_of(alias)
        if policy is None:
            continue
        if policy not in guard.policies:
            known = ", ".join(sorted(guard.policies)) or "none"
            own = gateway.models[alias].guard is not None
            raise locate(
                ConfigError(
                    f"guard policy {policy!r} is not defined under guard.policies (known: {known})",
                    file=file,
                    path=f"gateway.models.{alias}.guard" if own else "gateway.guard_policy",
                )
            )
        used[alias] = policy
    return used
