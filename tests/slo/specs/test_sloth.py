"""Sloth's spec, both forms: what becomes an SLO, what is refused (file, line, field)."""

from __future__ import annotations

import pytest

from aire.errors import ConfigError
from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text

PROM = """\
version: "prometheus/v1"
service: "chat"
labels: {owner: ai}
slos:
  - name: "availability"
    objective: 99.5
    labels: {tier: "1"}
    sli:
      events:
        error_query: sum(rate(req_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(req_total[{{.window}}]))
    alerting:
      name: ChatAvailability
      page_alert: {labels: {severity: critical}}
      ticket_alert: {disable: true}
  - name: "ratio"
    objective: 99
    sli:
      raw:
        error_ratio_query: sum(rate(bad[{{.window}}])) / sum(rate(all[{{.window}}]))
    alerting:
      page_alert: {disable: true}
      ticket_alert: {disable: true}
"""

K8S = """\
apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata: {name: chat}
spec:
  service: "chat"
  labels: {owner: ai}
  slos:
    - name: "availability"
      objective: 99.5
      labels: {tier: "1"}
      sli:
        events:
          errorQuery: sum(rate(req_total{code=~"5.."}[{{.window}}]))
          totalQuery: sum(rate(req_total[{{.window}}]))
      alerting:
        name: ChatAvailability
        pageAlert: {labels: {severity: critical}}
        ticketAlert: {disable: true}
"""


def test_prometheus_v1_reads_events_raw_labels_and_alerts() -> None:
    slos = read_slos_text(PROM, "spec.yml")
    assert [s.id for s in slos] == ["chat-availability", "chat-ratio"]
    a, r = slos
    assert a.labels == {"owner": "ai", "tier": "1"}
    assert a.sli.events
    assert not r.sli.events
    assert a.alert_name == "ChatAvailability"
    assert a.page.labels == {"severity": "critical"}
    assert a.ticket.disabled
    assert "[1h]" in a.sli.error_ratio("1h")


def test_kubernetes_form_gives_the_same_rules_but_its_mode() -> None:
    prom = read_slos_text(PROM.split('  - name: "ratio"')[0], "a.yml")
    k8s = read_slos_text(K8S, "b.yml")
    options = RuleOptions(min_events=0, absent_alerts=False)
    a = dump_rules(generate_rules(prom, options))
    b = dump_rules(generate_rules(k8s, options))
    a = a.replace("cli-gen-prom", "MODE").replace("prometheus/v1", "SPEC")
    b = b.replace("cli-gen-k8s", "MODE").replace("sloth.slok.dev/v1", "SPEC")
    assert a == b


@pytest.mark.parametrize(
    ("text", "line", "path", "message"),
    [
        (
            PROM.replace("objective: 99.5", "objective: 100"),
            6,
            "slos[0].objective",
            "less than 100",
        ),
        (
            PROM.replace("[{{.window}}]))\n        total", "[5m]))\n        total"),
            10,
            "slos[0].sli.events.error_query",
            "{{.window}}",
        ),
        (
            PROM.replace("      name: ChatAvailability\n", ""),
            12,
            "slos[0].alerting",
            "alerting.name",
        ),
        (PROM.replace("labels: {tier", "labls: {tier"), 7, "slos[0].labls", "unknown field"),
        (
            PROM.replace("      raw:", "      plugin: {id: x}\n      raw:"),
            19,
            "slos[1].sli.plugin",
            "plugins",
        ),
    ],
)
def test_errors_name_file_line_and_field(text: str, line: int, path: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        read_slos_text(text, "spec.yml")
    err = info.value
    assert err.file == "spec.yml"
    assert err.path == path
    assert err.line == line
    assert message.lower() in err.message.lower()


def test_two_documents_and_unknown_document() -> None:
    two = PROM + "---\n" + K8S.replace('service: "chat"', 'service: "other"')
    assert [s.id for s in read_slos_text(two)] == [
        "chat-availability",
        "chat-ratio",
        "other-availability",
    ]
    with pytest.raises(ConfigError, match="not an SLO spec"):
        read_slos_text("foo: 1\n", "x.yml")
    with pytest.raises(ConfigError, match="unique"):
        read_slos_text(PROM + "---\n" + PROM)
