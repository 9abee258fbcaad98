"""Plugins by name: a registry maps names to ``"module:attr"`` strings, imported lazily.

The core never imports a concrete adapter by hand; it asks a registry for one by name.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

from aire.errors import ConfigError

T = TypeVar("T")

__all__ = ["Registry", "import_from_string"]


def import_from_string(target: str) -> object:
    """Import ``"package.module:attr.sub"``; raise ConfigError with what went wrong."""
    module_name, sep, attrs = target.partition(":")
    if not sep or not module_name or not attrs:
        raise ConfigError(f'import string {target!r} must be of the form "module:attribute"')
    try:
        obj: object = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise ConfigError(f"could not import module {module_name!r}") from exc
        raise  # the module exists but one of its own imports is missing: a real bug
    for attr in attrs.split("."):
        try:
            obj = getattr(obj, attr)
        except AttributeError as exc:
            raise ConfigError(f"module {module_name!r} has no attribute {attrs!r}") from exc
    return obj


class Registry(Generic[T]):
    """Named plugins of one kind (``"kind"`` appears in error messages)."""

    def __init__(self, kind: str, entries: Mapping[str, str] | None = None) -> None:
        self.kind = kind
        self._entries: dict[str, str] = dict(entries or {})
        self._loaded: dict[str, T] = {}

    def register(self, name: str, target: str) -> None:
        self._entries[name] = target
        self._loaded.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def get(self, name: str) -> T:
        """The plugin registered as ``name``, imported on first use."""
        if name in self._loaded:
            return self._loaded[name]
        target = self._entries.get(name)
        if target is None and ":" in name:
            target = name  # a plugin from outside aire, named by its import string
        if target is None:
            known = ", ".join(self.names()) or "none"
            raise ConfigError(f"unknown {self.kind} {name!r} (known: {known})")
        obj = import_from_string(target)
        self._loaded[name] = obj  # type: ignore[assignment]
        return obj  # type: ignore[return-value]
