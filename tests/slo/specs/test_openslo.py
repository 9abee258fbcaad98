"""OpenSLO v1alpha (as Sloth reads it) and v1 (inline indicator or indicatorRef)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.errors import ConfigError
from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text

V1 = """\
apiVersion: openslo/v1
kind: SLI
metadata: {name: chat-errors}
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource: {type: Prometheus, spec: {query: 'req_total{code=~"5.."}'}}
    total:
      metricSource: {type: Prometheus, spec: {query: 'req_total'}}
---
apiVersion: openslo/v1
kind: SLO
metadata: {name: chat-availability, labels: {team: ai}}
spec:
  service: chat
  indicatorRef: chat-errors
  timeWindow: [{duration: 28d, isRolling: true}]
  budgetingMethod: Occurrences
  objectives: [{displayName: good, target: 0.995}]
  alertPolicies: [burn]
"""


def test_v1_indicator_ref_counter_and_28_day_windows() -> None:
    (slo,) = read_slos_text(V1, "o.yml")
    assert slo.id == "chat-chat-availability"
    assert slo.objective == pytest.approx(99.5)
    assert slo.sli.error_query == 'sum(rate(req_total{code=~"5.."}[{{.window}}]))'
    assert slo.period == "28d"
    assert slo.labels == {"team": "ai"}
    assert slo.alert_name == "ChatAvailabilityErrorBudgetBurn"
    rules = dump_rules(generate_rules([slo], RuleOptions(min_events=0, absent_alerts=False)))
    assert "slo:sli_error:ratio_rate4w" in rules  # 28 days, written as Prometheus does
    assert "(13.44 * " in rules  # 2% of a 28-day budget in an hour
    assert "(5.6000000000000005 * " in rules or "(5.6 * " in rules


def test_v1alpha_example_names_objectives_as_sloth() -> None:
    text = Path("/work/shared/peers/sloth/examples/openslo-getting-started.yml")
    if not text.exists():
        pytest.skip("Sloth's examples are not in ../shared/peers")
    (slo,) = read_slos_text(text.read_text())
    assert slo.name == "sloth-slo-my-service-0"
    assert slo.page.disabled
    assert slo.ticket.disabled  # Sloth makes no alerts from OpenSLO, nor does aire


def test_threshold_metrics_are_refused_with_the_field() -> None:
    bad = V1.replace("  ratioMetric:", "  thresholdMetric: {}\n  ratioMetric:")
    with pytest.raises(ConfigError) as info:
        read_slos_text(bad, "o.yml")
    assert info.value.path == "spec.thresholdMetric"
    assert info.value.line == 5


def test_missing_indicator_and_bad_target() -> None:
    with pytest.raises(ConfigError, match="no SLI document"):
        read_slos_text(V1.replace("indicatorRef: chat-errors", "indicatorRef: nope"))
    with pytest.raises(ConfigError, match="between 0 and 1"):
        read_slos_text(V1.replace("target: 0.995", "target: 99.5"))
