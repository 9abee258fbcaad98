"""``rag``: retrieval precision, answer quality, citation rate, hallucination rate and
empty-retrieval handling, read from the eval suite's metrics (one eval run serves both
checks). A metric the suite did not report is a FAIL: an unmeasured RAG is not ready."""

from __future__ import annotations

from aire.gate.checks import runbook
from aire.gate.checks.evals import eval_result, gate_metrics
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult

__all__ = ["run"]


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.rag
    if cfg is None:
        return CheckResult("rag", "SKIP", "no rag section in the profile")
    if profile.evals is None or profile.evals.presence_only:
        return CheckResult("rag", "FAIL", "the rag check reads the eval suite: configure evals")
    if not cfg.metrics:
        return CheckResult("rag", "SKIP", "no RAG metric to gate on")
    data = eval_result(profile, ctx)
    reported = data.get("metrics") or {}
    reasons: list[str] = []
    shown: list[str] = []
    status = gate_metrics(reported, cfg.metrics, reasons, shown)
    return CheckResult(
        "rag", status,
        "; ".join(reasons) if reasons else "RAG quality within bounds: " + ", ".join(shown),
        metrics={k: reported.get(k) for k in cfg.metrics},
        thresholds={k: b.model_dump(exclude_none=True) for k, b in cfg.metrics.items()},
        reasons=reasons,
        runbook=runbook("silent-degradation"),
    )  # fmt: skip
