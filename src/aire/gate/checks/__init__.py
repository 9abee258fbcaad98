"""The checks of the readiness gate, one module each, found by name in ``CHECKS``.

A check is ``run(profile, ctx) -> CheckResult``: PASS, WARN, FAIL, or SKIP with the
reason when its section is not configured. A check that cannot gather its evidence
raises ``GateRunError`` (the run becomes ERROR, exit 3). A plug-in from outside aire is
named by its import string (``checks: [mypkg.gate:latency_budget]``).
"""

from __future__ import annotations

from typing import Protocol

from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult
from aire.registry import Registry

__all__ = ["CHECKS", "CHECK_RUNBOOKS", "DEFAULT_ORDER", "Check", "runbook"]


class Check(Protocol):
    def __call__(self, profile: Profile, ctx: GateContext) -> CheckResult: ...


CHECKS: Registry[Check] = Registry(
    "check",
    {
        "sla": "aire.gate.checks.sla:run",
        "capacity": "aire.gate.checks.capacity:run",
        "evals": "aire.gate.checks.evals:run",
        "rag": "aire.gate.checks.rag:run",
        "redteam": "aire.gate.checks.redteam:run",
        "cost": "aire.gate.checks.cost:run",
        "observability": "aire.gate.checks.observability:run",
        "slo": "aire.gate.checks.slo:run",
        "drift": "aire.gate.checks.drift:run",
        "rollback": "aire.gate.checks.rollback:run",
    },
)

#: the order checks run and are reported in (sla first: cost reads its probes)
DEFAULT_ORDER = (
    "sla", "capacity", "evals", "rag", "redteam", "cost",
    "observability", "slo", "drift", "rollback",
)  # fmt: skip

RUNBOOKS = "docs/runbooks"

#: the runbook a check's FAIL or WARN links to when the check names no more specific one
CHECK_RUNBOOKS: dict[str, str] = {
    "sla": "high-ttft",
    "capacity": "queue-pressure",
    "evals": "silent-degradation",
    "rag": "silent-degradation",
    "redteam": "prompt-injection-surge",
    "cost": "budget-exhaustion",
    "observability": "silent-degradation",
    "slo": "budget-exhaustion",
    "drift": "silent-degradation",
    "rollback": "rollback",
}


def runbook(name: str) -> str:
    """The runbook a finding links to (docs/runbooks/<name>.md in aire's repository)."""
    return f"{RUNBOOKS}/{name}.md"
