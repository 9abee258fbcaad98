"""The deployments of one ``model_name`` -> an aire alias, with LiteLLM 1.106.2's rules:

- simple-shuffle weights: ``weight`` if any deployment has one, else ``rpm``, else ``tpm``
  (``router_strategy/simple_shuffle.py``); a deployment without the metric is picked only
  when those with it are out of rotation, which is aire's ``priority``;
- ``order`` (``litellm_params`` or ``model_info``): the lowest order first, deployments
  without one after all (``utils.get_order_filtered_deployments``), also a ``priority``;
- ``num_retries`` of the deployments: the alias's retries, when they agree.
"""

from __future__ import annotations

from typing import Any

from aire.config.litellm.context import Loc, TranslationContext
from aire.config.litellm.models import DeploymentSource, Value

__all__ = ["alias_config", "retry_attempts"]

#: what simple-shuffle weighs deployments by, the first that any deployment has
_WEIGHTS = ("weight", "rpm", "tpm")


def alias_config(
    ctx: TranslationContext, alias: str, deps: list[DeploymentSource], strategy: str
) -> dict[str, Any]:
    """The alias of ``deps`` (all with one model_name), recording every value's origin."""
    levels = _levels(deps, weighted=strategy == "weighted_round_robin")
    deployments: list[dict[str, Any]] = []
    base: Loc = ("gateway", "models", alias, "deployments")
    for j, dep in enumerate(deps):
        priority, weight = levels[j]
        fields = dict(dep.fields)
        ctx.record((*base, j), dep.loc)
        if priority[0]:
            fields["priority"] = int(priority[0])
            ctx.record((*base, j, "priority"), priority[1])
        if weight is not None:
            fields["weight"] = weight[0]
            ctx.record((*base, j, "weight"), weight[1])
        for path, origin in dep.origins.items():
            ctx.record((*base, j, *path), origin)
        deployments.append(fields)
    config: dict[str, Any] = {"strategy": strategy, "deployments": deployments}
    declared = [d.num_retries for d in deps]
    given = [n for n in declared if n is not None]
    if not given:
        return config
    if len(given) < len(declared) or len({n for n, _ in given}) > 1:
        for _, where in given:
            ctx.unsupported_at(
                where,
                f"aire retries per alias: every deployment of {alias!r} needs the same num_retries",
            )
        return config
    retries, where = given[0]
    config["retries"] = {"max_attempts": retry_attempts(ctx, retries, where)}
    ctx.record(("gateway", "models", alias, "retries", "max_attempts"), where)
    return config


def retry_attempts(ctx: TranslationContext, retries: int, where: Loc) -> int:
    """LiteLLM's num_retries (retries after the first call) -> aire's max_attempts."""
    if retries < 0 or retries > 9:
        raise ctx.error(where, f"{retries} retries: aire makes 1 to 10 attempts per alias")
    return retries + 1


def _levels(deps: list[DeploymentSource], *, weighted: bool) -> list[tuple[Value, Value | None]]:
    """(priority, weight) of each deployment: by ``order``, then (simple-shuffle) by the
    first of weight/rpm/tpm that some deployment has, recursively for those without."""
    orders = sorted({d.order[0] for d in deps if d.order is not None})

    def rank(d: DeploymentSource) -> int:
        return orders.index(d.order[0]) if d.order is not None else len(orders)

    def has(i: int, metric: str) -> bool:
        return deps[i].shuffle.get(metric, (0.0, ()))[0] > 0

    out: dict[int, tuple[Value, Value | None]] = {}
    priority = 0
    for level in range(len(orders) + 1):
        group = [i for i, d in enumerate(deps) if rank(d) == level]
        while group:
            metric = None
            if weighted:
                metric = next((m for m in _WEIGHTS if any(has(i, m) for i in group)), None)
            tier = [i for i in group if metric is None or has(i, metric)]
            for i in tier:
                dep = deps[i]
                origin = dep.order[1] if dep.order is not None else dep.loc
                out[i] = ((float(priority), origin), dep.shuffle[metric] if metric else None)
            group = [i for i in group if i not in tier]
            priority += 1
    return [out[i] for i in range(len(deps))]
