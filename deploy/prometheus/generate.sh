#!/usr/bin/env bash
# Regenerate the SLO rules and Grafana dashboards from deploy/prometheus/slos.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."
aire slo generate deploy/prometheus/slos.yml -o deploy/prometheus/rules/aire-slos.yml \
  --dashboards deploy/grafana/dashboards
aire slo validate deploy/prometheus/rules/aire-slos.yml
# the same rules as the PrometheusRule of deploy/k8s, and the dashboards for its component
python3 deploy/k8s/rules_to_prometheusrule.py deploy/prometheus/rules/aire-slos.yml aire-slos \
  > deploy/k8s/base/prometheusrule-slos.yaml
rm -f deploy/k8s/components/grafana/dashboards/*.json
cp deploy/grafana/dashboards/*.json deploy/k8s/components/grafana/dashboards/
