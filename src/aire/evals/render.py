"""The eval report (HTML and Markdown) through ``aire.report``: the verdict, the suite
pass rate with its interval, pass rate by tag and the mix, the flaky and failing cases,
then every case."""

from __future__ import annotations

from typing import Any

from aire.report import Report

__all__ = ["eval_report"]


def _pct(iv: dict[str, Any]) -> str:
    if iv["estimate"] is None:
        return "-"
    return f"{iv['estimate'] * 100:.1f}% [{iv['low'] * 100:.1f}%, {iv['high'] * 100:.1f}%]"


def eval_report(results: dict[str, Any]) -> Report:
    s = results["summary"]
    ok = s["passed"] == s["cases"]
    report = Report(
        f"aire eval: {results['suite']}",
        verdict="PASS" if ok else "FAIL",
        meta={
            "suite": str(results["source"]),
            "format": str(results["format"]),
            "repeat": str(results["repeat"]),
            "concurrency": str(results["concurrency"]),
            "duration": f"{results['duration_s']:.2f} s",
            "aire": str(results["aire_version"]),
        },
    )
    summary = report.section("Summary", "PASS" if ok else "FAIL")
    summary.kv(
        {
            "cases": s["cases"],
            "passed": s["passed"],
            "failed": s["failed"],
            "flaky": s["flaky"],
            "errors": s["errors"],
            "pass rate (all runs, 95% Wilson)": _pct(s["pass_rate"]),
        }
    )
    if results.get("judge"):
        j = results["judge"]
        summary.kv(
            {
                "judge model": j["model"],
                "judge params": str(j["params"]),
                "judge prompt hashes": ", ".join(f"{k}={v}" for k, v in j["prompt_hashes"].items()),
            },
            title="Judge",
        )
    if s["tags"]:
        tags = report.section("Golden-set mix")
        tags.bars(
            "pass rate by tag",
            {t: v["pass_rate"]["estimate"] or 0.0 for t, v in s["tags"].items()},
            unit="%",
        )
        mix = s.get("mix") or {}
        declared = mix.get("declared") or mix.get("standard") or {}
        tags.table(
            ["tag", "cases", "share", "wanted", "pass rate"],
            [
                [
                    t,
                    v["cases"],
                    f"{v['share'] * 100:.0f}%",
                    f"{declared[t] * 100:.0f}%" if t in declared else "-",
                    _pct(v["pass_rate"]),
                ]
                for t, v in s["tags"].items()
            ],
        )
    bad = [c for c in results["cases"] if c["verdict"] != "pass"]
    if bad:
        sec = report.section("Failing, flaky and errored cases", "FAIL")
        sec.table(
            ["case", "verdict", "pass rate", "reason", "output"],
            [
                [
                    c["id"] + ": " + c["description"],
                    c["verdict"],
                    _pct(c["pass_rate"]),
                    next((r["reason"] for r in c["runs"] if r["status"] != "pass"), ""),
                    next((r["output"][:200] for r in c["runs"] if r["status"] != "pass"), ""),
                ]
                for c in bad
            ],
        )
    every = report.section("All cases")
    every.table(
        ["case", "target", "tags", "verdict", "pass rate"],
        [
            [
                c["id"] + ": " + c["description"],
                c["target"],
                ", ".join(c["tags"]),
                c["verdict"],
                _pct(c["pass_rate"]),
            ]
            for c in results["cases"]
        ],
    )
    return report
