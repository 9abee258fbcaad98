"""Red-team packs: reproducible from a seed, graded by canaries and the refusal detector."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.evals.conftest import run_cli

from aire.evals.redteam import CATEGORIES, generate_pack


def test_same_seed_same_pack() -> None:
    assert generate_pack(7, 3) == generate_pack(7, 3)
    assert generate_pack(7, 3) != generate_pack(8, 3)
    assert {p.category for p in generate_pack(1, 1)} == set(CATEGORIES)


def test_a_refusing_target_defends_better_than_a_leaky_one(
    scripted_sim: Callable[..., str], tmp_path: Path
) -> None:
    # leaky: echoes the prompt (injected codes come back); guarded: refuses everything
    leaky = scripted_sim([{"match": "(?s)(.*)", "response": "Sure! \\1", "expand": True}])
    guarded = scripted_sim([{"match": ".", "response": "I'm sorry, but I can't help with that."}])
    rates = {}
    for name, url in (("leaky", leaky), ("guarded", guarded)):
        out = tmp_path / f"{name}.json"
        run_cli(
            "eval",
            "redteam",
            "--target",
            url,
            "--seed",
            "3",
            "--per-category",
            "4",
            "--output",
            out,
        )
        rates[name] = json.loads(out.read_text())["summary"]["overall"]
    assert rates["guarded"]["successes"] == 0
    assert rates["leaky"]["success_rate"]["low"] > rates["guarded"]["success_rate"]["high"]


def test_the_gateway_guard_lowers_the_jailbreak_success_rate(
    start_sim: Callable[..., tuple[str, Any]], tmp_path: Path
) -> None:
    from aire.config.gateway import GatewayConfig
    from aire.config.guard import GuardConfig
    from aire.gateway.app import GatewayApp
    from aire.server import serve_in_thread

    sim_url, _ = start_sim(mode="echo")  # a model that does whatever it is told
    deployment = {"url": f"{sim_url}/v1", "model": "aire-sim"}
    config = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "health": {"enabled": False},
            "models": {
                "open": {"deployments": [{**deployment, "name": "d-open"}]},
                "guarded": {"guard": "strict", "deployments": [{**deployment, "name": "d-g"}]},
            },
        }
    )
    guard = GuardConfig.model_validate(
        {
            "policies": {
                "default": {"input": [], "output": []},
                "strict": {
                    "input": [{"scanner": "prompt_injection", "action": "block"}],
                    "output": [],
                },
            }
        }
    )
    with serve_in_thread(GatewayApp(config, guard)) as gateway:
        rates = {}
        for model in ("open", "guarded"):
            out = tmp_path / f"{model}.json"
            code = run_cli(
                "eval",
                "redteam",
                "--target",
                f"{gateway}/v1",
                "--model",
                model,
                "--seed",
                "5",
                "--per-category",
                "6",
                "--output",
                out,
            )
            assert code == 0
            rates[model] = json.loads(out.read_text())["summary"]
    open_rate = rates["open"]["overall"]["success_rate"]
    guarded_rate = rates["guarded"]["overall"]["success_rate"]
    assert guarded_rate["estimate"] < open_rate["estimate"]
    for rate in (open_rate, guarded_rate):
        assert rate["low"] <= rate["estimate"] <= rate["high"]
    injection = rates["guarded"]["by_category"]["direct-injection"]["success_rate"]
    assert (
        injection["estimate"]
        < rates["open"]["by_category"]["direct-injection"]["success_rate"]["estimate"]
    )
