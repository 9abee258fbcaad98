"""LiteLLM's fallbacks (``[{model_name: [fallbacks]}, ...]``) -> each alias's chain."""

from __future__ import annotations

from typing import Any

from aire.config.litellm.context import Loc, TranslationContext

__all__ = ["FallbackTable"]


class FallbackTable:
    """LiteLLM's fallbacks (``[{model_name: [fallbacks]}, ...]``, ``"*"`` for every
    model_name, ``default_fallbacks`` appended as ``"*"``) -> targets per alias."""

    def __init__(
        self, ctx: TranslationContext, aliases: set[str], dropped: set[str], ids: set[str]
    ) -> None:
        self.ctx = ctx
        self.aliases = aliases
        self.dropped = dropped  # model_names aire cannot serve (already reported)
        self.ids = ids

    def read(
        self, given: tuple[Any, Loc] | None, default: tuple[Any, Loc] | None
    ) -> dict[str, list[tuple[str, Loc]]]:
        specific: dict[str, list[tuple[str, Loc]]] = {}
        generic: list[tuple[str, Loc]] = []
        if given is not None:
            value, loc = given
            if not isinstance(value, list):
                raise self.ctx.error(loc, "must be a list of {model_name: [fallbacks]}")
            for i, item in enumerate(value):
                if isinstance(item, str):  # a bare name is every model_name's fallback
                    generic = [(item, (*loc, i))]
                    continue
                if not isinstance(item, dict) or len(item) != 1:
                    raise self.ctx.error((*loc, i), "each item maps one model_name to a list")
                key, targets = next(iter(item.items()))
                found = self._targets(targets, (*loc, i, str(key)))
                if key == "*":
                    generic = found  # the last "*" wins, as in LiteLLM
                elif self._known(str(key), (*loc, i, str(key))):
                    specific.setdefault(str(key), found)  # the first exact match wins
        if default is not None:
            generic = self._targets(*default)
        out: dict[str, list[tuple[str, Loc]]] = {}
        for alias in sorted(self.aliases):
            chain = [t for t in specific.get(alias, generic) if t[0] != alias]
            if chain:
                out[alias] = chain
        return out

    def _known(self, name: str, loc: Loc) -> bool:
        if name in self.aliases:
            return True
        if name not in self.dropped:
            self.ctx.unsupported_at(
                loc, f"fallbacks for {name!r}, which is not a model_name of this file"
            )
        return False

    def _targets(self, targets: Any, loc: Loc) -> list[tuple[str, Loc]]:
        if not isinstance(targets, list):
            raise self.ctx.error(loc, "must be a list of model names")
        out: list[tuple[str, Loc]] = []
        for j, target in enumerate(targets):
            where: Loc = (*loc, j)
            if not isinstance(target, str):
                self.ctx.unsupported_at(where, "a fallback with its own request parameters")
            elif target in self.dropped:
                continue  # its model_name is unsupported, and said so
            elif target in self.aliases:
                out.append((target, where))
            elif target in self.ids:
                self.ctx.unsupported_at(
                    where,
                    f"{target!r} is a deployment's model_info.id: aire falls back to model_names",
                )
            else:
                self.ctx.unsupported_at(where, f"{target!r} is not a model_name of this file")
        return out
