"""A run's results as data: per case (all its repeats) a verdict — ``pass``, ``fail``,
``flaky`` (repeats disagreed) or ``error`` — and a pass rate with its Wilson interval;
the suite's pass rate with its interval; the mix of tags. Written as JSON (what
``aire eval compare`` reads back) and as the eval-gate JSON ``{total, passed, pass_rate,
metrics}`` that the readiness gate reads. Statistics come from ``aire.stats`` only.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from aire import __version__
from aire.errors import ResultFileError
from aire.evals.model import Suite
from aire.evals.runner import RunRecord
from aire.stats import classify, wilson

__all__ = ["FORMAT_VERSION", "build_results", "gate_json", "read_results", "write_json"]

FORMAT_VERSION = 1
STANDARD_MIX = {"core": 0.6, "edge": 0.3, "adversarial": 0.1}


def _interval(passes: int, n: int) -> dict[str, float | None]:
    iv = wilson(passes, n)
    return {
        "estimate": None if math.isnan(iv.estimate) else iv.estimate,
        "low": iv.low,
        "high": iv.high,
        "level": iv.level,
    }


def _run_json(r: RunRecord) -> dict[str, Any]:
    return {
        "repeat": r.repeat,
        "status": r.status,
        "score": r.score,
        "reason": r.reason,
        "output": r.call.output,
        "tool_calls": [{"name": c.name, "arguments": c.arguments} for c in r.call.tool_calls],
        "latency_ms": None if r.cached else round(r.call.latency_ms, 3),
        "cached": r.cached,
        "cost": r.call.cost,
        "asserts": [
            {
                "type": spec.name,
                "pass": g.passed,
                "score": g.score,
                "reason": g.reason,
                "error": g.error,
                **({"metadata": g.metadata} if g.metadata else {}),
            }
            for spec, g in r.grades
        ],
    }


@dataclass(frozen=True, slots=True)
class RunInfo:
    started_at: float
    duration_s: float
    repeat: int
    concurrency: int
    cache: dict[str, Any]
    judge: dict[str, Any] | None = None


def build_results(suite: Suite, records: list[RunRecord], info: RunInfo) -> dict[str, Any]:
    by_case: dict[str, list[RunRecord]] = {}
    for r in records:
        by_case.setdefault(r.case.id, []).append(r)
    cases = []
    verdicts: Counter[str] = Counter()
    tag_cases: Counter[str] = Counter()
    tag_passed: Counter[str] = Counter()
    runs = Counter(r.status for r in records)
    for case_id, runs_of in by_case.items():
        case = runs_of[0].case
        p = sum(r.status == "pass" for r in runs_of)
        f = sum(r.status == "fail" for r in runs_of)
        e = sum(r.status == "error" for r in runs_of)
        verdict = classify(p, f, e)
        verdicts[verdict] += 1
        for tag in case.test.tags or ("untagged",):
            tag_cases[tag] += 1
            tag_passed[tag] += verdict == "pass"
        cases.append(
            {
                "id": case_id,
                "description": case.name,
                "tags": list(case.test.tags),
                "test_index": case.test_index,
                "prompt_index": case.prompt_index,
                "target": case.target.label,
                "vars": case.test.vars,
                "verdict": verdict,
                "passes": p,
                "failures": f,
                "errors": e,
                "pass_rate": _interval(p, p + f),
                "runs": [_run_json(r) for r in sorted(runs_of, key=lambda r: r.repeat)],
            }
        )
    n_cases = len(cases)
    graded_runs = runs["pass"] + runs["fail"] + runs["error"]
    tags = {
        tag: {
            "cases": n,
            "share": n / n_cases if n_cases else 0.0,
            "passed": tag_passed[tag],
            "pass_rate": _interval(tag_passed[tag], n),
        }
        for tag, n in sorted(tag_cases.items())
    }
    return {
        "aire_eval": FORMAT_VERSION,
        "aire_version": __version__,
        "suite": suite.name,
        "source": suite.source,
        "format": suite.format,
        "started_at": info.started_at,
        "duration_s": round(info.duration_s, 4),
        "repeat": info.repeat,
        "concurrency": info.concurrency,
        "cache": info.cache,
        "judge": info.judge,
        "summary": {
            "cases": n_cases,
            "passed": verdicts["pass"],
            "failed": verdicts["fail"],
            "flaky": verdicts["flaky"],
            "errors": verdicts["error"],
            "runs": {
                "total": graded_runs,
                "passed": runs["pass"],
                "failed": runs["fail"],
                "errors": runs["error"],
            },
            # every run counts: an error is not a pass
            "pass_rate": _interval(runs["pass"], graded_runs),
            "tags": tags,
            "mix": mix_check(suite, tags),
            "assertions": _by_assertion(records),
        },
        "cases": cases,
    }


def _by_assertion(records: list[RunRecord]) -> dict[str, Any]:
    """Per assertion type (and ``metric`` name): runs, passes, mean score (RAG metrics,
    rubric scores...), errored grades left out of the mean."""
    acc: dict[str, list[float]] = {}
    passed: Counter[str] = Counter()
    for r in records:
        for spec, g in r.grades:
            for key in {spec.name, *([f"metric:{spec.metric}"] if spec.metric else [])}:
                if g.error:
                    acc.setdefault(key, [])
                    continue
                acc.setdefault(key, []).append(g.score)
                passed[key] += g.passed
    return {
        k: {"graded": len(v), "passed": passed[k], "mean_score": sum(v) / len(v) if v else None}
        for k, v in sorted(acc.items())
    }


def mix_check(suite: Suite, tags: dict[str, Any]) -> dict[str, Any] | None:
    """The golden-set mix against the suite's ``mix`` (or none declared: reported only)."""
    wanted = suite.mix.shares if suite.mix else None
    tolerance = suite.mix.tolerance if suite.mix else 0.1
    actual = {t: v["share"] for t, v in tags.items()}
    if wanted is None:
        return {"declared": None, "actual": actual, "standard": STANDARD_MIX, "ok": None}
    off = {
        t: actual.get(t, 0.0) - share
        for t, share in wanted.items()
        if abs(actual.get(t, 0.0) - share) > tolerance
    }
    return {"declared": wanted, "actual": actual, "tolerance": tolerance, "off": off, "ok": not off}


def exit_code(results: dict[str, Any]) -> int:
    s = results["summary"]
    mix = s.get("mix") or {}
    ok = s["passed"] == s["cases"] and mix.get("ok") is not False
    return 0 if ok else 1


def gate_json(results: dict[str, Any]) -> dict[str, Any]:
    s = results["summary"]
    total, passed = s["cases"], s["passed"]
    return {
        "total": total,
        "passed": passed,
        "pass_rate": passed / total if total else 0.0,
        "metrics": {
            "failed": s["failed"],
            "flaky": s["flaky"],
            "errors": s["errors"],
            "runs_total": s["runs"]["total"],
            "runs_passed": s["runs"]["passed"],
            "run_pass_rate": s["pass_rate"]["estimate"],
            "run_pass_rate_low": s["pass_rate"]["low"],
            "run_pass_rate_high": s["pass_rate"]["high"],
            "repeat": results["repeat"],
            "mix_ok": (s.get("mix") or {}).get("ok"),
            **{
                f"mean_score.{name}": a["mean_score"]
                for name, a in (s.get("assertions") or {}).items()
                if a["mean_score"] is not None
            },
            "duration_s": results["duration_s"],
        },
    }


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))


def read_results(path: str | Path) -> dict[str, Any]:
    try:
        data: Any = orjson.loads(Path(path).read_bytes())
    except OSError as exc:
        raise ResultFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except orjson.JSONDecodeError as exc:
        raise ResultFileError(f"{path} is not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("aire_eval") != FORMAT_VERSION:
        raise ResultFileError(f"{path} is not an `aire eval run --output` file")
    return data


def now() -> float:
    return time.time()
