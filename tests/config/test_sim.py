"""SimConfig: the simulator's settings and their bounds."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from aire.config.sim import DEGRADATION_KINDS, FAULT_KINDS, DegradationSpec, FaultSpec, SimConfig


def test_defaults_are_a_working_simulator() -> None:
    config = SimConfig()
    assert config.models == ("aire-sim",)
    assert config.mode == "random"
    assert config.max_num_seqs >= 1
    assert config.faults == ()


def test_kinds_are_listed() -> None:
    assert "reset" in FAULT_KINDS
    assert len(FAULT_KINDS) == 10
    assert set(DEGRADATION_KINDS) == {"length", "language", "content", "refusal", "schema"}


@pytest.mark.parametrize(
    "fields",
    [
        {"models": []},
        {"port": 70000},
        {"itl_jitter": 1.5},
        {"max_model_len": 8},
        {"mode": "script"},
        {"unknown": 1},
        {"faults": [{"kind": "drop", "stall_s": 0}]},
        {"degradations": [{"kind": "length", "factor": 0}]},
    ],
)
def test_invalid_settings(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SimConfig.model_validate(fields)


def test_fault_spec_defaults() -> None:
    spec = FaultSpec(kind="stall")
    assert (spec.rate, spec.after_tokens, spec.stall_s, spec.models) == (1.0, None, None, ())


def test_every_field_is_documented() -> None:
    for model in (SimConfig, FaultSpec, DegradationSpec):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"
