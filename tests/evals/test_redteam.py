"""Red-team packs: reproducible from a seed, graded by canaries and the refusal detector."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

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
