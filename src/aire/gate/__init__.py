"""The readiness gate: one verdict and one exit code before traffic moves.

    profile, base = read_profile("profiles/inference.yml")   # aire's format or aipreflight's
    ctx = GateContext(profile, base, probes_file=None)
    run = run_checks(profile, ctx, Path("profiles/inference.yml"))
    data = write_reports(run, Path("runs/inference-20261204T181500Z"))
    exit_code(run.verdict)    # 0 PASS/WARN, 1 FAIL, 3 ERROR (2: config errors raise)

Checks live in ``aire.gate.checks`` (one module each, registry ``CHECKS``);
``aire.gate.diagnose`` and ``aire.gate.doctor`` serve ``aire diagnose`` and ``aire doctor``.
"""

from __future__ import annotations

from aire.gate.context import GateContext
from aire.gate.profile import Profile, read_profile
from aire.gate.reports import compare, load_run, write_reports
from aire.gate.result import CheckResult, exit_code, verdict
from aire.gate.runner import GateRun, run_checks

__all__ = [
    "CheckResult",
    "GateContext",
    "GateRun",
    "Profile",
    "compare",
    "exit_code",
    "load_run",
    "read_profile",
    "run_checks",
    "verdict",
    "write_reports",
]
