#!/usr/bin/env bash
# Regenerate the SLO rules and Grafana dashboards from deploy/prometheus/slos.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."
# aire on PATH (an activated venv), else the README's .venv; its python for the converter
AIRE="${AIRE:-$(command -v aire || echo .venv/bin/aire)}"
if [ ! -x "$AIRE" ]; then
  echo "generate.sh: aire not found: activate its venv, or set AIRE=/path/to/aire" >&2
  exit 2
fi
PYTHON="$(dirname "$AIRE")/python"
[ -x "$PYTHON" ] || PYTHON=python3
"$AIRE" slo generate deploy/prometheus/slos.yml -o deploy/prometheus/rules/aire-slos.yml \
  --dashboards deploy/grafana/dashboards
"$AIRE" slo validate deploy/prometheus/rules/aire-slos.yml
# the same rules as the PrometheusRule of deploy/k8s, and the dashboards for its component
"$PYTHON" deploy/k8s/rules_to_prometheusrule.py deploy/prometheus/rules/aire-slos.yml aire-slos \
  > deploy/k8s/base/prometheusrule-slos.yaml
rm -f deploy/k8s/components/grafana/dashboards/*.json
cp deploy/grafana/dashboards/*.json deploy/k8s/components/grafana/dashboards/
