"""deploy/k8s and deploy/argo: every overlay renders offline with ``kubectl kustomize``;
core objects validate with kubernetes-validate (strict: no unknown field), custom
resources against their projects' CRD schemas (tests/deploy/crds); the gate runs
``aire check`` from the image with no install; the configs inside are valid for aire."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from aire.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = sorted(p.name for p in (ROOT / "deploy" / "k8s" / "overlays").iterdir())
CRDS = Path(__file__).parent / "crds"
CORE = {"ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler", "Job"}


def _crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for f in CRDS.glob("*.yaml"):
        crd = yaml.safe_load(f.read_text())
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for v in crd["spec"]["versions"]:
            out[(f"{group}/{v['name']}", kind)] = v["schema"]["openAPIV3Schema"]
    return out


SCHEMAS = _crd_schemas()


def render(overlay: str) -> list[dict[str, Any]]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed")
    out = subprocess.run([kubectl, "kustomize", str(ROOT / "deploy/k8s/overlays" / overlay)],
                         capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    return [d for d in yaml.safe_load_all(out.stdout) if d]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_renders_and_validates(overlay: str) -> None:
    docs = render(overlay)
    kinds = {d["kind"] for d in docs}
    assert CORE | {"ServiceMonitor", "PrometheusRule"} <= kinds
    for doc in docs:
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        if doc["kind"] in CORE:
            kubernetes_validate.validate(doc, "1.37.0", strict=True)
        else:
            schema = SCHEMAS.get((doc["apiVersion"], doc["kind"]))
            assert schema is not None, f"no CRD schema for {name}"
            # the CRDs' Go regexes (a "(?i)" inside a pattern) are not Python's: validate the
            # object without checking the schema against the meta-schema
            jsonschema.Draft7Validator(schema).validate(doc)


def test_canary_overlay_has_the_analysis_template() -> None:
    docs = {d["kind"]: d for d in render("canary")}
    tmpl = docs["AnalysisTemplate"]
    container = tmpl["spec"]["metrics"][0]["provider"]["job"]["spec"]["template"]["spec"][
        "containers"][0]  # fmt: skip
    assert container["args"][0] == "check"
    assert "command" not in container  # the image's entrypoint: aire


def test_a_crd_schema_rejects_a_broken_object() -> None:
    docs = {d["kind"]: d for d in render("prod")}
    broken = {**docs["ServiceMonitor"], "spec": {"endpoints": [{"interval": 15}]}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(
            SCHEMAS[("monitoring.coreos.com/v1", "ServiceMonitor")]
        ).validate(broken)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_gate_job_installs_nothing(overlay: str) -> None:
    docs = render(overlay)
    jobs = [d for d in docs if d["kind"] == "Job"]
    assert jobs
    for job in jobs:
        (container,) = job["spec"]["template"]["spec"]["containers"]
        assert container["args"][:3] == ["check", "--profile", "/etc/aire-gate/profile.yml"]
        assert "command" not in container
        text = yaml.safe_dump(job)
        for word in ("pip install", "apt-get", "go install", "git clone", "curl ", "wget "):
            assert word not in text
        assert ":latest" not in container["image"]


def test_configs_in_the_base_are_valid_for_aire(capsys: pytest.CaptureFixture[str]) -> None:
    base = ROOT / "deploy" / "k8s" / "base"
    assert main(["serve", "-c", str(base / "aire.yaml"), "--check"]) == 0
    assert main(["doctor", "-p", str(base / "profile.yml")]) in (0, 1)
    out = capsys.readouterr().out
    assert f"profile:{base / 'profile.yml'}" in out
    assert "FAIL" not in next(line for line in out.splitlines() if "profile:" in line)


def test_a_rule_file_becomes_a_valid_prometheusrule(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    placeholder = yaml.safe_load((ROOT / "deploy/k8s/base/prometheusrule.yaml").read_text())
    rules.write_text(yaml.safe_dump({"groups": placeholder["spec"]["groups"]}))
    script = ROOT / "deploy" / "k8s" / "rules_to_prometheusrule.py"
    out = subprocess.run([sys.executable, str(script), str(rules)], capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr  # promtool, when installed, accepted the rules
    obj = yaml.safe_load(out.stdout)
    jsonschema.Draft7Validator(SCHEMAS[("monitoring.coreos.com/v1", "PrometheusRule")]).validate(
        obj
    )
    if shutil.which("promtool") is None:
        return
    rules.write_text("groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: 'sum('\n")
    bad = subprocess.run([sys.executable, str(script), str(rules)], capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert bad.returncode in (1, 2)


def test_the_slo_prometheusrule_is_what_aire_slo_generate_wrote() -> None:
    """deploy/k8s's SLO PrometheusRule carries exactly the rules of deploy/prometheus (which
    tests/slo keeps in step with the generator): regenerate both with generate.sh."""
    rules = yaml.safe_load((ROOT / "deploy/prometheus/rules/aire-slos.yml").read_text())
    obj = yaml.safe_load((ROOT / "deploy/k8s/base/prometheusrule-slos.yaml").read_text())
    assert obj["kind"] == "PrometheusRule"
    assert obj["spec"]["groups"] == rules["groups"]
    alerts = [r for g in rules["groups"] for r in g["rules"] if "alert" in r]
    assert alerts
    assert all(r["annotations"].get("runbook_url") for r in alerts)


def test_the_grafana_component_ships_every_generated_dashboard() -> None:
    generated = {
        p.name: p.read_bytes() for p in (ROOT / "deploy/grafana/dashboards").glob("*.json")
    }
    shipped = ROOT / "deploy/k8s/components/grafana/dashboards"
    assert {p.name: p.read_bytes() for p in shipped.glob("*.json")} == generated
    maps = [
        d
        for d in render("prod")
        if d["kind"] == "ConfigMap" and d["metadata"].get("labels", {}).get("grafana_dashboard")
    ]
    assert sorted(name for d in maps for name in d["data"]) == sorted(generated)
