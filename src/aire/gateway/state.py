"""What the gateway builds from its config: deployments, routes, retry budgets, guards.

A reload builds a new ``GatewayState`` and swaps it in; requests in flight keep the one
they started with. A deployment whose entry did not change (same alias, same position,
same settings) carries its breaker, health and latency state over.
"""

from __future__ import annotations

from aire.config.gateway import DeploymentConfig, GatewayConfig, check_guard_policies
from aire.config.guard import GuardConfig
from aire.gateway.breaker import BreakerState
from aire.gateway.deployment import Deployment
from aire.gateway.observer import GatewayObserver
from aire.gateway.providers import PROVIDERS
from aire.gateway.retry import RetryBudget
from aire.gateway.router import Route
from aire.gateway.transport import Transport
from aire.guard import Guard, GuardObserver, compile_guards

__all__ = ["GatewayState"]

_Key = tuple[str, int]  # (alias, index in its deployments list)


class GatewayState:
    def __init__(
        self,
        config: GatewayConfig,
        transport: Transport,
        observer: GatewayObserver,
        *,
        previous: GatewayState | None = None,
        guard: GuardConfig | None = None,
        guard_observer: GuardObserver | None = None,
    ) -> None:
        self.config = config
        self.guard_config = guard or GuardConfig()
        self.observer = observer
        self.guards = self._guards(config, self.guard_config, guard_observer)
        old = previous.by_key if previous is not None else {}
        self.by_key: dict[_Key, Deployment] = {}
        self.routes: dict[str, Route] = {}
        self.budgets: dict[str, RetryBudget] = {}
        self._by_name: dict[str, Deployment] = {}
        for alias, alias_config in config.models.items():
            members: list[Deployment] = []
            for index, dep_config in enumerate(alias_config.deployments):
                key = (alias, index)
                name = config.deployment_name(alias, index)
                dep = old.get(key)
                if dep is None or dep.config != dep_config or dep.name != name:
                    dep = self._deployment(dep_config, name, transport)
                self.by_key[key] = dep
                self._by_name[dep.name] = dep
                members.append(dep)
            route = Route(
                alias,
                alias_config,
                members,
                timeouts=config.timeouts,
                retries=config.retries,
                observer=observer,
            )
            if previous is not None and alias in previous.routes:
                route.panicking = previous.routes[alias].panicking
                if previous.routes[alias].config.canary == alias_config.canary:
                    route.canary = previous.routes[alias].canary  # a rollback survives reloads
            if route.canary is not None:  # the gauge at the canary's weight ("": no event)
                route.observer.on_canary(alias, route.canary.deployment, route.canary.weight, "")
            self.routes[alias] = route
            retries = route.retries
            self.budgets[alias] = RetryBudget(retries.budget_ratio, retries.budget_min_per_s)

    def _guards(
        self, config: GatewayConfig, guard: GuardConfig, observer: GuardObserver | None
    ) -> dict[str, Guard]:
        """alias -> compiled guard policy, for aliases that use one."""
        used = check_guard_policies(config, guard)
        if not used:
            return {}
        compiled = compile_guards(guard, observer=observer)
        return {alias: compiled[policy] for alias, policy in used.items()}

    @property
    def deployments(self) -> list[Deployment]:
        return list(self.by_key.values())

    def deployment_named(self, name: str) -> Deployment | None:
        return self._by_name.get(name)

    def _deployment(self, config: DeploymentConfig, name: str, transport: Transport) -> Deployment:
        provider = PROVIDERS.get(config.provider)(
            transport.for_deployment(config),
            base_url=str(config.url),
            api_key=config.api_key,
            headers=config.headers,
        )
        observer = self.observer

        def on_change(dep: Deployment, state: BreakerState) -> None:
            observer.on_breaker(dep, state)

        return Deployment(
            config,
            name=name,
            breaker=self.config.breaker,
            timeouts=self.config.timeouts,
            provider=provider,
            on_breaker_change=on_change,
        )
