"""``rollback``: a way back exists. The runbook is there and has what a rollback needs
(a section saying when to roll back, one with the steps, and a way to verify the result),
and the version to roll back to is named (``rollback.previous_version``; aipreflight's
profiles have no such field, so it is not required of them)."""

from __future__ import annotations

import re

from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import Profile
from aire.gate.result import CheckResult

__all__ = ["REQUIRED_SECTIONS", "missing_sections", "run"]

#: what a rollback runbook needs -> heading words that provide it
REQUIRED_SECTIONS: dict[str, tuple[str, ...]] = {
    "when to roll back": ("when", "trigger", "symptom", "signal"),
    "steps": ("step", "procedure", "how to", "rollback", "roll back", "what to"),
    "verification": ("verif", "confirm", "check", "after"),
}


def missing_sections(text: str) -> list[str]:
    headings = [h.lower() for h in re.findall(r"^#{1,6}\s+(.+)$", text, flags=re.M)]
    body = text.lower()
    missing = []
    for need, words in REQUIRED_SECTIONS.items():
        if need == "verification":  # often a step of its own rather than a heading
            if not any(w in h for h in headings for w in words) and not re.search(
                r"\b(verify|confirm|re-run|rerun)\b", body
            ):
                missing.append(need)
        elif not any(w in h for h in headings for w in words):
            missing.append(need)
    return missing


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.rollback
    if cfg is None:
        return CheckResult("rollback", "SKIP", "no rollback section in the profile")
    rb = runbook("rollback")
    if cfg.runbook is None:
        return CheckResult("rollback", "WARN", "no rollback runbook configured", runbook=rb)
    path = ctx.path(cfg.runbook)
    if not path.is_file():
        return CheckResult(
            "rollback",
            "FAIL",
            f"rollback runbook not found: {cfg.runbook}",
            reasons=[f"rollback runbook not found: {cfg.runbook}"],
            runbook=rb,
        )
    ctx.hash("rollback_runbook", path)
    reasons = []
    missing = missing_sections(path.read_text(errors="replace"))
    if missing:
        reasons.append(f"runbook {cfg.runbook} lacks: {', '.join(missing)}")
    if cfg.require_previous_version and not cfg.previous_version:
        reasons.append("the version to roll back to is not named (rollback.previous_version)")
    details = {"runbook": str(cfg.runbook), "previous_version": cfg.previous_version}
    if reasons:
        return CheckResult("rollback", "FAIL", "; ".join(reasons), reasons=reasons,
                           details=details, runbook=rb)  # fmt: skip
    prev = f", back to {cfg.previous_version}" if cfg.previous_version else ""
    return CheckResult("rollback", "PASS", f"rollback runbook present: {cfg.runbook}{prev}",
                       details=details, runbook=rb)  # fmt: skip
