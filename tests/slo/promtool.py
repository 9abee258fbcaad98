"""Run ``promtool test rules`` and read back what every rule file produced.

promtool only prints what differs from a test's expectation, so a test that expects
nothing prints everything: every alert firing at each evaluation time, and every series
(with its value, written exactly, ``%E`` shortest) of an expression. Two rule files
evaluated this way on the same input series can then be compared item by item.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

PROMTOOL = shutil.which("promtool")

_BLOCK = re.compile(r"^    (alertname|expr): (.*?), time: ([0-9hmsdw]+),", re.MULTILINE)
_LABELS = re.compile(r'\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\}')
_SAMPLE = re.compile(r'(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\}) (\S+?)(?:,|$)')
_PAIR = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"')


def labels_of(text: str) -> dict[str, str]:
    return dict(_PAIR.findall(text))


def series_values(total: list[int | None], errors: list[int | None]) -> tuple[str, str]:
    """Counter values (``_`` where absent) from per-step increments."""
    ok, bad, a, b = [], [], 0, 0
    for t, e in zip(total, errors, strict=True):
        if t is None or e is None:
            ok.append("_")
            bad.append("_")
            continue
        a += t - e
        b += e
        ok.append(str(a))
        bad.append(str(b))
    return " ".join(ok), " ".join(bad)


def observe(
    rule_file: Path,
    series: dict[str, str],
    *,
    alert_names: list[str],
    alert_times_m: list[int],
    exprs: list[str],
    expr_times_m: list[int],
    workdir: Path,
    evaluation_interval_m: int = 1,
) -> tuple[dict[tuple[str, str], list[dict[str, str]]], dict[tuple[str, str], dict[str, str]]]:
    """Alerts firing ((name, time) -> label sets) and expression samples ((expr, time) ->
    {labels: value}) of ``rule_file`` on ``series`` (1 minute apart)."""
    assert PROMTOOL, "promtool (Debian package prometheus) is required"
    # promtool evaluates groups in an unspecified order unless told: recordings first
    groups = [g["name"] for g in yaml.safe_load(rule_file.read_text())["groups"]]
    order = sorted(groups, key=lambda g: ("-alerts-" in g, "-meta-" in g))
    test = {
        "rule_files": [str(rule_file)],
        "evaluation_interval": f"{evaluation_interval_m}m",
        "group_eval_order": order,
        "tests": [
            {
                "interval": "1m",
                "input_series": [{"series": s, "values": v} for s, v in series.items()],
                "alert_rule_test": [
                    {"eval_time": f"{t}m", "alertname": n, "exp_alerts": []}
                    for n in alert_names
                    for t in alert_times_m
                ],
                "promql_expr_test": [
                    {"expr": e, "eval_time": f"{t}m", "exp_samples": []}
                    for e in exprs
                    for t in expr_times_m
                ],
            }
        ],
    }
    path = workdir / f"test-{rule_file.stem}.yml"
    path.write_text(yaml.safe_dump(test, width=10**9))
    out = subprocess.run(
        [PROMTOOL, "test", "rules", str(path)], capture_output=True, text=True, timeout=300
    )
    text = out.stdout + out.stderr
    if out.returncode not in (0, 1) or ("FAILED" not in text and out.returncode):
        raise AssertionError(f"promtool could not run the test:\n{text[:4000]}")
    alerts: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    samples: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    blocks = list(_BLOCK.finditer(text))
    for i, m in enumerate(blocks):
        body = text[m.end() : blocks[i + 1].start() if i + 1 < len(blocks) else len(text)]
        kind, what, when = m.group(1), m.group(2), m.group(3)
        got = body.split("got:", 1)[1] if "got:" in body else ""
        if kind == "alertname":
            for labels in re.findall(r"Labels:(\{.*?\})\n", got):
                alerts[(what, when)].append(labels_of(labels))
        else:
            for labels, value in _SAMPLE.findall(got.strip()):
                samples[(what, when)][labels] = value
    return dict(alerts), dict(samples)


def rule_names(rule_file: Path) -> tuple[list[str], list[str]]:
    doc: Any = yaml.safe_load(rule_file.read_text())
    alerts, records = [], []
    for g in doc["groups"]:
        for r in g["rules"]:
            (alerts if "alert" in r else records).append(r.get("alert") or r.get("record"))
    return sorted(set(alerts)), sorted(set(records))
