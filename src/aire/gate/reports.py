"""The reports of a gate run, in ``runs/<profile>-<UTC>/`` with a ``latest`` link beside:
``report.json`` (aipreflight's keys plus intervals and evidence), ``report.md``,
``junit.xml`` (one test case per check, for CI) and ``report.html`` (self-contained,
``aire.report``). ``compare`` diffs two runs' JSON."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from aire.errors import InputFileError
from aire.gate.runner import GateRun
from aire.report import Report

__all__ = ["compare", "load_run", "render_report", "run_dir_for", "write_reports"]


def run_dir_for(outdir: Path, profile: str, stamp: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in profile) or "profile"
    return outdir / f"{safe}-{stamp}"


def write_reports(run: GateRun, run_dir: Path) -> dict[str, Any]:
    run_dir.mkdir(parents=True, exist_ok=True)
    artifacts = {
        "json": str(run_dir / "report.json"),
        "markdown": str(run_dir / "report.md"),
        "junit": str(run_dir / "junit.xml"),
        "html": str(run_dir / "report.html"),
    }
    probes = run.ctx.taken
    if probes is not None and probes.records:
        path = run_dir / "probes.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in probes.records))
        artifacts["probes"] = str(path)
    data = run.to_dict(artifacts)
    Path(artifacts["json"]).write_text(json.dumps(data, indent=2, default=_json_default) + "\n")
    report = render_report(data)
    Path(artifacts["markdown"]).write_text(report.markdown())
    Path(artifacts["html"]).write_text(report.html())
    Path(artifacts["junit"]).write_bytes(junit(data))
    _link_latest(run_dir)
    return data


def _json_default(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    raise TypeError(f"not JSON: {type(value).__name__}")


def _link_latest(run_dir: Path) -> None:
    latest = run_dir.parent / "latest"
    tmp = run_dir.parent / f".latest-{os.getpid()}"
    try:
        if tmp.is_symlink():
            tmp.unlink()
        tmp.symlink_to(run_dir.name)
        os.replace(tmp, latest)  # atomic: a reader never sees no link
    except OSError:
        pass


def render_report(data: dict[str, Any]) -> Report:
    report = Report(
        f"aire check: {data['profile']}",
        verdict=data["verdict"],
        meta={"kind": data["kind"], "format": data.get("format", "aire"),
              "generated": data["generated"], "aire": data.get("aire", {}).get("version", "")},
    )  # fmt: skip
    s = report.section("Checks", data["verdict"])
    s.table(["check", "status", "summary", "runbook"],
            [[c["name"], c["status"], c["summary"], c.get("runbook") or ""]
             for c in data["checks"]])  # fmt: skip
    for title, key in (("Failed", "failed_checks"), ("Warnings", "warnings"), ("Errors", "errors")):
        if data.get(key):
            report.section(title).text("\n\n".join(data[key]))
    rows = []
    for name, iv in data.get("intervals", {}).items():
        rows.append([name, iv["estimate"], iv["low"], iv["high"], f"{iv['level']:.0%}"])
    if rows:
        report.section("Intervals").table(["metric", "estimate", "low", "high", "level"], rows)
    metrics = {k: v for k, v in data["metrics"].items() if isinstance(v, int | float | str)}
    if metrics:
        report.section("Metrics").kv(metrics)
    if data.get("evidence"):
        report.section("Evidence (sha256)").kv(data["evidence"])
    return report


def junit(data: dict[str, Any]) -> bytes:
    checks = data["checks"]
    suite = ET.Element("testsuite", {
        "name": f"aire check {data['profile']}",
        "tests": str(len(checks)),
        "failures": str(sum(c["status"] == "FAIL" for c in checks)),
        "errors": str(sum(c["status"] == "ERROR" for c in checks)),
        "skipped": str(sum(c["status"] == "SKIP" for c in checks)),
        "timestamp": data["generated"],
    })  # fmt: skip
    for c in checks:
        case = ET.SubElement(suite, "testcase", {"classname": f"aire.gate.{data['profile']}",
                                                 "name": c["name"]})  # fmt: skip
        if c["status"] == "FAIL":
            ET.SubElement(case, "failure", {"message": c["summary"]}).text = "\n".join(c["reasons"])
        elif c["status"] == "ERROR":
            ET.SubElement(case, "error", {"message": c["summary"]})
        elif c["status"] == "SKIP":
            ET.SubElement(case, "skipped", {"message": c["summary"]})
        elif c["status"] == "WARN":
            ET.SubElement(case, "system-out").text = "WARN: " + c["summary"]
    suites = ET.Element("testsuites")
    suites.append(suite)
    out: bytes = ET.tostring(suites, encoding="utf-8", xml_declaration=True)
    return out


def load_run(path: Path) -> dict[str, Any]:
    """A run's report JSON: a run directory (or ``latest``) or the JSON file itself."""
    file = path / "report.json" if path.is_dir() else path
    if not file.is_file():
        raise InputFileError("no report.json here (a run directory of aire check?)",
                             file=str(path))  # fmt: skip
    try:
        data = json.loads(file.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputFileError(f"not JSON: {exc}", file=str(file)) from None
    if not isinstance(data, dict) or "verdict" not in data or "checks" not in data:
        raise InputFileError("not the report of an aire check run", file=str(file))
    return data


_RANK = {"PASS": 0, "SKIP": 0, "WARN": 1, "FAIL": 2, "ERROR": 3}


def compare(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """What changed from run A to run B: verdicts, each check's status, shared metrics.
    ``regressed`` lists the checks whose status got worse."""
    sa = {c["name"]: c["status"] for c in a["checks"]}
    sb = {c["name"]: c["status"] for c in b["checks"]}
    checks = [{"name": n, "a": sa.get(n), "b": sb.get(n)} for n in dict.fromkeys([*sa, *sb])]
    regressed = [c["name"] for c in checks
                 if c["a"] and c["b"] and _RANK[c["b"]] > _RANK[c["a"]]]  # fmt: skip
    metrics = []
    for k in a.get("metrics", {}):
        va, vb = a["metrics"].get(k), b.get("metrics", {}).get(k)
        if _num(va) and _num(vb) and va != vb:
            metrics.append({"name": k, "a": va, "b": vb, "delta": vb - va})
    return {"a": {"profile": a["profile"], "verdict": a["verdict"], "generated": a["generated"]},
            "b": {"profile": b["profile"], "verdict": b["verdict"], "generated": b["generated"]},
            "checks": checks, "regressed": regressed, "metrics": metrics}  # fmt: skip


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)
