"""The shipped example config stays valid (docs match behaviour)."""

from pathlib import Path

from aire.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "aire.yaml"


def test_example_config_passes_the_gateway_check(capsys: object) -> None:
    assert main(["serve", "-c", str(EXAMPLE), "--check"]) == 0


def test_example_config_passes_the_sim_check() -> None:
    assert main(["sim", "-c", str(EXAMPLE), "--print-config"]) == 0
