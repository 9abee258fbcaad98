"""aire's rules from specs that are not among Sloth's examples, under ``promtool test
rules`` with expectations worked out by hand: a 28-day Sloth raw-ratio SLO, an OpenSLO v1
SLO with alert policies, and the low-traffic guard holding back a page."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml
from tests.slo.conftest import require

from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text

RAW_28D = """\
version: prometheus/v1
service: pay
slos:
  - name: errors
    objective: 99.5
    sli:
      raw:
        error_ratio_query: avg(avg_over_time(pay_error_ratio[{{.window}}]))
    alerting:
      name: PayErrors
      page_alert: {labels: {severity: critical}}
      ticket_alert: {labels: {severity: warning}}
"""

OPENSLO_V1 = """\
apiVersion: openslo/v1
kind: SLO
metadata: {name: search-availability}
spec:
  service: search
  indicator:
    metadata: {name: search-errors}
    spec:
      ratioMetric:
        counter: true
        bad: {metricSource: {type: Prometheus, spec: {query: 'search_requests_total{code="500"}'}}}
        total: {metricSource: {type: Prometheus, spec: {query: 'search_requests_total'}}}
  timeWindow: [{duration: 30d, isRolling: true}]
  budgetingMethod: Occurrences
  objectives: [{target: 0.99}]
  alertPolicies: [burn]
"""


PERIOD_SERIES = (
    'slo:sli_error:ratio_rate4w{sloth_id="pay-errors", sloth_service="pay", '
    'sloth_slo="errors", sloth_window="4w"}'
)


def _run(tmp_path: Path, rules_text: str, test: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    promtool = require("promtool")
    (tmp_path / "rules.yml").write_text(rules_text)
    test = {"rule_files": ["rules.yml"], "evaluation_interval": "1m", **test}
    (tmp_path / "test.yml").write_text(yaml.safe_dump(test))
    return subprocess.run(
        [promtool, "test", "rules", "test.yml"], cwd=tmp_path, capture_output=True, text=True
    )


def _expected(rules_text: str, ids: dict[str, str], **by_severity: dict[str, str]) -> list[Any]:
    """The alerts a rule file's burn-rate rules would fire for these severities, their
    annotations as promtool expands them."""
    rules = [r for g in yaml.safe_load(rules_text)["groups"] for r in g["rules"] if "alert" in r]
    out = []
    for sev, labels in by_severity.items():
        rule = next(r for r in rules if r["labels"]["sloth_severity"] == sev)
        annotations = {
            k: v.replace("{{$labels.sloth_service}}", ids["sloth_service"]).replace(
                "{{$labels.sloth_slo}}", ids["sloth_slo"]
            )
            for k, v in rule["annotations"].items()
        }
        out.append({"exp_labels": {**ids, **labels, "sloth_severity": sev},
                    "exp_annotations": annotations})  # fmt: skip
    return out


def _ids(service: str, slo: str) -> dict[str, str]:
    return {"sloth_id": f"{service}-{slo}", "sloth_service": service, "sloth_slo": slo}


def test_28_day_raw_ratio_fires_page_slow_and_ticket(tmp_path: Path) -> None:
    # a constant 5% error ratio against a 0.5% budget is a burn of 10: above the slow page
    # factor of 28 days (5.6) and the tickets' (2.8, 0.93), below the quick page's (13.44)
    options = RuleOptions(period="28d", min_events=0, absent_alerts=False)
    rules = dump_rules(generate_rules(read_slos_text(RAW_28D), options))
    assert "(13.44 * " in rules
    ids = _ids("pay", "errors")
    want = _expected(rules, ids, page={"severity": "critical"}, ticket={"severity": "warning"})
    out = _run(
        tmp_path,
        rules,
        {
            "tests": [
                {
                    "interval": "1m",
                    "input_series": [{"series": "pay_error_ratio", "values": "0.05x300"}],
                    "alert_rule_test": [
                        {"eval_time": "10m", "alertname": "PayErrors",
                         "exp_alerts": want},
                    ],
                    "promql_expr_test": [
                        {"expr": "slo:sli_error:ratio_rate4w", "eval_time": "10m",
                         "exp_samples": [{"labels": PERIOD_SERIES, "value": 0.05}]},
                    ],
                }
            ]
        },
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr


def test_openslo_v1_pages_on_a_fast_burn_and_the_guard_holds_low_traffic(tmp_path: Path) -> None:
    slos = read_slos_text(OPENSLO_V1)
    ids = _ids("search", "search-availability")
    rules = dump_rules(generate_rules(slos, RuleOptions(min_events=100, absent_alerts=False)))
    unguarded = dump_rules(generate_rules(slos, RuleOptions(min_events=0, absent_alerts=False)))
    both = _expected(rules, ids, page={}, ticket={})
    series = {  # half the requests fail: a burn of 50 against a 1% budget
        "busy": ("0+60x120", "0+30x120"),  # 60 requests a minute
        # one a minute: 90 events in the whole run, under min_events in every window
        "quiet": ("0+0.5x120", "0+0.5x120"),
    }
    cases = [("busy", rules, both), ("quiet", rules, []), ("quiet", unguarded, both)]
    for name, rule_text, want in cases:
        total, bad = series[name]
        out = _run(
            tmp_path,
            rule_text,
            {
                "tests": [
                    {
                        "interval": "1m",
                        "input_series": [
                            {"series": 'search_requests_total{code="200"}', "values": total},
                            {"series": 'search_requests_total{code="500"}', "values": bad},
                        ],
                        "alert_rule_test": [
                            {"eval_time": "90m", "alertname": "SearchAvailabilityErrorBudgetBurn",
                             "exp_alerts": want},
                        ],
                    }
                ]
            },
        )  # fmt: skip
        assert out.returncode == 0, (name, out.stdout[-3000:])
