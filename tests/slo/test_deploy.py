"""deploy/: the committed rules and dashboards are what ``aire slo generate`` makes from
deploy/prometheus/slos.yml, and every PromQL in them parses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import promql_parser
from tests.slo.conftest import require

from aire.slo.dashboards import dashboard, gateway_overview
from aire.slo.rules import dump_rules, generate_rules
from aire.slo.specs import read_slos

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_committed_rules_are_up_to_date() -> None:
    slos = read_slos(DEPLOY / "prometheus" / "slos.yml")
    committed = (DEPLOY / "prometheus" / "rules" / "aire-slos.yml").read_text()
    assert committed == dump_rules(generate_rules(slos)), "run deploy/prometheus/generate.sh"
    for slo in slos:
        path = DEPLOY / "grafana" / "dashboards" / f"slo-{slo.id}.json"
        assert json.loads(path.read_text()) == dashboard(slo)
    overview = json.loads((DEPLOY / "grafana" / "dashboards" / "gateway-overview.json").read_text())
    assert overview == gateway_overview()


def test_dashboard_queries_parse() -> None:
    for path in (DEPLOY / "grafana" / "dashboards").glob("*.json"):
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel["targets"]:
                promql_parser.parse(target["expr"])  # raises on a broken query


def test_prometheus_config_is_valid() -> None:
    promtool = require("promtool")
    out = subprocess.run(
        [promtool, "check", "config", str(DEPLOY / "prometheus" / "prometheus.yml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
