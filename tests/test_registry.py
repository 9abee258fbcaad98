"""Plugins by name: lazy import, typed errors."""

from __future__ import annotations

import pytest

from aire.errors import ConfigError
from aire.registry import Registry, import_from_string


def test_import_from_string() -> None:
    assert import_from_string("aire.errors:ConfigError.show") is ConfigError.show


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("aire.errors", "must be of the form"),
        (":x", "must be of the form"),
        ("aire.nope:x", "could not import module 'aire.nope'"),
        ("aire.errors:Nope", "has no attribute 'Nope'"),
    ],
)
def test_import_errors(target: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        import_from_string(target)


def test_registry_lazy_and_named() -> None:
    reg: Registry[object] = Registry("scanner", {"b": "aire.errors:NotFound"})
    reg.register("a", "aire.errors:ConfigError")
    assert reg.names() == ["a", "b"]
    assert list(reg) == ["a", "b"]
    assert "a" in reg
    assert "z" not in reg
    assert reg.get("a") is ConfigError
    assert reg.get("a") is reg.get("a")
    assert reg.get("aire.errors:AireError").__name__ == "AireError"  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match=r"unknown scanner 'z' \(known: a, b\)"):
        reg.get("z")
    reg.register("a", "aire.errors:NotFound")
    assert reg.get("a").__name__ == "NotFound"  # type: ignore[attr-defined]
