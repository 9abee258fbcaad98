"""The gateway's ASGI app: wires the stages, the observers and the info endpoints.

A generation request (``POST /v1/chat/completions`` ...) becomes a ``RequestContext`` and
runs through the stage chain (``aire.gateway.stages``); everything else is an info
endpoint (``aire.gateway.info``). Nothing here decides anything about a request.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import re
import time
from typing import TYPE_CHECKING

from aire.asgi import Receive, Scope, Send
from aire.config.audit import AuditConfig
from aire.config.gateway import GatewayConfig
from aire.config.governance import PricingConfig
from aire.config.guard import GuardConfig
from aire.config.state import StateConfig
from aire.config.tracing import resolve_tracing
from aire.config.yaml_source import environment
from aire.gateway.admin import AdminAPI
from aire.gateway.auth.authenticator import Authenticator
from aire.gateway.auth.keystore import open_keystore
from aire.gateway.cache_metrics import CacheMetrics
from aire.gateway.canary import Canary, CanaryFeatures
from aire.gateway.context import RequestContext
from aire.gateway.guarding import PrometheusGuardObserver
from aire.gateway.health import HealthChecker
from aire.gateway.inbound import DIALECT_PATHS
from aire.gateway.info import InfoEndpoints
from aire.gateway.limits import Limiter
from aire.gateway.logs import AccessLog
from aire.gateway.metrics import GatewayMetrics
from aire.gateway.observer import GatewayObserver, Observers
from aire.gateway.observers.access_log import AccessLogObserver
from aire.gateway.observers.audit import AuditObserver
from aire.gateway.observers.prometheus import PrometheusObserver
from aire.gateway.offload import ScanOffload
from aire.gateway.online_drift import online_drift
from aire.gateway.pricing import PriceTable
from aire.gateway.services import Services
from aire.gateway.shadow_compare import ShadowSummary
from aire.gateway.stages import Next, build_chain, load_stages
from aire.gateway.state import GatewayState
from aire.gateway.status import StatusAlerts, StatusWriter
from aire.gateway.transport import Transport
from aire.state import StateMetrics, open_store
from aire.telemetry.genai_metrics import GenAIMetricsObserver
from aire.telemetry.quality import QualityObserver
from aire.telemetry.sli_windows import SliObserver

if TYPE_CHECKING:
    from aire.drift.monitor import DriftMonitor
    from aire.telemetry.tracing import TracingObserver

__all__ = ["DEFAULT_KEYS_DSN", "GatewayApp"]

#: where virtual keys live when neither gateway.auth.keys_dsn nor audit.dsn says
DEFAULT_KEYS_DSN = "sqlite:///aire-keys.db"

log = logging.getLogger("aire.gateway")

_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:-]{1,128}")
#: path -> (endpoint the upstream is asked for, the API the client speaks)
_ENDPOINTS: dict[str, tuple[str, str]] = {
    "/v1/chat/completions": ("chat", "openai"),
    "/v1/completions": ("completions", "openai"),
    "/v1/embeddings": ("embeddings", "openai"),
    # other client APIs, translated to chat (aire.gateway.inbound)
    **{path: ("chat", dialect) for path, dialect in DIALECT_PATHS.items()},
}


class GatewayApp:
    """ASGI app of ``aire serve``; ``reload(config)`` swaps routes without dropping requests.

    ``state`` (the root config's ``state:`` section) is where shared state lives; it is
    opened once and kept across reloads (changing it needs a restart)."""

    def __init__(
        self,
        config: GatewayConfig,
        guard: GuardConfig | None = None,
        *,
        observers: list[GatewayObserver] | None = None,
        state: StateConfig | None = None,
        pricing: PricingConfig | None = None,
        audit: AuditConfig | None = None,
        keys_dsn: str | None = None,
    ) -> None:
        self.metrics = GatewayMetrics()
        self.prometheus = PrometheusObserver(self.metrics)
        self.access = AccessLog()
        chosen: list[GatewayObserver] = []
        #: traces (None: off); first, so that later observers see ctx.trace_id
        self.tracing: TracingObserver | None = None
        tracing = resolve_tracing(config.tracing, environment())
        if tracing is not None:
            from aire.telemetry.tracing import TracingObserver

            self.tracing = TracingObserver(tracing)
            chosen.append(self.tracing)
        chosen.append(self.prometheus)
        chosen.append(GenAIMetricsObserver(self.metrics))
        if config.log_requests:
            chosen.append(AccessLogObserver(self.access))
        self.audit = None
        if audit is not None and audit.enabled:
            self.audit = AuditObserver.from_config(audit)
            chosen.append(self.audit)
        #: in-process SLI windows and events for /status
        self.sli = SliObserver()
        self.status_alerts = StatusAlerts()
        chosen.append(self.sli)
        #: shadow comparisons per alias for /status
        self.shadow = ShadowSummary()
        chosen.append(self.shadow)
        #: quality SLIs; the registration point of feature sinks: app.quality.add_sink(sink)
        self.quality: QualityObserver | None = None
        #: online drift detectors (a feature sink; None: off, or no quality SLIs)
        self.drift: DriftMonitor | None = None
        if config.quality_slis:
            self.quality = QualityObserver(
                self.metrics, sinks=[self.sli], sample=config.quality_sample
            )
            chosen.append(self.quality)
            self.quality.add_sink(CanaryFeatures(self._canary_of))
            self.drift = online_drift(config.drift, self.metrics.registry)
            if self.drift is not None:
                self.quality.add_sink(self.drift)
        self.observer = Observers([*chosen, *(observers or [])])
        self.guard_observer = PrometheusGuardObserver(self.metrics)
        self.transport = Transport()
        self.state = self._build(config, guard)
        self.offload = ScanOffload(self.state.guard_config, self.guard_observer)
        self.state_config = state or StateConfig()
        self.store = open_store(self.state_config, metrics=StateMetrics(self.metrics.registry))
        prices = PriceTable(pricing)
        auth = None
        if config.auth.master_key is not None:
            # keys live in the audit database unless told otherwise (one database to run)
            dsn = config.auth.keys_dsn or keys_dsn or (audit.dsn if audit else DEFAULT_KEYS_DSN)
            keystore = open_keystore(dsn)
            auth = Authenticator(config.auth, keystore, self.store)
        self.services = Services(
            observer=self.observer,
            offload=self.offload,
            store=self.store,
            auth=auth,
            limiter=Limiter(self.store, prices),
            prices=prices,
            cache_metrics=CacheMetrics(self.metrics.registry),
        )
        self.admin = AdminAPI(self)
        self.chain: Next = build_chain(load_stages(self.services))
        self.health: HealthChecker | None = None
        self.started_at = time.time()
        self.draining = False
        self.info = InfoEndpoints(self)
        self.status_writer = StatusWriter(self)
        self._id_prefix = os.urandom(4).hex()
        self._ids = 0

    def _build(
        self, config: GatewayConfig, guard: GuardConfig | None, previous: GatewayState | None = None
    ) -> GatewayState:
        state = GatewayState(
            config,
            self.transport,
            self.observer,
            previous=previous,
            guard=guard,
            guard_observer=self.guard_observer,
        )
        self.prometheus.register(state.deployments, list(state.routes))
        return state

    def _canary_of(self, alias: str) -> Canary | None:
        route = self.state.routes.get(alias)
        return route.canary if route is not None else None

    # -- lifecycle ---------------------------------------------------------------------

    async def startup(self) -> None:
        # Objects built at start-up live for the whole process: keep them out of every
        # garbage collection (fewer and shorter GC pauses under load).
        gc.collect()
        gc.freeze()
        if self.state.config.log_requests:
            self.access.start()
        if self.state.guards and self.state.config.guard_offload_bytes is not None:
            self.offload.start()
        if self.audit is not None:
            await self.audit.start()
        if self.services.auth is not None:
            await self.services.auth.start()
        else:
            log.warning(
                "auth is off: gateway.auth.master_key is not set, every caller is anonymous"
            )
        self._start_health()
        self.status_writer.start()
        if self.quality is not None:
            self.quality.start()

    async def shutdown(self) -> None:
        self.draining = True
        if self.health is not None:
            await self.health.stop()
        await self.status_writer.stop()
        self.offload.close()
        if self.services.limiter is not None:
            await self.services.limiter.drain()
        if self.services.auth is not None:
            await self.services.auth.aclose()
        if self.audit is not None:
            await self.audit.aclose()  # flushes what is queued, writes the final checkpoint
        await self.store.aclose()
        await self.transport.aclose()
        self.access.close()
        if self.quality is not None:
            await asyncio.to_thread(self.quality.close)
        if self.tracing is not None:
            await asyncio.to_thread(self.tracing.shutdown)

    def _start_health(self) -> None:
        self.health = HealthChecker(
            self.state.config.health, self.state.deployments, self.transport, self.observer
        )
        self.health.start()

    async def reload(self, config: GatewayConfig, guard: GuardConfig | None = None) -> None:
        """Swap in a new configuration; requests in flight finish on the old one."""
        new_state = self._build(config, guard, previous=self.state)
        old_health = self.health
        self.state = new_state
        if new_state.guard_config != self.offload.config:
            self.offload.close()
            self.offload = self.services.offload = ScanOffload(
                new_state.guard_config, self.guard_observer
            )
            if new_state.guards and config.guard_offload_bytes is not None:
                self.offload.start()
        if self.quality is not None:
            self.quality.sample = config.quality_sample
        if old_health is not None:
            await old_health.stop()
        self._start_health()
        log.warning("configuration reloaded", extra={"aliases": sorted(config.models)})

    # -- ASGI ------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            target = _ENDPOINTS.get(path)
            if target is not None and scope["method"] == "POST":
                await self._generation(scope, receive, send, *target)
            elif path.startswith(("/admin/", "/auth/")):
                await self.admin(scope, receive, send)
            else:
                await self.info(scope, receive, send, generation=target is not None)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def request_id(self, scope: Scope) -> str:
        """The client's x-request-id if it is sane, else a new one."""
        for key, value in scope["headers"]:
            if key == b"x-request-id" and _REQUEST_ID.fullmatch(value):
                return bytes(value).decode()
        self._ids += 1
        return f"{self._id_prefix}{self._ids:010x}"

    async def _generation(
        self, scope: Scope, receive: Receive, send: Send, endpoint: str, api: str
    ) -> None:
        ctx = RequestContext(
            self.request_id(scope),
            scope["headers"],
            endpoint,
            state=self.state,  # one config for the whole request, even across a reload
            receive=receive,
            send=send,
            api=api,
        )
        await self.chain(ctx)
