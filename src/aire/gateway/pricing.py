"""What a call cost: a price table (shipped defaults, overridden by config) and usage.

Prices are USD per million tokens by upstream model name. A deployment's own ``price``
wins; then ``pricing.models``; then aire's shipped table (``aire/data/prices.json``),
where a name also matches without a date suffix (``gpt-4o-2024-08-06``) or a provider
prefix (``openai/gpt-4o``). A model with no price costs 0 and is counted as unpriced
(a metric), so a missing price is visible rather than silently free.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import orjson

from aire.config.governance import Price, PricingConfig

__all__ = ["PriceTable", "shipped_prices"]

_DATE_SUFFIX = re.compile(r"-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4})$|-latest$")


@lru_cache(maxsize=1)
def shipped_prices() -> dict[str, Price]:
    raw = orjson.loads(resources.files("aire.data").joinpath("prices.json").read_bytes())
    return {name: Price.model_validate(p) for name, p in raw.items() if not name.startswith("_")}


class PriceTable:
    def __init__(self, config: PricingConfig | None = None) -> None:
        config = config or PricingConfig()
        self._prices = dict(shipped_prices()) if config.use_defaults else {}
        self._prices.update(config.models)
        self._found: dict[str, Price | None] = {}

    def price(self, model: str, override: Price | None = None) -> Price | None:
        if override is not None:
            return override
        if model not in self._found:
            self._found[model] = self._lookup(model)
        return self._found[model]

    def _lookup(self, model: str) -> Price | None:
        names = [model, model.rsplit("/", 1)[-1]]
        for name in list(names):
            names.append(_DATE_SUFFIX.sub("", name))
        for name in names:
            price = self._prices.get(name)
            if price is not None:
                return price
        return None

    def cost_usd(
        self,
        model: str,
        prompt_tokens: int,
        completion_tokens: int,
        cached_tokens: int = 0,
        override: Price | None = None,
    ) -> float | None:
        """USD for one call, or None when the model has no price."""
        price = self.price(model, override)
        if price is None:
            return None
        cached = min(cached_tokens, prompt_tokens)
        cached_rate = price.cached_input if price.cached_input is not None else price.input
        return (
            (prompt_tokens - cached) * price.input
            + cached * cached_rate
            + completion_tokens * price.output
        ) / 1_000_000
