"""LiteLLM's fallbacks, default_fallbacks and context_window_fallbacks -> the aliases'
fallbacks and context_fallback; what aire cannot follow is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config.litellm.helpers import gateway, paths, read, unsupported

from aire.errors import ConfigError

FALLBACK_MODELS = "model_list:\n" + "".join(
    f"  - model_name: {name}\n    litellm_params: {{model: openai/{name}}}\n"
    f"    model_info: {{id: {name}-id}}\n"
    for name in ("a", "b", "c", "big")
)  # 13 lines


def test_fallbacks_specific_generic_and_default(tmp_path: Path) -> None:
    text = FALLBACK_MODELS + (
        "router_settings:\n"
        "  fallbacks: [{a: [b, c]}, {'*': [c]}]\n"
        "  context_window_fallbacks: [{a: [big]}, {b: [big]}]\n"
    )
    models = gateway(tmp_path, text).models
    assert models["a"].fallbacks == ("b", "c")
    assert models["b"].fallbacks == ("c",)  # "*" covers every other model_name
    assert models["c"].fallbacks == ()  # not to itself
    assert models["big"].fallbacks == ("c",)
    assert models["a"].context_fallback == "big"
    assert models["c"].context_fallback is None
    # default_fallbacks are appended as "*", after (so over) a "*" of fallbacks
    text += "  default_fallbacks: [b]\n"
    models = gateway(tmp_path, text).models
    assert models["big"].fallbacks == ("b",)
    assert models["b"].fallbacks == ()


def test_fallbacks_aire_cannot_follow_are_named(tmp_path: Path) -> None:
    text = FALLBACK_MODELS + (
        "router_settings:\n"  # 14
        "  fallbacks: [{a: [b-id, nowhere]}, {typo: [b]}]\n"  # 15
        "  context_window_fallbacks: [{a: [big, c]}]\n"  # 16
        "  max_fallbacks: 1\n"  # 17
    )
    found = unsupported(tmp_path, text)
    assert paths(found) == [
        "15: router_settings.fallbacks[0].a[0]",
        "15: router_settings.fallbacks[0].a[1]",
        "15: router_settings.fallbacks[1].typo",
        "16: router_settings.context_window_fallbacks[0].a[1]",
    ]
    assert "model_info.id" in found[0]
    assert "one context fallback per alias" in found[3]
    # max_fallbacks that cuts a chain is named; one that does not is accepted
    longer = text.replace("[b-id, nowhere]", "[b, c]").replace(", {typo: [b]}", "")
    longer = longer.replace("[big, c]", "[big]")
    assert paths(unsupported(tmp_path, longer)) == ["17: router_settings.max_fallbacks"]
    assert gateway(tmp_path, longer.replace("max_fallbacks: 1", "max_fallbacks: 2")).models[
        "a"
    ].fallbacks == ("b", "c")


def test_fallbacks_must_be_a_list_of_single_key_mappings(tmp_path: Path) -> None:
    for bad, says in [
        ("fallbacks: {a: [b]}", "must be a list"),
        ("fallbacks: [{a: [b], b: [c]}]", "one model_name to a list"),
        ("fallbacks: [{a: b}]", "must be a list of model names"),
    ]:
        with pytest.raises(ConfigError) as info:
            read(tmp_path, FALLBACK_MODELS + f"router_settings:\n  {bad}\n")
        assert info.value.line == 15
        assert says in info.value.message
