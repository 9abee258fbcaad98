"""What the gateway builds from its config: deployments, routes, retry budgets.

A reload builds a new ``GatewayState`` and swaps it in; requests in flight keep the one
they started with. Deployments whose config did not change carry their breaker, health
and latency state over.
"""

from __future__ import annotations

from aire.config.gateway import GatewayConfig, check_guard_policies
from aire.config.guard import GuardConfig
from aire.gateway.breaker import BreakerState
from aire.gateway.deployment import Deployment, deployment_key
from aire.gateway.metrics import GatewayMetrics
from aire.gateway.providers import PROVIDERS
from aire.gateway.retry import RetryBudget
from aire.gateway.router import Route
from aire.gateway.transport import Transport
from aire.guard import Guard, compile_guards

__all__ = ["GatewayState"]


class GatewayState:
    def __init__(
        self,
        config: GatewayConfig,
        transport: Transport,
        metrics: GatewayMetrics,
        previous: GatewayState | None = None,
        guard: GuardConfig | None = None,
    ) -> None:
        self.config = config
        self.metrics = metrics
        self.guards = self._guards(config, guard or GuardConfig())
        old = previous.by_key if previous is not None else {}
        self.by_key: dict[tuple[str, str, str], Deployment] = {}
        self.routes: dict[str, Route] = {}
        self.budgets: dict[str, RetryBudget] = {}
        for alias, alias_config in config.models.items():
            members: list[Deployment] = []
            for dep_config in alias_config.deployments:
                key = deployment_key(dep_config)
                dep = self.by_key.get(key)
                if dep is None:
                    reused = old.get(key)
                    if reused is not None and reused.config == dep_config:
                        dep = reused
                    else:
                        dep = self._deployment(dep_config, transport)
                    self.by_key[key] = dep
                members.append(dep)
            route = Route(
                alias, alias_config, members, timeouts=config.timeouts, retries=config.retries
            )
            self.routes[alias] = route
            retries = route.retries
            self.budgets[alias] = RetryBudget(retries.budget_ratio, retries.budget_min_per_s)
        for dep in self.by_key.values():
            metrics.child(metrics.breaker_state, dep.name).set(int(dep.breaker.state))
            metrics.child(metrics.healthy, dep.name).set(1 if dep.healthy else 0)

    def _guards(self, config: GatewayConfig, guard: GuardConfig) -> dict[str, Guard]:
        """alias -> compiled guard policy, for aliases that use one."""
        from aire.gateway.guarding import PrometheusGuardObserver

        used = check_guard_policies(config, guard)
        if not used:
            return {}
        compiled = compile_guards(guard, observer=PrometheusGuardObserver(self.metrics))
        return {alias: compiled[policy] for alias, policy in used.items()}

    @property
    def deployments(self) -> list[Deployment]:
        return list(self.by_key.values())

    def _deployment(self, config: object, transport: Transport) -> Deployment:
        from aire.config.gateway import DeploymentConfig

        assert isinstance(config, DeploymentConfig)
        provider = PROVIDERS.get(config.provider)(
            transport.for_deployment(config),
            base_url=str(config.url),
            api_key=config.api_key,
            headers=config.headers,
        )
        metrics = self.metrics

        def on_change(dep: Deployment, state: BreakerState) -> None:
            metrics.child(metrics.breaker_state, dep.name).set(int(state))
            metrics.child(metrics.breaker_transitions, dep.name, state.name.lower()).inc()

        return Deployment(
            config,
            breaker=self.config.breaker,
            timeouts=self.config.timeouts,
            provider=provider,
            on_breaker_change=on_change,
        )
