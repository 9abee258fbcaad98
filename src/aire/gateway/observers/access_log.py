"""One JSON line per request (``gateway.log_requests``), written in batches off the loop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aire.gateway.logs import AccessLog
from aire.gateway.observer import GatewayObserver

if TYPE_CHECKING:
    from aire.gateway.context import RequestContext

__all__ = ["AccessLogObserver"]


class AccessLogObserver(GatewayObserver):
    def __init__(self, log: AccessLog | None = None) -> None:
        self.log = log or AccessLog()

    def on_settle(self, ctx: RequestContext) -> None:
        duration = ctx.elapsed_s()
        self.log.emit(
            {
                "msg": "request",
                "request_id": ctx.request_id,
                "trace_id": ctx.trace_id,
                "api": ctx.api,
                "endpoint": ctx.endpoint,
                "alias": ctx.alias[:256],
                "deployment": ctx.deployment,
                "stream": ctx.stream,
                "status": ctx.status,
                "code": ctx.error_code,
                "attempts": ctx.attempts,
                "retries": ctx.retries,
                "fallbacks": ctx.fallbacks,
                "panic": ctx.panic,
                "duration_ms": round(duration * 1000, 3),
                "ttft_ms": round(ctx.ttft_s * 1000, 3) if ctx.ttft_s is not None else None,
                "overhead_ms": (
                    round(ctx.overhead_s * 1000, 3) if ctx.overhead_s is not None else None
                ),
                "prompt_tokens": ctx.prompt_tokens,
                "completion_tokens": ctx.completion_tokens,
                "cache": ctx.cache,  # "hit" (no upstream called) | "miss" | None (not looked up)
            }
        )
