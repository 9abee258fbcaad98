"""A deployment held by one attempt: in-flight count, breaker token, verdict, observers.

``finish`` gives the verdict exactly once (success, or the failure and whether it counts
against the deployment); ``abandon`` ends it without a verdict (the client left, or a
stage stopped reading the answer).
"""

from __future__ import annotations

import time

from aire.errors import UpstreamError, UpstreamStatusError
from aire.gateway.context import Attempt, RequestContext
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver
from aire.gateway.router import Route

__all__ = ["Lease", "counts_against"]

_clock = time.perf_counter


def counts_against(err: UpstreamError) -> bool:
    """Does this failure say the deployment is unhealthy? A client's own error (an upstream
    400, 413, 422 or 429) does not; a 5xx, a timeout, a reset, a 401/403/404 (the
    deployment is set up wrong) does."""
    if isinstance(err, UpstreamStatusError):
        return err.upstream_status >= 500 or err.deployment_fault
    return True


class Lease:
    __slots__ = (
        "attempt",
        "ctx",
        "dep",
        "done",
        "observer",
        "quota_tokens",
        "route",
        "t0",
        "token",
    )

    def __init__(
        self,
        ctx: RequestContext,
        route: Route,
        dep: Deployment,
        attempt: Attempt,
        observer: GatewayObserver,
    ) -> None:
        self.ctx = ctx
        self.route = route
        self.dep = dep
        self.attempt = attempt
        self.observer = observer
        self.done = False
        self.quota_tokens = 0  # reserved against the deployment's tpm quota
        dep.in_flight += 1
        self.token = dep.breaker.acquire()
        self.t0 = attempt.t0 = _clock()
        observer.on_attempt(ctx, attempt)

    def finish(self, err: UpstreamError | None, ttft_s: float | None = None) -> None:
        if self.done:
            return
        self.done = True
        dep = self.dep
        dep.in_flight -= 1
        if err is None:
            dep.breaker.record(self.token, True)
            self.route.observe(dep, True, ttft_s)
        elif counts_against(err):
            dep.breaker.record(self.token, False)
            self.route.observe(dep, False, None)
        else:
            dep.breaker.release(self.token)
        self._end(err)

    def abandon(self) -> None:
        """No verdict on the deployment."""
        if not self.done:
            self.done = True
            self.dep.in_flight -= 1
            self.dep.breaker.release(self.token)
            self._end(None)

    def _end(self, err: UpstreamError | None) -> None:
        attempt = self.attempt
        attempt.t_end = _clock()
        attempt.error = err
        self.observer.on_attempt_end(self.ctx, attempt)
