"""Rule generation: guard, absent alerts, runbooks, custom windows; promtool accepts all."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from tests.slo.conftest import require

from aire.errors import ConfigError
from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text
from aire.slo.windows import WORKBOOK

SPEC = """\
version: prometheus/v1
service: chat
slos:
  - name: availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(req_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(req_total[{{.window}}]))
    alerting:
      name: ChatAvailability
"""


def _rules(options: RuleOptions, spec: str = SPEC) -> dict[str, list[dict[str, object]]]:
    doc = yaml.safe_load(dump_rules(generate_rules(read_slos_text(spec), options)))
    return {g["name"]: g["rules"] for g in doc["groups"]}


def test_guard_and_absent_alert_by_default() -> None:
    groups = _rules(RuleOptions())
    records = [r["record"] for r in groups["sloth-slo-sli-recordings-chat-availability"]]
    assert "slo:sli_events:count1h" in records
    assert "slo:sli_events:count3d" in records
    alerts = groups["sloth-slo-alerts-chat-availability"]
    page, _ticket, absent = alerts
    assert "slo:sli_events:count1h" in str(page["expr"])
    assert ">= 100" in str(page["expr"])
    assert absent["alert"] == "ChatAvailabilitySLIAbsent"
    assert absent["for"] == "10m"
    assert str(absent["expr"]).startswith("absent(sum(rate(req_total[5m])))")
    for rule in alerts:
        assert str(rule["annotations"]["runbook_url"]).startswith("docs/runbooks/")  # type: ignore[index]


def test_both_can_be_turned_off_and_specs_can_override() -> None:
    groups = _rules(RuleOptions(min_events=0, absent_alerts=False))
    alerts = groups["sloth-slo-alerts-chat-availability"]
    assert [a["labels"]["sloth_severity"] for a in alerts] == ["page", "ticket"]  # type: ignore[index]
    assert "sli_events" not in str(alerts)


def test_ratio_queries_get_no_guard() -> None:
    raw = SPEC.replace(
        '      events:\n        error_query: sum(rate(req_total{code=~"5.."}[{{.window}}]))\n'
        "        total_query: sum(rate(req_total[{{.window}}]))",
        "      raw:\n        error_ratio_query: "
        "sum(rate(x[{{.window}}])) / sum(rate(y[{{.window}}]))",
    )
    groups = _rules(RuleOptions(), raw)
    assert "sli_events" not in str(groups)


def test_custom_windows_and_unknown_period() -> None:
    w = WORKBOOK["30d"].scaled(12 * 3600)
    groups = _rules(RuleOptions(windows=w))
    records = [r["record"] for r in groups["sloth-slo-sli-recordings-chat-availability"]]
    assert records[0] == "slo:sli_error:ratio_rate5s"
    assert "slo:sli_error:ratio_rate1m" in records
    assert "slo:sli_error:ratio_rate12h" in records
    with pytest.raises(ConfigError, match="no built-in windows"):
        generate_rules(read_slos_text(SPEC), RuleOptions(period="7d"))


@pytest.mark.parametrize("options", [RuleOptions(), RuleOptions(windows=WORKBOOK["28d"])])
def test_promtool_accepts_the_rules(options: RuleOptions, tmp_path: Path) -> None:
    require("promtool")
    path = tmp_path / "r.yml"
    path.write_text(dump_rules(generate_rules(read_slos_text(SPEC), options)))
    out = subprocess.run(["promtool", "check", "rules", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
