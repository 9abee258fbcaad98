"""In-process SLI counts over sliding windows, for the ``/status`` page (no Prometheus).

``SliWindows`` counts, per alias and SLI, bad and total events in 10-second buckets kept
for ``horizon_s`` (6 hours by default); ``counts(windows)`` sums them per window, and
workers' counts add up (``/status`` merges the workers' snapshots). The 30-day budget
needs Prometheus and the generated rules: the page says so.

``SliObserver`` feeds availability (a 5xx answer is bad; a client's 4xx is not counted)
from the gateway's ``on_settle`` and keeps recent breaker and health events; as a
``FeatureSink`` of the quality observer it feeds the quality SLIs (refusal, empty,
truncated, schema_invalid, language_switch, guard_blocked) from the worker thread.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from aire.gateway.observer import GatewayObserver

if TYPE_CHECKING:
    from aire.gateway.breaker import BreakerState
    from aire.gateway.context import RequestContext
    from aire.gateway.deployment import Deployment
    from aire.telemetry.features import AnswerFeatures

__all__ = ["BUCKET_S", "WINDOWS_S", "SliObserver", "SliWindows"]

BUCKET_S = 10
#: the windows the status page shows (the workbook's page/ticket short windows and 6 h)
WINDOWS_S = (300, 1800, 3600, 21600)


class SliWindows:
    def __init__(self, horizon_s: int = 21600, clock: Callable[[], float] = time.time) -> None:
        self.horizon_s = horizon_s
        self.clock = clock
        self._lock = threading.Lock()
        #: (alias, sli) -> deque of [bucket start, bad, total]
        self._buckets: dict[tuple[str, str], deque[list[int]]] = {}

    def add(self, alias: str, sli: str, bad: bool, n: int = 1) -> None:
        now = int(self.clock()) // BUCKET_S * BUCKET_S
        with self._lock:
            q = self._buckets.get((alias, sli))
            if q is None:
                q = self._buckets[(alias, sli)] = deque()
            if not q or q[-1][0] != now:
                q.append([now, 0, 0])
                while q and q[0][0] <= now - self.horizon_s:
                    q.popleft()
            last = q[-1]
            last[2] += n
            if bad:
                last[1] += n

    def counts(
        self, windows: Iterable[int] = WINDOWS_S
    ) -> dict[str, dict[str, dict[str, list[int]]]]:
        """``{alias: {sli: {"300": [bad, total], ...}}}``."""
        now = int(self.clock())
        ws = sorted(windows)
        out: dict[str, dict[str, dict[str, list[int]]]] = {}
        with self._lock:
            items = [(k, list(q)) for k, q in self._buckets.items()]
        for (alias, sli), buckets in items:
            sums = {str(w): [0, 0] for w in ws}
            for start, bad, total in reversed(buckets):
                age = now - start
                for w in ws:
                    if age < w:
                        s = sums[str(w)]
                        s[0] += bad
                        s[1] += total
                if age >= ws[-1]:
                    break
            out.setdefault(alias, {})[sli] = sums
        return out


class SliObserver(GatewayObserver):
    def __init__(self, windows: SliWindows | None = None, max_events: int = 50) -> None:
        self.windows = windows or SliWindows()
        self.events: deque[dict[str, Any]] = deque(maxlen=max_events)

    def on_settle(self, ctx: RequestContext) -> None:
        if ctx.route is None or not ctx.status:
            return
        if 400 <= ctx.status < 500:
            return  # the client's mistake, or a limit: not the service's availability
        self.windows.add(ctx.alias, "availability", ctx.status >= 500)

    def on_breaker(self, deployment: Deployment, state: BreakerState) -> None:
        self.events.append(
            {"t": time.time(), "kind": "breaker", "deployment": deployment.name,
             "state": state.name.lower()}
        )  # fmt: skip

    def on_health(self, deployment: Deployment, healthy: bool) -> None:
        self.events.append(
            {"t": time.time(), "kind": "health", "deployment": deployment.name,
             "state": "healthy" if healthy else "unhealthy"}
        )  # fmt: skip

    def on_panic(self, alias: str, active: bool) -> None:
        self.events.append({"t": time.time(), "kind": "panic", "alias": alias, "state": active})

    # -- FeatureSink (the quality receiver thread) ---------------------------------------

    def on_features(self, f: AnswerFeatures) -> None:
        if f.status >= 300 and not f.guard_blocked:
            return
        add = self.windows.add
        add(f.alias, "refusal", f.refused)
        add(f.alias, "empty", f.empty)
        add(f.alias, "truncated", f.finish_reason == "length")
        add(f.alias, "guard_blocked", f.guard_blocked)
        if f.schema_requested:
            add(f.alias, "schema_invalid", f.schema_valid is False)
        if f.language is not None and f.prompt_language is not None:
            add(f.alias, "language_switch", f.language != f.prompt_language)
