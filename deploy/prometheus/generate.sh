#!/usr/bin/env bash
# Regenerate the SLO rules and Grafana dashboards from deploy/prometheus/slos.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."
aire slo generate deploy/prometheus/slos.yml -o deploy/prometheus/rules/aire-slos.yml \
  --dashboards deploy/grafana/dashboards
aire slo validate deploy/prometheus/rules/aire-slos.yml
