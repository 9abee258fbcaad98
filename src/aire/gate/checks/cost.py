"""``cost``: per-request and monthly cost against budgets.

Measured usage first: the probes' token counts (or the eval suite's ``usage``) times the
price table (``aire/data/prices.json`` through ``aire.gateway.pricing``; ``cost.model``
names the priced model when the target serves another name, or the profile gives its
own prices). With nothing measured, the source under ``scan_paths`` is scanned for LLM
call sites (``*.create(model=..., max_tokens=...)``, as aipreflight's tokentoll does):
each site is priced at its prompt literals' tokens in and ``max_tokens`` out, an upper
bound, and ``calls_per_month`` calls per site.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aire.config.governance import Price
from aire.gate.checks import runbook
from aire.gate.context import GateContext
from aire.gate.profile import CostSection, Profile
from aire.gate.result import CheckResult, Status
from aire.gateway.pricing import PriceTable
from aire.stats import bootstrap, compare_to_threshold
from aire.tokenizer import count_tokens

__all__ = ["CallSite", "run", "scan_call_sites"]

DEFAULT_MAX_TOKENS = 1024


@dataclass(frozen=True, slots=True)
class CallSite:
    file: str
    line: int
    model: str | None
    input_tokens: int
    output_tokens: int
    assumed_max_tokens: bool


def _price(cfg: CostSection, model: str | None) -> Price | None:
    if cfg.input_price_per_mtok is not None and cfg.output_price_per_mtok is not None:
        return Price(input=cfg.input_price_per_mtok, output=cfg.output_price_per_mtok)
    name = cfg.model or model
    return PriceTable().price(name) if name else None


def _usd(price: Price, tokens_in: float, tokens_out: float) -> float:
    return (tokens_in * price.input + tokens_out * price.output) / 1_000_000


def run(profile: Profile, ctx: GateContext) -> CheckResult:
    cfg = profile.cost
    if cfg is None:
        return CheckResult("cost", "SKIP", "no cost budget configured")
    thresholds = {"max_cost_per_request_usd": cfg.max_cost_per_request_usd,
                  "max_monthly_cost_usd": cfg.max_monthly_cost_usd,
                  "calls_per_month": cfg.calls_per_month}  # fmt: skip
    measured = _measured(profile, ctx)
    if measured is not None:
        return _judge_measured(cfg, measured, thresholds)
    if not cfg.scan_paths:
        return CheckResult("cost", "SKIP", "nothing measured and no scan_paths to estimate from")
    sites = [s for p in cfg.scan_paths for s in scan_call_sites(ctx.path(p))]
    return _judge_sites(cfg, sites, thresholds)


def _measured(profile: Profile, ctx: GateContext) -> dict[str, Any] | None:
    if profile.sla is not None and ctx.has_probes():
        run = ctx.probes()
        ok = [p for p in run.probes if p.status != "error" and (p.input_tokens or p.output_tokens)]
        if ok:
            return {"source": f"probes ({run.source})", "model": run.model or profile.target.model,
                    "tokens": [(p.input_tokens, p.output_tokens) for p in ok]}  # fmt: skip
    return None


def _judge_measured(cfg: CostSection, m: dict[str, Any], th: dict[str, Any]) -> CheckResult:
    price = _price(cfg, m["model"])
    if price is None:
        return CheckResult(
            "cost", "WARN",
            f"model {cfg.model or m['model']!r} has no price: set cost.model to a priced model "
            "or cost.input_price_per_mtok/output_price_per_mtok",
            thresholds=th, runbook=runbook("budget-exhaustion"),
        )  # fmt: skip
    costs = [_usd(price, i, o) for i, o in m["tokens"]]
    iv = bootstrap(costs, "mean", seed=0)
    per_request = iv.estimate
    monthly = per_request * cfg.calls_per_month
    result = CheckResult(
        "cost", "PASS", "", thresholds=th, runbook=runbook("budget-exhaustion"),
        metrics={"cost_per_request_usd": per_request, "monthly_cost_usd": monthly,
                 "requests_measured": len(costs)},
        intervals={"cost_per_request_usd": iv}, details={"source": m["source"]},
    )  # fmt: skip
    statuses: list[Status] = ["PASS"]
    limit = cfg.max_cost_per_request_usd
    if limit is not None:
        verdict = compare_to_threshold(iv, limit, higher_is_better=False)
        if verdict == "fail":
            result.reasons.append(f"cost per request ${per_request:.5f} exceeds ${limit:.5f}")
            statuses.append("FAIL")
        elif verdict == "undecided":
            result.reasons.append(f"cost per request ${per_request:.5f} is under ${limit:.5f} but "
                                  f"its interval reaches ${iv.high:.5f}")  # fmt: skip
            statuses.append("WARN")
    _monthly(cfg, monthly, result, statuses)
    result.status = "FAIL" if "FAIL" in statuses else "WARN" if "WARN" in statuses else "PASS"
    result.summary = "; ".join(result.reasons) or (
        f"${per_request:.5f}/request, ${monthly:,.2f}/month at {cfg.calls_per_month} calls, "
        f"measured on {len(costs)} requests, within budget")  # fmt: skip
    return result


def _monthly(cfg: CostSection, monthly: float, result: CheckResult, statuses: list[Status]) -> None:
    if cfg.max_monthly_cost_usd is not None and monthly > cfg.max_monthly_cost_usd:
        result.reasons.append(
            f"monthly cost ${monthly:,.2f} exceeds budget ${cfg.max_monthly_cost_usd:,.2f}"
        )
        statuses.append("FAIL")


def _judge_sites(cfg: CostSection, sites: list[CallSite], th: dict[str, Any]) -> CheckResult:
    priced, unpriced = [], []
    for s in sites:
        price = _price(cfg, s.model)
        if price is None:
            unpriced.append(s)
        else:
            priced.append((s, _usd(price, s.input_tokens, s.output_tokens)))
    details: dict[str, Any] = {
        "call_sites": [{"file": s.file, "line": s.line, "model": s.model, "usd_per_call": c,
                        "input_tokens": s.input_tokens, "output_tokens": s.output_tokens}
                       for s, c in priced],
        "unpriced": [f"{s.file}:{s.line} ({s.model})" for s in unpriced],
        "assumptions": [f"{cfg.calls_per_month} calls/month per call site",
                        "output at max_tokens (an upper bound)"],
    }  # fmt: skip
    result = CheckResult("cost", "PASS", "", thresholds=th, details=details,
                         runbook=runbook("budget-exhaustion"))  # fmt: skip
    if not sites:
        result.status = "WARN"
        result.summary = "no LLM call sites found to estimate cost"
        return result
    per_call = max((c for _, c in priced), default=0.0)
    monthly = sum(c for _, c in priced) * cfg.calls_per_month
    result.metrics = {"cost_per_request_usd": per_call, "monthly_cost_usd": monthly,
                      "call_sites": len(sites)}  # fmt: skip
    statuses: list[Status] = ["PASS"]
    if cfg.max_cost_per_request_usd is not None and per_call > cfg.max_cost_per_request_usd:
        result.reasons.append(f"per-request cost ${per_call:.4f} exceeds budget "
                              f"${cfg.max_cost_per_request_usd:.4f}")  # fmt: skip
        statuses.append("FAIL")
    _monthly(cfg, monthly, result, statuses)
    if unpriced and not priced:
        result.reasons.append("no call site has a priced model: "
                              + ", ".join(details["unpriced"]))  # fmt: skip
        statuses.append("WARN")
    result.status = "FAIL" if "FAIL" in statuses else "WARN" if "WARN" in statuses else "PASS"
    result.summary = "; ".join(result.reasons) or (
        f"${monthly:,.2f}/mo across {len(sites)} call site(s) (estimated from source), "
        "within budget")  # fmt: skip
    return result


def scan_call_sites(path: Path) -> list[CallSite]:
    """LLM call sites in the Python files under ``path``."""
    files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.is_file() else []
    out: list[CallSite] = []
    for f in files:
        try:
            tree = ast.parse(f.read_text(errors="replace"), filename=str(f))
        except SyntaxError:
            continue
        consts = _constants(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "create"):  # fmt: skip
                kw = {k.arg: k.value for k in node.keywords if k.arg}
                if "model" not in kw or not ({"messages", "prompt", "input"} & kw.keys()):
                    continue
                model = _value(kw["model"], consts)
                max_tokens = _value(kw.get("max_tokens") or kw.get("max_completion_tokens"),
                                    consts)  # fmt: skip
                body = kw.get("messages") or kw.get("prompt") or kw.get("input")
                text = " ".join(_strings(body, consts))
                out.append(CallSite(
                    str(f), node.lineno, model if isinstance(model, str) else None,
                    max(1, count_tokens(text)),
                    max_tokens if isinstance(max_tokens, int) else DEFAULT_MAX_TOKENS,
                    not isinstance(max_tokens, int),
                ))  # fmt: skip
    return out


def _constants(tree: ast.Module) -> dict[str, object]:
    out: dict[str, object] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)):  # fmt: skip
            out[node.targets[0].id] = node.value.value
    return out


def _value(node: ast.expr | None, consts: dict[str, object]) -> object:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def _strings(node: ast.AST | None, consts: dict[str, object]) -> list[str]:
    if node is None:
        return []
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            out.append(sub.value)
        elif isinstance(sub, ast.Name) and isinstance(consts.get(sub.id), str):
            out.append(str(consts[sub.id]))
    return out
