"""``aire slo status`` against a real Prometheus evaluating aire's rules (test windows)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.slo.conftest import free_port

from aire.errors import PrometheusUnavailable
from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text
from aire.slo.status import fetch_status
from aire.slo.windows import WORKBOOK

# Prometheus scraping itself: ``up`` is 1, so "healthy" burns nothing and "burning"
# has an error ratio of 0.5 (500 times a 99.9% budget)
SPEC = """\
version: prometheus/v1
service: self
slos:
  - name: healthy
    objective: 99.9
    sli:
      raw:
        error_ratio_query: 1 - avg(avg_over_time(up{job="prometheus"}[{{.window}}]))
    alerting: {name: SelfHealthy}
  - name: burning
    objective: 99.9
    sli:
      raw:
        error_ratio_query: 0.5 * avg(avg_over_time(up{job="prometheus"}[{{.window}}]))
    alerting: {name: SelfBurning}
"""


@pytest.mark.acceptance
def test_budget_and_burn_rates_from_prometheus(
    start_prometheus: Callable[..., str], tmp_path: Path
) -> None:
    rules = tmp_path / "rules.yml"
    options = RuleOptions(windows=WORKBOOK["30d"].scaled(12 * 3600), absent_alerts=False)
    rules.write_text(dump_rules(generate_rules(read_slos_text(SPEC), options)))
    url = start_prometheus([rules])
    deadline = time.monotonic() + 30
    while True:
        report = fetch_status(url)
        by_id = {e["id"]: e for e in report["slos"]}
        burning = by_id.get("self-burning")
        healthy = by_id.get("self-healthy")
        if (
            burning
            and burning["alerts"]
            and healthy
            and healthy["budget_remaining"] is not None
            and burning["state"] == "exhausted"
        ):
            break
        assert time.monotonic() < deadline, report
        time.sleep(0.5)
    assert healthy["state"] == "ok"
    assert healthy["objective"] == pytest.approx(0.999)
    assert healthy["budget_remaining"] == pytest.approx(1)
    assert set(healthy["burn_rates"]) == {"5s", "30s", "1m", "2m", "6m", "24m", "1h12m", "12h"}
    assert burning["burn_rates"]["5s"] == pytest.approx(500, rel=1e-6)
    assert burning["state"] == "exhausted"
    assert {(a["alertname"], a["severity"]) for a in burning["alerts"]} >= {("SelfBurning", "page")}
    only = fetch_status(url, slo_id="self-healthy")
    assert [e["id"] for e in only["slos"]] == ["self-healthy"]


def test_unreachable_prometheus_is_reported() -> None:
    with pytest.raises(PrometheusUnavailable, match="cannot query"):
        fetch_status(f"http://127.0.0.1:{free_port()}", timeout_s=2)
