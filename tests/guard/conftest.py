"""Fixtures of the guardrail tests: scanners built the way a policy builds them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from aire.config.guard import ScannerSpec
from aire.guard.policy import build_pipeline
from aire.guard.scanner import Scanner


@pytest.fixture
def make_scanner() -> Callable[..., Scanner]:
    """``make_scanner("pii", family="output", redact="reversible", entities=["email"])``."""

    def make(name: str, *, family: str = "input", redact: str = "mask", **params: Any) -> Scanner:
        spec = ScannerSpec(scanner=name, redact=redact, params=params)  # type: ignore[arg-type]
        return build_pipeline((spec,), family).steps[0].scanner  # type: ignore[arg-type]

    return make
