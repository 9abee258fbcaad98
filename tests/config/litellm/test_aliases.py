"""The deployments of one model_name -> an alias: simple-shuffle weights, order as
priority, and the alias's retries from its deployments' num_retries."""

from __future__ import annotations

from pathlib import Path

from tests.config.litellm.helpers import gateway, paths, unsupported

from aire.config.gateway import GatewayConfig


def _alias(tmp_path: Path, entries: list[str], router: str = "") -> GatewayConfig:
    text = "model_list:\n" + "".join(
        f"  - model_name: chat\n    litellm_params: {{model: openai/d{i}, {p}}}\n"
        for i, p in enumerate(entries)
    )
    if router:
        text += f"router_settings: {{{router}}}\n"
    return gateway(tmp_path, text)


def _levels(config: GatewayConfig) -> list[tuple[int, float]]:
    return [(d.priority, d.weight) for d in config.models["chat"].deployments]


def test_simple_shuffle_weights_as_litellm_picks_them(tmp_path: Path) -> None:
    # weight first; else rpm; else tpm; a deployment without the metric is a backup
    assert _levels(_alias(tmp_path, ["weight: 3", "weight: 1"])) == [(0, 3), (0, 1)]
    assert _levels(_alias(tmp_path, ["rpm: 600", "rpm: 60"])) == [(0, 600), (0, 60)]
    assert _levels(_alias(tmp_path, ["weight: 2", "rpm: 60", "tpm: 1000"])) == [
        (0, 2),
        (1, 60),  # out of the weighted ones: then by rpm
        (2, 1000),
    ]
    assert _levels(_alias(tmp_path, ["weight: 0", "weight: 0"])) == [(0, 1), (0, 1)]


def test_order_is_priority_lowest_first(tmp_path: Path) -> None:
    config = _alias(tmp_path, ["order: 2", "order: 1", "order: 1, weight: 3", ""])
    assert _levels(config) == [(2, 1), (1, 1), (0, 3), (3, 1)]  # d1 has no weight: after d2
    least_busy = _alias(
        tmp_path, ["order: 2, weight: 5", "order: 1"], "routing_strategy: least-busy"
    )
    assert _levels(least_busy) == [(1, 1), (0, 1)]  # weights are simple-shuffle's only
    info_order = gateway(
        tmp_path,
        "model_list:\n"
        "  - {model_name: chat, litellm_params: {model: openai/a}, model_info: {order: 2}}\n"
        "  - {model_name: chat, litellm_params: {model: openai/b, order: 1}}\n",
    )
    assert _levels(info_order) == [(1, 1), (0, 1)]


def test_num_retries_of_deployments_is_their_alias_s(tmp_path: Path) -> None:
    same = _alias(tmp_path, ["num_retries: 1", "num_retries: 1"], "num_retries: 4")
    assert same.models["chat"].retries is not None
    assert same.models["chat"].retries.max_attempts == 2
    assert same.retries.max_attempts == 5
    text = (
        "model_list:\n"
        "  - {model_name: chat, litellm_params: {model: openai/a, num_retries: 1}}\n"
        "  - {model_name: chat, litellm_params: {model: openai/b}}\n"
        "  - {model_name: chat, litellm_params: {model: openai/c, num_retries: 2}}\n"
    )
    found = unsupported(tmp_path, text)
    assert paths(found) == [
        "2: model_list[0].litellm_params.num_retries",
        "4: model_list[2].litellm_params.num_retries",
    ]
    assert "same num_retries" in found[0]
