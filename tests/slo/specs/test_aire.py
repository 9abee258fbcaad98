"""aire's own spec: SLIs by kind on aire's metrics."""

from __future__ import annotations

import pytest

from aire.errors import ConfigError
from aire.slo.specs import read_slos_text

SPEC = """\
version: aire/v1
service: chat
selector: 'job="gw"'
slos:
  - name: availability
    objective: 99.9
    sli: {kind: availability, alias: chat}
  - name: ttft
    objective: 99
    sli: {kind: latency, metric: ttft, threshold_s: 1, alias: chat}
  - name: refusals
    objective: 95
    sli: {kind: quality, signal: refusal}
    alerting: {min_events: 20, absent: false}
  - name: schema
    objective: 99
    sli: {kind: quality, signal: schema_invalid, alias: chat}
"""


def test_kinds_become_queries_on_aire_metrics() -> None:
    avail, ttft, refusals, schema = read_slos_text(SPEC, "a.yml")
    assert avail.sli.error_query == (
        '(sum(rate(aire_gateway_requests_total{job="gw",alias="chat",status=~"5.."}'
        "[{{.window}}])) or vector(0))"
    )
    assert 'le="1.0"' in (ttft.sli.error_query or "")
    assert "aire_gateway_time_to_first_token_seconds_count" in (ttft.sli.total_query or "")
    assert 'signal="refusal"' in (refusals.sli.error_query or "")
    assert "aire_quality_answers_total" in (refusals.sli.total_query or "")
    assert 'signal="schema_requested"' in (schema.sli.total_query or "")
    assert refusals.min_events == 20
    assert refusals.absent_alert is False
    assert refusals.runbook == "slo-quality.md"
    assert avail.alert_name == "ChatAvailabilityErrorBudgetBurn"
    assert avail.page.labels == {"severity": "critical"}


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ("threshold_s: 1,", "threshold_s: 0.3,", "slos[1].sli.threshold_s"),
        ("signal: refusal", "signal: rudeness", "slos[2].sli.signal"),
        ("metric: ttft, ", "", "slos[1].sli.metric"),
    ],
)
def test_bad_sli_names_the_field(old: str, new: str, path: str) -> None:
    with pytest.raises(ConfigError) as info:
        read_slos_text(SPEC.replace(old, new), "a.yml")
    assert info.value.path == path
    assert info.value.file == "a.yml"
    assert info.value.line is not None
